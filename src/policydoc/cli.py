"""The ``policydoc`` command line.

Every command reads documents through :func:`policydoc.parse`; bad input gives a
one-line error on stderr and exit status 2, never a traceback. Commands over
several paths keep going after a bad one and still exit 2 at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, TextIO

from . import cli_help as H
from .errors import BatchInterrupted, ConfigError, OutputError, PolicydocError, cannot_write

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


def _error(message: str) -> None:
    print(f"policydoc: error: {message}", file=sys.stderr)


@contextmanager
def _output(path: Optional[str]) -> Iterator[TextIO]:
    """stdout, or the file ``path`` (its folder created if missing).

    Any failure to create or write it (read-only folder, a folder of that name,
    disk full) is an :class:`OutputError`: one line and exit 2, never a traceback.
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(cannot_write(path, exc)) from None
    try:
        yield fh
        fh.close()  # the last buffered bytes reach the disk here: a full disk shows now
    except OSError as exc:
        raise OutputError(cannot_write(path, exc)) from None
    finally:
        if not fh.closed:
            try:
                fh.close()
            except OSError:
                pass


def _size(text: str) -> int:
    from .load import parse_size

    try:
        return parse_size(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (say 500000000 or 500M)") from None


def _options(args: argparse.Namespace) -> "object":
    from .pipeline import ParseOptions

    return ParseOptions(keep_script=getattr(args, "keep_script", False), encoding=getattr(args, "encoding", None),
                        max_bytes=getattr(args, "max_bytes", None), disable_rules=getattr(args, "disable_rule", None) or [])


def _parse_each(args: argparse.Namespace) -> Iterator[tuple[str, object]]:
    """Parse every path; report bad ones and remember that one failed.

    An unexpected exception is a bug in policydoc, not bad input: it is reported
    in one line naming the file (the traceback with POLICYDOC_DEBUG=1), and the
    other paths are still parsed.
    """
    from .pipeline import parse

    opts = _options(args)
    for path in args.paths:
        try:
            yield path, parse(Path(path), opts)  # type: ignore[arg-type]
        except PolicydocError as exc:
            _error(str(exc))
            args.failed = True
        except Exception as exc:  # noqa: BLE001 - one line per file, never a bare traceback
            if os.environ.get("POLICYDOC_DEBUG"):
                raise
            _error(f"{path}: internal error ({type(exc).__name__}: {exc}); please report it, "
                   "with POLICYDOC_DEBUG=1 for the traceback")
            args.failed = True


def _left_out(args: argparse.Namespace) -> frozenset[str]:
    """Document fields the lean-output flags leave out of the JSON."""
    return frozenset(name for name, flag in (("text", "no_text"), ("repairs", "no_repairs")) if getattr(args, flag, False))


def cmd_parse(args: argparse.Namespace) -> int:
    from .export.jsondoc import write_json

    with _output(args.output) as out:
        if args.format == "json":
            # documents written one by one as they are parsed, each in pieces: a long document is
            # never held twice (see export/jsondoc.py)
            many = len(args.paths) > 1
            n = 0
            for _, doc in _parse_each(args):
                out.write(("[" if n == 0 else ",\n") if many else "")
                write_json(doc, out, indent=2, exclude=_left_out(args))  # type: ignore[arg-type]
                n += 1
            if many:
                out.write(("[" if n == 0 else "") + "]\n")
            elif n:
                out.write("\n")
        elif args.format == "jsonl":
            for _, doc in _parse_each(args):
                write_json(doc, out, exclude=_left_out(args))  # type: ignore[arg-type]
                out.write("\n")
        else:
            from .export.markdown import to_markdown

            out.write("\n\n".join(to_markdown(d) for _, d in _parse_each(args)))  # type: ignore[arg-type]
    return EXIT_BAD_INPUT if args.failed else EXIT_OK


def _table_command(rows_of: Callable[[object], list[dict]]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from .export.tables import write_rows

        rows: list[dict] = []
        for _, doc in _parse_each(args):
            rows.extend(rows_of(doc))
        with _output(args.output) as out:
            write_rows(rows, args.format, out, columns=args.command, excel=getattr(args, "excel", False))
        return EXIT_BAD_INPUT if args.failed else EXIT_OK

    return run


def _target_rows(doc: object) -> list[dict]:
    from .export.tables import target_rows

    return target_rows(doc)  # type: ignore[arg-type]


def _party_rows(doc: object) -> list[dict]:
    from .export.tables import party_rows

    return party_rows(doc)  # type: ignore[arg-type]


def cmd_outline(args: argparse.Namespace) -> int:
    from .outline.render import render_outline

    args.paths = [args.path]
    for _, doc in _parse_each(args):
        sys.stdout.write(render_outline(doc))  # type: ignore[arg-type]
    return EXIT_BAD_INPUT if args.failed else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import explain, render
    from .load import load

    opts = _options(args)
    doc, decisions = explain(load(Path(args.path), encoding=opts.encoding, max_bytes=opts.max_bytes), opts)
    with _output(args.output) as out:
        out.write(render(doc, decisions))
    return EXIT_OK


def cmd_view(args: argparse.Namespace) -> int:
    from .export.view import render_html

    args.paths = [args.path]
    for _, doc in _parse_each(args):
        with _output(args.output) as out:
            out.write(render_html(doc))  # type: ignore[arg-type]
    return EXIT_BAD_INPUT if args.failed else EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    summary = run_batch(args.inputs, Path(args.output), jobs=args.jobs, resume=args.resume, options=_options(args),
                        follow_links=args.follow_links, fmt=args.format, engine=args.engine,
                        scheduler=args.scheduler, exclude=_left_out(args))
    print(summary.describe(), file=sys.stderr)
    return EXIT_BAD_INPUT if summary.errors else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import run_eval

    report = run_eval(Path(args.gold), Path(args.docs))
    sys.stdout.write(report.to_json(items=args.misses) + "\n" if args.json else report.to_text(items=args.misses))
    missing = report.not_scored()
    if missing:
        _error(f"{len(missing)} of {len(report.docs)} gold documents not scored (left out of the totals): "
               + "; ".join(f"{d.doc}: {d.status}" for d in missing))
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from .pipeline import rule_tables

    for name, table in sorted(rule_tables().items()):
        print(name)
        for rule in table:
            print(f"  {name}.{rule.name}" + (f"  {rule.doc}" if rule.doc else ""))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .models import Document

    if args.arrow:
        from .export.arrow import describe_schemas

        try:
            sys.stdout.write(describe_schemas())
        except ImportError:
            raise ConfigError("schema --arrow needs pyarrow: pip install 'policydoc[dask]' (or pyarrow)") from None
        return EXIT_OK

    sys.stdout.write(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that completes its help texts only when its help is shown (``complete``).

    The batch command's help names the file types the batch runner picks up; importing the
    runner (and its process pool) to read them cost every command ~15 ms.
    """

    complete: Optional[Callable[[], None]] = None

    def format_help(self) -> str:
        if self.complete is not None:
            self.complete()
            self.complete = None
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="policydoc",
        description="Turn Chinese plan and policy documents into structured data.",
        epilog=H.EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"policydoc {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str, more: str = "") -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_ + (f"\n\n{more}" if more else ""),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    def lean(p: argparse.ArgumentParser) -> None:
        p.add_argument("--no-text", action="store_true", help=H.NO_TEXT_HELP)
        p.add_argument("--no-repairs", action="store_true", help=H.NO_REPAIRS_HELP)

    def reading(p: argparse.ArgumentParser) -> None:
        p.add_argument("--keep-script", action="store_true", help="keep traditional characters (skip t2s)")
        p.add_argument("--encoding", help="decode text input with this encoding instead of detecting it")
        p.add_argument("--max-bytes", type=_size, metavar="SIZE", help=H.MAX_BYTES_HELP)
        p.add_argument("--disable-rule", action="append", metavar="RULE", help=H.DISABLE_RULE_HELP)

    p = add("parse", cmd_parse, "parse documents into Document JSON")
    p.add_argument("paths", nargs="+", metavar="PATH", help=H.PATH_HELP)
    p.add_argument("-o", "--output", metavar="FILE", help=H.OUTPUT_HELP)
    p.add_argument("--format", choices=("json", "jsonl", "md"), default="json",
                   help="json: one Document (an array for several PATHs); jsonl: one Document per line; "
                   "md: readable Markdown (default: %(default)s)")
    lean(p)
    reading(p)

    for name, rows, what in (("targets", _target_rows, "targets"), ("parties", _party_rows, "responsibilities")):
        p = add(name, _table_command(rows), f"the {what} table of documents")
        p.add_argument("paths", nargs="+", metavar="PATH", help=H.PATH_HELP)
        p.add_argument("-o", "--output", metavar="FILE", help=H.OUTPUT_HELP)
        p.add_argument("--format", choices=("csv", "jsonl"), default="csv",
                       help="csv with a header row, or one JSON object per line (default: %(default)s)")
        p.add_argument("--excel", action="store_true", help="start CSV with a UTF-8 byte-order mark for Excel")
        reading(p)

    p = add("outline", cmd_outline, "print the section tree as an indented outline")
    p.add_argument("path", metavar="PATH", help="a document file: .txt, .html/.htm, .docx or .pdf")
    reading(p)

    p = add("explain", cmd_explain, "list every candidate number and responsibility sentence (kept, or dropped by which "
            "rule) and the rule behind each party", "Use it to report a wrong result: each line names the rule that decided.")
    p.add_argument("path", metavar="PATH", help="a document file: .txt, .html/.htm, .docx or .pdf")
    p.add_argument("-o", "--output", metavar="FILE", help=H.OUTPUT_HELP)
    reading(p)

    p = add("view", cmd_view, "write a self-contained HTML report of a document")
    p.add_argument("path", metavar="PATH", help="a document file: .txt, .html/.htm, .docx or .pdf")
    p.add_argument("-o", "--output", required=True, metavar="REPORT.html",
                   help="the HTML file to write (missing folders are created)")
    reading(p)

    batch_help = "parse many documents in parallel into JSONL or a Parquet dataset"
    p = batch = add("batch", cmd_batch, batch_help)
    inputs = p.add_argument("inputs", metavar="DIR_OR_GLOB")

    def complete_batch_help() -> None:
        from .batch import SUFFIXES

        suffixes = ", ".join(sorted(SUFFIXES))
        batch.description = f"{batch_help}\n\n{H.BATCH_MORE.format(suffixes=suffixes)}"
        inputs.help = H.BATCH_INPUTS.format(suffixes=suffixes)

    batch.complete = complete_batch_help  # type: ignore[attr-defined]
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the JSONL file to write, one record per line; with --format parquet the folder of the "
                   "Parquet dataset (missing folders are created)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl",
                   help="jsonl: one Document (or error record) per line; parquet: one folder per table (documents, "
                   "sections, targets, parties, years, percentages, quantities, errors), written by the workers; "
                   "needs pyarrow (default: %(default)s)")
    p.add_argument("--jobs", type=int, default=1,
                   help="worker processes, or the workers of a local Dask cluster (default: %(default)s)")
    p.add_argument("--engine", choices=("process", "dask"), default="process",
                   help="process: a process pool on this machine; dask: Dask tasks, on a local cluster or the one at "
                   "--scheduler; needs pip install 'policydoc[dask]' (default: %(default)s)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask, the address of an existing Dask scheduler (tcp://host:8786); "
                   "without it a local cluster of --jobs workers is started")
    p.add_argument("--resume", action="store_true",
                   help="skip documents already in OUT (by path, and parsed again if the file changed since)")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links that lead out of DIR (by default each is an error record) "
                   "and enter linked folders")
    lean(p)
    reading(p)

    p = add("eval", cmd_eval, "score the parser against gold annotations", H.EVAL_MORE)
    p.add_argument("--gold", required=True, metavar="GOLD_DIR",
                   help="folder of gold files GOLD_DIR/<stem>.json, one per document (format below and in "
                   "docs/accuracy.md)")
    p.add_argument("--docs", required=True, metavar="DOCS_DIR",
                   help="folder holding the documents the gold files name in their \"doc\" field")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--misses", "--details", action="store_true", dest="misses",
                   help="after the scores, list per document the gold items missed, the predictions that "
                   "matched nothing and the disagreements, one line each")

    p = add("rules", cmd_rules, "list every rule table and its rules, in the order they run",
            "Each rule's full name (table.rule) is what Target.rule, Party.rule and `explain` report and what "
            "--disable-rule takes.")

    p = add("schema", cmd_schema, "print the JSON Schema of the Document")
    p.add_argument("--arrow", action="store_true",
                   help="print the Arrow schemas of the Parquet tables of batch --format parquet instead")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    args.failed = False
    try:
        return int(args.func(args))
    except BatchInterrupted as exc:
        _error(str(exc))
        # 130 for SIGINT (Ctrl-C), 143 for SIGTERM. The records are written and the output closed; exit
        # now rather than through the interpreter's exit hooks, which join the process pool's manager
        # thread and can wait on a killed worker for ever on a loaded machine.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(128 + exc.signum)
    except PolicydocError as exc:
        _error(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
