"""Duty blocks ("X：负责…"), name trims (second names, group labels, pronouns) and the
task openers of emergency plans. Table-driven, invented sentences in the style of
emergency plans (应急预案) and drill plans."""

from __future__ import annotations

import pytest

from policydoc.parties import extract_parties
from policydoc.parties.blocks import block_body, block_duties, duty_blocks, group_rosters
from policydoc.parties.names import ITEM_TRIMS, group_label, parse_bodies, pronoun, second_name
from policydoc.parties.nominal import is_nominal

Pairs = list[tuple[list[str], list[str]]]

BLOCKS: list[tuple[str, Pairs]] = [
    # a member's duties after its name and a colon, with or without an item marker
    ("（三）市应急管理局：负责组织协调应急救援工作；参与事故调查。", [(["市应急管理局"], [])]),
    ("区气象局:提供事发区域气象预报服务。", [(["区气象局"], [])]),
    ("3.2.1区水务局主要职责：组织防汛抢险和水毁工程修复。", [(["区水务局"], [])]),
    ("各街道：落实属地管理责任，做好群众转移安置。", [(["各街道"], [])]),
    # a role line whose duties are the items of the next lines
    ("二、协办机关：\n（一）协助审查演练方案。\n（二）派员参加评估。", [(["协办机关"], [])]),
    # a second name of the same office in brackets
    ("市委宣传部(市政府新闻办)：负责信息发布和舆论引导。", [(["市委宣传部"], [])]),
    # after a sentence end in run-on text, or glued to its heading after a bracketed marker
    ("做好后勤保障。区民政局：协调做好受灾群众基本生活救助。", [(["区民政局"], [])]),
    ("二、工作职责(一)市住建局:负责燃气管线巡查。", [(["市住建局"], [])]),
    ("区商务委：会同相关部门做好救灾物资调运。", [(["区商务委"], [])]),
    # a company named as responsible
    ("(三)国网某市供电公司:负责应急供电保障。", [(["国网某市供电公司"], [])]),
    # duties whose first item ends like a body (辖区, 所属企业) still open with their duty word
    ("市城投集团：负责所属企业及其承建项目的防汛工作。", [(["市城投集团"], [])]),
    ("市风景名胜区管理局：负责辖区及水库防汛工作。", [(["市风景名胜区管理局"], [])]),
]

NO_BLOCKS: list[str] = [
    "编制单位：市发展改革委、市财政局。",
    "各区人民政府，市各委、办、局：现将方案印发给你们。",
    "其他有关部门：按照各自职责做好应急保障工作。",
    "特别重大事件(I级)：造成30人以上死亡。",
    "联系人：王某，电话：12345678。",
    "一、指导机关：市人民政府(以下简称市政府)。",
    "四、执行机关：\n(一)2025年：东区、西区。",
]

STATEMENTS: list[tuple[str, Pairs]] = [
    # a working group's label glued before the body that leads it
    ("(2)医疗救治组市卫生健康委牵头，市应急局、市公安局等参与。负责伤员救治。",
     [(["市卫生健康委"], ["市应急局", "市公安局"])]),
    # X及其Y: the pronoun opens no name
    ("县级以上地方人民政府及其有关部门要做好防汛物资调运。", [(["县级以上地方人民政府", "有关部门"], [])]),
    # the place of the incident stays on the name
    ("事发地县政府负责现场先期处置。", [(["事发地县政府"], [])]),
    # prepositions opening a subject's task
    ("事发单位根据事件类型立即启动应急响应。", [(["事发单位"], [])]),
    ("区应急管理局向区政府报告处置进展。", [(["区应急管理局"], [])]),
    ("各执行单位于每月底前报送工作进展。", [(["各执行单位"], [])]),
    # as the situation requires; how often; at once
    ("事发地县政府视情启动应急响应。", [(["事发地县政府"], [])]),
    ("区应急局每天向区政府报告处置进展。", [(["区应急局"], [])]),
    ("区水务局和区应急局立即自动按照预案开展处置。", [(["区水务局", "区应急局"], [])]),
    # the subject before 在X领导下 leads, X is context
    ("区分指挥部在区指挥部的领导下，组织辖区应对工作。", [(["区分指挥部"], [])]),
    # a managing causative after a subject is its task; 在/针对 open a task
    ("区应急局定期组织开展应急演练。", [(["区应急局"], [])]),
    ("区应急局在接到报告后1小时内向区政府报告。", [(["区应急局"], [])]),
    # 由X + a verb the tagger finds; the author's own office
    ("评审专家由区应急局遴聘。", [(["区应急局"], [])]),
    ("评审专家由本院遴聘。", [(["本院"], [])]),
    ("对新增的帮扶村，由各乡镇统筹安排帮扶资金。", [(["各乡镇"], [])]),
    # a request to a body
    ("2. 请各执行单位于演练日2周前报送演练方案。", [(["各执行单位"], [])]),
    # the body that handles a task leads, the coordinating office supports
    ("区民政局承办，区政府办公室负责协调、督导。", [(["区民政局"], ["区政府办公室"])]),
    # companies and carriers as parties; 及 opens no list
    ("各通信运营商和供电公司要共同清理废弃线缆。", [(["各通信运营商", "供电公司"], [])]),
    ("由某市供电公司牵头，会同各通信运营商开展排查。", [(["某市供电公司"], ["各通信运营商"])]),
    # run-on text: a bracketed item number starts an item inside a clause; a decimal
    # heading number before a body
    ("应采取以下措施:3.1.1单位预警行动(1)区卫健委密切关注事态发展，收集相关信息。", [(["区卫健委"], [])]),
    ("3.1.2区应急局负责全区应急工作的统一指导。", [(["区应急局"], [])]),
    # the facilities a body runs are the subject; the reviewing body of 报X审核 is no party
    # where the clause has its own subject
    ("教育部门办幼儿园应于5月12日前将招生计划报区教育局审核。", [(["教育部门办幼儿园"], [])]),
    # a note's division of labour without 按职责
    ("完善防汛物资储备。(责任单位:市水利局牵头，市财政局、市农业农村局等部门分工负责)",
     [(["市水利局"], ["市财政局", "市农业农村局"])]),
]

