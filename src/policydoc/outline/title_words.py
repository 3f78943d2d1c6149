"""Word lists the outline parser reads, kept as data.

Sources: the standard section skeleton of Chinese five-year plans, 实施方案 and
工作计划 (指导思想 / 基本原则 / 发展目标 / 主要任务 / 保障措施 / 实施步骤 …),
the mid-term review reports (进展情况 / 存在问题 / 对策措施) and the
GB/T 9704-2012 document-title forms (…规划 / …方案 / …的通知). Written from
those conventions, not copied from any document.

- ``HEAD_NOUNS``: words a heading phrase typically ends with. When a run-in
  heading has no punctuation before its body, the title is cut after the first
  of these (extended over a chain of them, as in 目标任务进展情况).
- ``NOMINAL_TAGS``: rjieba (jieba / ICTCLAS) part-of-speech tags of nominal
  words — common nouns (n, nz, ng, and nr, which jieba also gives to words
  such as 高水平), verbal and adjectival nouns (vn, an), distinguishing words
  (b: 主要, 复合型) and abbreviations (j). A head noun followed by one of these
  modifies it (高水平 复合型 技能 人才队伍), so the heading phrase runs on over
  them. Place and organisation names (ns, nt) are left out: after a heading
  phrase they open the body as its subject (…主要成果 某某市教育…).
- ``VERBAL_TAGS``, ``VERB_OPENING_TAGS``, ``MANNER_ADVERBS``: a head noun used as a verb (发展, 建设: tagged v or
  vn, or a compound such as 大力发展, nz) in a phrase that opens with a verb or an adverb (tags v, d, ad, vd) or a
  manner adverb (全面建设, whose 全面 the tagger calls a noun) governs the nouns after it: "加快发展检验检测" is
  one phrase where "技术保障" and "指导思想" end at their head noun. Not over a noun that ``SUBJECT_MARKS`` follow
  (要, 应, 负责 …: "加强管理" + "学校要…" — the noun is the body's subject).
- ``CLAUSE_OPENING_TAGS``: tags of words that open a clause — prepositions
  (把, 在, 对, 以) and pronouns (各, 本, 该): such a word never joins two head
  nouns into one phrase (…学校管理 把 质量放在首位).
- ``DEFINITION_OPENERS``: words that open a definition or an assignment after a comma ("用户数据，是指…",
  "档案资料，由…负责"): the heading phrase ends at that comma.
- ``SKELETON_TITLES``: the whole titles of the plan skeleton's parts (总体要求, 职责分工 …; an emergency plan's
  总则; a campaign plan's action and aspect, ``SKELETON_ACTIONS`` × ``SKELETON_ASPECTS``: 整治范围). A run-in heading
  whose body opens with one, then more text with no punctuation, has that title alone ("四、职责分工康养产业发展
  涉及部门多，…"), unless a conjunction (和, 与, 及, 、) or ``SKELETON_CONTINUATIONS`` joins it to more.
- ``ASPECT_NOUNS``, ``BODY_OPENERS``: a short title naming an aspect of a part (响应级别, 抽查对象, 其他事项) run into
  a body that opens with a preposition of basis or manner (按, 根据, 通过, 当) or with the document itself (本预案,
  本次) ends before that word, whatever punctuation follows.
- ``DOC_TYPE_WORDS``: words a document title ends with.
- ``DUTY_NOTE_WORDS``: words of a parenthetical note naming who carries out a task; such a note
  closes its item, so a marker may follow it.
- ``SENTENCE_OPENERS``: words a sentence that merely names a plan opens with
  (按照年度工作计划…, 制定实施方案…); a document title never does.
- ``MEASURE_WORDS``: characters that follow a number used as a quantity (3年,
  5所), which a bare-number marker such as "3 提升" may not be followed by.
"""

from __future__ import annotations

from ..data.marker_words import DOC_TYPE_WORDS as _DOC_TYPE_WORDS  # shared with normalisation


def _words(group: str, *words: str) -> tuple[str, ...]:
    """A non-empty, de-duplicated group, longest first (so a regex alternation prefers 指导思想 to 思想)."""
    if not words:
        raise ValueError(f"word group {group!r} is empty; an empty alternation would match everywhere")
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


HEAD_NOUNS = _words(
    "head nouns",
    # the plan skeleton
    "意义", "目的", "机构", "思想", "原则", "目标", "任务", "要求", "措施", "安排", "步骤", "成果", "成就", "情况", "问题",
    "形势", "背景", "基础", "环境", "条件", "机遇", "挑战", "思路", "方向", "重点", "举措", "对策",
    # what a task heading builds or improves
    "发展", "建设", "改革", "体系", "机制", "制度", "水平", "能力", "质量", "需求", "领导", "保障", "政策",
    "管理", "工程", "计划", "行动", "队伍", "素养", "格局", "作用", "功能", "创新", "治理", "投入",
)

BODY_SUFFIXES = _words(
    "body suffixes",
    # a head noun right before one of these names a body ("社会保障" + 部门, "房屋管理" + 部门), no heading phrase:
    # the item opens with its subject ("2.房屋管理部门负责…")
    "部门", "单位", "机构", "机关", "局", "委", "厅", "办",
)

