"""Parsing on a Dask cluster: ``policydoc batch --engine dask`` and Dask collections of Documents.

Needs the optional extra ``pip install 'policydoc[dask]'`` (dask, distributed, pyarrow).

- :func:`dask_results` runs batch chunks as Dask tasks, on a ``LocalCluster`` sized to
  the jobs asked for, or on the cluster at a scheduler address. A worker that dies
  loses nothing: the scheduler runs its chunks again elsewhere. Results come back in
  input order, so the JSONL records are those of ``--engine process``; with
  ``--format parquet`` the workers write their own files and return only counts.
- :func:`documents_bag` makes a Dask bag of Documents (or of error messages) from
  paths or bytes, and :func:`to_dataframes` turns it into Dask DataFrames of the
  tables of :mod:`policydoc.export.arrow` (documents, sections, targets, parties,
  years, percentages, quantities, errors).

>>> import dask  # doctest: +SKIP
>>> bag = documents_bag(["plan1.txt", "plan2.docx"])  # doctest: +SKIP
>>> frames = to_dataframes(bag)  # doctest: +SKIP
>>> frames["targets"].groupby("unit").value.count().compute()  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from .pipeline import ParseOptions

Source = Union[str, bytes]


def _client(jobs: int, scheduler: Optional[str]) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, or of a new local one with ``jobs`` single-threaded workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        from .errors import ConfigError

        raise ConfigError("--engine dask needs Dask: pip install 'policydoc[dask]'") from None
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def dask_results(func: Callable[..., list], chunks: Sequence[Sequence[str]], jobs: int, options: ParseOptions,
                 scheduler: Optional[str] = None) -> Iterator[list]:
    """``func(chunk, options)`` for every chunk as a Dask task, yielded in input order.

    Stopping early (an interruption, a failed write) cancels what is left; a local
    cluster is closed on the way out.
    """
    client, cluster = _client(jobs, scheduler)
    futures: list = []
    try:
        futures = client.map(func, list(chunks), options=options, pure=False)
        for future in futures:
            result = future.result()
            future.release()  # the client keeps nothing it has handed on
            yield result
    finally:
        if futures:
            client.cancel(futures)
        client.close()
        if cluster is not None:
            cluster.close()


def _parse_source(source: Source, options: Optional[ParseOptions]) -> tuple[str, Any]:
    """``(name, Document or error message)`` of one path or one document's bytes."""
    from .errors import one_line
    from .load import display_path
    from .pipeline import parse

    name = display_path(source) if isinstance(source, str) else "<bytes>"
    try:
        doc = parse(source if isinstance(source, bytes) else Path(source), options)
    except Exception as exc:  # noqa: BLE001 - one bad document never stops the collection
        return name, one_line(exc)
    doc.source.path = name if isinstance(source, str) else doc.source.path
    return name, doc


def documents_bag(sources: Iterable[Source], options: Optional[ParseOptions] = None,
                  npartitions: Optional[int] = None) -> Any:
    """A Dask bag of ``(name, Document or error message)``, one per path or bytes in ``sources``.

    A name is the path as batch records give it (``"<bytes>"`` for bytes); a
    document that cannot be parsed is its one-line error message instead.
    """
    import dask.bag as db

    items = list(sources)
    bag = db.from_sequence(items, npartitions=npartitions or max(1, min(len(items), 100)))
    return bag.map(_parse_source, options)


def to_dataframes(bag: Any) -> dict[str, Any]:
    """Dask DataFrames of every table of :mod:`policydoc.export.arrow` from a bag of
    :func:`documents_bag`, each partition's rows built where the partition lies."""
    import dask.dataframe as dd

    from .export.arrow import TABLES, schema

    def part(results: list, table: str) -> Any:
        from .export.arrow import tables

        return tables(results)[table].to_pandas(types_mapper=_types)

    frames = {}
    for table in TABLES:
        meta = schema(table).empty_table().to_pandas(types_mapper=_types)
        frames[table] = dd.from_delayed([_delayed(part, d, table) for d in bag.to_delayed()], meta=meta)
    return frames


def _delayed(fn: Callable, partition: Any, table: str) -> Any:
    import dask

    return dask.delayed(fn)(partition, table)


def _types(arrow_type: Any) -> Any:
    """pandas dtypes for Arrow types that keep nulls (nullable integers; strings as Arrow strings)."""
    import pandas as pd
    import pyarrow as pa

    if pa.types.is_integer(arrow_type):
        return pd.Int64Dtype()
    if pa.types.is_string(arrow_type):
        return pd.StringDtype("pyarrow")
    return None
