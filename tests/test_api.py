"""The library API around parse: iter_parse, to_records, to_dataframe."""

from __future__ import annotations

import builtins
import importlib.util
from pathlib import Path

import pytest

import policydoc
from policydoc.errors import LoadError
from policydoc.export.records import PARTY_COLUMNS, TARGET_COLUMNS

HERE = Path(__file__).resolve().parent
PLAN = HERE.parent / "corpus" / "export" / "city_education_plan.txt"


def _sample():
    spec = importlib.util.spec_from_file_location("sample_doc", HERE / "export" / "sample_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_sample()


@pytest.mark.parametrize("jobs", [1, 2])
def test_iter_parse_yields_documents_and_errors_in_order(tmp_path: Path, jobs: int) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    paths = [PLAN, bad, str(PLAN)]
    results = list(policydoc.iter_parse(paths, jobs=jobs))
    assert [p for p, _ in results] == [str(PLAN), str(bad), str(PLAN)]
    assert isinstance(results[0][1], policydoc.Document) and results[0][1].source.path == str(PLAN)
    assert isinstance(results[1][1], LoadError)
    assert results[2][1].text == results[0][1].text  # type: ignore[union-attr]


def test_to_records_of_one_and_of_many() -> None:
    doc = _sample()
    one = policydoc.to_records(doc)
    assert len(one) == 11 and list(one[0]) == list(TARGET_COLUMNS)
    many = policydoc.to_records([doc, doc], table="parties")
    assert len(many) == 6 and list(many[0]) == list(PARTY_COLUMNS)
    assert many[0]["lead"] == ["市教育局"] and many[0]["span"] == doc.parties[0].span


def test_to_records_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        policydoc.to_records(_sample(), table="years")  # type: ignore[arg-type]


def test_to_dataframe_without_pandas_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match="pip install pandas"):
        policydoc.to_dataframe(_sample())


def test_to_dataframe_with_pandas() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is optional; to_dataframe is tested when it is installed")
    frame = policydoc.to_dataframe(_sample(), table="targets")
    assert list(frame.columns) == list(TARGET_COLUMNS) and len(frame) == 11
    assert frame.loc[0, "indicator"] == "学前教育毛入园率"
    empty = policydoc.to_dataframe([], table="parties")
    assert isinstance(empty, pd.DataFrame) and list(empty.columns) == list(PARTY_COLUMNS)


@pytest.mark.parametrize("name", ["docs/plan.docx", "plan.txt", "规划/实施方案.html", "out/notes"])
def test_parse_of_a_missing_path_like_str_is_a_load_error(tmp_path: Path, monkeypatch, name: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LoadError, match="no such file.*parse_text"):
        policydoc.parse(name)
    assert policydoc.parse_text(name).text == name  # parse_text never takes it for a path


@pytest.mark.parametrize("text", ["一、总体要求", "到2025年，学前教育毛入园率达到96%。", "比上年增长5.5"])
def test_parse_of_a_str_of_text_still_parses_it(text: str) -> None:
    assert policydoc.parse(text).text == text
