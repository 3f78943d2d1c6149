"""docs/schema.md is generated from the models and must be current; the docs name every fixer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from policydoc.normalize import FIXERS

REPO = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("gen_schema_docs", REPO / "scripts" / "gen_schema_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_schema_page_is_current() -> None:
    page = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    assert page == _generator().render(), "docs/schema.md is stale: run `python scripts/gen_schema_docs.py`"


def test_schema_page_lists_every_model_field() -> None:
    page = _generator().render()
    for field in ("`indicator`", "`value_max`", "`source_span`", "`children`", "`lead`", "`repairs`"):
        assert field in page


def test_normalisation_page_names_every_fixer() -> None:
    page = (REPO / "docs" / "normalization.md").read_text(encoding="utf-8")
    missing = [f.name for f in FIXERS if f"`{f.name}`" not in page]
    assert not missing, f"docs/normalization.md does not describe: {missing}"
