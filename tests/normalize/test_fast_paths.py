"""Fast paths of the normaliser give exactly what the plain computation they replace gives.

Each fixer that skips work (tries a pattern only where it can match, compares
whole texts instead of lines, ...) is checked here against the straightforward
version on random texts drawn from the characters its rules look at.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from typing import Callable, NamedTuple, Optional

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from policydoc.normalize import (
    boilerplate, grouping, lookalike, markdown, pages, pipeline, reflow, script, spacing, whitespace,
)
from policydoc.normalize.offsets import ChainMapper, Edit, OffsetMap, apply_edits


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12，,.、a3", max_size=40))
def test_grouped_numbers_are_the_pattern_matches(text: str) -> None:
    assert [m.span() for m in grouping._grouped_numbers(text)] == [m.span() for m in grouping._GROUPED.finditer(text)]


def _changed_runs_reference(old: str, new: str, base: int) -> list[Edit]:
    """The character loop that ``script._changed_runs`` replaces."""
    edits: list[Edit] = []
    start = last = -1
    for i, (a, b) in enumerate(zip(old, new)):
        if a == b:
            if start >= 0 and (a in script._SENTENCE_ENDS or i - last > script.RUN_GAP):
                edits.append(Edit(base + start, base + last + 1, new[start : last + 1], "t2s"))
                start = -1
            continue
        if start < 0:
            start = i
        last = i
    if start >= 0:
        edits.append(Edit(base + start, base + last + 1, new[start : last + 1], "t2s"))
    return edits


@st.composite
def conversions(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a same-length "conversion" of it that changes some of its characters (sentence ends too)."""
    old = draw(st.text(alphabet="發展為人。，\n；ab", max_size=60))
    flips = draw(st.lists(st.booleans(), min_size=len(old), max_size=len(old)))
    return old, "".join("X" if flip else c for c, flip in zip(old, flips))


@settings(max_examples=500, deadline=None)
@given(conversions(), st.integers(0, 50))
def test_changed_runs_are_the_character_loop(pair: tuple[str, str], base: int) -> None:
    old, new = pair
    assert script._changed_runs(old, new, base) == _changed_runs_reference(old, new, base)


def _edits_by_line_reference(text: str, conv: Callable[[str], str]) -> list[Edit]:
    """The line-by-line conversion that ``script._edits_by_line`` replaces."""
    edits: list[Edit] = []
    for m in re.finditer(r"[^\n]+", text):
        line, out = m.group(), conv(m.group())
        if out == line:
            continue
        if len(out) != len(line):
            edits.append(Edit(m.start(), m.end(), out, "t2s"))
        else:
            edits.extend(_changed_runs_reference(line, out, m.start()))
    return edits


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="發展為人乾隆著力隨著。，\n；a", max_size=60), st.sampled_from(["t2s", "tw2s"]))
def test_edits_by_line_are_the_line_by_line_conversion(text: str, config: str) -> None:
    conv = script._converter(config).convert
    assert script._edits_by_line(text, conv(text), conv) == _edits_by_line_reference(text, conv)


@pytest.mark.parametrize("longer", ["乾隆帝", "乾\n隆"])
def test_edits_by_line_keep_a_line_that_changes_length(longer: str) -> None:
    def conv(s: str) -> str:  # a stand-in converter that lengthens one word (by a line break too)
        return s.replace("發", "发").replace("乾隆", longer)

    text = "發展\n乾隆發\n\n發"
    assert script._edits_by_line(text, conv(text), conv) == _edits_by_line_reference(text, conv)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="發展ab，2\u3400\u9fff\ufa00\uf8ff\ufb00\U00020000", max_size=40))
def test_han_count_is_the_characters_in_the_han_ranges(text: str) -> None:
    assert script._han_count(text) == sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


