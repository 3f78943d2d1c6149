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
LOST_STOP_TITLE_MAX = 20
"""Longest run-in title (Han characters) of an item glued to the sentence before it where its full stop was lost
("…推动落地见效3.优化服务。"); a 一、 heading so glued may run twice as long to its line's end."""
# Candidates looked at after an excerpt's first heading ("六、") for the first one standing on its own line (its
# first child list); the run-in markers of the opening paragraph come before it.
EXCERPT_LOOKAHEAD = 20

# --- analysis: the document's kind (analysis/kinds.py) ---
# A law is made of articles: at least this share of its headings (an article's own items not counted) are 第X条.
ARTICLE_SHARE = 0.6
# Fewer articles than this are too few to call the document a law (a plan's closing 附则 has two or three).
MIN_ARTICLES = 5
# A statute in chapters opened by 总则 (its articles numbered as items) has at least this many chapters.
MIN_CHAPTERS = 3
# A notice that carries rules in articles opens with at least this many parts of its own (一、总体目标 二、主要任务 …)
# before them: it is no statute, only the stretch of its rules is (analysis.statutes).
LEADING_PARTS_MIN = 3
# How far into the text a public notice says what it is ("现将有关事宜通告如下："): its opening paragraph.
NOTICE_OPENING = 600
# How far into the text measures say what they are ("…结合本市实际，制定本实施办法。"): a longer preamble.
RULES_OPENING = 1500
# Measures that assign this many dated tasks by responsibility notes ("（6月底完成，牵头单位：市公安局）") are a work
# plan whatever their title says: a handful could be a rules text's duties, dozens are a task list.
TASK_NOTES_FOR_PLAN = 10
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
# The comparison words before a year (比, 较, 相比, 相较, 基准年( …: ``BASELINE_BEFORE``) are at most this long.
BASELINE_WORD_REACH = 4
# Between 如下/以下 and the colon of a list opener: "如下：", "如下几个方面：" (a longer stretch is a clause).
LIST_OPENER_GAP = 6
# A goal list's line opens with its year after a short lead ("今年即2024年", "其中2024年"), at most this long ...
GOAL_LIST_LEAD = 8
# ... and names 目标 within this many characters of the year: the goals' subject ("全区经济社会发展主要预期").
GOAL_LIST_GAP = 40
# A one-year plan's title ends near its plan word: "某县2025年林业工作要点", "…工作计划的通知", a bracketed note.
PLAN_WORD_TAIL = 10
# Without a title found by the outline, this much of the first line is read as the title (a long title; a longer
# first line is a paragraph run on).
FIRST_LINE_TITLE = 120
# How far into the text the document's own name is looked for (a covering letter or notice names it there).
PLAN_NAME_OPENING = 400
BUDGET_NAME_GAP = 16  # a budget bill's name after its fiscal year: "95年度中央政府总预算案"
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

# How far after 给予 the grant noun may stand ("给予最高不超过50万元的一次性奖补"): one clause's worth of terms.
GRANT_GAP = 16
# Characters between a grant word and the sum it pays ("一次性奖励园区20万元").
GRANT_SUM_GAP = 10

# --- mention finders: how far around a cheap gate hit (年, %, 百分 …) the full pattern runs ---
# A year mention starts at most this far before its 年: "截止到 2025 年" is 9 characters, "民国 一百零四 年" 9.
YEAR_GATE_BEFORE = 16
# What it bounds: how far before 年 a year of letter-spaced PDF text may start ("截止到 2 0 2 5 年": 13).
SPACED_YEAR_GATE_BEFORE = 24
# What it bounds: how far after its gate a year mention may end (a range's second year with month and day,
# "3月1日至2021年6月30日" after the first 年: 15 characters).
YEAR_GATE_AFTER = 24
# What it bounds: how far before its gate a percentage may start (a range of long Chinese numerals before
# 个百分点, "一百二十三点五至一百三十个百分点", or letter-spaced digits).
PERCENT_GATE_BEFORE = 40
# What it bounds: how far after its gate a percentage may end (the second bound of a range, "百分之十五到百分之二十").
PERCENT_GATE_AFTER = 24
# What it bounds: how many runs of three single spaced digits ("2 0 2") make a text letter-spaced PDF text.
LETTER_SPACED_RUNS = 3

