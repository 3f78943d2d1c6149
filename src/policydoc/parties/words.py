"""Word lists for responsible parties, grouped by what they signal.

Sources: the responsibility conventions of Chinese government implementation schemes
(实施方案, 任务分工方案) and five-year plans — label words such as 责任单位/牵头单位,
role verbs 牵头/配合/参与/协助 — and the annotation rule in the project's gold notes
(what counts as a task assignment and what does not: causatives, design patterns,
principles, approval steps). Each group is a tuple; :func:`alt` joins one into a regex
alternation and refuses an empty group, which would match everywhere (:func:`seq` keeps the
order given). The small closed classes the run-in recognisers' patterns are built from
(prepositions, particles, adverbs of one pattern) are in :mod:`.phrase_words`.
"""

from __future__ import annotations

import regex


def alt(words: tuple[str, ...]) -> str:
    """A non-capturing alternation of ``words``, longest first.

    >>> alt(("要", "必须"))
    '(?:必须|要)'
    >>> alt(())
    Traceback (most recent call last):
    ValueError: an empty word group would match everywhere
    """
    if not words:
        raise ValueError("an empty word group would match everywhere")
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def seq(words: tuple[str, ...]) -> str:
    """The alternatives of ``words`` in the order given, ungrouped (for a pattern whose order decides a match).

    >>> seq(("并且", "并")), seq(("主", "重"))
    ('并且|并', '主|重')
    """
    if not words:
        raise ValueError("an empty word group would match everywhere")
    return "|".join(regex.escape(w) for w in words)