@st.composite
def chains(draw: st.DrawFn) -> tuple[OffsetMap, list[str]]:
    """A chain of up to five steps of random non-overlapping edits (deletions, insertions, 1:1 runs), and the
    text before each step and after the last."""
    text = draw(st.text(alphabet="ab中文", min_size=0, max_size=30))
    offsets, texts = OffsetMap(), [text]
    for _ in range(draw(st.integers(1, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
        edits, last = [], -1
        for start, end in zip(cuts[0::2], cuts[1::2]):
            if start > last:
                size = draw(st.sampled_from([0, 1, 2, end - start]))
                edits.append(Edit(start, end, "X" * size, "test"))
                last = max(end, start)
        text, step = apply_edits(text, edits)
        if not step.is_identity:  # the offset map keeps no identity step
            offsets.append(step)
            texts.append(text)
    return offsets, texts


@settings(max_examples=300, deadline=None)
@given(chains(), st.data())
def test_chain_mapper_is_the_offset_map_of_the_stretch(chain: tuple[OffsetMap, list[str]], data: st.DataObject) -> None:
    offsets, texts = chain
    mapper = ChainMapper(offsets)
    for _ in range(3):  # several batches per mapper: its lookups are reused
        at = data.draw(st.integers(0, len(offsets.steps)))
        size = len(texts[at])  # both stretches meet at the text after step ``at``
        starts = sorted(data.draw(st.lists(st.integers(0, size), max_size=6)))
        ends = [min(size, s + data.draw(st.integers(0, 3))) for s in starts]
        assert mapper.spans_to_source(at, starts, ends) == OffsetMap(offsets.steps[:at]).spans_to_source(starts, ends)
        assert mapper.spans_to_text(at, starts, ends) == OffsetMap(offsets.steps[at:]).spans_to_text(starts, ends)


# --- reflow: the line-by-line computation the bulk one replaces ------------------------------------------------------

_PAGE_NUMBER = re.compile(r"[ \t\u3000]*\d{1,4}[ \t\u3000]*")


class _Line(NamedTuple):
    start: int
    end: int
    page_number: bool


def _lines_reference(text: str) -> list[_Line]:
    raw: list[tuple[int, int, bool]] = []
    pos = 0
    for piece in text.split("\n"):
        end = pos + len(piece)
        start, ff = pos, False
        while start < end and text[start] in "\f \t\u3000":
            ff = ff or text[start] == "\f"
            start += 1
        raw.append((start, end, ff))
        pos = end + 1
    page_next = [False] * len(raw)
    following = False
    for i in range(len(raw) - 1, -1, -1):
        page_next[i] = following
        start, end, ff = raw[i]
        if ff:
            following = True
        elif start < end:
            following = False
    out = []
    for i, (start, end, ff) in enumerate(raw):
        if start < end:
            digits = _PAGE_NUMBER.fullmatch(text, start, end) is not None
            out.append(_Line(start, end, digits and (ff or page_next[i])))
    return out


def _wrap_width_reference(text: str) -> Optional[int]:
    lines = [ln for ln in _lines_reference(text) if not ln.page_number]
    if len(lines) < reflow.MIN_LINES:
        return None
    stripped = [s for s in (text[ln.start : ln.end].rstrip() for ln in lines)
                if not reflow._LEADERED.search(s[-reflow.LEADER_TAIL :])]
    if len(stripped) < reflow.MIN_LINES:
        return None
    line_widths = [reflow.display_width(s) for s in stripped]
    widths = sorted(line_widths)
    width = widths[min(len(widths) - 1, int(reflow.WIDTH_QUANTILE * len(widths)))]
    if width > reflow.MAX_WRAP_WIDTH:
        return None
    open_full = sum(1 for s, w in zip(stripped, line_widths)
                    if w >= reflow.FULL_SHARE * width and s[-1:] not in reflow.SENTENCE_END)
    return width if open_full >= max(reflow.MIN_OPEN_FULL, reflow.MIN_OPEN_SHARE * len(lines)) else None


def _inline_numbers_reference(text: str, lines: list[_Line]) -> set[int]:
    found = set()
    for before, line, after in zip(lines, lines[1:], lines[2:]):
        if not reflow._NUMBER_LINE.fullmatch(text, line.start, line.end) or line.page_number:
            continue
        last = text[before.start : before.end].rstrip()[-1:]
        if last and last not in reflow.SENTENCE_END and not last.isdigit() and reflow._NUMBER_GOES_ON.match(text, after.start):
            found.add(line.start)
    return found


def _joins_reference(text: str, prev: _Line, nxt: _Line, width: Optional[int], inline: frozenset[int]) -> Optional[str]:
    if text[nxt.start] in reflow.PUSHED:
        return "pushed_punctuation"
    if nxt.start in inline or prev.start in inline:
        return "split_number"
    if reflow._STUB.fullmatch(text, prev.start, prev.end) and not reflow._MARKER_START.match(text, nxt.start):
        return "split_heading"
    if width is None:
        return None
    line = text[prev.start : prev.end].rstrip()
    if not line or line[-1] in reflow.SENTENCE_END or reflow.display_width(line) < reflow.FULL_SHARE * width:
        return None
    if reflow._MARKER_START.match(text, nxt.start):
        return None
    if reflow._MARKER_START.match(line) and not reflow._PROSE.search(line):
        return None
    return "line_wrap"


def _reflow_reference(text: str) -> list[Edit]:
    if "\f" not in text and "\n" not in text:
        return []
    lines = _lines_reference(text)
    width = _wrap_width_reference(text)
    content = [ln for ln in lines if not ln.page_number]
    inline = frozenset(_inline_numbers_reference(text, content))
    numbers = [ln.start for ln in lines if ln.page_number]
    edits: list[Edit] = []
    if content and content[0].start > 0 and "\f" in text[: content[0].start]:
        edits.append(Edit(0, content[0].start, "", "page_break"))
    gaps = [text[prev.end : nxt.start] for prev, nxt in zip(content, content[1:])]
    double = (width is not None and len(content) >= reflow.MIN_LINES
              and sum(g.count("\n") == 2 for g in gaps) >= reflow.DOUBLE_SPACED_SHARE * (len(content) - 1))
    for prev, nxt in zip(content, content[1:]):
        gap = text[prev.end : nxt.start]
        paged = "\f" in gap or (bool(numbers) and bisect_left(numbers, nxt.start) > bisect_right(numbers, prev.end))
        joinable = gap.count("\n") <= 2 if double else "\n\n" not in gap
        rule = _joins_reference(text, prev, nxt, width, inline) if joinable or paged else None
        if rule is not None:
            glue = reflow._glue(text, prev.end, nxt.start)
            edits.append(Edit(prev.end, nxt.start, glue, "page_break" if paged else rule))
        elif paged:
            edits.append(Edit(prev.end, nxt.start, "\n", "page_break"))
    tail = content[-1].end if content else 0
    if "\f" in text[tail:] or (numbers and numbers[-1] >= tail):
        edits.append(Edit(tail, len(text), "", "page_break"))
    return [e for e in edits if text[e.start : e.end] != e.replacement]


FULL_LINE = "这是一段排版后的正文，每行写满页面宽度后换行继续"
LINE_PIECES = [FULL_LINE, FULL_LINE[:-1] + "。", FULL_LINE[:-3] + "ab", "一、", "(1)2014", "（二）下一项", "2.1 领导机构",
               "12", " 3 ", "\f", "\f12", "", " ", "\u3000\u3000正文开始。", "，接着写", "一、总则" + "." * 12 + "1",
               "ab cd", "专栏1 重大工程", "短行", "\t", "1．", "⑴", "第三章", "x\f", "2020", "10%", "年下降", "以上。",
               "0.4012", "元/千瓦时"]


PAGE_LINES = st.one_of(st.just(FULL_LINE), st.sampled_from(LINE_PIECES),  # full lines: a third (hard-wrapped texts)
                       st.text(alphabet="正文。，一、(1)2 \f\u3000a", max_size=8))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(PAGE_LINES, max_size=12), st.lists(PAGE_LINES, min_size=24, max_size=60)))
def test_reflow_is_the_line_by_line_reading(lines: list[str]) -> None:
    text = "\n".join(lines)
    lines = _lines_reference(text)
    assert reflow._lines(text) == (
        [ln.start for ln in lines if not ln.page_number], [ln.end for ln in lines if not ln.page_number],
        [ln.start for ln in lines if ln.page_number])
    assert reflow.wrap_width(text) == _wrap_width_reference(text)
    assert reflow.reflow(text) == _reflow_reference(text)


def test_reflow_reads_a_hard_wrapped_page_as_before() -> None:
    text = "\n".join([FULL_LINE] * 24 + ["12", "", "\f" + FULL_LINE, "一、", "总则"] + [FULL_LINE[:-2] + "ab"] * 3)
    assert reflow.wrap_width(text) is not None
    assert reflow.reflow(text) == _reflow_reference(text)


# --- the pipeline's seams, and the splicing of edits -----------------------------------------------------------------


def _split_at_seams_reference(edits: list[Edit], seams: list[int]) -> list[Edit]:
    out: list[Edit] = []
    for e in edits:
        lo, hi = bisect_right(seams, e.start), bisect_left(seams, e.end)
        if lo >= hi or len(e.replacement) != e.end - e.start:
            out.append(e)
            continue
        cuts = [e.start, *seams[lo:hi], e.end]
        out.extend(Edit(a, b, e.replacement[a - e.start : b - e.start], e.kind) for a, b in zip(cuts, cuts[1:]))
    return out


@st.composite
def edits_and_seams(draw: st.DrawFn) -> tuple[list[Edit], list[int]]:
    cuts = sorted(draw(st.lists(st.integers(0, 40), max_size=12)))
    edits, last = [], -1
    for start, end in zip(cuts[0::2], cuts[1::2]):
        if start > last:
            size = draw(st.sampled_from([end - start, end - start, 0, 1]))  # 1:1 runs most often
            edits.append(Edit(start, end, "X" * size, "test"))
            last = max(start, end)
    return edits, sorted(set(draw(st.lists(st.integers(0, 40), max_size=10))))


@settings(max_examples=400, deadline=None)
@given(edits_and_seams())
def test_split_at_seams_is_the_edit_by_edit_loop(case: tuple[list[Edit], list[int]]) -> None:
    edits, seams = case
    expected = _split_at_seams_reference(edits, seams)
    assert pipeline._split_at_seams(edits, seams) == expected
    if not pipeline._splittable(edits):  # the pipeline skips the seams then: nothing would be cut
        assert expected == edits


@settings(max_examples=200, deadline=None)
@given(chains())
def test_seams_carried_on_demand_are_the_seams_carried_every_step(chain: tuple[OffsetMap, list[str]]) -> None:
    offsets, _ = chain
    eager: list[int] = []
    lazy = pipeline._Seams()
    for step in offsets.steps:
        eager = pipeline._advance_seams(eager, step)
        lazy.advance(step)
    assert lazy.current() == eager


@pytest.mark.parametrize("edits", [
    [Edit(0, 2, "", "t"), Edit(1, 3, "", "t")],  # overlapping
    [Edit(2, 1, "", "t")],  # ends before it starts
    [Edit(-1, 1, "", "t")],  # starts before the text
    [Edit(1, 9, "", "t")],  # ends after it
])
def test_apply_edits_refuses_a_bad_edit(edits: list[Edit]) -> None:
    with pytest.raises(ValueError, match="overlapping or out-of-range edit"):
        apply_edits("abcdef", edits)


# --- whitespace, lookalike: a pattern tried only where it can match --------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\r\f\x1c\u3000\u00a0\u2003\u2028\u0085ab。", max_size=30))
def test_tidy_matches_are_the_pattern_matches(text: str) -> None:
    assert [(m.span(), m.lastgroup) for m in whitespace._tidy_matches(text)] == [
        (m.span(), m.lastgroup) for m in TIDY_REFERENCE.finditer(text)]


# the tidy pattern as the regex module read it, \s and all
TIDY_REFERENCE = regex.compile(
    r"""
    (?=[\s\u3000\u00a0\u2002-\u200a])
    (?:
    (?P<lead>\A[\s\u3000]+)
  | (?P<trail>[\s\u3000]+\Z)
  | (?P<eol>[ \t\u00a0\u3000\u2002-\u200a]+(?=\n))
  | (?P<blank>\n[\s\u3000]*\n)
  | (?P<indent>(?<=\n)[ \u00a0\u3000\u2002-\u200a]+)
  | (?P<paragraph>(?<=[^\s\u3000]{2})\u3000{2,}(?=[^\s\u3000]))
  | (?P<spaces>[ \u00a0\u3000\u2002-\u200a]{2,}|[\u00a0\u3000\u2002-\u200a])
    )
    """,
    regex.VERBOSE,
)


def test_white_space_class_is_what_the_regex_module_reads_as_white_space() -> None:
    space = re.compile(f"[{whitespace._SPACE}]")
    assert all(bool(space.match(chr(c))) == bool(regex.match(r"[\s\u3000\u00a0\u2002-\u200a]", chr(c)))
               for c in range(sys.maxunicode + 1))


def test_lookalike_blocks_hold_every_lookalike() -> None:
    assert all(lookalike._BLOCKS.fullmatch(c) for c in lookalike.LOOKALIKES)


# --- boilerplate: the lines a line rule may match -------------------------------------------------------------------


def _line_hits_reference(text: str) -> list[boilerplate.Hit]:
    by_first = boilerplate._passes().line_by_first
    hits, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if 0 < len(line) <= boilerplate.R.MAX_LINE:
            name = by_first.first_match(line, line.lstrip(boilerplate._BLANK)[:1])
            if name:
                hits.append(boilerplate.Hit(name, pos, end))
        pos = end + 1
    return hits


CHROME_LINES = ["首页", "  首页 > 新闻中心 > 通知公告", "2022/7/27", "\u3000发布时间：2024-01-01", "【关闭】", "上一篇：无",
                "网站地图", "正文内容。", "", " ", "责任编辑：张三", "浏览次数：12", "\t12", "首" * 401, "打印本页", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CHROME_LINES), st.text(alphabet="首页 \u3000正文2", max_size=6)), max_size=20))
