"""A notice that carries rules in articles after parts of its own (analysis.statutes): the notice plans and
assigns, its rules are standing ones. Invented text in the style of a ministry's notice."""

from __future__ import annotations

from policydoc import parse_text
from policydoc.analysis import analyse
from policydoc.outline import build_outline

NOTICE = (
    "关于加强某项服务的通知\n"
    "一、总体目标\n到2025年，服务覆盖率达到90%以上。\n"
    "二、主要任务\n各省级卫生健康行政部门要制定实施方案，统筹推进服务体系建设。\n"
    "三、工作要求\n各地要加强组织领导，确保各项任务落到实处。\n"
    "某项服务管理办法\n第一章 总则\n第一条 为规范服务，制定本办法。\n第二条 本办法适用于各级医疗机构。\n"
    "第二章 管理\n第三条 医疗机构应当在5个工作日内办结申请。\n第四条 县级卫生健康行政部门负责本辖区的监督管理。\n"
    "第五条 医疗机构应当每年至少开展2次自查。\n第三章 附则\n第六条 本办法自印发之日起施行。\n"
)


def test_notice_with_rules_is_no_law_and_its_rules_are_a_statute() -> None:
    outline = build_outline(NOTICE)
    context = analyse(NOTICE, outline.title, outline.sections)
    assert context.kind == "plan"
    start = NOTICE.index("第一章")
    assert context.statutes and context.statutes[0][0] == start and context.statutes[-1][1] == len(NOTICE)


def test_only_the_notice_part_holds_targets_and_tasks() -> None:
    doc = parse_text(NOTICE)
    rules_start = doc.text.index("第一章")
    assert [(t.value, t.unit) for t in doc.targets] == [(90.0, "%")]
    assert [p.lead for p in doc.parties] == [["各省级卫生健康行政部门"], ["各地"]]
    assert all(p.span[0] < rules_start for p in doc.parties)


def test_a_law_stays_a_law() -> None:
    law = NOTICE[NOTICE.index("某项服务管理办法"):]
    outline = build_outline(law)
    context = analyse(law, outline.title, outline.sections)
    assert context.kind == "law" and context.statutes == []


#: an amended statute: articles an amendment inserted (第二條之一) stand between their base and the next article
AMENDED = ("某某發展條例\n第一條\n為促進發展，特制定本條例。\n第二條\n本條例所稱主管機關為經濟部。\n"
           "第二條之一\n主管機關應擬訂計畫，依第二條之一規定辦理。\n第二條之二\n前條計畫每二年檢討一次。\n"
           "第三條\n本條例自公布日施行。\n")


def test_inserted_articles_are_articles_of_the_run_and_keep_their_numbers() -> None:
    doc = parse_text(AMENDED)
    assert [(s.marker, s.number, s.level) for s in doc.sections] == [
        ("第一条", 1, 1), ("第二条", 2, 1), ("第二条之一", 2, 1), ("第二条之二", 2, 1), ("第三条", 3, 1)]
