"""Table-driven tests of every marker recogniser, the false candidates included."""

from __future__ import annotations

from typing import Optional

import pytest

from policydoc.outline.markers import RULES_BY_NAME, scan_candidates
from policydoc.core.numerals import parse_circled, parse_formal_numeral
from policydoc.core.numerals import parse_ordinal as parse_cn_numeral

# (rule, text, expected (style, number, marker) or None)
RECOGNISER_CASES: list[tuple[str, str, Optional[tuple[str, int, str]]]] = [
    ("division_marker", "第二编　分则", ("division", 2, "第二编")),
    ("division_marker", "第三篇推进改革开放", ("division", 3, "第三篇")),
    ("chapter_marker", "第一章　总则", ("chapter", 1, "第一章")),
    ("chapter_marker", "第十二章 附则", ("chapter", 12, "第十二章")),
    ("chapter_marker", "第3章 目标", ("chapter", 3, "第3章")),
    ("section_marker", "第二节 举办", ("section", 2, "第二节")),
    ("article_marker", "第二十一条　幼儿园应当", ("article", 21, "第二十一条")),
    ("article_marker", "第十一条中介组织在本市开展评估的收费标准。", ("article", 11, "第十一条")),  # 中介, no "in article 11"
    ("article_marker", "第1 0条鼓励企业标准创制。", ("article", 10, "第1 0条")),  # letter-spaced by a PDF copy
    ("ordinal_comma_marker", "第一，深化政府机构改革。\n正文。", ("ordinal", 1, "第一，")),
    ("article_marker", "第五条中小学校应当开设课程。", ("article", 5, "第五条")),  # an article opening with 中小学校
    ("article_marker", "第三条中的规定", None),  # 中 a postposition: "in article 3"
    ("article_marker", "第九条之一 离岛之建设", ("article", 9, "第九条之一")),  # inserted by an amendment: its base's number
    ("article_marker", "第九条之规定", None),  # 之 of "the provision of article 9"
    ("article_marker", "第三条规定的范围", None),  # cross reference
    ("article_marker", "第六条规划审批机关应当公开结论。", ("article", 6, "第六条")),  # 规划 glued to its number, no 规定
    ("article_marker", "第三条的要求", None),
    ("part_marker", "第三部分 主要任务", ("part", 3, "第三部分")),
    ("box_marker", "专栏1：“十四五”主要指标", ("box", 1, "专栏1：")),
    ("box_marker", "专栏二　重大工程", ("box", 2, "专栏二")),
    ("box_marker", "专栏3。", None),  # a reference, no title
    ("box_marker", "专栏7  5G＋工业互联网融合应用工程", ("box", 7, "专栏7")),  # a title opening with a digit
    ("label_box_marker", "【重点工作12】完善社区服务。", ("box", 12, "【重点工作12】")),
    ("cn_paren_marker", "(十 八)全面提高质量。", ("cn_paren", 18, "(十 八)")),  # a numeral set in two spans
    ("label_box_marker", "【重大工程三】\n建设物流园区", ("box", 3, "【重大工程三】")),
    ("label_box_marker", "【新华社北京电】记者报道。", None),  # no number closing the label
    ("label_box_marker", "见【重点工作1】完善服务", None),  # not at a line start: a reference
    ("stem_marker", "甲、\t引言", ("stem", 1, "甲、")),
    ("stem_marker", "丙. 改善民生", ("stem", 3, "丙.")),
    ("stem_marker", "甲、乙类传染病报告", None),  # an enumeration of classes
    ("stem_marker", "共同完成甲、乙两项工作", None),  # not at a line start
    ("formal_dun_marker", "贰、发展目标", ("tw_formal", 2, "贰、")),
    ("formal_dun_marker", "拾壹、附则", ("tw_formal", 11, "拾壹、")),
    ("cn_dun_marker", "一、总体要求", ("cn_dun", 1, "一、")),
    ("cn_dun_marker", "二十一、附则", ("cn_dun", 21, "二十一、")),
    ("cn_dun_marker", "九十九、其他", ("cn_dun", 99, "九十九、")),
    ("cn_dun_marker", "一.指导思想", ("cn_dun", 1, "一.")),
    ("cn_dun_marker", "三．保障措施", ("cn_dun", 3, "三．")),
    ("cn_dun_marker", "一，主要目标", ("cn_dun", 1, "一，")),
    ("cn_dun_marker", "二 .经验体会", ("cn_dun", 2, "二 .")),  # sloppy: a space before the dot
    ("cn_dun_marker", "五 ．下步安排", ("cn_dun", 5, "五 ．")),
    ("cn_dun_marker", "一.2021年度主要成效", ("cn_dun", 1, "一.")),  # a title opening with a year
    ("cn_dun_marker", "三、2024年重点任务", ("cn_dun", 3, "三、")),
    ("cn_dun_marker", "一，2个", None),  # a comma then a number: a list of numbers, not a marker
    ("cn_dun_marker", "二 、三", None),
    ("cn_dun_marker", "一、二年级", None),  # enumeration of numerals
    ("cn_dun_marker", "二三、乱码", None),  # malformed numeral
    ("cn_dun_marker", "四 、加强保护", ("cn_dun", 4, "四 、")),  # a space left by removed markup (四 **、**)
    ("cn_dun_numeral_title_marker", "一、一年一评", ("cn_dun", 1, "一、")),  # a title opening with a numeral
    ("cn_dun_numeral_title_marker", "三、三农工作", ("cn_dun", 3, "三、")),
    ("cn_dun_numeral_title_marker", "一、总体要求", None),  # the plain rule's case
    ("cn_paren_marker", "( 二 )工作措施", ("cn_paren", 2, "( 二 )")),
    ("cn_dun_glued_marker", "准确三、不断推进", None),  # recognise() tries the text start: nothing before
    ("cn_paren_marker", "(一)指导思想", ("cn_paren", 1, "(一)")),
    ("cn_paren_marker", "（十二）加强督导", ("cn_paren", 12, "（十二）")),
    ("cn_paren_marker", "(市、区)", None),
    ("cn_paren_marker", "(二)项规定的，责令改正", None),  # a cross reference to an item of an article
    ("cn_paren_marker", "(学)代会", None),
    ("cn_paren_marker", "(改扩建)", None),
    ("decimal_path_marker", "1.1 总体目标", ("decimal_path", 1, "1.1")),
    ("decimal_path_marker", "2.3.4 具体任务", ("decimal_path", 4, "2.3.4")),
    ("decimal_path_marker", "1.1“三个中心”建设", ("decimal_path", 1, "1.1")),  # a title opening with a quote
    ("decimal_path_marker", "2.0规划", None),  # a version number
    ("decimal_path_marker", "3.8万名", None),  # a decimal quantity
    ("decimal_path_glued_marker", "5.3分级响应", ("decimal_path", 3, "5.3")),  # line start only: the parser checks
    ("decimal_path_glued_marker", "5.3%", None),
    ("arabic_dot_marker", "1.统筹发展", ("arabic_dot", 1, "1.")),
    ("arabic_stop_marker", "12。道德品行不端", None),  # only right after a sentence end (see test_sequence)
    ("cn_bare_line_marker", "一\n明确指导思想和工作目标\n", ("cn_dun", 1, "一")),
    ("cn_bare_line_marker", "五\n月 15\n", None),  # a month split over two cells of a table
    ("cn_bare_line_marker", "三\n加强\n", None),  # too short a line to be a title
    ("arabic_glyph_marker", "1\ue010突破关键技术", ("arabic_dot", 1, "1\ue010")),
    ("arabic_glyph_marker", "1\ue0105", None),
    ("cn_half_paren_marker", "二）基本原则", ("cn_paren", 2, "二）")),
    ("cn_half_paren_marker", "十一）强化规划落实", ("cn_paren", 11, "十一）")),
    ("cn_half_paren_marker", "一）2025年", None),
    ("cn_glyph_marker", "三\ue5e5扩大开放稳步推进", ("cn_paren", 3, "三\ue5e5")),
    ("cn_glyph_marker", "一\ue5e55", None),
    ("arabic_middot_marker", "2·调整结构", ("arabic_dot", 2, "2·")),
    ("arabic_middot_marker", "4 ·发展科技", ("arabic_dot", 4, "4 ·")),
    ("arabic_middot_marker", "3·15", None),  # a day name
    ("arabic_dot_marker", "12、加强管理", ("arabic_dot", 12, "12、")),
    ("arabic_dot_marker", "3．提升质量", ("arabic_dot", 3, "3．")),
    ("arabic_dot_marker", "1 .提升素养", ("arabic_dot", 1, "1 .")),
    ("arabic_dot_marker", "999.末项", ("arabic_dot", 999, "999.")),
    ("arabic_dot_marker", "2.0规划", None),
    ("arabic_dot_marker", "5、6月份", None),
    ("arabic_dot_marker", "2025.", None),  # four digits: a year, not an item
    ("arabic_paren_marker", "(1)深化改革", ("arabic_paren", 1, "(1)")),
    ("arabic_paren_marker", "（12）完善制度", ("arabic_paren", 12, "（12）")),
    ("arabic_paren_marker", "1)加强领导", ("arabic_paren", 1, "1)")),
    ("arabic_paren_marker", "( 2)提升装备", ("arabic_paren", 2, "( 2)")),  # PDF text boxes space the digit
    ("circled_marker", "①建设学校", ("circled", 1, "①")),
    ("latin_upper_marker", "A.參照演習機制", ("latin_upper", 1, "A.")),
    ("latin_upper_marker", "C. 籌編預算", ("latin_upper", 3, "C.")),
    ("latin_upper_marker", "A.B.C", None),
    ("latin_lower_marker", "b.满足条件2的企业请提交", ("latin_lower", 2, "b.")),
    ("latin_lower_marker", "www.gov.cn", None),
    ("circled_marker", "⑳其他", ("circled", 20, "⑳")),
    ("cn_paren_ideograph_marker", "㈠新型节能建筑体系；", ("cn_paren", 1, "㈠")),
    ("cn_paren_ideograph_marker", "㈩其他", ("cn_paren", 10, "㈩")),
    ("decimal_top_marker", "1 总则", ("decimal_path", 1, "1")),
    ("decimal_top_marker", "2\u3000组织指挥体系", ("decimal_path", 2, "2")),
    ("decimal_top_marker", "3风险评估", ("decimal_path", 3, "3")),  # glued to its title
    ("decimal_top_line_marker", "1人口特征\n正文", ("decimal_path", 1, "1")),  # a short title line
    ("decimal_top_line_marker", "3年内完成改造，并验收。", None),
    ("decimal_top_marker", "3年内完成", None),  # a measure word: a quantity
    ("decimal_top_marker", "2025 年", None),  # four digits: a year
    ("decimal_top_marker", "3.5 亿元", None),
    ("arabic_bare_marker", "3 提升学生体育素养", ("arabic_dot", 3, "3")),
    ("arabic_bare_marker", "5提升学生劳动素养", ("arabic_dot", 5, "5")),
    ("arabic_bare_marker", "10提升健康素养", ("arabic_dot", 10, "10")),
    ("arabic_bare_marker", "2025年", None),
    ("arabic_bare_marker", "3年内", None),
    ("arabic_bare_marker", "5所学校", None),
    ("arabic_bare_marker", "30%用于", None),
]