def test_line_hits_are_the_line_by_line_walk(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert list(boilerplate._line_hits(text, [])) == _line_hits_reference(text)


# --- pages: line-initial patterns searched from the line break ------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12、\n \u3000—-第页P正文。", max_size=40))
def test_line_initial_searches_are_the_multiline_patterns(text: str) -> None:
    markers = regex.compile(r"^(\d{1,4})、", regex.MULTILINE)
    assert pages._markers(text) == [pages._Marker(int(m[1]), m.start(), m.end()) for m in markers.finditer(text)]
    furniture = re.compile(rf"(?m)^[ \t\u3000]*[{re.escape(boilerplate.R.FURNITURE_FIRST)}][^\n]*")
    assert pages._furniture_candidates(text) == [m.span() for m in furniture.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12 \u3000—-~第共页/Pagefo锟斤拷烫\ufffd.", max_size=16))
def test_furniture_rules_of_a_line_opener_match_as_the_whole_table(line: str) -> None:
    whole = pages._furniture_rules(frozenset(boilerplate.R.FURNITURE_OPENERS))
    some = pages._furniture_rules(pages._rules_opening([line]))
    expected = whole.fullmatch(line)
    got = some.fullmatch(line)
    assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup)), line


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sets(st.sampled_from("發展為人乾隆著力隨著显著台灣裡于後里面abc1，。"), min_size=1, max_size=12), min_size=1, max_size=4),
       st.sampled_from(["t2s", "tw2s"]))
