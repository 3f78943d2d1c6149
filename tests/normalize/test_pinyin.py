"""Pinyin annotations: removed after characters; real parentheses kept; golden corpus; seed 003."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from policydoc.normalize import NormalizeOptions, normalize
from policydoc.normalize.offsets import apply_edits
from policydoc.normalize.pinyin import parse_syllable, pinyin_syllables, remove_pinyin
from policydoc.normalize.pipeline import FixContext

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "normalize"
SHARED = ROOT / ".." / "shared"


def _remove(text: str) -> str:
    return apply_edits(text, remove_pinyin(text, FixContext()))[0]


REMOVED = [
    ("學(xué)校", "學校"),
    ("社會(huì )主義", "社會主義"),  # stray space before ')'
    ("專(zhuān)業", "專業"),
    ("發(fā)展", "發展"),
    ("推進(jìn)", "推進"),
    ("時(shí)期", "時期"),
    ("優(yōu)質", "優質"),
    ("創(chuàng )新", "創新"),
    ("綠(lǜ)色", "綠色"),  # ü with a tone mark
    ("女(nǚ)生", "女生"),
    ("兒(ér)童", "兒童"),  # zero initial
    ("學(xué)習(xí)", "學習"),  # two in a row
    ("個(gè)人", "個人"),
    ("問(wèn)題", "問題"),
    ("愛(ài)國", "愛國"),
    ("圓(yuán)滿", "圓滿"),
    ("我們(men)的(de)學(xué)校", "我們的學校"),  # toneless, inside a run of annotations
    ("是(shì)否", "是否"),
]

KEPT = [
    "各縣(市、區)人民政府",
    "新建(改擴建)中小學",
    "教(學)代會",
    "(一)總體要求",
    "(2019年7月至2019年10月)",
    "詳見(附件1)",
    "國內生產總值(GDP)",
    "手機應用(app)",
    "按規定(試行)執行",
    "編號(ban)不變",  # a lone toneless syllable: no run of annotations around it
    "函數(x)",
    "(xué)開頭",  # not after a Han character
    "標準(ISO)",
    "比例(%)",
    "學校(shi xian)",  # two words
    "附件(a)",
    "英文(Xue)",  # capitals are not annotations
    "名稱(zhuānyè)",  # two syllables
]


@pytest.mark.parametrize(("text", "expected"), REMOVED, ids=lambda s: s)
def test_annotation_removed(text: str, expected: str) -> None:
    assert _remove(text) == expected


@pytest.mark.parametrize("text", KEPT, ids=lambda s: s)
def test_real_parentheses_kept(text: str) -> None:
    assert remove_pinyin(text, FixContext()) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [("zhuān", ("zhuan", True)), ("lǜ", ("lü", True)), ("de", ("de", False)), ("gdp", None), ("bū", ("bu", True))],
)
def test_parse_syllable(content: str, expected: object) -> None:
    assert parse_syllable(content) == expected


def test_inventory_is_built_from_initials_and_finals() -> None:
    syllables = pinyin_syllables()
    assert 390 <= len(syllables) <= 440  # the standard table has about 410
    assert {"zhuang", "nüe", "xiong", "er", "weng"} <= syllables
    assert not {"ju" + "e" + "e", "fong", "gi", "zhü", "bua", "app"} & syllables


def test_corpus_golden_and_source_spans() -> None:
    source = (CORPUS / "pinyin_annotated.txt").read_text(encoding="utf-8")
    result = normalize(source, NormalizeOptions.without("page_markers", "boilerplate"))
    assert result.text == (CORPUS / "pinyin_annotated.expected.txt").read_text(encoding="utf-8")
    removed = [r for r in result.repairs if r.kind == "pinyin_annotation"]
    assert len(removed) == 24
    for r in removed:
        assert r.replacement == ""
        assert r.source_span is not None and source[r.source_span[0] : r.source_span[1]] == r.original


def test_seed_003_has_no_annotation_left() -> None:
    path = next(iter((SHARED / "seeds").glob("003_*.txt")), None) if (SHARED / "seeds").is_dir() else None
    if path is None:
        pytest.skip(f"{SHARED} not present: seeds are development data outside the repo")
    from policydoc import parse

    text = parse(path).text
    left = regex.findall(r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}) ?\)", text)
    assert left == []
    assert text.count("(市、区)") == 11 and "(改扩建)" in text