@pytest.mark.parametrize(("rule", "text", "expected"), RECOGNISER_CASES,
                         ids=[f"{r}:{t}" for r, t, _ in RECOGNISER_CASES])
def test_recogniser(rule: str, text: str, expected: Optional[tuple[str, int, str]]) -> None:
    cand = RULES_BY_NAME[rule].recognise(text)
    got = (cand.style, cand.number, cand.marker) if cand else None
    assert got == expected


def test_every_rule_has_cases() -> None:
    assert {r for r, _, _ in RECOGNISER_CASES} == set(RULES_BY_NAME)


def test_title_starts_after_blanks() -> None:
    cand = RULES_BY_NAME["chapter_marker"].recognise("第一章\u3000总则")
    assert cand is not None and cand.title_start == 4


# False candidates in running text: the scanner must not even propose them.
NO_CANDIDATE_TEXTS = [
    "到2025年，建成教育信息化2.0示范区",
    "培训教师3.8万名",
    "年增率百分之二.一，财产收入九一○亿元",  # the decimals of a numeral written with a point
    "有前款第(一)项、第(二)项行为的，由执法部门责令改正",  # cross references to items of an article
    "充分发挥教(学)代会、理(董)事会作用",
    "推进学校改扩建工程(改扩建)",
    "覆盖各县(市、区)",
    "一是加强网络建设；二是加强平台建设",
    "完成2019年7月至2019年10月的调研",
    "一是将第一条“补偿标准”修改为新标准",  # an amendment cites the article it changes
    "按第三条执行，依照第四章办理",  # citations after a preposition
]


