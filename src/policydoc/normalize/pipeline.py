"""The fixer table, its options, and the runner that records every edit."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Callable, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..errors import ConfigError
from ..models import Repair, trusted_many
from ..notes import Note, code_of
from .offsets import BY_POSITION, ChainMapper, Edit, OffsetMap, StepMap, apply_sorted_edits
from .script import Script, convert_traditional, detect_script
from .whitespace import tidy_whitespace, unify_newlines
from .width import fold_width


class FixContext:
    """What a fixer may read besides the text, and where it reports problems."""

    def __init__(self) -> None:
        self.warnings: list[tuple[int, int, str]] = []

    def warn(self, start: int, end: int, message: str, code: str = "normalize.other") -> None:
        """Report a problem at ``[start, end)`` of the fixer's input, under ``code`` (see policydoc.notes);
        positions are mapped later."""
        self.warnings.append((start, end, Note(message, code)))


FixFunc = Callable[[str, FixContext], list[Edit]]


@dataclass(frozen=True)
class Fixer:
    """One named normalisation step."""

    name: str
    func: FixFunc
    doc: str


def _plain(func: Callable[[str], list[Edit]]) -> FixFunc:
    return lambda text, ctx: func(text)


def _lazy(module: str, attr: str) -> FixFunc:
    """A fixer whose module is imported on first use (keeps start-up light); the function is kept then
    (resolving a relative import costs a few microseconds, every fixer of every document)."""
    found: list[FixFunc] = []

    def run(text: str, ctx: FixContext) -> list[Edit]:
        if not found:
            import importlib

            found.append(getattr(importlib.import_module(module, __package__), attr))
        return found[0](text, ctx)

    return run


# Order matters: mojibake repair needs the raw characters (before width folding);
# Markdown markup goes before pinyin removal reads ASCII parentheses (link targets);
# pinyin removal needs ASCII parentheses (after width folding); page markers and
# boilerplate are line rules (after newlines are unified); wraps are joined once page furniture
# is gone (reflow after boilerplate); t2s runs on clean text.
FIXERS: tuple[Fixer, ...] = (
    Fixer("newlines", _plain(unify_newlines), "\\r\\n and \\r to \\n, zero-width characters removed"),
    Fixer("mojibake", _lazy(".mojibake", "repair_mojibake"), "GBK byte-shift mojibake runs re-decoded"),
    Fixer("width", _plain(fold_width), "full-width digits, letters and ％＋（）… to ASCII"),
    Fixer("html", _lazy(".htmlfrag", "html_fragment_fixer"), "HTML tags, comments and entities left inside text"),
    Fixer("inline_breaks", _lazy(".inline_breaks", "inline_break_fixer"), "line breaks an HTML-to-text dump put around inline elements (numbers, brackets, quotes on lines of their own)"),
    Fixer("run_on", _lazy(".runon", "run_on_fixer"), "paragraph breaks a scraper replaced with spaces, in a long run-on line (only where the line shows it)"),
    Fixer("lookalike", _lazy(".lookalike", "lookalike_fixer"), "Kangxi radicals and Bopomofo ㄧ read as the Han characters they stand for"),
    Fixer("grouping", _lazy(".grouping", "grouping_fixer"), "thousands separators written as the Chinese comma (16，770) to ','"),
    Fixer("markdown", _lazy(".markdown", "strip_markdown_fixer"), "Markdown markup (**, #, links, pipe tables) removed"),
    Fixer("pinyin", _lazy(".pinyin", "remove_pinyin"), "pinyin annotations after characters removed: 學(xué)"),
    Fixer("page_markers", _lazy(".pages", "remove_page_markers"), "Word-viewer page numbers 'N、' removed"),
    Fixer("boilerplate", _lazy(".boilerplate", "remove_boilerplate"), "site chrome, footers, spam removed"),
    Fixer("reflow", _lazy(".reflow", "reflow_fixer"), "PDF text: form feeds, bare page numbers and hard line wraps"),
    Fixer("spacing", _lazy(".spacing", "spacing_fixer"), "typographic spaces between numbers and Han text, spaced digits"),
    Fixer("t2s", _plain(convert_traditional), "traditional to simplified (OpenCC t2s)"),
    Fixer("whitespace", _plain(tidy_whitespace), "blank lines, indentation and runs of spaces tidied"),
)
FIXER_NAMES = tuple(f.name for f in FIXERS)


class NormalizeOptions(BaseModel):
    """One switch per fixer; all on by default."""

    model_config = ConfigDict(extra="forbid")

    newlines: bool = Field(True, description="Unify line breaks, drop zero-width characters.")
    mojibake: bool = Field(True, description="Repair GBK byte-shift mojibake.")
    width: bool = Field(True, description="Fold full-width digits, letters and symbols.")
    html: bool = Field(True, description="Remove HTML tags, comments and entities left inside text (only where it shows markup).")
    inline_breaks: bool = Field(True, description="Join the lines an HTML-to-text dump broke around inline elements (only where the text shows it).")
    run_on: bool = Field(True, description="Break a run-on line at the paragraph gaps a scraper left as spaces (only where the line shows it).")
    lookalike: bool = Field(True, description="Replace Kangxi radicals and Bopomofo ㄧ with the Han characters they stand for.")
    grouping: bool = Field(True, description="Read a Chinese comma between digit groups (16，770) as a thousands separator.")
    markdown: bool = Field(True, description="Remove Markdown markup of scraped or converted text (only where the text shows it).")
    pinyin: bool = Field(True, description="Remove pinyin annotations inserted after characters.")
    page_markers: bool = Field(True, description="Remove Word-viewer page-number prefixes and join lines.")
    boilerplate: bool = Field(True, description="Remove site chrome, footers, stamps and spam lines.")
    reflow: bool = Field(True, description="Remove form feeds and bare page numbers; join hard-wrapped lines of PDF text.")
    spacing: bool = Field(True, description="Remove typographic spaces between numbers and Han text, and spaced digits.")
    t2s: bool = Field(True, description="Convert traditional to simplified (off keeps the original script).")
    whitespace: bool = Field(True, description="Tidy blank lines, indentation and spaces.")

    @classmethod
    def without(cls, *names: str) -> "NormalizeOptions":
        """Options with the named fixers off; an unknown name is an error."""
        unknown = sorted(set(names) - set(FIXER_NAMES))
        if unknown:
            raise ConfigError(f"unknown fixer(s) {', '.join(unknown)}; known: {', '.join(FIXER_NAMES)}")
        return cls(**{n: False for n in names})


@dataclass
class NormalizeResult:
    """The normalised text and the full account of how it was made."""

    text: str
    source: str
    repairs: list[Repair]
    offsets: OffsetMap
    script: Script
    warnings: list[str] = field(default_factory=list)


_repairs_of = trusted_many(Repair)


@dataclass
class _StepRecord:
    """What one step did: its edits, their originals and where the step sits in the chain."""

    edits: list[Edit]
    originals: list[str]
    step: StepMap  # where the edits stand in the step's output
    chain_before: int  # number of maps in the chain before this step
    chain_after: int  # number of maps in the chain after this step ran


def normalize(source: str, options: Optional[NormalizeOptions] = None) -> NormalizeResult:
    """Run the enabled fixers over ``source``.

    >>> r = normalize("一、總體要求\\r\\n到２０２５年")
    >>> r.text, r.script
    ('一、总体要求\\n到2025年', 'traditional')
    >>> [(x.kind, x.original, x.replacement) for x in r.repairs]
    [('whitespace', '\\r\\n', '\\n'), ('width', '２０２５', '2025'), ('t2s', '總體', '总体')]
    """
    options = options or NormalizeOptions()
    offsets = OffsetMap()
    text = source
    records: list[_StepRecord] = []
    seams = _Seams()  # where in `text` an earlier step's edit begins or ends
    warnings: list[tuple[int, int, str, int]] = []
    t2s_changed: Optional[int] = None
    script_probe = source
    for fixer in FIXERS:
        if fixer.name == "t2s":
            script_probe = text
        if not getattr(options, fixer.name):
            continue
        ctx = FixContext()
        edits = _disjoint(sorted(fixer.func(text, ctx), key=BY_POSITION), len(text))
        if _splittable(edits):
            edits = _split_at_seams(edits, seams.current())
        if fixer.name == "t2s":
            t2s_changed = sum(e.end - e.start for e in edits)
        new_text, step = apply_sorted_edits(text, edits)
        chain_before = len(offsets.steps)
        warnings.extend((a, b, msg, chain_before) for a, b, msg in ctx.warnings)
        offsets.append(step)
        records.append(
            _StepRecord(
                edits=edits,
                originals=[text[e.start : e.end] for e in edits],
                step=step,
                chain_before=chain_before,
                chain_after=len(offsets.steps),
            )
        )
        seams.advance(step)
        text = new_text
    if t2s_changed is None:  # conversion off: still report the script of the input
        t2s_changed = sum(e.end - e.start for e in convert_traditional(script_probe))
    return NormalizeResult(
        text=text,
        source=source,
        repairs=_repairs(records, offsets, source),
        offsets=offsets,
        script=detect_script(script_probe, t2s_changed),
        warnings=[_place_warning(w, offsets) for w in warnings],
    )


def _disjoint(edits: list[Edit], length: int) -> list[Edit]:
    """A fixer's sorted edits without any that overlaps an earlier one or leaves the text: two rules of one fixer
    may both claim a character (a space of a joined PDF line inside a letter-spaced title); the first keeps it.
    A repair left out leaves its characters as they were; an overlap let through would lose the document.

    >>> [(e.start, e.kind) for e in _disjoint([Edit(1, 2, "", "a"), Edit(1, 2, "", "b"), Edit(3, 9, "", "c")], 5)]
    [(1, 'a')]
    """
    last = 0
    for e in edits:
        if e.start < last or e.end < e.start or e.end > length:
            break
        last = e.end
    else:
        return edits  # the usual case: nothing to drop, no copy
    kept: list[Edit] = []
    last = 0
    for e in edits:
        if last <= e.start <= e.end <= length:
            kept.append(e)
            last = e.end
    return kept


def _splittable(edits: list[Edit]) -> bool:
    """Whether any edit is 1:1 (same length in and out) and two characters long or more: only such an edit
    can have a seam strictly inside it, to be cut at."""
    for e in edits:
        if e.end - e.start >= 2 and len(e.replacement) == e.end - e.start:
            return True
    return False


def _split_at_seams(edits: list[Edit], seams: list[int]) -> list[Edit]:
    """Cut 1:1 edits (same length in and out, such as t2s runs) where an earlier step changed the text.

    Each piece then lies on source text that no earlier step touched, so its
    ``source_span`` exists.

    >>> [(e.start, e.end, e.replacement) for e in _split_at_seams([Edit(0, 4, "ABCD", "t")], [2])]
    [(0, 2, 'AB'), (2, 4, 'CD')]
    """
    if not seams:
        return edits
    out: list[Edit] = []
    for e in edits:
        lo, hi = bisect_right(seams, e.start), bisect_left(seams, e.end)
        if lo >= hi or len(e.replacement) != e.end - e.start:
            out.append(e)
            continue
        cuts = [e.start, *seams[lo:hi], e.end]
        for a, b in zip(cuts, cuts[1:]):
            piece = e.replacement[a - e.start : b - e.start]
            out.append(Edit(a, b, piece, e.kind))
    return out


class _Seams:
    """The seams (positions where an earlier step's edit begins or ends) of the text a step reads.

    Carried through a step's map only when a later step asks for them: only a step with
    an edit :func:`_splittable` does, and most documents have no such edit after the
    first steps (t2s runs come only in traditional text).
    """

    def __init__(self) -> None:
        self._seams: list[int] = []
        self._pending: list[StepMap] = []  # steps run since the seams were last carried forward

    def advance(self, step: StepMap) -> None:
        """Note that ``step`` ran."""
        if not step.is_identity:
            self._pending.append(step)

    def current(self) -> list[int]:
        """The seams of the text after every step so far, sorted."""
        for step in self._pending:
            self._seams = _advance_seams(self._seams, step)
        self._pending.clear()
        return self._seams


def _advance_seams(seams: list[int], step: StepMap) -> list[int]:
    """Carry the seams through ``step`` and add the boundaries of its own edits."""
    if step.is_identity:
        return seams
    moved = set(step.to_dst_many(seams, "start") if step.moves else seams)
    starts, ends = step.dst_bounds()
    moved.update(starts)
    moved.update(ends)
    return sorted(moved)


def _repairs(records: list[_StepRecord], offsets: OffsetMap, source: str) -> list[Repair]:
    """Turn each step's edits into Repairs with spans in the final text and in the source.

    A source span is given only where slicing the source there gives back the
    original exactly (an earlier step may have changed that stretch). Repair
    strings repeat by the thousand ("\\n\\n", " ", "（"): equal ones share one object.
    """
    repairs: list[Repair] = []
    mapper = ChainMapper(offsets)  # each step's lookup tables built once for the document
    shared: dict[str, str] = {}
    share = shared.setdefault
    for rec in records:
        if not rec.edits:
            continue
        srcs = mapper.spans_to_source(rec.chain_before, *rec.step.src_bounds())
        dsts = mapper.spans_to_text(rec.chain_after, *rec.step.dst_bounds())
        # built unvalidated: every value is a str, a tuple of two ints or None, made here
        repairs.extend(_repairs_of([
            {"kind": e.kind, "span": dst, "original": share(original, original),
             "replacement": share(e.replacement, e.replacement),
             "source_span": src if source[src[0] : src[1]] == original else None}
            for e, original, src, dst in zip(rec.edits, rec.originals, srcs, dsts)
        ]))
        rec.edits, rec.originals = [], []  # spent: freed before the next step's repairs are built
    return repairs


def _place_warning(w: tuple[int, int, str, int], offsets: OffsetMap) -> Note:
    """The warning a step raised at ``[start, end)`` of its input, with its span in the final text and the source."""
    start, end, message, chain_before = w
    src = OffsetMap(offsets.steps[:chain_before]).span_to_source((start, end))
    span = OffsetMap(offsets.steps[chain_before:]).span_to_text((start, end))
    return Note(f"{message} (source offset {src[0]}-{src[1]})", code_of(message, "normalize.other"),
                span=span, source_span=src)


def replay_repairs(source: str, repairs: list[Repair]) -> str:
    """Rebuild the normalised text from ``source`` and the repairs alone.

    Every repair replaces its ``source_span`` of the source with its
    ``replacement``; this is the normalisation whenever every repair has a source
    span (zero-length insertions at one source point go in the order listed).
    A repair without one cannot be replayed and raises ``ValueError``.

    >>> r = normalize("一、總體要求\\r\\n到２０２５年")
    >>> replay_repairs(r.source, r.repairs) == r.text
    True
    """
    placed = []
    for i, r in enumerate(repairs):
        if r.source_span is not None and source[r.source_span[0] : r.source_span[1]] == r.replacement:
            continue  # nothing to replay: the loader's U+FFFD for undecodable bytes is already in the source
        if r.source_span is None:
            raise ValueError(f"repair {i} ({r.kind} {r.original!r}) has no source span to replay")
        placed.append((r.source_span[0], r.source_span[1], i, r.replacement))
    pieces: list[str] = []
    last = 0
    for start, end, i, replacement in sorted(placed):
        if start < last:
            raise ValueError(f"repair {i} overlaps an earlier one in the source")
        pieces.append(source[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(source[last:])
    return "".join(pieces)
