"""Vocabulary of outline markers shared by normalisation and the outline.

Normalisation (which runs first and may not import the outline) and the outline's
recognisers read the same words from here, so a marker the outline knows is also
one that normalisation will not glue onto the line before it.

- ``MEASURE_WORDS``: characters that follow a number used as a quantity (3年, 5所,
  1.2公里); a bare number before one is no marker ("3 提升" is, "3年内" is not).
- ``SPEAKER_ADDRESSES``: how a speaker of a legislature's transcript opens, after the speaker line's time
  ("许主计长某某：（11时6分）主席、各位委员…"): each speaker's report has an outline of its own.
- ``DOC_TYPE_WORDS``: the words a document's title ends with (GB/T 9704-2012 title forms: …规划, …方案, …要点):
  normalisation keeps a title line apart from the number opening the body after it ("…工作要点\\n2021\\n年是…").
- ``INDICATOR_SET_TITLES``: an attachment's title naming a set of indicators ("…评价指标体系"), a table when its
  lines are cells.
"""

from __future__ import annotations

MEASURE_WORDS = frozenset(
    "年月日号个万亿千百十元人名所项次家件岁届期批条款章节部类级位倍天周时分秒米吨台套座场门户间张本册处种"
    "亩平公斤克度页篇分点"
)
MEASURE_WORDS_TRADITIONAL = frozenset("萬億個項次屆條類級時週噸臺場門戶間張冊處種畝頁號歲")
"""The traditional forms of ``MEASURE_WORDS`` that differ, for what reads text before OpenCC's t2s (reflow: a
wrapped line opening "4 萬個…" continues a number, it opens no list)."""
SPEAKER_ADDRESSES: tuple[str, ...] = ("主席", "院长", "各位委员", "各位代表")
ASSEMBLY_ADDRESSES: tuple[str, ...] = ("各位代表", "各位委员")
"""A speaker turning to the assembly at a line's start ("各位代表！", "各位委员："): the text is a speech — a line after it
is part of it, no title of the document, and the document reports in its own voice."""
INDICATOR_SET_TITLES: tuple[str, ...] = ("指标体系", "考核指标", "评价指标", "评估指标", "监测指标")

DOC_TYPE_WORDS: tuple[str, ...] = (
    "规划", "纲要", "方案", "计划", "报告", "意见", "通知", "办法", "条例", "规定", "决定", "细则", "要点",
    "总结", "方针", "指南", "标准", "公告", "通告", "通报", "批复", "函", "汇编", "公报", "预案",
    # measures titled by their count ("促进商贸服务业发展二十条措施", "若干措施"); a bare 措施 ends headings (保障措施)
    "条措施", "若干措施",
)
