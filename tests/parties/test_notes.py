"""Responsibility notes and SPEC's ordered lead rules (``policydoc.parties.notes``).

Every case is invented in the style of task-division schemes; the rule named in each group
is the first of ``LEAD_RULES`` that must decide it.
"""

from __future__ import annotations

import pytest

from policydoc.parties import extract_parties
from policydoc.parties.labels import parse_label_list, parse_role_phrase
from policydoc.parties.notes import LEAD_RULES, assign, first_listed_rule_at, parse_chunk, parse_note

Pair = tuple[list[str], list[str]]

#: (note inside the brackets, (lead, support)), grouped by the rule that decides
NOTES: list[tuple[str, Pair]] = [
    # rule 2: the 牵头 bodies lead, every other body supports
    ("省民政厅牵头，省财政厅、省卫生健康委参与", (["省民政厅"], ["省财政厅", "省卫生健康委"])),
    ("省民政厅、省财政厅牵头，省卫生健康委配合", (["省民政厅", "省财政厅"], ["省卫生健康委"])),
    ("省民政厅牵头，各市人民政府负责", (["省民政厅"], ["各市人民政府"])),
    ("省民政厅牵头负责", (["省民政厅"], [])),
    ("省商务厅、省交通运输厅牵头，省财政厅等省直有关部门及各市按职责分工负责",
     (["省商务厅", "省交通运输厅"], ["省财政厅", "省直有关部门", "各市"])),
    # rule 2: a chunk carrying the duty leads over guides and partners
    ("省教育厅指导，各市人民政府负责落实", (["各市人民政府"], ["省教育厅"])),
    ("省教育厅、省体育局按职责分工负责，省财政厅等部门配合", (["省教育厅"], ["省体育局", "省财政厅"])),
    # rule 3: a list without 牵头 — the body named first leads
    ("省教育厅、省财政厅负责", (["省教育厅"], ["省财政厅"])),
    ("省教育厅、省财政厅等负责", (["省教育厅"], ["省财政厅"])),
    ("省教育厅、省财政厅按职责分工负责", (["省教育厅"], ["省财政厅"])),
    ("省教育厅及各市按职责分工负责", (["省教育厅"], ["各市"])),
    ("省教育厅、省财政厅按职能分工负责", (["省教育厅"], ["省财政厅"])),
    ("国家发展改革委牵头，供销总社、全国供销合作总社配合", (["国家发展改革委"], ["供销总社", "全国供销合作总社"])),
    ("省教育厅、省财政厅按职责分别负责", (["省教育厅"], ["省财政厅"])),
    ("省民政厅牵头，各市、各县按职能分工负责", (["省民政厅"], ["各市", "各县"])),
    ("省教育厅负责", (["省教育厅"], [])),
    ("各市党委、政府负责", (["各市党委"], ["政府"])),
    ("省教育厅、省科技厅指导", (["省教育厅"], ["省科技厅"])),
    # names inside notes: 与/和 inside one office, the remainder after 等, a company
    ("信用与风险监管处牵头负责", (["信用与风险监管处"], [])),
    ("科技与信息化处、办公室、省局各直属单位等按职责分工负责", (["科技与信息化处"], ["办公室", "省局各直属单位"])),
    ("人民银行某某中心支行、省地方金融监管局牵头", (["人民银行某某中心支行", "省地方金融监管局"], [])),
    ("省能源局、省电力公司按职责分工负责", (["省能源局"], ["省电力公司"])),
    # a second sentence that states a rule is read only where it is a list of bodies
    ("省林业局、省水利厅按职责分工负责。以下各项任务均需各市落实，不再一一列出",
     (["省林业局"], ["省水利厅"])),
]

NOT_NOTES: list[str] = [
    "含民办幼儿园",
    "以下简称市教育局",
    "2024年底前完成",
    "市教育局、市财政局",  # a bare list: no role word, not a note closing a task
    "具体负责人为分管副局长",
]


@pytest.mark.parametrize("inner,expected", NOTES, ids=[n[:14] for n, _ in NOTES])
def test_note_roles(inner: str, expected: Pair) -> None:
    assert parse_role_phrase(inner) == expected


@pytest.mark.parametrize("inner", NOT_NOTES)
def test_not_a_note(inner: str) -> None:
    assert parse_role_phrase(inner) is None


#: SPEC rule 1 — "列第一位者为牵头单位": the first listed leads, even in a 牵头 list
STATED: list[tuple[str, Pair]] = [
    ("省商务厅、省交通运输厅牵头，省邮政管理局参与", (["省商务厅"], ["省交通运输厅", "省邮政管理局"])),
    ("省商务厅、省交通运输厅负责", (["省商务厅"], ["省交通运输厅"])),
]


@pytest.mark.parametrize("inner,expected", STATED, ids=[n[:14] for n, _ in STATED])
def test_stated_rule_first_listed(inner: str, expected: Pair) -> None:
    assert parse_role_phrase(inner, first_listed=True) == expected


def test_rule_table_is_in_spec_order() -> None:
    assert list(LEAD_RULES.names) == ["stated_rule", "marked_leads", "duty_bearer", "guide_first"]