#: label words that open a list of bodies: "责任单位：市教育局、市财政局"
LABEL_WORDS: tuple[str, ...] = (
    "责任单位", "责任部门", "主责单位", "主责部门", "牵头单位", "牵头部门", "配合单位", "配合部门",
    "参与单位", "参与部门", "协助单位", "协办单位", "主办单位", "承办单位", "实施单位", "责任主体",
    "牵头领导", "责任处室", "牵头处室", "配合处室",
    "牵头责任单位", "牵头负责单位", "配合责任单位", "协同单位", "协同部门", "协办部门", "参加单位", "责任科室",
    "牵头科室", "配合科室", "责任股室", "牵头考核单位",
    "牵头落实单位", "牵头实施单位", "牵头推进单位", "责任落实单位", "负责部门", "负责单位", "负责处室", "负责科室",
    "职能部门", "职能处室", "落实单位", "落实部门", "执行单位", "执行部门", "奖补落实单位",
    # the departments that guide a measure's roll-out (a reform list's "指导部门" column): the first listed leads
    "指导部门", "指导单位",
)
#: words between a body and the colon of its duty block: "市应急局主要职责：…"
BLOCK_DUTY_HEADS: tuple[str, ...] = ("主要职责", "工作职责", "职责分工", "的职责", "职责", "任务")
#: the fields of a roster row after the group's leading body ("第1组(北区)X组长:…")
ROSTER_FIELDS: tuple[str, ...] = ("组长", "副组长", "联络员", "成员", "专家")
#: openers of the bodies a list leaves unnamed ("其他有关部门：…"): no named party
REMAINDER_OPENERS: tuple[str, ...] = ("其他", "其它", "其余")
#: label words whose bodies lead; every other label follows the first-named-leads rule
LEAD_LABELS: tuple[str, ...] = tuple(w for w in LABEL_WORDS if w.startswith("牵头"))
# (主办单位 is no 牵头 label: SPEC's rule 2 names 牵头单位/牵头部门 only, so a 主办单位 list follows rule 3,
# the body named first leading)
#: label words whose bodies support
SUPPORT_LABELS: tuple[str, ...] = (
    "配合单位", "配合部门", "配合处室", "参与单位", "参与部门", "协助单位", "协办单位", "承办单位",
    "配合责任单位", "协同单位", "协同部门", "协办部门", "参加单位", "配合科室",
)
#: role verbs after a body: X牵头 leads, Y配合 supports
LEAD_ROLES: tuple[str, ...] = ("牵头负责", "牵头", "负总责", "主责", "负责")
SUPPORT_ROLES: tuple[str, ...] = ("配合", "参与", "协助", "协同", "协办")
#: role words that close a chunk of a responsibility note, by class (SPEC "Lead and support"):
#: 牵头 marks the leads (rule 2); 配合/参与/协助 partners support; 指导 bodies support a chunk
#: that carries the duty ("X指导，Y负责落实"); without 牵头 the first body of the first duty
#: chunk leads and every other body supports (rule 3: "（A、B按职责分工负责）" → A)
NOTE_LEAD_ROLES: tuple[str, ...] = (
    "牵头负责", "牵头落实", "牵头实施", "牵头办理", "牵头抓总", "总牵头", "牵头", "负总责", "主责",
)
NOTE_DUTY_ROLES: tuple[str, ...] = (
    "负责落实", "具体负责", "负责实施", "负责", "抓好落实", "组织落实", "落实", "组织实施", "实施", "承办", "推进",
)
NOTE_GUIDE_ROLES: tuple[str, ...] = ("统筹指导", "指导督促", "督促指导", "指导", "统筹", "督导", "督促", "监督")
NOTE_SUPPORT_ROLES: tuple[str, ...] = (
    "共同参与", "配合落实", "协助落实", "协助办理", "配合办理", "配合", "参与", "参加", "协助", "协同", "协办",
)
#: roles of the body that handles a task in prose ("X承办，Y负责协调"): X leads
HANDLING_ROLES: tuple[str, ...] = ("具体承办", "负责承办", "承办", "负责办理", "具体办理")
#: roles of a body that coordinates another's task: it supports ("Y负责协调统合")
COORDINATING_ROLES: tuple[str, ...] = ("协调统合", "统筹协调", "协调")
#: the duty a guided body carries in prose: "X指导，Y负责落实"
GUIDED_DUTIES: tuple[str, ...] = ("具体负责", "负责落实", "负责实施", "负责", "抓好落实", "组织实施", "具体实施")
#: manner phrases between a note's bodies and their role word, one or a few in a row: "A、B按职责分工负责",
#: "A、B按职责分别负责"
NOTE_MANNERS: tuple[str, ...] = (
    "按照各自职责分工", "按各自职责分工", "按照各自职责", "按各自职责", "按照职责分工", "按职责分工", "根据职责分工",
    "按照职责", "按职责", "依职责", "分别", "共同", "积极",
    # 职能 for 职责 ("按职能分工负责")
    "按照各自职能分工", "按各自职能分工", "按照职能分工", "按职能分工", "根据职能分工", "按照职能", "按职能", "依职能",
    # "A、B等部门分工负责": the division of labour without 按职责
    "分工",
    # by the fields each is in charge of ("A、B按分管领域负责")
    "按照分管领域", "按分管领域", "按照各自领域", "按各自领域", "按照分管职责", "按分管职责",
)
#: a rule the document states about its notes (SPEC rule 1): "列第一位者为牵头单位" —
#: the body listed first leads every later note; the position words and the lead words
FIRST_POSITION_WORDS: tuple[str, ...] = (
    "列第一位", "列在第一位", "排第一位", "排在第一位", "列首位", "列于首位", "列在首位", "排在首位", "排首位",
    "排名第一", "排名第一位", "排在最前", "列在最前", "排在前面", "列在前面", "第一个", "居首",
)
FIRST_POSITION_LEADS: tuple[str, ...] = ("牵头单位", "牵头部门", "牵头", "主要责任单位", "主责单位", "主办单位")
#: column headers of a task-division table
TABLE_RESP_HEADERS: tuple[str, ...] = LABEL_WORDS + ("责任单位(部门)", "牵头单位(部门)")
TABLE_TASK_HEADERS: tuple[str, ...] = (
    "任务", "工作任务", "重点任务", "主要任务", "具体任务", "任务内容", "工作内容", "主要内容", "措施",
    "工作措施", "具体措施", "重点工作", "项目", "事项",
)
#: other column headers of a task-division table (deadline, notes)
TABLE_OTHER_HEADERS: tuple[str, ...] = (
    "完成时限", "完成时间", "时间节点", "时限要求", "进度安排", "时间安排", "备注", "工作要求",
    "时间进度", "进度要求", "完成期限", "时间要求",
)
#: how a task table's time cell written in words opens ("持续实施", "长期坚持", "常态化推进"): a name before it ends there
TIME_CELL_OPENERS: tuple[str, ...] = ("持续", "长期", "常态化", "逐年", "分阶段", "分年度", "按年度")
#: modal and responsibility verbs right after a subject: a duty, whatever the body
DUTY_WORDS: tuple[str, ...] = (
    "要", "均要", "都要", "须", "必须", "应", "应当", "负责", "统一负责", "全面负责", "具体负责",
    "牵头", "负总责", "承担", "履行", "落实",
)
#: role verbs of a run-in pair whose first body leads ("X牵头，Y配合", "X主导、Y积极参与")
PAIR_LEAD_ROLES: tuple[str, ...] = ("牵头", "主导")
#: adverbs that may stand between a subject and its verb
ADVERBS: tuple[str, ...] = (
    "每年", "定期", "积极", "认真", "切实", "主动", "统一", "全面", "共同", "分别", "及时", "按时",
    "各", "均", "都", "要", "也", "还", "进一步", "依法依规", "依法", "依规", "严格", "全力", "具体", "联合", "公开", "全程",
    # as the situation requires (emergency plans: "X视情启动响应"); how often
    "视情", "每天", "每日", "每周", "每月", "每季度", "每半年",
    # at once ("X立即启动…", "X迅速组织…")
    "立即", "立刻", "迅速", "尽快", "适时", "自动",
    # still ("X仍要坚持…", "X仍然要…")
    "仍", "仍然", "依然", "仍需",
)
#: causatives whose subject carries out a task itself: "X组织Y开展演练", "X督促Y整改" (X
#: organises, urges); after a subject they open a task, unlike the policy causatives
#: (支持, 鼓励 …: "X鼓励企业…" states a policy)
MANAGING_CAUSATIVES: tuple[str, ...] = ("组织", "指导", "督促", "协调", "推进", "推动", "促进")
#: verbs that make the following body an object, not a subject (gold notes: causatives)
CAUSATIVES: tuple[str, ...] = (
    "支持", "鼓励", "引导", "推动", "组织", "指导", "督促", "动员", "吸引", "要求", "推进", "促进", "帮助",
    "激励", "倡导", "允许", "发动", "号召", "带动", "协调",
)
#: prepositions that may open a subject's task ("X对…实行", "X根据…启动", "X向Y报告",
#: "X于月底前报送", "X依灾害潜势拟订"): the verb follows their object
TASK_PREPOSITIONS: tuple[str, ...] = (
    "对", "将", "把", "按", "按照", "依照", "依据", "根据", "依", "向", "于", "通过", "结合", "针对", "在",
)
#: determiners the tagger may glue to 对 before them ("对本" in "X对本地区工作负总责"; not 依本/按本, which name
#: the legal basis of a described arrangement more often than a task)
DETERMINERS: tuple[str, ...] = ("本", "该", "各", "其", "此")
#: the level characters the tagger may glue to 向/对 before a body ("向市" in "X向市指挥部报告", read as a place name)
GLUED_LEVELS: tuple[str, ...] = ("市", "省", "县", "区")
#: words that close a deadline after 于 ("于月底前", "于会后两周内"): a task's time limit
DEADLINE_ENDS: tuple[str, ...] = ("前", "以前", "之前", "内", "以内")
#: verbs after a subject that report a state or an outcome, not a task
NON_TASK_VERBS: tuple[str, ...] = (
    "被", "得到", "获得", "获", "受到", "是", "为", "有", "成为", "达到", "位居", "作为", "属于", "入选",
    "荣获", "涌现", "评为", "占", "用于", "担任",
    # the structure of a body ("指挥部下设若干工作组", "X组成及职责见附件"): its make-up, no task
    "下设", "内设", "组成",
    # what a body has not done, reported ("X未宣读…", "X尚未开设")
    "未", "尚未", "没有", "还没有", "还未",
    # what a body is or whether it can ("X具有十分重要的地位", "X能否切实做到…，决定着…"): a statement, no task
    "具有", "能否",
)
#: nouns a body name may modify ("地方财政收入", "省级财政支出"): after the name, no predicate
MODIFIED_NOUNS: tuple[str, ...] = (
    "收入", "支出", "资金", "预算", "资产", "负债", "赤字", "经费", "规模", "总量", "比重",
    "占比", "增速", "增幅",
    # the body's own documents: "县级以上人民政府应急预案由…组成"
    "应急预案", "预案", "方案",
)
#: persons named by what they do, after a body name: "各市参会人员由…负责通知" (the cities' participants, no duty
#: of the cities); a verb of two characters, then one of these
ACTING_PERSONS: tuple[str, ...] = ("人员", "代表")
#: words that are nouns a body modifies ("市财政投入增长10%") or the body's own verb ("市财政局投入专项资金"):
#: nouns only when NOUN_AFTER follows them
VERB_OR_NOUN: tuple[str, ...] = ("投入", "补助", "补贴")
NOUN_AFTER: tuple[str, ...] = (
    "的", "增", "减", "下降", "提高", "达到", "达", "占", "比", "规模", "总", "为", "由", "和", "及", "，", "。", "；",
)
#: design patterns: "政府主导、社会参与的…格局/机制" names an arrangement, not a task
PATTERN_NOUNS: tuple[str, ...] = ("格局", "机制", "体制", "模式", "体系", "制度", "局面")
#: subjects that are not bodies even when they look like one
NON_BODIES: tuple[str, ...] = (
    "各级", "学生", "广大教师", "教师", "社会力量", "家长", "家庭", "社会", "企业", "师生", "全校师生",
    "广大师生", "群众", "公民", "个人", "全市", "全县", "全区", "全省", "全国", "我市", "本市", "我省", "本县",
    "全校", "本校", "我校", "母校",
    # the people and firms a speech addresses ("市民、商家、政府决策局和部门都应该…")
    "市民", "商家", "居民", "村民",
)
#: verbs that set a figure: with a percentage after them and no duty word, the clause
#: states a target of the body named before it, not a task
TARGET_VERBS: tuple[str, ...] = (
    "达到", "达", "降低", "下降", "提高", "提升", "增长", "减少", "控制在", "不低于", "不超过", "超过", "完成",
)
#: verbs that set a count right after a body ("市级重点实验室超过80家"): the bodies are what is counted, no addressee
COUNT_VERBS: tuple[str, ...] = ("达到", "达", "超过", "突破", "不少于", "不低于", "多于")
#: ends of a clause that presents a list after it ("…安排如下：")
PRESENTING_ENDS: tuple[str, ...] = ("如下", "如次")
#: heads that name one office even when they stand alone ("办公室、人事处按职责分工负责"):
#: unlike 部门 or 单位 they never stand for bodies in general
STANDALONE_OFFICES: tuple[str, ...] = (
    "办公室", "领导小组", "指挥部", "工作专班", "专班", "领导小组办公室", "专家组", "工作组", "督导组", "总值班室",
)
#: one-character modifiers that make a generic head a scope, not a body: 跨部门, 多部门, 本单位
SCOPE_MODIFIERS: tuple[str, ...] = ("跨", "多", "全", "分", "本", "该", "此", "各个")
#: glosses in brackets after a name that only abbreviate it: "X(以下简称Y)" names X
ABBREVIATION_GLOSSES: tuple[str, ...] = ("以下简称", "以下统称", "以下称", "下称", "简称", "统称")
#: heads of a working group's label ("综合协调组", "医疗救治组") glued before the body that
#: leads the group: the label is dropped when a body opened by a place word follows it
GROUP_LABEL_HEADS: tuple[str, ...] = ("组",)
#: words that open a body's name with its level or place (市教育局, 国务院办公厅, 中共…委)
NAME_PLACE_OPENERS: tuple[str, ...] = ("省", "市", "区", "县", "自治区", "国家", "国务院", "中央", "中共", "全国")
#: pronouns that may open a list item ("X及其有关部门"): the item is what follows
PRONOUN_OPENERS: tuple[str, ...] = ("其",)
#: what follows 其 in a word that is no pronoun opening a name (其他, 其余, 其中 …)
NOT_PRONOUN_AFTER: tuple[str, ...] = ("他", "它", "余", "中", "间", "次", "实")
#: offices a person holds, named right after a body or a surname ("劳工及福利局局长会…", "请行政院游院长报告"): the
#: person acts, not the body; no body's name ends in one (委员 is left out: 委员会 is a body)
OFFICE_TITLES: tuple[str, ...] = (
    "秘书长", "行政长官", "局长", "司长", "部长", "署长", "处长", "厅长", "院长", "主席", "主任", "市长", "县长", "区长",
)
#: titles of persons: "由X筹备主任…" names a person of X, no body's task
PERSON_TITLES: tuple[str, ...] = (
    "主任", "副主任", "负责人", "负责同志", "局长", "处长", "部长", "厅长", "主席", "书记", "组长", "副组长",
    "总指挥", "副总指挥", "指挥长", "市长", "县长", "区长", "院长", "委员", "专家", "同志", "领导", "干部",
)
#: what the short title of a part's task ends with (业务培训, 年度考核, 职责分工, 台账统计): glued to the body that opens
#: the part's text, it is cut off the name (see subjects._GLUED_TITLE)
GLUED_TITLE_ENDS: tuple[str, ...] = (
    "培训", "考核", "报告", "职责", "分工", "保障", "宣传", "检查", "统计", "排查", "巡查", "督查", "整改", "监测",
    "预警", "处置", "善后",
)
#: posts a person holds in the body named right before them ("领导小组组长", "指挥部总指挥"): a subject's post is a
#: person, no task of the body's (not 委员, 成员: 委员会, 成员单位 are bodies)
HELD_POSTS: tuple[str, ...] = (
    "组长", "副组长", "指挥长", "副指挥长", "总指挥", "副总指挥", "局长", "副局长", "处长", "副处长", "主任", "副主任",
    "书记", "副书记",
)
#: trailing person words stripped from a body: "县教育局主要负责同志" -> "县教育局"
PERSON_TAILS: tuple[str, ...] = ("主要负责同志", "主要负责人", "负责同志", "负责人", "主要领导", "领导班子")
#: parts of the country named by where or what they are: "东北地区要加强…" speaks of a region, no body
#: ("各地区", "相关地区" are the local governments and stay bodies)
REGION_QUALIFIERS: tuple[str, ...] = (
    "东北", "西北", "西南", "东南", "华北", "华东", "华南", "华中", "东部", "西部", "中部", "中西部", "东中西部",
    "东", "西", "南", "北", "沿海", "沿江", "沿边", "边远", "边疆", "贫困", "农村", "城市", "山区", "牧区", "林区",
    "重点", "老工业", "资源型", "民族", "少数民族", "革命老区", "欠发达", "发达",
)
#: verbs that govern a body as their object: "指导村民委员会…" is guiding a committee, no body named
#: 指导村民委员会 (a name that only starts like one stays: 指导组, 支持中心)
GOVERNING_VERBS: tuple[str, ...] = (
    "指导", "支持", "鼓励", "引导", "督促", "推动", "协助", "帮助", "要求", "责成", "委托", "依托", "通过", "组织",
    "配合", "协调", "督导",
)
#: task verbs of an imperative sentence that may stand right before 政府 without naming a body: "畅通政府与公众的交互
#: 渠道", "建设政府治理…数据库" (no body "畅通政府"); before any other head they name one (建设主管部门, 推进领导小组)
ACTION_VERBS: tuple[str, ...] = (
    "建设", "畅通", "加强", "推进", "完善", "打造", "提升", "优化", "深化", "健全", "强化", "构建", "促进", "规范",
    "改进", "转变",
)
#: the bare heads a task verb may stand before without naming a body (see ``ACTION_VERBS``)
GOVERNMENT_HEADS: tuple[str, ...] = ("政府", "人民政府")
#: heads that a list may share ("税务、财政和教育部门" → 税务部门 …): words naming a kind of
#: body that many offices are; a single office's suffix (处, 局, 厅) is never shared, so
#: "认可与检验检测监管处" stays one name
#: the committees that run a zone: the zones of a list share one ("甲经开区、乙园区管委会"), whatever their length
ZONE_HEADS: tuple[str, ...] = ("管委会", "管理委员会")
#: what a zone's name ends with
ZONE_ENDS: tuple[str, ...] = ("开发区", "经开区", "高新区", "园区", "景区", "新区", "保税区", "试验区", "示范区", "合作区")
SHAREABLE_HEADS: tuple[str, ...] = (
    "部门", "单位", "机关", "机构", "系统", "组织", "主管部门", "行政部门", "行政主管部门", "管理部门", "监管部门",
    "人民政府", "政府", "党委", "党组织", "委员会", *ZONE_HEADS,
)
#: separators that only join two whole names ("A、B"); the others (和/及/与) may also stand
#: inside one official name, so a list that reads as bodies only when they do not split is
#: read again split at these alone
STRONG_SEPARATORS: tuple[str, ...] = ("、", "，", ",")
#: separators inside a list of bodies
LIST_SEPARATORS: tuple[str, ...] = ("、", "，", ",", "和", "及", "与", "以及", "或者", "或", "同", "会同")
#: words that open a verb phrase, never a body name ("建立健全教育督导部门…" is no subject)
VERB_STARTS: tuple[str, ...] = (
    "建立健全", "建立", "健全", "完善", "加强", "推进", "深化", "研究", "拟定", "厘清", "落实", "制定", "开展",
    "构建", "提升", "提高", "推动", "形成", "实施", "探索", "优化", "规范", "强化", "发挥", "坚持", "围绕",
    "报送", "上报", "呈报", "提请", "报告", "报",
    # verbs and adverbials that open a task sentence before its object ("充分发挥X作用",
    # "全面推行政府采购", "力争地方财政收入…", "请贵单位…")
    "充分发挥", "全面推行", "推行", "力争", "争取", "协调", "部署", "请", "承蒙", "加快", "大力", "着力", "持续",
    "不断", "切实", "确保", "依托", "鼓励", "支持", "引导", "督促", "推广", "实行", "动员", "利用", "活化", "抓好",
    "做好", "搞好", "深入", "另", "努力", "贯彻落实", "贯彻", "联合", "影响", "逐步", "严格",
    # manner adverbs no name opens with ("充分利用多部门协调机制": no body named 充分利用多部门)
    "充分", "积极", "进一步", "扎实", "全面",
    # a verb that may stand inside a name (各统筹地区医保部门) but opens none
    "统筹",
    # verbs of an emergency plan's command the tagger reads as nouns ("X评估突发事件危害影响", "X研判事态")
    "评估", "研判",
    # means taken up, before the body that lends them ("借力教研院组织…", "借助高校力量…"): no name opens with them
    "借力", "借助",
    # a condition's approval or the modal after it ("经其主管部门核定后，应…", "…后，方可报省考试院审核"), which the
    # tagger may read as nouns
    "经其", "经过", "经由", "须经", "需经", "方可", "需报", "须报",
)
#: adverbs that mark an achievement or a completed action (narration, not a task)
NARRATION_ADVERBS: tuple[str, ...] = (
    "成功", "先后", "已经", "已", "曾", "相继", "累计", "共", "率先",
    # an action under way, reported ("X刻正进行检查", "X正在推进…")
    "刻正", "正在", "陆续",
)
#: achievements reported in a sentence: with no modal it narrates ("…工作取得一定成效")
ACHIEVEMENT_WORDS: tuple[str, ...] = (
    "取得一定成效", "取得明显成效", "取得显著成效", "取得积极成效", "取得积极进展", "取得重大进展", "取得明显进展",
    "取得新进展", "取得新成效", "取得新突破", "取得重要进展", "成效明显", "成效显著",
)
#: one-off publishing or meeting verbs: "X联合下发《…》" narrates, it assigns nothing
ONE_OFF_VERBS: tuple[str, ...] = (
    "下发", "印发", "出台", "发布", "颁布", "召开", "举行", "联合下发", "联合印发", "作出", "做出",
)
#: approval and filing verbs: "方案报X批准后实施" is a step of a procedure (gold notes), no task
APPROVAL_VERBS: tuple[str, ...] = ("批准", "核准", "同意", "备案", "审议通过", "审定通过")
#: modal verbs of a duty: "X应当/应/必须/要…" assigns a duty even to a body type (幼儿园应当…)
#: verbs naming a field of work, before 部门/单位/机关 the name of the body doing it (招生考试部门, 执法单位, 审批机关)
FUNCTION_VERBS: frozenset[str] = frozenset((
    "招生", "考试", "执法", "监管", "审批", "检测", "检验", "检疫", "培训", "评审", "鉴定", "体检", "认证", "统计", "登记",
    "办证", "施工", "设计", "监理", "勘察", "招标", "采购", "审核", "复核", "征收", "拆迁", "安置", "救助", "评卷", "阅卷",
    "接种", "收治", "救治", "监测", "巡查", "稽查", "审计", "督查", "出让", "供水", "供电", "供气", "供热", "收费",
    "扶贫", "执收", "聘用", "殡葬", "开发", "对接", "主管",
    # bodies directly under a level of government (区直部门, 市直单位), which the tagger reads as verbs
    "区直", "市直", "县直", "省直",
))
MODALS: tuple[str, ...] = ("应当", "应", "必须", "须", "要", "均要", "都要", "务必")
#: weak heads naming firms: addressees under a modal however a trade modifies them ("供电企业应…", "电网企业要…")
FIRM_HEADS: tuple[str, ...] = ("企业",)
#: schools by their type alone, which a rule's "由X…" gives their own part ("由高校审查决定", "由学校组织考试")
SCHOOL_HEADS: frozenset[str] = frozenset(("学校", "院校", "高校", "招生学校", "招生院校"))
#: firms named by ownership or size are a class of the economy a plan talks about ("国有大中型企业要…",
#: "非公有制企业要…"), not firms given a duty
FIRM_CLASSES: tuple[str, ...] = (
    "国有", "民营", "非公有制", "私营", "个体", "集体", "乡镇", "外资", "外商投资", "中小", "小微", "大中型", "大型",
    "中型", "小型", "规模以上", "混合所有制", "上市",
)
#: after a modal, 为 says what a firm should be ("申请人所在企业应为…"), not what it should do
NOT_FIRM_DUTY_AFTER: tuple[str, ...] = ("为",)
#: what follows a modal's character in a word that is no modal: 应急 (emergency: 应急局,
#: 应急管理), 要素, 要点, 要求 (a demand on others), 应届 (this year's graduates)
NOT_MODAL_AFTER: tuple[str, ...] = ("急", "素", "点", "求", "届")
#: degree adverbs that make 负责 an adjective ("高度负责", "认真负责": conscientious, no task)
DEGREE_ADVERBS: tuple[str, ...] = (
    "高度", "十分", "非常", "极其", "极端", "认真", "切实", "更加", "很", "最", "尽职", "敢于",
)
#: verbs (or adverbials opening a verb phrase) that may follow "由X": "由X责令…", "由X按照规定安排…"
BY_ACTIONS: tuple[str, ...] = (
    "牵头负责", "牵头", "统一负责", "负责", "共同", "统一", "承担", "会同", "组织实施", "组织", "责令", "统筹",
    "安排", "实施", "制定", "审核", "审批", "批准", "核定", "决定", "指定", "认定", "监督", "管理", "办理",
    "处理", "给予", "提供", "收回", "调配", "按照", "按", "依照", "依法", "根据", "依据", "依", "结合", "具体",
    # budget actions: "奖励资金由市财政局纳入预算予以保障"
    "纳入", "列入", "予以", "统一安排",
    # procedural steps given to a body: "由区住建局通知申请人…", "由X汇总后报送"
    "通知", "汇总", "确定", "公布", "发布", "受理", "初审", "复核", "审查", "核查", "核实", "出具", "收集", "编制",
    "起草", "召集", "集体决定", "集体讨论", "讨论", "拨付", "打印", "督促", "指导", "协调", "考核", "评估", "研究", "提出",
    # an adverbial or a recipient before the action: "由X视情启动…", "由X向Y提出请求"
    "视情", "视", "全程", "向", "及时", "立即", "适时", "另行", "对",
    # work a body carries out: "由X开展排查", "由X进行验收", "由学校接受报名"
    "开展", "进行", "做好", "落实", "检查", "验收", "接受",
)
#: abstract subjects of a principle ("经费由政府承担": who bears costs, not a task)
ABSTRACT_SUBJECTS: tuple[str, ...] = (
    "经费", "成本", "费用", "责任", "投入", "资金", "支出", "开支", "损失", "风险", "负担",
)
#: verbs of bearing a cost or a responsibility: with an abstract subject they state a principle
BEAR_VERBS: tuple[str, ...] = ("承担", "负担", "分担", "共担")
#: verbs of change after "由A": "由A转变为B" / "由A提高到B" is a from-to change, not an agent
CHANGE_VERBS: tuple[str, ...] = (
    "转变为", "转变到", "转向", "转为", "变为", "变成", "改为", "调整为", "过渡到", "过渡为", "提高到", "提高至",
    "增加到", "增加至", "扩大到", "扩大至", "降低到", "降至", "发展为", "发展到", "升级为",
)
#: words that end in 由 (自由贸易试验区, 理由): their 由 names no agent ("国务院自由贸易试验区…办公室要…")
WORDS_ENDING_IN_BY: tuple[str, ...] = ("自由", "理由", "缘由", "事由", "来由", "根由")
#: 由 on its own, not the end of one of those words: a pattern (自由贸易试验区管委会 is a name, 由X负责 names X)
LONE_BY = "".join(f"(?<!{w[:-1]})" for w in WORDS_ENDING_IN_BY) + "由"
#: words that end in 向 (面向, 导向, 方向): their 向 is no preposition between two bodies
WORDS_ENDING_IN_TOWARDS: tuple[str, ...] = ("面向", "导向", "方向", "定向", "指向", "走向", "动向", "意向", "倾向", "去向", "志向", "取向", "双向", "单向", "转向", "流向", "纵向", "横向", "外向", "内向")
#: 向 on its own: "X办公室向Y指挥部提出…" addresses Y, so no name runs across it
LONE_TOWARDS = "".join(f"(?<!{w[:-1]})" for w in WORDS_ENDING_IN_TOWARDS) + "向"
#: the verb closing "由A向B…转变": a shift from one state to another, A no agent
SHIFT_VERBS: tuple[str, ...] = ("转变", "转型", "过渡", "转移", "迈进", "跨越", "升级")
#: verbs that make "X <verb>的 <noun>" a design pattern (政府主导、部门参加的…机制), not a task
PATTERN_ROLES: tuple[str, ...] = ("主导", "参与", "参加", "牵头", "为主", "负责", "配合", "协同", "支持")
#: how a report to an assembly or a superior opens: the address ("各位代表：", "各位委员") or
#: the request to hear it ("请予审议", "现将有关情况报告如下"); a document whose opening holds
#: one speaks in its own voice of what was done and what it will do
REPORT_OPENINGS: tuple[str, ...] = ("各位代表", "各位委员", "委员先进", "请予审议", "请审议", "报告如下")
#: the last word of a report's title ("…政府工作报告", "…施政报告", "…预算案报告") or a circular's ("…典型做法的通报": what
#: was done, made known)
REPORT_TITLE_ENDS: tuple[str, ...] = ("报告", "通报")
#: the last word of the title of a procedural guide for applicants ("…许可证核发服务指南",
#: "…办事指南", "…申报须知"): it describes an authority's standing procedure, no task
GUIDE_TITLE_ENDS: tuple[str, ...] = ("指南", "须知")
#: kinds of hit that hold explicit duty wording of their own (labels, notes, tables, duty
#: blocks, role pairs, requests): in a report they still assign a task
EXPLICIT_KINDS: tuple[str, ...] = (
    "label", "paren", "table", "flat_table", "role_cell", "block", "roster", "role_pair", "request", "inline_duty",
    "object_body",
)
#: words of section titles that review the past (成就, 发展基础…): a bare "X + action verb" there
#: narrates; only explicit duty wording (负责, 落实, 履行, 要…) still assigns a task
HISTORY_TITLE_WORDS: tuple[str, ...] = (
    "成就", "成效", "成绩", "发展基础", "发展现状", "基本情况", "进展情况", "实施情况", "总体情况", "工作回顾",
    "回顾", "现状", "执行情况", "成果",
    # a work report's account of the year gone by ("一、2023年工作开展情况", "主要做法")
    "工作总结", "工作情况", "开展情况", "完成情况", "主要做法", "工作亮点", "过去一年", "上年工作", "去年工作",
    "绩效检讨",  # a Taiwanese report's review of its record ("贰、施政绩效检讨")
)
#: checks a review word may be the object of in a title ("排污许可证执行情况抽查": the task inspects how it is carried
#: out, no review of the past)
INSPECTIONS: tuple[str, ...] = ("抽查", "检查", "督查", "核查", "复核", "评估", "考核", "监督", "调查", "排查", "监测")
#: co-action openers after a subject: "X与Y开展…", "X同Y签订…" (Y a partner, X the subject)
COACTION: tuple[str, ...] = ("与", "同")
#: the author naming itself ("我局将围绕…"): as a subject it announces its own plan, no task
#: given to a body (a self-reference still counts where another body assigns it: 报我部审核)
SELF_REFERENCES: tuple[str, ...] = (
    "我局", "我委", "我厅", "我部", "我办", "我院", "我中心", "本局", "本委", "本厅", "本部", "本办", "本中心",
    "本院", "本府",
    # the addressee of a letter or report ("请贵单位…确认", "承蒙贵院…"): no task of a named body
    "贵单位", "贵院", "贵局", "贵委", "贵厅", "贵部", "贵办", "贵中心",
)
#: the author's own office named with 本 ("由本院遴聘专家", "本府将…"): a body (本 + a generic
#: head such as 本单位, 本部门 stays a scope)
OWN_OFFICES: tuple[str, ...] = ("本院", "本府", "本局", "本委", "本厅", "本部", "本办", "本署")
#: the addressee of a letter ("请贵单位…"): never a party of the request
ADDRESSEE_OPENERS: tuple[str, ...] = ("贵",)
#: words that open a request to a body: "请X于月底前报送…" (X leads), "要求X加强…"
REQUEST_OPENERS: tuple[str, ...] = ("请", "要求", "责成", "指示")
#: adverbs between a request word and its addressee ("请径向X反映": 径 = directly)
REQUEST_ADVERBS: tuple[str, ...] = ("径", "直接")
#: what a cover letter asks of its addressees in one word ("请各单位认真贯彻落实。"): a
#: formula of transmittal, no task of its own
FORMULA_TASKS: tuple[str, ...] = ("贯彻落实", "贯彻执行", "遵照执行", "参照执行", "抓好落实", "落实", "执行", "遵照")
#: the government as such, unnamed ("政府将投入…", "新政府成立…"): a report's own voice; a
#: party only where explicit duty wording follows ("政府要切实履行…职责")
UNNAMED_GOVERNMENT: tuple[str, ...] = ("政府", "新政府", "本届政府")
#: a body named by what it is charged with: "负有…职责的部门", "负责…的地方政府", "承担…任务的单位"
RELATIVE_OPENERS: tuple[str, ...] = ("负有", "承担", "负责")
RELATIVE_HEADS: tuple[str, ...] = (
    "部门", "单位", "机关", "机构", "地方政府", "地方人民政府", "人民政府", "政府", "部门和单位",
)
#: the law-style modal of a standing rule: with a generic subject ("各地各有关部门应当…")
#: it states a rule, not a task given to a named body
STANDING_MODALS: tuple[str, ...] = ("应当",)
#: what makes a body generic (named by kind and scope): its opening or a word inside it
DISTRIBUTIVE_OPENERS: tuple[str, ...] = ("每个", "每家", "每一", "每")
"""A name opened so counts bodies one by one ("每个单位", "每家企业"): no named body."""
GENERIC_OPENERS: tuple[str, ...] = ("各", "有关", "相关", "其", "地方各级", "本级", "同级", "上一级", "中央和国家机关")
GENERIC_WORDS: tuple[str, ...] = ("有关", "相关")
#: words that make the rest a permission, not a duty ("各区可根据实际…": SPEC notes, 可 is no party)
PERMISSIVES: tuple[str, ...] = ("可以", "可")
#: what may follow 可 in a word that is no permission (可持续, 可靠 …)
NOT_PERMISSIVE_AFTER: tuple[str, ...] = ("持续", "靠", "能性", "行性", "视化", "及性", "复制")
#: "X办幼儿园": 办 + a facility type names the facility X runs, no task ("教育部门办幼儿园…")
RUN_BY: tuple[str, ...] = ("办",)
#: verbs that only place a body ("X办公室设在Y"): a task only when a duty follows in the sentence
LOCATION_VERBS: tuple[str, ...] = ("设在", "设于", "位于", "挂靠在", "挂靠", "隶属于", "隶属")
#: causatives that a subject may be asked to show towards others' participation:
#: "X应当支持本单位人员参加培训" names who may let people take part, not a task of X
SOFT_CAUSATIVES: tuple[str, ...] = ("支持", "鼓励", "引导", "动员", "倡导", "允许", "号召", "组织动员")
PARTICIPATION_VERBS: tuple[str, ...] = ("参加", "参与", "加入", "投身", "报名", "接受")
#: the word joining a body to its partner in a note ("X会同Y负责"): X bears the duty, Y supports (SPEC rule 2)
PARTNER_WORD = "会同"
#: what a body must not do: a prohibition limits it, it assigns no task ("有关部门不得要求…")
PROHIBITIONS: tuple[str, ...] = ("不得", "严禁", "禁止", "不准", "不许", "不能")
#: words holding 等 that is no "and so on" ("高等学校", "中等职业学校"): a list is not closed there
WORDS_WITH_DENG: tuple[str, ...] = ("高等", "中等", "初等", "同等", "平等", "对等", "相等", "均等", "特等", "头等", "优等")
#: scope words before a weak body: 各 addresses every unit (各乡镇要…, 各区县完成…); 每个/所有/
#: 全市 state a coverage standard (每个乡镇至少办好1所…) and address only with a modal duty
ADDRESSING_SCOPES: tuple[str, ...] = ("各",)
COVERAGE_SCOPES: tuple[str, ...] = ("每个", "每一个", "所有", "全市", "全县", "全区", "全省")
#: the level of government that owns a class of units ("区属国企要…", "市属医院要…"): the units are addressed
OWNED_BY_LEVEL: tuple[str, ...] = ("省属", "市属", "区属", "县属")
#: persons named beside a subject body ("初中学校和教师要…", "学校和家长要…"): no body, dropped from the subject (not
#: 工作人员: "县政府及其工作人员要…" is a mixed subject realdev leaves out)
PERSONS_BESIDE_BODIES: tuple[str, ...] = ("教师", "家长", "学生", "医务人员")
#: words setting some of a clause's subjects apart ("各区、各单位，特别是X，要…"): X is a subject too
EMPHASIS_WORDS: tuple[str, ...] = ("特别是", "尤其是")
#: places addressed as a group ("各市要…", "各地区要…"): no organ head ends them, so the
#: sentence pre-filter looks for them besides the lexicon's heads
ADDRESSED_PLACES: tuple[str, ...] = (
    "各地区", "各地", "各省", "各市", "各县", "各区", "各州", "各盟", "各旗", "各设区市", "各地级以上市", "各有关",
)
#: manner phrases before a support role: "Y按职责配合", "Y按照各自职责做好配合"
SUPPORT_MANNERS: tuple[str, ...] = (
    "按照各自职责", "按各自职责", "按照职责分工", "按职责分工", "按照职责", "按职责", "根据职责", "依职责", "分别",
)
#: principle slogans: "坚持党委领导、政府负责、社会协同" lists "body + role" pairs after an
#: opener; the list names a design pattern (gold notes), not an assignment
SLOGAN_OPENERS: tuple[str, ...] = (
    "坚持", "构建", "形成", "建立", "健全", "完善", "实行", "推行", "强化", "建成", "打造", "坚持和完善",
)
SLOGAN_ROLES: tuple[str, ...] = (
    "领导", "负责", "主导", "主体", "协同", "参与", "联动", "引导", "运作", "监督", "支持", "配合", "推动", "落实",
    "共治", "共建", "共享", "保障", "监管", "自治", "自律", "尽责", "履责", "担责", "统筹", "牵头", "主责", "协作",
    "服务", "为主", "兜底", "补充", "有序", "法治",
)
