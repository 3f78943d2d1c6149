"""Word-viewer page markers: removed when lines count up as pages, kept in ordinary lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policydoc.normalize import NormalizeOptions, normalize
from policydoc.normalize.offsets import apply_edits
from policydoc.normalize.pages import remove_page_markers

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "normalize"
PAGE = "教育发展的各项工作持续推进，改革举措不断深化，人民群众对教育的满意度稳步提升。各类学校办学条件明显改善，师资队伍结构持续优化，教育信息化水平显著提高，服务经济社会发展的能力不断增强"


def _pages(numbers: list[int], breaks_mid_sentence: bool = True) -> str:
    end = "" if breaks_mid_sentence else "。"
    return "\n".join(f"{n}、{PAGE}{end}" for n in numbers)


def _strip(text: str) -> str:
    return apply_edits(text, remove_page_markers(text, None))[0]


# (id, text, markers expected to be removed)
CASES = [
    ("pages_counting", _pages([1, 2, 3, 4, 5]), 5),
    ("pages_from_k", _pages([7, 8, 9, 10, 11]), 5),
    ("one_missing_page", _pages([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]), 11),
    ("banner_line_first", "某文档由会员分享\n" + _pages([1, 2, 3, 4]), 4),
    ("two_pages_only", _pages([1, 2]), 0),
    ("short_list", "1、加强领导\n2、落实责任\n3、强化督查\n4、营造氛围", 0),
    ("long_items_ending_sentences", _pages([1, 2, 3, 4, 5], breaks_mid_sentence=False), 0),
    ("not_counting", _pages([3, 1, 4, 1, 5]), 0),
    ("pages_a_minority_of_lines", _pages([1, 2, 3]) + "\n" + "\n".join(["正文段落，内容很多。"] * 8), 0),
    ("no_markers", "一、总体要求\n二、主要任务", 0),
]


@pytest.mark.parametrize("text,removed", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_page_marker_cases(text: str, removed: int) -> None:
    edits = remove_page_markers(text, None)
    assert len(edits) == removed
    assert all(e.kind == "page_marker" and e.replacement == "" for e in edits)


def test_pages_are_joined_into_one_text() -> None:
    out = _strip(_pages([1, 2, 3]))
    assert out == PAGE * 3
    assert "\n" not in out


def test_first_marker_keeps_the_line_break_before_it() -> None:
    out = _strip("标题行\n" + _pages([1, 2, 3]))
    assert out == "标题行\n" + PAGE * 3


def test_page_starting_with_punctuation() -> None:
    text = _pages([1, 2]) + "\n3、、" + PAGE
    assert _strip(text) == PAGE * 2 + "、" + PAGE


def test_digits_of_the_text_after_a_marker_stay() -> None:
    text = _pages([1, 2]) + "\n3、2025年" + PAGE
    assert _strip(text).endswith(PAGE + "2025年" + PAGE)


@pytest.mark.parametrize("name", ["list_items", "list_long_items"])
def test_corpus_lists_are_untouched(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    assert remove_page_markers(text, None) == []


def test_corpus_pages_all_removed() -> None:
    result = normalize((CORPUS / "page_markers.txt").read_text(encoding="utf-8"))
    markers = [r for r in result.repairs if r.kind == "page_marker"]
    assert [m.original.strip() for m in markers] == ["1、", "2、", "3、", "4、", "6、", "7、"]
    assert "\n" not in result.text


def test_switch_turns_the_fixer_off() -> None:
    text = (CORPUS / "page_markers.txt").read_text(encoding="utf-8")
    result = normalize(text, NormalizeOptions.without("page_markers"))
    assert not any(r.kind == "page_marker" for r in result.repairs)
    assert "\n2、" in result.text


def _seed(shared: Path, prefix: str) -> tuple[str, dict]:
    doc = next((shared / "seeds").glob(f"{prefix}_*.txt"))
    gold = json.loads((shared / "gold" / f"{doc.stem}.json").read_text(encoding="utf-8"))
    return doc.read_text(encoding="utf-8"), gold


def test_seed_001_pages_removed(shared_dir: Path) -> None:
    text, gold = _seed(shared_dir, "001")
    result = normalize(text)
    markers = [r for r in result.repairs if r.kind == "page_marker"]
    line_markers = sum(1 for line in text.splitlines() if line[:1].isdigit() and "、" in line[:5])
    assert len(markers) == line_markers
    for target in gold["targets"]:  # quotes crossing a page carry the marker; joined they must appear
        quote = target["quote"]
        joined = _strip_markers(quote)
        assert joined in result.text, quote


def _strip_markers(quote: str) -> str:
    import regex

    return regex.sub(r"\n\d{1,4}、", "", quote)


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_other_seeds_have_no_pages(shared_dir: Path, prefix: str) -> None:
    text, _ = _seed(shared_dir, prefix)
    assert remove_page_markers(text, None) == []


# --- page furniture of PDF/Word page dumps (removed by the boilerplate fixer) ---------

from policydoc.normalize.pages import find_page_furniture  # noqa: E402


def _clean(text: str) -> str:
    return normalize(text, NormalizeOptions.without("whitespace", "width", "t2s")).text


# (id, text, expected text): page lines go; a sentence split by the page break is joined
FURNITURE_CASES = [
    ("em_dash_spaced", "绿化覆盖率提升至\n— 2 —\n45%左右。", "绿化覆盖率提升至45%左右。"),
    ("hyphen_spaced", "完成造林面积\n- 3 -\n1.2万亩。", "完成造林面积1.2万亩。"),
    ("em_dash_tight", "新建公园\n—2—\n6个。", "新建公园6个。"),
    ("page_of_total_slash", "改造管网\n第3页／共4页\n120公里。", "改造管网120公里。"),
    ("page_of_total_spaced", "改造管网\n第 3 页 共 4 页\n120公里。", "改造管网120公里。"),
    ("english", "引进企业\nPage 3 of 4\n50家。", "引进企业50家。"),
    ("gbk_footer", "建成驿站\n锟斤拷锟斤拷锟斤拷\n8座。", "建成驿站8座。"),
    ("blank_lines_and_indent", "建成驿站\n\n— 2 —\n\n　　8座。", "建成驿站8座。"),
    ("sentence_ended", "建成驿站8座。\n— 2 —\n新增岗位。", "建成驿站8座。\n新增岗位。"),
    ("heading_before_break", "二、主要任务\n— 2 —\n推进改革。", "二、主要任务\n推进改革。"),
    ("heading_after_break", "推进各项改革\n— 2 —\n(一)深化改革", "推进各项改革\n(一)深化改革"),
    ("comma_before_heading_like", "(一)推进建设，\n— 2 —\n完成任务。", "(一)推进建设，完成任务。"),
    ("closing_page_number", "完成任务。\n- 9 -\n", "完成任务。"),
    ("opening_page_number", "- 1 -\n某市方案\n正文。", "某市方案\n正文。"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FURNITURE_CASES], ids=[c[0] for c in FURNITURE_CASES])
def test_page_furniture_cases(text: str, expected: str) -> None:
    result = normalize(text, NormalizeOptions.without("whitespace", "t2s"))
    assert result.text == expected
    assert any(r.kind == "boilerplate" for r in result.repairs)


HEADER = "某区养老服务三年行动方案"


def test_running_header_goes_and_the_title_line_stays() -> None:
    text = f"{HEADER}\n开展助餐服务\n— 2 —\n{HEADER}\n惠及老人。\n— 3 —\n{HEADER}\n完成。"
    assert _clean(text) == f"{HEADER}\n开展助餐服务惠及老人。\n完成。"


def test_running_header_needs_three_standings() -> None:
    text = f"正文\n— 2 —\n{HEADER}\n惠及老人。"
    assert [r for _, _, r in find_page_furniture(text)] == ["page_dash"]
    assert HEADER in _clean(text)


# (id, text): nothing here is furniture
KEPT = [
    ("repeated_line_elsewhere", f"— 2 —\n{HEADER}\n甲。\n— 3 —\n{HEADER}\n乙。\n— 4 —\n{HEADER}\n{HEADER}\n"),
    ("dash_without_closing", "- 3\n-3\n—3"),
    ("year_range", "2024—2026年\n2024-2026"),
    ("page_in_prose", "详见第3页的附表。\n共4页，请查收。\nPage 3 shows the table."),
    ("chinese_page_number", "第三页"),
    ("real_word_jin", "每人每月补助大米10斤"),
    ("heading_repeated_after_pages", "— 2 —\n一、总则\n— 3 —\n一、总则\n— 4 —\n一、总则\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_not_furniture(text: str) -> None:
    """Only the page numbers themselves are found: no running header, no prose line."""
    assert {r for _, _, r in find_page_furniture(text)} <= {"page_dash"}
    kept = _clean(text)
    for line in text.split("\n"):
        if line and not line.startswith("— "):
            assert line in kept


def test_seeds_have_no_page_furniture(shared_dir: Path) -> None:
    for doc in sorted((shared_dir / "seeds").glob("*.txt")):
        assert find_page_furniture(doc.read_text(encoding="utf-8")) == [], doc.name