@pytest.mark.parametrize(
    "label,items,expected",
    [
        ("责任单位", "市教育局、市财政局、市人社局", (["市教育局"], ["市财政局", "市人社局"])),
        ("牵头部门", "市发展改革委、市市场监管局", (["市发展改革委", "市市场监管局"], [])),
        ("配合单位", "市财政局", ([], ["市财政局"])),
        ("责任单位", "市财政局、市教育局(牵头)", (["市教育局"], ["市财政局"])),
        ("责任单位", "市民政局牵头，市财政局配合", (["市民政局"], ["市财政局"])),
        ("牵头责任单位", "市教育局、市体育局", (["市教育局", "市体育局"], [])),
        ("协同单位", "市财政局、市人社局", ([], ["市财政局", "市人社局"])),
    ],
)
def test_label_lists(label: str, items: str, expected: Pair) -> None:
    assert parse_label_list(label, items) == expected


def test_chunks() -> None:
    chunk = parse_chunk("省商务厅等省直有关部门及各市按职责分工负责")
    assert chunk is not None and chunk.names == ("省商务厅", "省直有关部门", "各市") and chunk.role == "duty"
    assert parse_note("省财政厅配合") is not None and assign(parse_note("省财政厅配合")) == ([], ["省财政厅"])


@pytest.mark.parametrize(
    "text,found",
    [
        ("（责任单位列第一位者为牵头单位，下同）", True),
        ("各项任务排在首位的为牵头部门。", True),
        ("（市教育局牵头，市财政局配合）", False),
        ("全省排名第一位。", False),
    ],
)
def test_stated_rule_detection(text: str, found: bool) -> None:
    assert (first_listed_rule_at(text) is not None) is found


def _pairs(text: str) -> list[Pair]:
    return [(p.lead, p.support) for p in extract_parties(text, [])]


DOCUMENTS: list[tuple[str, list[Pair]]] = [
    # label lines of one task, one under the other
    ("1.建设智慧校园。\n牵头责任单位：市教育局\n配合责任单位：市财政局、市人社局",
     [(["市教育局"], ["市财政局", "市人社局"])]),
    # ASCII brackets in one-line text: each note closes the task after the previous note
    ("建立台账。(市民政局负责)1.开展排查(市卫健委牵头,市公安局配合)2.各县要建立工作专班。",
     [(["市民政局"], []), (["市卫健委"], ["市公安局"]), (["各县"], [])]),
    # a stated rule applies from where it is stated
    ("(省商务厅、省财政厅牵头)完善物流网络。(列第一位者为牵头单位，下同)建设冷链设施。(省商务厅、省财政厅牵头)",
     [(["省商务厅", "省财政厅"], []), (["省商务厅"], ["省财政厅"])]),
]


@pytest.mark.parametrize("text,expected", DOCUMENTS, ids=[t[:12] for t, _ in DOCUMENTS])
def test_documents(text: str, expected: list[Pair]) -> None:
    assert _pairs(text) == expected


def test_a_note_closing_its_item_covers_the_items_sentences() -> None:
    """"（三）…公安部门负责查处…。〔责任单位：市医保局，市公安局〕": the bracketed label that closes an item names who
    does the whole item, the subjects of its sentences among them; an item without a note keeps its sentences'
    parties."""
    import policydoc

    text = ("某市实施方案\n一、重点任务\n（一）加强监管。医疗保障部门负责查处违法行为。公安部门负责打击犯罪。"
            "〔责任单位：市医保局，市公安局〕\n（二）做好宣传。市委宣传部要加强舆论引导。\n")
    assert [(p.lead, p.rule) for p in policydoc.parse_text(text).parties] == [
        (["市医保局"], "label"), (["市委宣传部"], "subject")]


def test_a_note_with_a_deadline_field_covers_its_item() -> None:
    """A bracketed "(A牵头，B负责落实，完成时限：…)" note is a task-division entry for its whole item; a plain "(X负责)"
    note after an item of prose duties leaves them (State Council texts annotate each duty)."""
    import policydoc

    text = ("某工作要点\n一、重点任务\n1.规范政策发布。政策制定部门应按要求开展审核工作。各区要建立台账。"
            "(市政务服务局牵头，各区政府负责落实，完成时限：2024年12月)\n"
            "2.加强领导。市财政局要加大资金支持力度。各区要落实配套资金。(市政府办公厅负责)\n")
    assert [(p.lead, p.rule) for p in policydoc.parse_text(text).parties] == [
        (["市政务服务局"], "paren"), (["市财政局"], "subject"), (["市政府办公厅"], "paren")]


def test_a_sentence_naming_a_body_of_the_note_keeps_its_part() -> None:
    """A sentence of the item whose subject is one of the bodies the closing note lists (财税局 for 区财税局, 各街道
    for 各街道办事处) gives that body its own part of the item: it stands beside the note; a category the note does
    not name (公安部门) stays covered."""
    import policydoc

    text = ("某区实施方案\n一、重点任务\n（一）保障资金。区财税局统筹安排补助资金。各街道制定年度用款计划。"
            "公安部门负责维护秩序。〔责任单位：财税局，各街道办事处〕\n")
    assert [(p.lead, p.rule) for p in policydoc.parse_text(text).parties] == [
        (["区财税局"], "subject"), (["各街道"], "subject"), (["财税局"], "label")]
