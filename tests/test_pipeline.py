"""The stage table, parse options and the library entry points."""

from __future__ import annotations

import pytest

import policydoc
from policydoc import ConfigError, EmptyDocument, ParseOptions
from policydoc.normalize import NormalizeOptions

TRAD = "一、總體要求\n到２０２５年，學前教育毛入園率達到96%。\n"


def test_stage_table_order_is_the_pipeline():
    assert [name for name, _ in policydoc.STAGES] == ["normalize", "outline", "analyse", "extract", "parties"]


def test_unknown_stage_is_an_error_naming_the_known_ones():
    with pytest.raises(ConfigError, match="unknown stage.*known: normalize"):
        ParseOptions(disable=["outlines"])


def test_unknown_fixer_is_an_error():
    with pytest.raises(ConfigError, match="unknown fixer"):
        NormalizeOptions.without("t2t")


def test_disabled_normalize_keeps_source_text_and_records_nothing():
    doc = policydoc.parse_text(TRAD, disable=["normalize"])
    assert doc.text == TRAD
    assert doc.repairs == []


def test_keep_script_keeps_traditional_but_reports_it():
    doc = policydoc.parse_text(TRAD, keep_script=True)
    assert "總體" in doc.text and doc.script == "traditional"
    assert all(r.kind != "t2s" for r in doc.repairs)


def test_default_parse_is_simplified_and_folded():
    doc = policydoc.parse_text(TRAD)
    assert doc.script == "traditional"
    assert "总体要求" in doc.text and "2025" in doc.text
    assert {r.kind for r in doc.repairs} >= {"t2s", "width"}


def test_options_object_and_keywords_combine():
    opts = ParseOptions(normalize=NormalizeOptions.without("width"))
    doc = policydoc.parse_text(TRAD, opts, keep_script=True)
    assert "２０２５" in doc.text and "總體" in doc.text


def test_parse_accepts_path_bytes_and_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(TRAD.encode("gb18030"))
    by_path = policydoc.parse(path)
    by_bytes = policydoc.parse(TRAD.encode("gb18030"))
    by_text = policydoc.parse(TRAD)
    assert by_path.text == by_bytes.text == by_text.text
    assert by_path.source.path == str(path) and by_path.source.encoding == "gb18030"
    assert by_text.source.encoding is None


def test_parse_rejects_other_types():
    with pytest.raises(TypeError, match="pass a path, bytes or str"):
        policydoc.parse(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "  \n\t "])
def test_empty_text_is_a_typed_error(text):
    with pytest.raises(EmptyDocument):
        policydoc.parse_text(text)


def test_document_json_round_trips():
    doc = policydoc.parse_text(TRAD)
    again = policydoc.Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.schema_version == "1"


def test_names_and_titles_keep_the_width_they_were_written_in():
    doc = policydoc.parse_text("某县工作方案\n一、２０２４年工作回顾\n二、任务\n各乡（镇）人民政府要加强组织领导。\n")
    assert [s.title for s in doc.sections] == ["２０２４年工作回顾", "任务"]
    assert "２０２４" not in doc.text  # the normalised text is still folded: only reported names and titles are as written
    assert doc.parties and doc.parties[0].lead == ["各乡（镇）人民政府"]
