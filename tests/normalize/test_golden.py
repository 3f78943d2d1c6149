"""Golden files: ``corpus/normalize/<name>.txt`` normalises to ``<name>.expected.txt``.

One document per phenomenon (page markers, boilerplate variants, width, white
space, traditional script, ordinary lists that must stay). ``<name>.repairs.json``,
where present, pins every repair as ``[kind, original, replacement]``.

Regenerate on purpose and review the diff::

    POLICYDOC_REGEN=1 .venv/bin/python -m pytest tests/normalize/test_golden.py

Files named ``mojibake_*`` and ``pinyin_*`` belong to those fixers' own suites.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from policydoc.normalize import normalize

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "normalize"
OTHER_SUITES = ("mojibake_", "pinyin_")
REGEN = os.environ.get("POLICYDOC_REGEN") == "1"


def _documents() -> list[Path]:
    return sorted(
        p
        for p in CORPUS.glob("*.txt")
        if not p.name.endswith(".expected.txt") and not p.name.startswith(OTHER_SUITES)
    )


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # keeps \r\n: the newline fixer is under test too


@pytest.mark.parametrize("doc", _documents(), ids=lambda p: p.stem)
def test_normalised_text(doc: Path) -> None:
    expected_path = doc.with_suffix(".expected.txt")
    result = normalize(_read(doc))
    if REGEN:
        expected_path.write_bytes(result.text.encode("utf-8"))
    assert expected_path.exists(), f"no {expected_path.name}; run with POLICYDOC_REGEN=1 and review it"
    assert result.text == _read(expected_path)


@pytest.mark.parametrize(
    "doc", [p for p in _documents() if p.with_suffix(".repairs.json").exists()], ids=lambda p: p.stem
)
def test_repairs(doc: Path) -> None:
    path = doc.with_suffix(".repairs.json")
    got = [[r.kind, r.original, r.replacement] for r in normalize(_read(doc)).repairs]
    if REGEN:
        rows = ",\n".join(" " + json.dumps(r, ensure_ascii=False) for r in got)
        path.write_text(f"[\n{rows}\n]\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_corpus_has_one_document_per_phenomenon() -> None:
    names = {p.stem for p in _documents()}
    for needed in ("page_markers", "list_items", "boilerplate_news", "boilerplate_inline", "width", "whitespace",
                   "traditional", "traditional_pinyin"):
        assert needed in names
