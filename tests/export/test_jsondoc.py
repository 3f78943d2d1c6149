"""The Document JSON written in pieces is byte for byte ``model_dump_json``, and lean models stay correct."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from policydoc import parse
from policydoc.export import jsondoc
from policydoc.models import Repair, lean

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
DOCS = sorted(CORPUS.glob("invented/set*/*.txt"))[:12] + sorted(CORPUS.glob("normalize/*.txt"))[:12]


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsondoc, "CHUNK", 3)  # long lists of the small fixtures are cut too


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
@pytest.mark.parametrize("indent", [None, 2])
def test_pieces_equal_model_dump_json(path: Path, indent: int) -> None:
    doc = parse(path)
    out = io.StringIO()
    jsondoc.write_json(doc, out, indent=indent)
    assert out.getvalue() == doc.model_dump_json(indent=indent)


def test_fixtures_found() -> None:
    assert len(DOCS) >= 12


def test_lean_models_share_one_full_fields_set_and_stay_assignable() -> None:
    repairs = [Repair(kind="t2s", span=(i, i + 1), original="為", replacement="为", source_span=None) for i in range(3)]
    lean(repairs)
    assert repairs[0].model_fields_set is repairs[2].model_fields_set == set(Repair.model_fields)
    repairs[0].kind = "width"  # assignment adds a name already there: the others are untouched
    assert repairs[1].kind == "t2s" and repairs[1].model_fields_set == set(Repair.model_fields)
    assert repairs[0].model_dump()["kind"] == "width"
