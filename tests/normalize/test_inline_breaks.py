"""The line breaks an HTML-to-text dump put around inline elements: joined only where the text shows the dump."""

from __future__ import annotations

import pytest

from policydoc.normalize import NormalizeOptions, normalize
from policydoc.normalize.inline_breaks import inline_break_fixer

DUMP = "【重点工作\n1\n】\n完善服务\n依据《行动方案\n2030\n》\n，制订本规划\n。\n"

# (label, text, expected text after the fixer)
CASES = [
    ("marker cut in three", DUMP, "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n"),
    ("number between Han text", DUMP + "全面完成城市更新\n2030\n年目标\n", "【重点工作1】完善服务\n依据《行动方案2030》，"
     "制订本规划。\n全面完成城市更新2030年目标\n"),
    ("number before punctuation", DUMP + "比例不超过\n60%\n；职业技能类\n", "【重点工作1】完善服务\n依据《行动方案2030》，"
     "制订本规划。\n比例不超过60%；职业技能类\n"),
    ("flattened table cells stay", DUMP + "覆盖率（\n%\n）\n73.35\n80\n普惠率\n93\n95\n", "【重点工作1】完善服务\n"
     "依据《行动方案2030》，制订本规划。\n覆盖率（%）\n73.35\n80\n普惠率\n93\n95\n"),
    ("lone opening quote", DUMP + "2.要把\n“\n一网通办\n”\n落到实处\n如下：\n（\n1\n）\n学习\n",
     "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n2.要把“一网通办”落到实处\n如下：\n（1）学习\n"),
    # a lone bracket after a title line opens the next item's marker: the title line stays whole
    ("lone bracket opens a marker", DUMP + "第七章\n高等教育\n(\n十八\n)\n全面提高质量。\n",
     "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n第七章\n高等教育\n(十八)全面提高质量。\n"),
    # a document's title stays apart from the year opening the body after it
    ("title before a year", "某中学\n2021\n年度工作要点\n2021\n年是开局之年\n。\n" + DUMP,
     "某中学2021年度工作要点\n2021年是开局之年。\n【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n"),
    # a list item's marker keeps its own line, its title joins it
    ("marker on a line", DUMP + "(\n一\n)\n德育\n1.\n德育目标\n", "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n"
     "(一)德育\n1.德育目标\n"),
    # a list marker's dot set apart ("1\n．" in a Word page): the dot joins its number, the marker keeps its line
    ("marker dot on a line", DUMP + "三、对象\n1\n.\n2010\n年应届毕业生；\n", "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n"
     "三、对象\n1.\n2010年应届毕业生；\n"),
    # a year opening a label after a full stop or a colon joins the line after it, not the one before
    ("year label after a full stop", DUMP + "按照时间节点，我县：\n2017\n年：\n计划搬迁\n2294\n户。\n",
     "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n按照时间节点，我县：\n2017年：\n计划搬迁2294户。\n"),
    # a decimal outline's section numbers, each on a line of its own, keep their lines; an inline number amid them
    # (out of the outline's order) still joins its sentence
    ("decimal outline numbers", DUMP + "1\n总则\n1.1\n目的\n产量增长\n1.5\n倍\n1.2\n范围\n2\n任务\n2.1\n目标\n",
     "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n1\n总则\n1.1\n目的\n产量增长1.5倍\n1.2\n范围\n2\n任务\n"
     "2.1\n目标\n"),
    ("a short run is no outline", DUMP + "章节\n1.1\n目的\n增长\n1.2\n倍\n", "【重点工作1】完善服务\n依据《行动方案2030》，"
     "制订本规划。\n章节1.1目的\n增长1.2倍\n"),
    # an ordinary text: no lone closing marks, nothing touched
    ("ordinary text untouched", "一、总体要求\n到2025年，覆盖率达到\n95%\n（一）加强领导\n", "一、总体要求\n到2025年，覆盖率达到\n95%\n（一）加强领导\n"),
    ("two lone marks are not enough", "甲\n）\n乙\n。\n丙（\n丁\n", "甲\n）\n乙\n。\n丙（\n丁\n"),
    # a list marker split over lines is joined in any text: a number alone before ".title", a bracket alone
    ("split marker in an ordinary text", "二、重点\n1\n.加强建设\n正文。\n（\n2\n）完善制度\n",
     "二、重点\n1.加强建设\n正文。\n（2）完善制度\n"),
    # an article's number set in two spans ("第五" then "条" or "十一条"), in a dump and in an ordinary text
    ("split article number", DUMP + "第五\n条\n本办法所称单位，是指…\n第五\n十一条\n本办法于颁布当日生效。\n",
     "【重点工作1】完善服务\n依据《行动方案2030》，制订本规划。\n第五条\n本办法所称单位，是指…\n第五十一条\n"
     "本办法于颁布当日生效。\n"),
    ("split article number in an ordinary text", "第四条 本办法覆盖全市各街镇。\n第五\n条\n市民政局负责实施。\n",
     "第四条 本办法覆盖全市各街镇。\n第五条\n市民政局负责实施。\n"),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_inline_breaks(label: str, text: str, expected: str) -> None:
    fixed = text
    for e in sorted(inline_break_fixer(text, None), key=lambda e: e.start, reverse=True):
        assert fixed[e.start:e.end] == "\n"
        fixed = fixed[:e.start] + e.replacement + fixed[e.end:]
    assert fixed == expected


def test_joined_number_maps_back_to_its_line() -> None:
    result = normalize(DUMP)
    assert "【重点工作1】" in result.text
    at = result.text.index("2030")
    start, end = result.offsets.span_to_source((at, at + 4))
    assert DUMP[start:end] == "2030"
    assert {r.kind for r in result.repairs} >= {"inline_break"}


def test_fixer_can_be_switched_off() -> None:
    assert "【重点工作\n1\n】" in normalize(DUMP, NormalizeOptions.without("inline_breaks")).text