# A numeral after a Han character is a word's tail (统一、), except after a document-type word, where a
# title run into the text may open its first list (…活动方案一、活动目的).
@pytest.mark.parametrize(("text", "markers"), [
    ("青石乡小学阅读推广活动方案一、活动目的", ["一、"]),
    ("某县卫生健康工作计划一、工作目标", ["一、"]),
    ("实行统一、规范的管理", []),
    ("唯一、独特", []),
])
def test_numeral_after_document_word(text: str, markers: list[str]) -> None:
    # the glued rule still offers 统一、 as a candidate: only run-on text ever takes it (test_sequence)
    assert [c.marker for c in scan_candidates(text) if c.rule != "cn_dun_glued_marker"] == markers


@pytest.mark.parametrize("text", NO_CANDIDATE_TEXTS)
def test_no_candidate(text: str) -> None:
    assert [c.marker for c in scan_candidates(text)] == []


@pytest.mark.parametrize(("s", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十一", 21), ("九十九", 99),
                                           ("一百二十三", 123), ("两", 2), ("二三", None), ("十十", None)])
def test_cn_numerals(s: str, value: Optional[int]) -> None:
    assert parse_cn_numeral(s) == value


@pytest.mark.parametrize(("s", "value"), [("壹", 1), ("拾", 10), ("拾贰", 12), ("贰拾壹", 21), ("一", None)])
def test_formal_numerals(s: str, value: Optional[int]) -> None:
    assert parse_formal_numeral(s) == value


