"""The small word classes the run-in recognisers' patterns are built from.

Each group names the words one pattern of :mod:`.agents`, :mod:`.roles`, :mod:`.predicates`,
:mod:`.non_tasks`, :mod:`.subjects`, :mod:`.requests`, :mod:`.clauses` or the runner lists (prepositions,
particles, adverbs, the verbs of one construction), in the order the pattern tries them: the
patterns join them with :func:`~policydoc.parties.words.seq`, which keeps that order. The
vocabulary that signals a party (role words, duty words, labels) is in :mod:`.words`.
"""

from __future__ import annotations

#: what makes a duty word a person: 负责人, 负责同志
PERSON_MARKS: tuple[str, ...] = ("人", "同志")
#: what follows an action word of "由X <action>" that makes it no action: a person (负责人) or a modifier (…的)
NOT_ACTION_AFTER: tuple[str, ...] = PERSON_MARKS + ("的",)
#: what follows 负责 that makes it no duty: a person (负责人, 负责同志) or an adverb (负责地)
NOT_DUTY_AFTER: tuple[str, ...] = PERSON_MARKS + ("地",)
#: adverbs that scope a 负责 ("统一负责", "全面负责", "具体负责")
DUTY_SCOPES: tuple[str, ...] = ("统一", "全面", "具体")
#: prepositions of "按照职责(分工)", "依据职责", "根据职责": the body acts by its own duties
DUTY_BASES: tuple[str, ...] = ("按照", "按", "依据", "依", "根据")
#: whose duties: "在各自职责范围内", "在其职责内"
DUTY_OWNERS: tuple[str, ...] = ("各自", "其")
#: characters before 要/应 that make a word of them, no modal: 主要, 重要, 需要, 相应, 适应, 反应 …
NOT_MODAL_BEFORE: tuple[str, ...] = ("主", "重", "需", "只", "纲", "概", "摘", "相", "适", "响", "反", "供", "对", "理")

#: adverbs before a verb of bearing: "由政府共同承担"
BEAR_ADVERBS: tuple[str, ...] = ("共同", "主要", "分别")
#: "在X(的统一)领导下": the roles of the body a task is done under
UNDER_ROLES: tuple[str, ...] = ("领导", "组织", "指导", "部署", "主持")
#: of those, the roles of a body that supports the one doing the task ("在X指导下，Y…": X指导，Y负责 — SPEC)
GUIDING_ROLES: tuple[str, ...] = ("指导",)
#: the word that names the body a task is given to: "由X负责"
BY_WORD = "由"
#: what opens the duty of a body just set up: "成立X，负责…", "成立X，对…"
SET_UP_DUTIES: tuple[str, ...] = ("负责", "专门负责", "对", "为", "全力", "统筹")
#: "移交X管理", "交由X负责", "明确X对…": verbs that hand a body a duty, the manner, and the duty
HANDOVER_VERBS: tuple[str, ...] = ("移交", "交由", "明确")
HANDOVER_MANNERS: tuple[str, ...] = ("统一", "集中", "直接")
HANDED_DUTIES: tuple[str, ...] = ("管理", "审核", "审批", "审定", "备案", "对", "负责")
#: "报X审核": a body a draft is sent to, and the review it must do (not 批准/备案: an approval step)
REFERRAL_VERBS: tuple[str, ...] = ("报送", "报")
REVIEW_DUTIES: tuple[str, ...] = ("审核", "审定", "把关")

#: "Y要主动配合X做好…": the modal and adverb before 配合, and the task verbs after the body assisted
ASSIST_MODALS: tuple[str, ...] = ("要", "应")
#: "Y配合X做好…", "Y协助X核查…": X carries the task and leads, Y supports (SPEC rule 2)
ASSIST_WORDS: tuple[str, ...] = ("配合", "协助")
ASSIST_ADVERBS: tuple[str, ...] = ("主动", "积极")
ASSISTED_TASKS: tuple[str, ...] = (
    "做好", "完成", "开展", "推进", "起草", "实施", "落实", "组织", "制定", "编制", "抓好", "处置", "办理", "负责",
    "核查", "调查", "查处",
)
#: besides the label words, what a text holding an explicit note, label or task table holds (a tab: a table)
NOTE_CUES: tuple[str, ...] = ("牵头", "负责", "配合", "领导下", "组织下")
#: adverbs before the role of supporters joining the party before them: "X负责…。Y积极配合"
SUPPORT_ADVERBS: tuple[str, ...] = ("积极", "主动", "密切", "全力", "紧密")
#: "X要会同Y…": the modal before 会同, and what may follow the partners Y (a verb, or a preposition opening the
#: task: "X会同Y对…实施…")
WITH_MODALS: tuple[str, ...] = ("要", "应", "须", "应当", "必须")
PARTNERED_TASK_STARTS: tuple[str, ...] = (
    "按", "依", "根据", "负责", "做好", "建立", "开展", "研究", "制定", "编制", "共同", "核定", "组织", "落实", "实施",
    "对", "就",
)
#: adverbs before a causative of others' participation: "X应当积极支持…参加"
ENCOURAGING_ADVERBS: tuple[str, ...] = ("积极", "大力", "主动")
#: what opens the rest after a body when no predicate follows it: "X的…", "X和Y…", "X长" (a person)
NOT_PREDICATE_OPENERS: tuple[str, ...] = ("的", "和", "、", "及", "长")