# --- quantities ---
# Set phrases longer than this are not looked for at a number (the window they were once looked for in).
IDIOM_REACH = 6
# A whole number before 年 above this is a year the year finder missed (a wrapped "2025\n年"), not a duration.
LONGEST_DURATION = 999
# A refused range's first number and its mark stand in the 4 characters before the second ("每3～5年", "3～ 5").
RANGE_MARK_REACH = 4
# A list of ordinals opened by 第 is read this far back: "第1、2、3、5、7天" with two-digit items.
ORDINAL_LIST_REACH = 24
# 半 after a number's unit stands within this many characters ("一年半", "两个半小时": right after it).
HALF_REACH = 3

# --- targets: windows before and after a candidate number ---
# Right after a number its after-comparator is read: the longest (及以上, 及以下) is 3 characters.
AFTER_WORD_REACH = 4
# A comparator or level word binds a number across a short name between them ("达到在校生规模的2倍"), not across
# the clause's earlier values.
COMPARATOR_REACH = 12
# A share of a named whole reaches further: the whole's name stands between the comparator and the number
# ("超过申请人上年度个人纯收入百分之四十").
WHOLE_COMPARATOR_REACH = 24
# A change word binds a number this close after it, with what changes between ("新增学位1.2万个").
CHANGE_WORD_REACH = 8
# The event a time limit counts back from stands right before the time: "期满之前不少于" is 7 characters.
EVENT_BEFORE_REACH = 8
# A duration word stands right before the number: the longest (今后, 再用, 历时 …) is 2 characters.
DURATION_WORD_REACH = 2
# The plan verb governing a quoted count stands right before the quote mark (建成“50个…”); the verbs are 2
# characters, this bounds the stretch read.
QUOTE_VERB_REACH = 6
# A sanction verb stands right before a fine's amount: the longest (并处, 处以) is 2 characters.
PENALTY_VERB_REACH = 3
# A size word stands right before the measure: the longest (日处理, 年处理) is 3 characters, then a space.
SIZE_WORD_REACH = 4
# A cap word and the verb after it stand right before the value: "最高可以达到" is 6 characters, then spaces.
CAP_WORD_REACH = 8
# "每天"/"天各" and the verb of a routine stand this far before its count ("第3、7天各开展一次").
SCHEDULE_REACH = 16
# Characters between 每天 and the count of a routine: its verb and object ("每天开展一次").
SCHEDULE_GAP = 8
# One or two rounds a day are a procedure's schedule; more are an amount to reach.
MAX_ROUTINE_ROUNDS = 2
# 前 and 第 of a place, and 提前 (not a place), stand in the 2 characters before the number.
RANK_WORD_REACH = 2
QUOTA_REACH = 12  # characters before a count read for a prize grade or a unit sending people ("两校各推荐")
SOURCE_LABEL_REACH = 8  # characters before a clause or sentence read for a label naming a data source ("指标来源：")
# A formula's operator stands right before the number, a space at most between ("×100%", "× 100%").
FORMULA_REACH = 2
# An opening bracket, 约/近/共/计 and a space before a tally ("（共12项）").
BRACKET_REACH = 3
# A grade's context word is read this many characters past the number's span. The unit 级 is inside the span, so
# the word starts right after it ("3级标准" is read from 标; a skip of 1 read from 准 and missed every such grade).
GRADE_CONTEXT_SKIP = 0
# A quantity this close before a rate noun names the indicator ("公交站点500米覆盖率": 0 characters;
# "15分钟健身圈覆盖率": 3).
RATE_NOUN_GAP = 4
# How far after the number the incident word may stand: past a bound and a second bound ("8人以上25人以下遇难").
INCIDENT_GAP = 14
# How many characters may stand between a count and a policy's items ("18条稳就业措施").
POLICY_ITEM_GAP = 8
MEANS_REACH = 20
"""Most characters between 以 and a count, and between the count and 为 + a means word ("以8个国家枢纽为抓手")."""
# The whole a share is taken of, after 按照 and before 的 ("按照查实金额的百分之二"): a name, not a clause.
SHARE_WHOLE_GAP = 20
# The things a from-value counts may be named between it and its verb ("从15个县(市)扩大到57个"), in this many
# characters at most.
FROM_THINGS_MAX = 10
# The longest time phrase between 比/较 and the 年…的 of a level compared with ("比一九九五年的", "较上年的").
COMPARED_TIME_MAX = 12
# How far back the amount before the last one of a listed condition is looked for ("2000万元、" before "5000万元的，").
LISTED_AMOUNT_REACH = 12
# A five-year plan's period: its first year and the four after it (its last year is a goal's year, never past).
PERIOD_YEARS = 5
# A document that writes its percentages in words ("百分之五") at least this often, and more often than with a
# sign, writes its amounts in words too (older national plans): a Chinese numeral with a unit of measure is an
# amount there, cued or not.
AMOUNTS_IN_WORDS_MIN = 3
# A name needs two Han characters: one alone is a particle, a unit or a verb stem (之, 率, 建).
MIN_NAME_HAN = 2
# The same counted in characters, where a piece of text is measured by its length (a list item, a whole's name).
MIN_NAME_CHARS = 2