def test_each_converted_is_the_conversion_one_per_line(batches: list[set[str]], config: str) -> None:
    conv = script._converter(config).convert
    for chars in batches:  # later batches find some characters remembered
        uniq = sorted(chars)
        assert script._each_converted(uniq, config) == conv("\n".join(uniq)).split("\n")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="*#](|\\.-\n 年1a", max_size=30))
def test_most_signs_bounds_the_signs(text: str) -> None:
    assert markdown._most_signs(text) >= len(list(markdown._SIGNS.finditer(text)))


# --- one pattern per character where a class of a few opened the pattern -------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \u00a0年于2%，a", max_size=30))
def test_number_spacing_per_space_is_the_class_pattern(text: str) -> None:
    han, punct = spacing._HAN, spacing._CJK_PUNCT
    both = re.compile(rf"[ \u00a0](?:(?<=[{han}{punct}][ \u00a0])(?=\d)|(?<=\d[ \u00a0])(?=[{han}{punct}%]))")
    per_space = {m.span() for space, _, rule in spacing._NUMBER_SPACING if space in text for m in rule.finditer(text)}
    assert per_space == {m.span() for m in both.finditer(text)}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \u00a0年于2%，a【", max_size=30))
def test_number_spacing_gate_holds_where_the_rule_matches(text: str) -> None:
    for space, gate, rule in spacing._NUMBER_SPACING:
        if rule.search(text):
            assert gate.search(text), (space, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".…·．a1", max_size=20))
