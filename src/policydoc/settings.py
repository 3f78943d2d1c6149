"""Tuning constants of the rules, named in one place, each with a line on why it has its value.

A rule reads its window sizes, gaps and limits from here instead of writing bare numbers (``lead[-24:]``, ``> 2``):
the number then has a name, a reason and one place to change. Vocabulary is not here: words live in
``policydoc/data`` and in each stage's word modules. Sections follow the pipeline; each stage keeps to its own.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------------
# outline and analysis
# ---------------------------------------------------------------------------------------------------------------

# --- outline: where a marker stands and which lists are open (outline/position.py, open_lists.py, sequence.py) ---
# A line this long is a whole document run together (scraped or OCR text): a marker glued to the text before it may
# still be the next top-level heading there.
RUN_ON_LINE = 2000
# A document title run into the text ("…消防宣传月活动方案一、活动主题") is at least this long with its document
# word: a shorter stretch ending in 方案/计划 is a phrase of the sentence ("按照计划一、").
RUN_IN_TITLE_MIN = 6
# ... and its words before the document word at most this long: a longer stretch with no comma or terminator is
# a run-on sentence, not a title.
RUN_IN_TITLE_MAX = 60
# The longest parenthetical note a task closes with ("(A、B、C…按职责分工负责)"): a marker right after such a note
# is run in after the task; a longer bracket is no note.
NOTE_MAX = 300
# A heading's title with no terminator yet is "open" this far after its marker: a marker run into it there
# ("三、组织实施(一)明确责任分工") is the next heading; further on the title has become a paragraph.
OPEN_TITLE_MAX = 60
# Candidates looked at after an excerpt's first heading ("六、") for the first one standing on its own line (its
# first child list); the run-in markers of the opening paragraph come before it.
EXCERPT_LOOKAHEAD = 20

# --- analysis: the document's kind (analysis/kinds.py) ---
# A law is made of articles: at least this share of its headings (an article's own items not counted) are 第X条.
ARTICLE_SHARE = 0.6
# Fewer articles than this are too few to call the document a law (a plan's closing 附则 has two or three).
MIN_ARTICLES = 5
# How far into the text a public notice says what it is ("现将有关事宜通告如下："): its opening paragraph.
NOTICE_OPENING = 600
# How far into the text measures say what they are ("…结合本市实际，制定本实施办法。"): a longer preamble.
RULES_OPENING = 1500
# A bracketed note after a title's last word ("（试行）", "（2024年修订）", "（试行第十版）") is at most this long.
TITLE_NOTE_MAX = 20
# The name of the document a notice issues, in 《》 ("关于印发《某市物业管理办法》的通知"): a word at least, a long
# title at most.
ISSUED_NAME_MIN = 2
ISSUED_NAME_MAX = 60
# Between 》 and the closing 通知 of such a title: "的", "的补充" (a longer stretch names something else).
ISSUED_NAME_TAIL = 4

# --- analysis: time scopes (analysis/reading.py, history.py, goals.py, scopes.py, time.py, tables.py) ---
# A line standing alone as a part head of a report ("2024年工作回顾") is a phrase: at least this long (a page
# number or a signature is shorter) ...
PART_LINE_MIN = 4
# ... and at most this long (a longer line without sentence punctuation is a wrapped sentence).
PART_LINE_MAX = 40
# In a review line the past year and the review word stand this close: the subject between them
# ("2024年全区工作回顾", "过去五年政府工作回顾").
REVIEW_WORD_REACH = 12
# The year opening a goal section's body stands at most this far into it: "到2025年，…" at once, or after a blank.
GOAL_OPENING_YEAR_REACH = 3
# A year opens its sentence as its time ("2022年，全县新增…") when at most this many characters stand before it
# (在, 于, an indent).
OPENING_YEAR_REACH = 3
# The comparison words before a year (比, 较, 相比, 相较 …: ``BASELINE_BEFORE``) are at most this long.
BASELINE_WORD_REACH = 2
# Between 如下/以下 and the colon of a list opener: "如下：", "如下几个方面：" (a longer stretch is a clause).
LIST_OPENER_GAP = 6
# A goal list's line opens with its year after a short lead ("今年即2024年", "其中2024年"), at most this long ...
GOAL_LIST_LEAD = 8
# ... and names 目标 within this many characters of the year: the goals' subject ("全市经济社会发展的主要预期").
GOAL_LIST_GAP = 40
# A one-year plan's title ends near its plan word: "某县2025年林业工作要点", "…工作计划的通知", a bracketed note.
PLAN_WORD_TAIL = 10
# Without a title found by the outline, this much of the first line is read as the title (a long title; a longer
# first line is a paragraph run on).
FIRST_LINE_TITLE = 120
# How far into the text the document's own name is looked for (a covering letter or notice names it there).
PLAN_NAME_OPENING = 400
# A plan's period stands right after its plan word, in brackets: "行动方案（2024—2026年）", "规划》（2021-2025年）".
PERIOD_AFTER_PLAN = 6
# A period before the plan word leaves room for the plan's subject: "2024—2026年某市养老服务行动计划".
PERIOD_BEFORE_PLAN = 30
# A planned table's header: the year column, then the second column's words around its plan word, a short header.
PLANNED_HEADER_REACH = 30
# A longer line after a planned table's header is running text: the table has ended.
TABLE_LINE_MAX = 60


# ---------------------------------------------------------------------------------------------------------------
# extract: targets, years, percentages, quantities
# ---------------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------------
# parties
# ---------------------------------------------------------------------------------------------------------------
