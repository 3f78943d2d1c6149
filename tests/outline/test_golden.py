"""Golden outlines: every ``corpus/outline/<name>.txt`` against ``<name>.outline.txt``.

The expected file is what ``render_sections`` prints (title line, then one
indented line per heading), followed by the warnings, one per line, after a
``# warnings`` line. Regenerate on purpose with ``POLICYDOC_REGEN_GOLDEN=1`` and
review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policydoc.outline import build_outline
from policydoc.outline.render import render_sections

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "outline"
DOCS = sorted(p for p in CORPUS.glob("*.txt") if not p.name.endswith(".outline.txt"))


def rendered(path: Path) -> str:
    outline = build_outline(path.read_text(encoding="utf-8"))
    out = render_sections(outline.title, outline.sections)
    if outline.warnings:
        out += "# warnings\n" + "".join(w + "\n" for w in outline.warnings)
    return out


def test_corpus_covers_the_phenomena() -> None:
    names = {p.stem for p in DOCS}
    assert {"own_line", "run_in_one_line", "continuous_items", "restarts", "law", "sloppy",
            "false_candidates", "page_breaks", "sloppy_report", "colon_titles", "law_first_sentence"} <= names


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_golden_outline(path: Path) -> None:
    expected_path = path.with_name(path.stem + ".outline.txt")
    got = rendered(path)
    if os.environ.get("POLICYDOC_REGEN_GOLDEN"):
        expected_path.write_text(got, encoding="utf-8")
    assert got == expected_path.read_text(encoding="utf-8")