REVIEW_HEADS = _words(
    "review heads",
    # a report's review part, after the noun it reviews ("2024年工作和五年发展回顾", "上年工作总结"); after an
    # adverb they are verbs ("及时总结…经验"), and after other nouns mostly too ("存在问题" + "回顾今年以来的工作")
    "回顾", "总结",
)
REVIEWED_NOUNS = _words(
    "what a review part reviews",
    "工作", "发展", "情况", "历程",
)

NOMINAL_TAGS = frozenset(_words(
    "nominal tags",
    "n", "nr", "nrfg", "nrt", "nz", "ng", "vn", "an", "b", "j",
))

CLAUSE_OPENING_TAGS = frozenset(_words("clause-opening tags", "p", "r"))

VERBAL_TAGS = frozenset(_words("verbal tags", "v", "vn", "nz"))
VERB_OPENING_TAGS = frozenset(_words("verb-opening tags", "v", "d", "ad", "vd"))
SKELETON_ACTIONS = _words(
    "skeleton actions",
    # what a campaign plan (专项整治工作方案, 活动方案, 检查方案 …) does, heading its parts with an aspect of it
    "工作", "整治", "活动", "检查", "排查", "治理", "宣传", "培训", "实施", "考核", "评选", "申报", "督查",
)
SKELETON_ASPECTS = _words(
    "skeleton aspects",
    "范围", "时间", "对象", "内容", "重点", "主题", "方式", "地点", "步骤", "安排",
)
SKELETON_TITLES = _words(
    "skeleton titles",
    "总体要求", "指导思想", "基本原则", "工作原则", "主要目标", "发展目标", "总体目标", "工作目标", "重点任务", "主要任务",
    "工作任务", "工作措施", "保障措施", "政策措施", "组织实施", "组织领导", "组织保障", "职责分工", "工作要求", "实施步骤",
    "工作步骤", "进度安排", "实施范围", "适用范围", "编制依据",
    # an emergency plan's and a regulation's parts
    "总则", "附则", "组织机构", "组织体系", "工作机制", "编制目的",
    # a campaign's parts: what it acts on, when, how (整治范围, 活动时间, 检查内容 …)
    *(action + aspect for action in SKELETON_ACTIONS for aspect in SKELETON_ASPECTS),
)
ASPECT_NOUNS = _words(
    "aspect nouns",
    # what a short part of a plan, a rule or an emergency plan is about (响应级别, 启动程序, 抽查对象, 奖励标准 …):
    # such a title, run into a body that opens with a preposition of manner or basis, ends before it. Not 其他 (其他 +
    # 按规定…的情形 is one item: "the other cases") nor a verb that takes the document as object (参与制定本办法…)
    "程序", "流程", "级别", "范围", "对象", "标准", "方式", "方法", "内容", "形式", "种类", "时限", "期限", "时间",
    "条件", "材料", "金额", "用途", "地点", "职责", "分工", "组成", "发布", "演练", "处置", "监测", "预警", "响应",
    "终止", "评估", "总结", "纪律", "事项", "准备", "诊断", "公布", "管理", "设置", "认定",
    "平台", "原则", "要求", "措施", "安排", "步骤", "保障",
)
BODY_OPENERS = _words(
    "body openers",
    # words a sentence opens with and a title never ends with: prepositions of basis, manner and time, and 本 +
    # the document or the campaign ("本预案由…", "本次活动…")
    "按照", "按", "根据", "依据", "依照", "当", "对于", "通过", "依托", "凡", "基于", "围绕",
    "本预案", "本方案", "本办法", "本规定", "本细则", "本计划", "本次",
)
SKELETON_CONTINUATIONS = _words("skeleton continuations", "和", "与", "及", "、", "任务", "进展", "完成", "落实", "情况")
MANNER_ADVERBS = _words("manner adverbs", "大力", "全面", "加快", "积极", "着力", "持续", "深入", "加速", "进一步")
SUBJECT_MARKS = _words("subject marks", "要", "应", "须", "必须", "负责", "牵头", "承担", "务必")

DEFINITION_OPENERS = _words(
    "definition openers",
    # a clause after a comma that opens with one of these defines the short term before it or names who handles
    # it ("（一）用户数据，是指…", "（三）档案资料，由档案部门负责"): the body, never more of the title
    # (not 是 or 指 alone: "…，是否…", "…，指导…"; 由 not as 由于/由此)
    "是指", "系指", "由",
)

DOC_TYPE_WORDS = _words("document types", *_DOC_TYPE_WORDS)

DUTY_NOTE_WORDS = _words(
    "duty note words",
    # a parenthetical with one of these names who carries out a task: "(甲局牵头，乙局配合)"
    "负责", "牵头", "配合", "参与", "责任单位", "责任部门", "按职责",
)

SENTENCE_OPENERS = _words(
    "sentence openers",
    # prepositions of basis and purpose
    "按照", "根据", "依据", "依照", "参照", "对照", "结合", "围绕", "通过", "为了", "为", "现将", "经",
    # verbs that take a plan as their object
    "制定", "制订", "完成", "落实", "执行", "贯彻", "印发", "转发", "纳入", "列入", "编制", "修订",
)

from ..data.marker_words import MEASURE_WORDS  # noqa: E402  (shared with normalisation)
