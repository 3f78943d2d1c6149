"""Hostile HTML (issue 15): spans that pile up, and nesting deeper than the parser's default, read in bounded time
with no text silently lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import policydoc
from policydoc.errors import LoadError
from policydoc.load.html import MAX_COLUMNS, MAX_DEPTH

BODY = "<p>一、总则</p><p>到2025年，覆盖率达到90%。</p>"


def _page(inner: str) -> str:
    return f"<html><body>{inner}</body></html>"


def test_piled_up_spans_are_padded_within_bounds(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td colspan='1000' rowspan='1000'>单元{i}</td><td>乙{i}</td></tr>" for i in range(300))
    path = tmp_path / "bomb.html"
    path.write_text(_page(BODY + f"<table>{rows}</table>"), encoding="utf-8")
    doc = policydoc.parse(path)
    assert "单元299" in doc.text and "乙299" in doc.text, "cells with text are kept"
    assert len(doc.text) < 300 * (MAX_COLUMNS + 2) + 10_000, "padding stops at MAX_COLUMNS (not millions of cells)"


def test_a_page_nested_past_255_levels_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(_page("<div>" * 300 + BODY + "</div>" * 300), encoding="utf-8")
    doc = policydoc.parse(path)
    assert [s.marker for s in doc.sections] == ["一、"] and [t.value for t in doc.targets] == [90.0]


def test_a_page_nested_past_the_parser_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    depth = MAX_DEPTH + 100
    path = tmp_path / "deeper.html"
    path.write_text(_page("<div>" * depth + BODY + "</div>" * depth), encoding="utf-8")
    try:
        policydoc.parse(path)
    except LoadError as exc:
        assert "levels deep" in str(exc)
    else:
        raise AssertionError("a page the parser cannot read whole must not be read with its text lost")
    run = subprocess.run([sys.executable, "-m", "policydoc", "parse", str(path)], capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