# --- targets: the indicator ---
# A share phrase longer than this is a sentence, not a name: the plain reading is kept.
MAX_SHARE_INDICATOR = 30
# What the things counted do, after them ("60种证照全国通用"), is part of the name when it is this short.
MAX_DOING = 12
# "A达到B的5%": B, the whole, is a name of at most this many characters (最大用电负荷, 教师总数).
WHOLE_NAME_MAX = 14
# How far before a tending verb a result verb makes one compound with it ("培育壮大", "新建做强").
COMPOUND_VERB_REACH = 2
# A piece between separators after 分别 longer than this is no listed value but the sentence going on.
MAX_VALUE_PIECE = 16
# A comparison base and its date before 分别 ("比2020年", "较上年同期相比"): at most this many characters.
BASE_PHRASE_MAX = 12
# A list item's head, when the tagger gives no word of two characters, is its last two characters (水厂, 居民).
LIST_HEAD_CHARS = 2
# A later list item borrows the first item's subject when that item's last verb is among its last 3 words.
LIST_VERB_REACH = 3
# At most this many things share one value ("A、B和C分别增长5%").
MAX_SHARED = 6
# The things sharing one value, before 分别/均/各, are at least 4 characters: two names of two characters.
SHARED_SUBJECT_MIN = 4
# ... and at most 60: a clause's length; a longer stretch is a sentence, not a list of things.
SHARED_SUBJECT_MAX = 60
# A later thing this short names only what differs ("机械化清扫率和洒水率"): it shares the first one's head.
SHORT_THING = 3
# A quoted programme an amount funds stands this close after it ("…，推动「某某计划」").
FUNDED_NAME_GAP = 16
# A quoted programme's name is a title of at most this many characters.
FUNDED_NAME_MAX = 30
# What an amount is spent on, after 用于/推动 right after it: a phrase, not a clause.
PURPOSE_AFTER_MAX = 24
# The purpose a sentence opens with (为推动…，): a phrase, not a clause.
PURPOSE_BEFORE_MAX = 20
# A quoted name (“…”, 「…」) is at most this long: a slogan or a programme, not a quoted sentence.
QUOTED_NAME_MAX = 40
# A 《title》 may be longer: the full name of a law or a plan.
QUOTED_TITLE_MAX = 60

# --- tables ---
# How far after 主要指标 a glued table's header must name its years.
GLUED_HEADER_REACH = 80
# The longest stretch read as one glued table.
GLUED_BLOCK_LIMIT = 4000
# A glued row's own name, without the group labels before it, is used when at least this long.
GLUED_OWN_NAME_MIN = 4
# A paragraph longer than this is running text, not a table cell.
MAX_CELL = 60
# The header of a table flattened one cell per paragraph has at most this many cells before row 1.
MAX_HEADER_CELLS = 10
# ... and at least this many (序号, 指标, a value column) before row 1.
MIN_HEADER_CELLS = 3
# Cells read after a 序号 header: a long table, bounded so a stray header cannot read the whole text.
MAX_FLAT_CELLS = 2000
# The next row's ordinal stands within this many cells after a row's own (a spanning 类别 cell between).
NEXT_ORDINAL_REACH = 3
# A tab table's header starts within its first 4 lines (a title or a note may stand above it).
HEADER_ROWS = 4
# The cheap 指标 test reads one line more: a two-line header starting on the 4th line ends on the 5th.
HEADER_WORD_ROWS = 5
# A parenthesis after an indicator name holding this many Han characters is a remark, not a unit.
REMARK_HAN = 5


