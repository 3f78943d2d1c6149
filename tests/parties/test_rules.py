"""The rule tables of the parties stage follow the one rule contract (``core/rules.py``): each rule is named
``<table>.<rule>``, and switching one off changes what the stage finds in a small invented text."""

from __future__ import annotations

from typing import Optional

import pytest

from policydoc.core.rules import all_rulers, disabled
from policydoc.models import Section
from policydoc.parties import extract_parties

#: one invented text per rule, in which the rule decides something
CASES = {
    "parties.recognisers.role_pair": "一、任务\n市教育局牵头，市财政局、市人社局配合，做好学校建设。",
    "parties.recognisers.by_body": "学校建设由市教育局负责组织实施。",
    "parties.recognisers.under_body": "在市政府的统一领导下，开展安全检查。",
    "parties.recognisers.set_up_body": "成立工作专班，负责统筹推进各项工作。",
    "parties.recognisers.relative_subject": "负有安全监管职责的部门要加强执法检查。",
    "parties.recognisers.request": "请区应急局于每月5日前报送进展。",
    "parties.recognisers.subject": "市教育局要加强学校安全管理。",
    "parties.recognisers.object_body": "具体工作移交市城管局统一管理。",
    "parties.recognisers.duty_of": "维护社会治安，是各级政府的重要职责。",
    "parties.fallbacks.inline_duty": "完善市教育局统一负责的管理制度。",
    "parties.lead.stated_rule": "一、任务(责任单位列第一位者为牵头单位，下同)\n1.建设智慧校园。(市教育局、市财政局牵头，市人社局配合)",
    "parties.lead.marked_leads": "1.建设智慧校园。(市教育局牵头，市财政局配合)",
    "parties.lead.duty_bearer": "1.建设智慧校园。(市教育局、市财政局按职责分工负责)",
    "parties.lead.guide_first": "1.建设智慧校园。(市教育局统筹指导，市财政局配合)",
    "parties.trims.allotment": "1.开展检查。(责任单位：安监处(60日)、市消防支队(20日))",
    "parties.trims.second_name": "1.做好宣传。(责任单位：市委宣传部(市政府新闻办)、市教育局)",
    "parties.trims.group_label": "1.做好救治。(责任单位：医疗救治组市卫健委、市医保局)",
    "parties.trims.pronoun": "1.做好宣传。(责任单位：市教育局及其有关部门)",
    "parties.labels.label": "1.建设智慧校园(责任单位：市教育局、市财政局)",
    "parties.labels.paren": "1.建设智慧校园。(市教育局牵头，市财政局配合)",
    "parties.labels.table": "序号\t任务\t责任单位\n1\t建设智慧校园\t市教育局、市财政局",
    "parties.labels.flat_table": "附件序号重点任务牵头单位配合单位1开展排查。全面摸清底数。区民政局区财政局、区卫健委2建立台账。"
                                "按月更新。区卫健委/",
    "parties.labels.marked_lead": "附件1加快无障碍改造市住房城乡建设局(牵头)、市民政局2014年底前完成2健全养老机构功能",
    "parties.labels.role_cell": "附件\n序号\t项目\t牵头单位\n1\n\t建设警务室\n\t市公安分局牵头，各街道办协助办理\n",
    "parties.blocks.block": "(二)市交通运输局：负责应急运输保障；参与事故调查。",
    "parties.blocks.titled_block": "三、任务分工\n（一）某某大学城市研究院。负责统筹评估工作。\n（二）某某规划协会。组织专家调研。\n",
    "parties.blocks.roster": "第1组(北区)市发展改革委组长:联络员:第2组(东区)市民政局组长:",
    "parties.filters.history_section": "一、主要成就\n市教育局完成学校建设。",
    "parties.filters.report_voice": "各位代表：\n市政府将加快建设智慧城市。",
    "parties.filters.past_paragraph": "某局2024年工作要点\n2023年，县财政局完成审计工作。",
    "parties.filters.glossary": "某区工作报告\n一、任务\n办好民生实事。\n有关名词解释\n1.“议事会”机制：指社区党委牵头搭建议事平台。\n"
                                "2.“微实事”：指群众身边的小事。\n",
    "parties.filters.document_heading": "某市人民政府办公厅转发市发展改革委关于推进建设意见的通知某府办函〔2021〕9号\n",
    "parties.filters.interpretation": "一、任务\n市教育局负责建设智慧校园。\n二、附则\n本办法由市教育局负责解释。\n",
    "parties.filters.distributive": "一、扶持标准\n每个单位每年最高补贴20万元。\n",
}
#: the outline of a text, where a rule reads it
SECTIONS = {
    "parties.filters.history_section": [
        Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="主要成就", span=(0, 17), title_span=(2, 6))
    ],
}


def _found(text: str, sections: Optional[list[Section]] = None) -> list[tuple[str, list[str], list[str]]]:
    return [(p.rule, p.lead, p.support) for p in extract_parties(text, sections or [])]


def test_every_parties_rule_has_a_case() -> None:
    names = {f"{table}.{rule}" for table, ruler in all_rulers().items() if table.startswith("parties.")
             for rule in ruler.names}
    assert names == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_switching_a_rule_off_changes_the_parties(name: str) -> None:
    text, sections = CASES[name], SECTIONS.get(name)
    on = _found(text, sections)
    with disabled([name]):
        off = _found(text, sections)
    assert on != off, name
    assert _found(text, sections) == on  # on again outside the block (no cache keeps the switched-off answer)


@pytest.mark.parametrize("table", ["parties.recognisers", "parties.fallbacks", "parties.labels", "parties.blocks"])
def test_a_recogniser_is_named_as_the_parties_it_makes(table: str) -> None:
    """``Party.rule`` carries the name of the rule that made it."""
    for rule in all_rulers()[table].names:
        assert rule in {r for r, _, _ in _found(CASES[f"{table}.{rule}"])}, rule
