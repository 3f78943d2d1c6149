"""Tuning constants of the rules, named in one place, each with a line on why it has its value.

A rule reads its window sizes, gaps and limits from here instead of writing bare numbers (``lead[-24:]``, ``> 2``):
the number then has a name, a reason and one place to change. Vocabulary is not here: words live in
``policydoc/data`` and in each stage's word modules. Sections follow the pipeline; each stage keeps to its own.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------------
# outline and analysis
# ---------------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------------
# extract: targets, years, percentages, quantities
# ---------------------------------------------------------------------------------------------------------------


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
# A statement is compared with this many statements found just before it for a repeat (a sentence gives a few).
REPEAT_LOOKBACK = 6
# A party's task is cut to this many characters: enough to recognise the task, short enough for a table cell.
PARTY_TASK_MAX = 80

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
# ... and is given up after this many lines without a row.
CELL_LINE_GAP = 40
# A line of a cell that lists bodies is at most this long (a longer one is a task).
CELL_NAMES_MAX = 80
# An internal division after an office name ("市卫生健康委基层科") is at most this long ...
DIVISION_NAME_MAX = 4
# ... after an office name at least this long.
OFFICE_NAME_MIN = 3
