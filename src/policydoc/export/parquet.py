"""A Parquet dataset of parsed documents: one folder per table, one file per chunk of documents.

``OUT/documents/``, ``OUT/sections/``, ``OUT/targets/`` … (the tables of
:mod:`.arrow`) each hold ``part-<run>-<chunk>.parquet`` files, written by
whichever process parsed the chunk (a pool worker, a Dask worker): nothing is
gathered in one place. Read the dataset with DuckDB
(``SELECT * FROM 'OUT/targets/*.parquet'``), pandas or pyarrow
(``pyarrow.dataset.dataset('OUT/targets')``).

A chunk's files appear whole or not at all (each is written under a temporary
name, then renamed) and its ``documents`` file, written last and even when empty,
is the mark that the chunk is complete. ``prepare`` on resume removes the files
of chunks without that mark (a run killed between renames), so that resuming ends
with every document exactly once.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Optional

from .arrow import TABLES, Result, tables

COMMIT_TABLE = "documents"
"""Written last for every chunk, even empty: its presence marks the chunk complete."""


def part_name(run: str, paths: Iterable[str]) -> str:
    """The file name of a chunk's parts: the run's id and a digest of the chunk's paths.

    >>> part_name("r1", ["a.txt", "b.txt"]) == part_name("r1", ["a.txt", "b.txt"]) != part_name("r1", ["a.txt"])
    True
    """
    digest = hashlib.sha1("\n".join(paths).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"part-{run}-{digest}.parquet"


def write_chunk(out: Path, name: str, results: list[tuple[str, Result]]) -> None:
    """Write one chunk's rows, table by table, each file whole; the documents file last."""
    import pyarrow.parquet as pq

    built = tables(results)
    for table in sorted(TABLES, key=lambda t: t == COMMIT_TABLE):
        if built[table].num_rows == 0 and table != COMMIT_TABLE:
            continue
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.tmp"
        pq.write_table(built[table], tmp)
        os.replace(tmp, folder / name)


def prepare(out: Path, resume: bool) -> None:
    """Make ``out`` ready: emptied of earlier parts unless resuming; on resume, incomplete chunks removed."""
    out.mkdir(parents=True, exist_ok=True)
    complete = {p.name for p in (out / COMMIT_TABLE).glob("part-*.parquet")} if resume else set()
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for f in folder.iterdir():
            if f.name.endswith(".tmp") or (f.suffix == ".parquet" and f.name not in complete):
                f.unlink()


def done(out: Path) -> dict[str, Optional[str]]:
    """Documents already in the dataset: path -> sha256 of the input (None for an error row)."""
    import pyarrow.parquet as pq

    seen: dict[str, Optional[str]] = {}
    for table, columns in ((COMMIT_TABLE, ["doc", "sha256"]), ("errors", ["doc"])):
        for f in sorted((out / table).glob("part-*.parquet")) if (out / table).is_dir() else []:
            data = pq.read_table(f, columns=columns).to_pydict()
            for i, doc in enumerate(data["doc"]):
                seen[doc] = data["sha256"][i] if "sha256" in data else None
    return seen