def test_leader_patterns_are_the_class_pattern(text: str) -> None:
    assert any(p.search(text) for p in reflow._LEADERS) == bool(re.search(r"[.…·．]{5}", text))


@settings(max_examples=500, deadline=None)
@given(conversions())
def test_differing_counts_the_changed_characters(pair: tuple[str, str]) -> None:
    old, new = pair
    assert script._differing(old, new) == sum(a != b for a, b in zip(old, new))


def test_differing_reads_astral_and_lone_surrogate_characters() -> None:
    assert script._differing("\U00020000a\ud800", "\U00020001a\ud800") == 1


# --- markdown: line-anchored rules tried only at the lines they may open ---------------------------------------------

LINE_RULES_OPENING = [
    (markdown._NAV_LINE, r"-*+!\[\d"), (markdown._RULE_LINE, "-*_|:"), (markdown._HEADING, "#"), (markdown._QUOTE, ">"),
    (markdown._BULLET, "-*+"), (markdown._TABLE_ROW, "|"), (markdown._EDGE_OPEN, "*"),
]
MD_LINES = ["- 项目", "* * *", "---", "|---|:--:|", "| a | b |", "# 标题", "  ## 二", "> 引用", ">75", "**加粗**",
            "1. [首页](http://x.cn/)", "![图](a.png)", "[链接](b)", "正文。", "", "   ", "\t- x", "_ _ _", ": --- |", "20**年"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(MD_LINES), st.text(alphabet="-*_|:#>[]()!1 \t正", max_size=8)), max_size=14))