TRAPS: list[str] = [
    # 于 with a date and no deadline reports an event
    "区应急管理局于3月12日核定演练方案。",
    # the speaker of a work report
    "我代表市人民政府向大会报告工作，请予审议。",
    # a body inside a relative clause naming a case; the structure of a body
    "区卫生健康委认定的其他重大事件。",
    "区应急指挥部下设若干工作组。",
    # the reader asked, a cover letter's formula, a verb opening a name
    "请主动联系各区社保经办机构办理。",
    "请各单位认真贯彻落实。",
    "请径向区发展改革委反映。",
    "及时发现各单位工作中的短板。",
    "影响公司正常生产秩序。",
    # the staffing of a body, a presentation, a modal 会, what was not done, a target
    "区防汛指挥部设指挥长1名、副组长2名。",
    "区营销部组织制定2025年重点工作安排如下：",
    "事态可能会进一步扩大。",
    "且区政府尚未开设指挥部。",
    "区议会未宣读审查结果。",
    "区轨道交通单位综合能耗较上年降低4.5%。",
    "逐步提高县级财政在财力分配中的比重。",
    "严格执行市委关于会议管理的规定。",
    # 应急 is no modal; a verb and its object are no name
    "公司各单位应急指挥机构职责如下。",
    "教育部门办幼儿园的招生比例为80%。",
    # a bracket after a name glosses it, no note; a person of a body
    "主题演练：市交通局\n(市轨道办)",
    "由区艺术中心筹备主任统筹节目安排。",
]


def test_glued_title_starts_a_sentence() -> None:
    """Run-on text: a short heading title glued to its body ends where the outline says."""
    from policydoc.models import Section

    text = "6.5运输保障市交通运输局要调配应急车辆。"
    sec = Section(id="1", level=1, marker="6.5", style="decimal_path", number=5, title="运输保障",
                  span=(0, len(text)), title_span=(3, 7))
    assert [p.lead for p in extract_parties(text, [sec])] == [["市交通运输局"]]
    assert [p.lead for p in extract_parties(text, [])] != [["市交通运输局"]]


def _pairs(text: str) -> Pairs:
    return [(p.lead, p.support) for p in extract_parties(text, [])]


@pytest.mark.parametrize("text,expected", BLOCKS, ids=[t[:12] for t, _ in BLOCKS])
def test_blocks(text: str, expected: Pairs) -> None:
    assert [(h.lead, h.support) for h in duty_blocks(text)] == expected
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", NO_BLOCKS)
def test_no_blocks(text: str) -> None:
    assert list(duty_blocks(text)) == []


@pytest.mark.parametrize("text,expected", STATEMENTS, ids=[t[:12] for t, _ in STATEMENTS])
def test_statements(text: str, expected: Pairs) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_traps(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "trim,item,expected",
    [
        (second_name, "区委宣传部(区政府新闻办)", "区委宣传部"),
        (second_name, "乡镇卫生院(所)", "乡镇卫生院(所)"),
        (second_name, "相关科室(单位)", "相关科室(单位)"),
        (group_label, "抢险救援组市住房城乡建设委", "市住房城乡建设委"),
        (group_label, "应急专家组", "应急专家组"),
        (pronoun, "其所属部门", "所属部门"),
        (pronoun, "其他部门", "其他部门"),
    ],
)
def test_item_trims(trim, item: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert trim(item) == expected


def test_trim_table_names_its_rules() -> None:
    assert list(ITEM_TRIMS.names) == ["allotment", "second_name", "group_label", "pronoun"]


def test_block_parts() -> None:
    assert block_body("责任单位") is None and block_body("区教育局").name == "区教育局"
    assert block_duties("负责统筹协调") and not block_duties("区教育局、区财政局")
    assert [b.name for b in parse_bodies("综合组区应急局、区公安分局")] == ["区应急局", "区公安分局"]
    # a verb and its object after a name read as no noun phrase (本/该 open the object)
    assert not is_nominal("公司各单位启动本单位") and is_nominal("公司各单位")


def test_group_rosters() -> None:
    text = "附件：督导分组\n第1组(北区)市发展改革委组长:联络员:第2组(东区、南区)市民政局组长:联络员:"
    assert [h.lead for h in group_rosters(text)] == [["市发展改革委"], ["市民政局"]]
    assert [p.lead for p in extract_parties(text, [])] == [["市发展改革委"], ["市民政局"]]
    assert list(group_rosters("第3组负责东区的督导。")) == []


def test_procedural_guide_assigns_nothing() -> None:
    from policydoc.analysis import DocContext

    text = "一、办理流程\n由区市场监管局审查批准后发给许可证。区市场监管局应当在受理之日起二日内核查。"
    assert extract_parties(text, [], DocContext(title="某区食品经营许可办事指南")) == []
    assert extract_parties(text, [], DocContext(title="某区食品经营许可工作方案")) != []