# ---------------------------------------------------------------------------------------------------------------
# parties
# ---------------------------------------------------------------------------------------------------------------

# --- parties: the sentences read and the document's voice (parties/sentences.py, narration.py, __init__.py) ---
# A heading title this long or shorter, with no punctuation in it, is taken as the outline gives it when its body is
# glued to it ("4.2物资保障市商务局要…"): a sentence starts again after it; a longer one may have run on into its body.
GLUED_TITLE_MAX = 12
# Characters read after such a title to tell whether it ends at a word boundary: the first word of the body.
GLUED_TITLE_LOOKAHEAD = 6
# How far into the text a report's opening is looked for (各位代表, 请予审议, 报告如下): its address and first paragraph.
REPORT_OPENING_REACH = 800
# The characters of the document's first line read for the one year it looks to (a title is shorter).
TITLE_YEAR_REACH = 80
# Two statements of one sentence starting this close name one assignment (two recognisers, one subject).
REPEAT_GAP = 3
# How far before the responsibility note that closes an item (〔责任单位：…〕) a sentence of the item lies, at most, to be
# covered by it: a long item's length
NOTE_COVER_REACH = 1200
# A statement is compared with this many statements found just before it for a repeat (a sentence gives a few).
REPEAT_LOOKBACK = 6
# A party's task is cut to this many characters: enough to recognise the task, short enough for a table cell.
PARTY_TASK_MAX = 80
TITLED_BLOCKS_MIN = 2  # items of a task division titled by their bodies ("（一）某研究院。负责…") come in lists

# --- parties: run-in statements (parties/clauses.py, agents.py, subjects.py, predicates.py, roles.py) ---
# A list of bodies inside a clause is at most this long (a dozen short names) ...
BODY_LIST_MAX = 48
# ... and the partners' list of a role pair at most this long ("X牵头，A、B、…、M等参与": a ministry list).
LONG_BODY_LIST_MAX = 200
# The bodies of "由X…" are sought this far after 由 (a list of three or four names) ...
BY_BODIES_REACH = 50
# ... and the action word that ends them up to this much further (an action phrase begun at that limit).
BY_ACTION_OVERRUN = 12
# The longest subject phrase read before a predicate (as BODY_LIST_MAX: a list of bodies).
SUBJECT_MAX = 48
# Characters of the rest of a sentence read after a subject: one-line texts run on without a stop, and a
# comma-only "sentence" of thousands of characters is read in this window.
STATEMENT_TAIL = 400
# Characters after a subject that the tagger reads for its first verb (adverbs aside): a few words.
PREDICATE_TAG_REACH = 16
# A definition's "=" ("各区完成率=完成数/任务数") is sought this far into the rest after a subject ...
DEFINITION_REACH = 48
# ... and a design pattern's noun (…参与的…机制) this far.
PATTERN_REACH = 50
# A deadline after 于 ("于月底前", "于演练后1周内") closes within this many characters.
DEADLINE_REACH = 40
# A body named by its charge ("负有安全监管职责的部门") opens a clause within this many characters.
RELATIVE_NAME_REACH = 40
# A relative clause's 的 stands within this many characters after the body ("X认定的其他重大事件") ...
RELATIVE_CLAUSE_REACH = 12
# ... after a verb phrase at most this long.
RELATIVE_VERB_MAX = 10
# A clause closed by 的 that names a case ("X引进社会力量运营的，") is at most this long after its body.
CONDITION_MAX = 30
# A frame between a subject and its predicate ("在坚守主业、符合监管规定的基础上，") is at most this long.
FRAME_MAX = 40
# A co-action's partner and verb ("X与企业开展…") stand within this many characters of 与/同.
COACTION_REACH = 32
# Words before an inline 负责 read for its bodies: a list of that many names is already long, and reading every
# tail of a longer one would cost its square (a 50,000-name list took minutes) ...
INLINE_WORDS = 64
# ... cut, before tagging, to this many characters a word (a body's name is rarely longer).
INLINE_WORD_CHARS = 8
# A weak body named with its place ("县职业技术学校") is at least this long: a shorter one is a type (市学校).
PLACED_NAME_MIN = 5
# This many weak bodies listed together address named units (市一中、市二中、市三中…), scoped or not.
WEAK_LIST_MIN = 3