def test_line_rules_tried_at_their_lines_match_as_finditer(lines: list[str]) -> None:
    text = "\n".join(lines)
    for pattern, opens in LINE_RULES_OPENING:
        assert [m.span() for m in markdown._line_matches(pattern, text, opens)] == [
            m.span() for m in pattern.finditer(text)], pattern.pattern


# what may follow the first character of each alternative of the marker pattern
STUB_TAILS = ["", "、", ".", "．", "章", "1章", "、1", "部分", ")", "）", "栏1", " 组", ".1 领", "一)", "1)", " 1", "第9",
              ".领", "、 领"]


def test_a_stub_opens_with_a_marker_opener() -> None:
    openers = reflow._MARKER_OPENERS
    opening = set()
    for cp in range(0x10000):
        c = chr(cp)
        if 0xD800 <= cp < 0xE000 or not any(reflow._STUB.fullmatch(c + tail) for tail in STUB_TAILS):
            continue
        assert c in openers or c.isdecimal(), hex(cp)
        opening.add(c)
    assert openers <= opening  # every alternative was reached by some tail: the sweep tried them all


def test_reflow_reads_a_double_spaced_page_as_the_reference() -> None:
    """A PDF extractor's output of a Word file puts a blank line after every line: the wraps run on across it."""
    text = "\n\n".join([FULL_LINE] * 24 + ["一、", "总则"] + [FULL_LINE[:-2] + "ab"] * 3)
    edits = reflow.reflow(text)
    assert edits == _reflow_reference(text)
    assert any(e.kind == "line_wrap" and e.end - e.start == 2 for e in edits)
