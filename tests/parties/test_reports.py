"""A report's own voice (work reports, policy and budget reports): what bodies did and
what the government will do are narrated; only explicit duty wording assigns a task.
Invented texts in the style of a district government's work report."""

from __future__ import annotations

import pytest

from policydoc.parties import extract_parties, in_report_voice, reports
from policydoc.parties.hits import Hit

REPORT = (
    "各位代表：\n现在，我代表区人民政府向大会作工作报告，请予审议。\n"
    "一、2024年工作回顾\n区委、区政府迅速成立重点项目推进专班。区财政局偿还历史债务3000万元。\n"
    "二、2025年主要任务\n区政府将持续优化营商环境。由区司法局开展规范性文件清理。\n"
    "各街道要切实履行属地责任。区各部门制定政策要充分听取企业意见。\n"
    "推进老旧小区改造(区住房城乡建设局牵头，区财政局配合)。\n"
)


def test_report_keeps_only_explicit_duties() -> None:
    leads = [p.lead for p in extract_parties(REPORT, [])]
    assert leads == [["各街道"], ["区各部门"], ["区住房城乡建设局"]]


def test_the_same_sentences_in_a_plan_assign_tasks() -> None:
    plan = REPORT.replace("各位代表：\n现在，我代表区人民政府向大会作工作报告，请予审议。\n", "某区2025年工作要点\n")
    leads = [p.lead for p in extract_parties(plan, [])]
    assert ["区财政局"] in leads and ["区司法局"] in leads


@pytest.mark.parametrize(
    "text,title,expected",
    [
        ("各位代表：\n现在，我代表市人民政府向大会报告政府工作。", None, True),
        ("现将有关情况报告如下：\n一、主要工作", None, True),
        ("一、收支情况", "某县2024年预算执行情况报告", True),
        ("一、典型做法", "某省人民政府办公厅关于部分地方优化营商环境典型做法的通报", True),  # a circular narrates
        ("为做好防汛工作，制定本方案。", "某县防汛工作方案", False),
        ("根据《政府工作报告》部署，制定本方案。", None, False),
    ],
)
def test_reports(text: str, title: str | None, expected: bool) -> None:
    assert reports(text, title) is expected


def test_report_voice_by_kind() -> None:
    def hit(kind: str, **extra: str) -> Hit:
        return Hit(["区教育局"], [], 0, 1, "", kind, dict(extra))

    assert in_report_voice(hit("paren")) and in_report_voice(hit("block")) and in_report_voice(hit("request"))
    assert in_report_voice(hit("subject", duty="1")) and in_report_voice(hit("subject", modal="1"))
    assert not in_report_voice(hit("subject", duty="")) and not in_report_voice(hit("set_up_body"))
    assert not in_report_voice(hit("by_body", duty="")) and in_report_voice(hit("by_body", duty="1"))


def test_rules_in_articles_keep_only_their_labels() -> None:
    """Implementing rules written as articles assign no task by their wording (a law's duties are statutory),
    but a label after an article names who carries it out (invented text)."""
    import policydoc

    rules = ("某市产业园扶持政策实施细则\n\n第一章 总则\n\n第一条 为规范资金管理，制定本细则。\n\n"
             "第二条 本细则适用于产业园内注册的企业。\n\n第二章 扶持政策\n\n"
             "第三条 对新入驻企业给予房租补贴，单个企业累计不超过50万元。（责任单位：某区政府、市财政局）\n\n"
             "第四条 对企业研发投入给予补助，最高不超过100万元。\n\n第三章 附则\n\n"
             "第五条 市财政局负责资金拨付，某区政府负责项目审核。\n\n第六条 本细则自发布之日起施行。\n")
    doc = policydoc.parse_text(rules)
    assert [(p.lead, p.support) for p in doc.parties] == [(["某区政府"], ["市财政局"])]
    assert policydoc.parse_text(rules.replace("（责任单位：某区政府、市财政局）", "")).parties == []