# --- parties: names, notes and blocks (parties/names.py, nominal.py, labels.py, blocks.py) ---
# A body's name is at most this long: a longer item is a phrase.
BODY_NAME_MAX = 32
# A bare item of a list takes the list's shared head ("税务、财政和教育部门") when at most this long ...
SHARED_HEAD_ITEM_MAX = 4
# ... or this long where the list closes with 等 + head ("市卫生健康、市场监管、公安等部门": field names).
SHARED_HEAD_ITEM_MAX_ETC = 8
# Characters tagged past a name's end to see whether the word there starts at it.
BOUNDARY_LOOKAHEAD = 4
# A bracket right after a body's name (line breaks aside) belongs to it: the name is sought this far back.
NAME_BEFORE_BRACKET = 16
# A bracketed note of roles after a task is at most this long: national task-division notes list a dozen
# ministries (up to ~240 characters).
NOTE_MAX_CHARS = 240
# Another field of a note after its list of bodies ("，适用范围：…", "；完成时限：…") is named in at most this many
# Han characters; the list ends before it.
NOTE_FIELD_MAX = 6
# A body's own action timed before its modal ("市场监管局作出处罚决定前，要…") is at most this long.
OWN_ACTION_MAX = 24
# Characters after a block's colon that the tagger reads for the predicate opening its duties.
DUTY_TAG_REACH = 12

# --- parties: task tables flattened into text (parties/flat_table.py) ---
# A body name in a glued row is at most this long ...
FLAT_NAME_MAX = 24
# ... and a longer one than this must read as a noun phrase ("…局养老股更新改造…中心" is none).
FLAT_PLAIN_NAME = 8
# The cells whose names are read: the lead column and the support column (further columns are an organ's divisions).
FLAT_READ_CELLS = 2
# A row is given up when no row follows the previous one within this many characters.
FLAT_ROW_GAP = 2000
# A table written one cell per line has a header of at least this many header lines ...
CELL_HEADER_LINES_MIN = 3
# ... of which at least this many are header words (序号, 牵头单位, 完成时限 …), the rest the table's own column names
CELL_HEADER_WORDS_MIN = 2
# A column name of the table's own is a run of at most this many Han characters ("任务落实及措施目标细化").
HEADER_CELL_MAX = 12
# ... and is given up after this many lines without a row.
CELL_LINE_GAP = 40
# A line of a cell that lists bodies is at most this long (a longer one is a task).
CELL_NAMES_MAX = 80
# An internal division after an office name ("市卫生健康委基层科") is at most this long ...
DIVISION_NAME_MAX = 4
# ... after an office name at least this long.
OFFICE_NAME_MIN = 3
# A contents page gives heading hints (outline/contents_heads.py) when it names at least this many unnumbered
# subheads the body repeats, ...
CONTENTS_UNMARKED_MIN = 3
# ... and the body repeats at least this share of its entries, in order.
CONTENTS_FOUND_SHARE = 0.6
# Numbered paragraphs of a speech (outline/paragraphs.py): a run 1, 2, 3 … of at least this many items at line starts,
PARAGRAPH_RUN_MIN = 15
# ... in which up to this many numbers in a row may be missing (a PDF's text moved them off their line starts),
PARAGRAPH_LOST_MAX = 2
# ... running on across at least this many headings of another numbering (one: an excerpt of a speech's first two
# parts, "(一)引言" 1.–7. "(二)經濟" 8.–37.), ...
PARAGRAPH_PARTS_MIN = 1
# ... with at least this share of items opening with a sentence a comma divides, numbers paragraphs, not headings.
PARAGRAPH_PROSE_SHARE = 0.8
# ... and at most this share opening with a verb (numbered tasks do).
PARAGRAPH_VERB_SHARE_MAX = 0.5
# A review part's title run into its body may leave this many characters of it before the opener ("刚刚过去的一年，").
REVIEW_TITLE_REST_MAX = 30