#: "X…，并负责…": adverbs before a duty later in the sentence, and the duty words
LATER_DUTY_ADVERBS: tuple[str, ...] = ("并", "具体", "主要")
LATER_DUTIES: tuple[str, ...] = ("负责", "承担")
#: the unit of a share a target sets: "降低4.5%", "提高2个百分点"
SHARE_UNITS: tuple[str, ...] = ("%", "％", "个百分点")
#: characters before 了 that make a word (为了, 除了, 不了, 得了) and after it (了解, 了结, 了如指掌): no perfective
NOT_PERFECTIVE_BEFORE: tuple[str, ...] = ("为", "除", "不", "得")
NOT_PERFECTIVE_AFTER: tuple[str, ...] = ("解", "结", "如指掌")

#: a time phrase between a body and its predicate: "自收到申请之日起，…", "在…后，…"
TIME_OPENERS: tuple[str, ...] = ("自", "从", "在", "于")
TIME_CLOSERS: tuple[str, ...] = ("之日起", "起", "之后", "以后", "后", "之前", "以前", "前", "时", "内")
#: what closes the time of a body's own action before its modal ("X作出决定前，要…"): before, after, when
ACTION_TIME_CLOSERS: tuple[str, ...] = ("之后", "以后", "后", "之前", "以前", "前", "时")
#: how a frame between a subject and its predicate ends ("X在…基础上，可以…": the predicate follows the frame's comma)
FRAME_ENDS: tuple[str, ...] = ("基础上", "前提下", "过程中", "情况下", "范围内")
#: words that join the bodies of a subject: "X和负有…职责的部门"
JOINERS: tuple[str, ...] = ("和", "及", "以及", "、")
#: what opens the predicate after a subject named by its charge: "负有…职责的部门要…", "…依法…"
RELATIVE_PREDICATE_STARTS: tuple[str, ...] = ("要", "应", "须", "负责", "依法", "依照", "按照", "对", "在")

#: words before a request: "同时请X…", "并请X…", "另请X…"
REQUEST_CONNECTIVES: tuple[str, ...] = ("同时", "并", "另")
#: adverbs after the one who asks and before the request ("锡堃也已要求各部会…", "本院已责成教育部…")
REQUESTER_ADVERBS: tuple[str, ...] = ("也已经", "也已", "亦已", "已经", "也", "亦", "已", "将", "还", "再")
#: the speaker of a report asking a body, with no adverb ("我要求规划署加快改划工作", "我指示运输及房屋局检讨…")
REQUESTER_PRONOUNS: tuple[str, ...] = ("我", "本人")
#: adverbs that, right after a request word, do not mean the reader is asked with no body named (every other
#: adverb does: "请及时办理", "请主动联系"); 各 (an addressed scope) is left out with them
NOT_READER_ADVERBS: tuple[str, ...] = ("均", "都", "要", "也", "还")

#: connectives that open a clause before its subject: "同时，X要…", "其中X…"
CONNECTIVES: tuple[str, ...] = ("同时", "并且", "并", "另外", "此外", "其中", "且")
#: the units of a law's numbered parts: 第三条, 第二章, 第一节, 第二款
ARTICLE_UNITS: tuple[str, ...] = ("条", "章", "节", "款")

#: "…，是(今年)X的(一项)重要职责": the charge the clause before is stated as (:func:`.agents.duty_of_body`), its
#: qualities and the times that may stand before X
DUTY_OF_NOUNS: tuple[str, ...] = ("职责", "责任", "任务")
DUTY_OF_QUALITIES: tuple[str, ...] = ("重要", "首要", "主要", "基本", "突出", "共同", "重大", "法定", "应尽")
DUTY_OF_TIMES: tuple[str, ...] = ("当前和今后一个时期", "今年", "当前", "今后")

#: manner words the tagger may read as nouns before a verb ("合理 vn 提高 v"): no noun of a compound name
VERB_MANNERS: frozenset[str] = frozenset((
    "合理", "适当", "适度", "逐步", "稳步", "有序", "大力", "积极", "切实", "全面", "进一步", "不断", "持续", "统筹", "依法",
))