def test_circled() -> None:
    assert [parse_circled(c) for c in "①⑩⑳㉑㊿"] == [1, 10, 20, 21, 50]


def test_glued_marker_after_han_text() -> None:
    text = "确保报表准确三、不断推进改革"
    found = [(c.rule, c.marker) for c in scan_candidates(text)]
    assert ("cn_dun_glued_marker", "三、") in found
    assert [c.marker for c in scan_candidates("统一、二年级")] == []  # a numeral list, no marker


def test_scanner_gate_admits_every_marker() -> None:
    """The scanner's kinds (``markers._KINDS``) are only a shortcut: wherever a rule finds a marker at a first character
    the scanner looks at, the gate of a kind holding that rule holds, and the scanner finds the same markers as the
    whole table in one alternation."""
    import re

    from policydoc.outline import markers

    kinds = [(re.compile(f"(?=[{markers._FIRST_CHARS}])(?:{gate})"), names) for gate, names in markers._KINDS]
    first = re.compile(f"[{markers._FIRST_CHARS}]")
    plain = re.compile(f"(?=[{markers._FIRST_CHARS}])(?:"
                       + "|".join(f"(?P<{r.name}>{r.pattern})" for r in markers.RULES) + ")")
    texts = [t for _, t, _ in RECOGNISER_CASES] + NO_CANDIDATE_TEXTS + [
        "统一、二年级", "确保报表准确三、不断推进改革", "１2.目标", "20251.任务", ".3、", "十一二三四五六、", "壹贰叁肆伍、",
        "(  一)", "（ 1 ）", "三\ue5e5扩大", "1\ue010突破", "一\n总体要求是什么\n", "第1章", "第十条", "专栏\n1\n国家工程\n"]
    for text in texts:
        for pos in range(len(text)):
            for rule in markers.RULES:
                if first.match(text, pos) and markers._compiled(rule).match(text, pos):
                    assert any(rule.name in names and gate.match(text, pos) for gate, names in kinds), (rule.name, text, pos)
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        for held in (markers._ALL_GROUPS, markers._held(text)):  # the whole scanner, and the one of what the text holds
            scanner = re.compile(markers._scanner_source(held))
            assert [(m.span(), markers._GROUPS[m.lastgroup].name) for m in scanner.finditer(text)] == expected, text
        for rule in markers.RULES:  # a rule's own gate holds wherever the rule finds a marker
            if rule.needs and any(markers._compiled(rule).match(text, pos) for pos in range(len(text))):
                assert re.search(rule.needs, text), (rule.name, text)


def test_word_class_holds_every_han_character() -> None:
    # markers.py spells "not after a Han character or a word character" as (?<![\w…]): \w must hold U+4E00–U+9FFF
    import re

    word = re.compile(r"\w")
    assert all(word.match(chr(c)) for c in range(0x4E00, 0xA000))


SCANNER_TEXTS = [
    "一、总则。(二)范围 3.8万名 2.0规划 1 .目标",
    "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于（一）市属单位；（二）区属单位。",
    "专栏1 重点工程\n① 建设 ② 改造\nA. 目标 b、任务",
    "title: \"中华人民共和国土地管理法实施条例\"\npublish: \"2021-07-02 00:00:00\"\nurl: \"https://flk.npc.gov.cn/a.html?Z%3D\"",
    "统一规划，没有编号的一段文字。",
    "",
    "壹、总说明 1.1 目的 1.2.1本预案 5.3分级响应 12\ue010突破 三\ue5e5扩大 2·调整",
]


@pytest.mark.parametrize("text", SCANNER_TEXTS)
def test_a_scanner_of_the_kinds_a_text_holds_finds_what_the_whole_one_finds(text: str) -> None:
    import re

    from policydoc.outline import markers

    whole = re.compile(markers._scanner_source(markers._ALL_GROUPS))
    partial = re.compile(markers._scanner_source(markers._held(text)))
    assert [(m.span(), m.lastgroup) for m in partial.finditer(text)] == [(m.span(), m.lastgroup) for m in whole.finditer(text)]


@pytest.mark.parametrize("text", ["第一，是为有需要的市民提供租住公屋。", "第一，邓小平理论坚持解放思想，实事求是。", "他说第一，加强领导。"])
def test_ordinal_comma_opens_no_sentence(text: str) -> None:
    """"第一，" is a head only at a line start, before a short title without a comma that a full stop closes."""
    assert [c for c in scan_candidates(text) if c.style == "ordinal"] == []
