"""Does a phrase read as a noun phrase, and does a name end at a word boundary?

The body grammar of :mod:`.names` says whether each item of a list names a body; :func:`is_nominal` checks the
whole phrase with the rjieba tagger (no verb, preposition or 的 in the way), and :func:`ends_at_boundary` that
a name is not the start of a longer word.
"""

from __future__ import annotations

from functools import lru_cache

from .._lazy import lazy_regex
from ..core.lexicon import lexicon
from ..core.tagger import tag
from ..settings import BOUNDARY_LOOKAHEAD
from .lexicon import scope_prefix, tail_of
from .names import SEPARATOR_CHARS, SEPARATORS, split_items
from .phrase_words import VERB_MANNERS
from .words import FUNCTION_VERBS, MODALS, NOT_MODAL_AFTER, VERB_STARTS

_BRACKETED = lazy_regex(rf"\([^()]{{1,12}}\)(?=$|{SEPARATORS}|\p{{Han}})")
_ALLOWED_VERBS = (
    "相关", "有关", "主管", "直属", "统计", "审计", "督查", "督导", "教育", "发展", "编制", "规划", "改革", "管理",
    "监督", "协调", "指导", "咨询", "建设", "监管", "保障", "服务", "执法", "研究", "统筹", "审核", "审批", "采购", "登记", "挂靠",
    # a role inside a name: 牵头部门, 牵头医院, 配合单位, 责任单位
    "牵头", "配合", "责任", "执行", "实施", "承办", "主办", "协办", "组长",
    # who runs a body, a grade's bound, a union: 公立医疗机构, 民办学校, 二级以上医疗机构, 医疗联合体
    "公立", "民办", "私立", "国有", "以上", "以下", "联合",
    # the level a body belongs to, after 各市/各区 ("各市属机构", "各区属单位": the tagger splits off 属)
    "属",
    # the field an agency serves, which the tagger reads as a verb: 公共就业服务机构, 职业培训机构, 社会救助机构,
    # 政府性融资担保机构, 非银行支付机构
    "就业", "培训", "救助", "担保", "支付",
)
#: the part a body plays in a procedure, read as a verb by the tagger: a name only right before an organ suffix
#: (起草单位, 承担单位, 发证机关, 受理机关, 消防支队筹建组, 参建单位; "X承担本级…" is a verb and its object), and the
#: field a development agency or company works in (片区开发管理局, 嘉源开发有限公司)
_PROCEDURE_ROLES = frozenset(("起草", "承担", "发证", "受理", "举办", "使用", "筹建", "筹备", "参建", "开发"))


def _before_organ(word: str, nxt: str, suffixes: tuple[str, ...]) -> bool:
    """Does an organ's suffix follow a role word: as the next token (单位), joined to it (筹建 + 组), or closing the next
    token (管理局, 有限公司)?"""
    return nxt in suffixes or word + nxt in suffixes or nxt.endswith(suffixes)
#: role verbs that open a name only as "role + head" (牵头部门, 配合单位, 执行机关)
_ROLE_VERBS = frozenset(("牵头", "配合", "执行", "实施", "承办", "主办", "协办"))
#: the tags of a named organ or its abbreviation (党委 j, 市政府 nt), which a role verb acts with: no "role + head"
_ORGAN_TAGS = frozenset(("j", "nt"))
#: demonstratives that open a noun phrase of their own: inside a name they start its object
_DEMONSTRATIVES = frozenset(("本", "该", "此"))
#: tokens that end a list item: a suffix the tagger reads as a verb may stand before them
_ITEM_ENDS = frozenset(("、", "，", ",", "和", "及", "与", "以及", "或"))
#: 报 before the level or body reported to ("报省人民政府", "报国务院"), which the tagger may join to the word before
_REPORTS_TO = lazy_regex(r"报(?=[省市区县]|国务院|上级|同级|本级)")
_NOT_IN_NAMES = frozenset(("经", "由", "在", "向", "对", "把", "将", "按", "从", "是", "被", "代表", "报", "后报"))
_NOUNISH = (
    "n", "nr", "ns", "nt", "nz", "nrt", "j", "r", "b", "vn", "s", "x", "c", "m", "i", "l", "nrfg", "ng", "an", "a", "zg",
    "eng",  # a name holding Latin letters: 区PPP管理中心
)


def is_nominal(phrase: str) -> bool:
    """Does the phrase read as a noun phrase (no verb, preposition or 的 in the way)?

    A scope prefix (县级以上, 设区的市级 …, see ``[prefixes]``) is set aside first.

    >>> is_nominal("相关处室(单位)"), is_nominal("加强大学生党支部"), is_nominal("要在学校党委常委会")
    (True, False, False)
    >>> is_nominal("省级以上人民政府体育部门"), is_nominal("报上级教育部门"), is_nominal("中央网信办")
    (True, False, True)
    >>> is_nominal("国务院和各部委")  # a name of the lexicon the tagger's dictionary lists as a verb (各部委 3 v)
    True
    >>> is_nominal("各乡镇、各村居"), is_nominal("各部门和各村居"), is_nominal("各乡镇、居住")
    (True, True, False)
    >>> is_nominal("经局党委"), is_nominal("经信局")
    (False, True)
    """
    if _APPROVED_BY.match(phrase):
        return False  # "经局党委研究同意，…": 经 is "upon the approval of", the tagger's 经局/经片 no name
    if all(map(_lexicon_name, split_items(phrase))):
        return True  # a name of the lexicon, or a list of them, whatever the tagger splits ("各地级以上市": 各地 + 级 …;
        # "各部门、各村居": 各村 + 居)
    bare = phrase[scope_prefix(phrase) :]
    if bare and not SEPARATOR_CHARS.match(bare):
        phrase = bare
    if phrase.startswith(VERB_STARTS):
        return False
    if ")" in phrase:  # a bracketed variant closing an item (急救中心(站)) is read apart
        phrase = _BRACKETED.sub("", phrase) or phrase
    if _REPORTS_TO.search(phrase, 1):
        return False  # "市规划部门报市规划委员会…": a body and the one it reports to, no name
    tokens = tag(phrase)
    if tokens[0][1] == "c" or any(w in _NOT_IN_NAMES for w, _ in tokens):
        return False
    if _acts_on_a_body(tokens):
        return False
    if tokens[0][0] in _ROLE_VERBS and (len(tokens) > 2 or len(tokens) == 2 and tokens[1][1] in _ORGAN_TAGS):
        return False  # "配合规划机关…", "配合党委…": a verb and the body it acts with, not 配合部门 or 牵头医院
    if any(w in _DEMONSTRATIVES for w, _ in tokens[1:]):  # "X各单位启动本单位…": a verb and its object
        return False
    last = len(tokens) - 1
    suffixes = lexicon().suffixes
    names = lexicon().name_set
    weak = _weak_words()
    ok = [
        p in _NOUNISH or w in _ALLOWED_VERBS or w in ("等", "各") or w in names or w in weak or _verb_of_work(tokens, i)
        or w in _PROCEDURE_ROLES and i < last and _before_organ(w, tokens[i + 1][0], suffixes)
        or _function_of_organisation(tokens, i)
        or i > 0 and w in suffixes and (i == last or tokens[i + 1][0] in _ITEM_ENDS)  # 网信/办 read as a verb
        or 0 < i < last and w in _ITEM_ENDS  # "市教育与体育局": the tagger reads 与 as a preposition
        for i, (w, p) in enumerate(tokens)
    ]
    return all(ok) or ok.count(False) == 1 and _verb_compound(tokens, ok.index(False))


#: 经 before a body's level or scope (经局党委, 经片区党委, 经本局): the preposition of an approval, no name's first character
#: (经信局, 经开区, 经济发展局 open with other characters)
_APPROVED_BY = lazy_regex(r"经(?:[局片区市县省镇乡党国本我上])")


def _lexicon_name(phrase: str) -> bool:
    """A name or weak head of the lexicon, also with 各 before it (各乡镇), or 各 and an organ's head (各部门, 各处室)."""
    if phrase.startswith("各") and len(phrase) > 2:
        phrase = phrase[1:]
        if phrase in lexicon().suffixes:
            return True
    return phrase in _weak_words() or phrase in lexicon().name_set


@lru_cache(maxsize=1)
def _weak_words() -> frozenset[str]:
    """The lexicon's weak heads, read as nouns whatever the tagger's tag (初中 f, 高中 s)."""
    return frozenset(lexicon().weak)


#: verbs one body does to another ("市应急局协调武警总队", "专业单位配合区规划资源部门"); inside a name only before its
#: head (市政府协调办公室, 配合单位)
_ACTING_VERBS = frozenset(("协调", "配合", "指导", "监督", "督促", "督导", "会同"))


def _acts_on_a_body(tokens: list[tuple[str, str]]) -> bool:
    """Does a body, then a verb it acts with, then more than an organ's head follow in the phrase: a clause ("市应急局
    协调武警天津总队"), no name?

    >>> is_nominal("市应急局协调武警天津总队"), is_nominal("专业单位配合区规划资源部门"), is_nominal("市政府协调办公室")
    (False, False, True)
    """
    suffixes = lexicon().suffixes
    for i in range(1, len(tokens) - 1):
        if tokens[i][0] in _ACTING_VERBS and tail_of("".join(w for w, _ in tokens[:i])) is not None:
            if not all(w in suffixes for w, _ in tokens[i + 1:]):
                return True
    return False


def _verb_of_work(tokens: list[tuple[str, str]], i: int) -> bool:
    """A verb naming a field of work before 工作 is a noun modifier: 就业工作领导小组. At the start of the
    phrase only where organ suffixes alone follow 工作 (竞聘工作小组, 招生工作领导小组) and the verb is
    no set-up or acting verb (成立工作小组 sets a body up; task verbs of VERB_STARTS, 加强…, are out already).

    >>> is_nominal("市就业工作领导小组"), is_nominal("加强工作领导小组")
    (True, False)
    >>> is_nominal("竞聘工作小组"), is_nominal("招生工作领导小组"), is_nominal("成立工作小组"), is_nominal("竞聘工作方案")
    (True, True, False, False)
    """
    if not (i + 1 < len(tokens) and tokens[i + 1][0] == "工作" and tokens[i][1] == "v"):
        return False
    if i > 0:
        return True
    suffixes = lexicon().suffixes
    return (
        tokens[0][0] not in _SET_UP_VERBS and tokens[0][0] not in _ACTING_VERBS and len(tokens) > 2
        and all(w in suffixes for w, _ in tokens[2:])
    )


#: verbs that set a body up or put it to work: "成立工作小组" is no name
_SET_UP_VERBS = frozenset(("成立", "组建", "设立", "建立", "组织", "负责", "牵头", "抽调", "派出", "派驻"))


def _function_of_organisation(tokens: list[tuple[str, str]], i: int) -> bool:
    """Verbs of work right before an organisation's head name what it does: 招生考试机构, 体检机构, 检测机构,
    招生考试部门, 执法单位 (the verb at ``i``, then only such verbs up to the head). Before 机构 any verb but one that
    sets a body up, acts on one or reshapes one (设立机构, 撤并机构) or opens a task (加强机构…); before 部门/单位/机关,
    which plain tasks also take as objects ("拓展部门联合…"), only a verb naming a field of work (``FUNCTION_VERBS``).
    A modal is never part of a name ("镇政府应当组织相关部门").

    >>> is_nominal("各区县招生考试机构"), is_nominal("体检机构"), is_nominal("设立机构"), is_nominal("撤并机构")
    (True, True, False, False)
    >>> is_nominal("各级招生考试部门"), is_nominal("拓展部门"), is_nominal("镇政府应当组织相关部门")
    (True, False, False)
    """
    head = tokens[-1][0]
    if head not in _ORGANISATION_HEADS or i >= len(tokens) - 1:
        return False
    verbs = tokens[i:-1]
    first = next((j for j in range(i, -1, -1) if tokens[j][1] not in ("v", "vn")), -1) + 1
    run = [w for w, _ in tokens[first:-1]]
    if not all(p in ("v", "vn") and len(w) == 2 for w, p in verbs) or any(w in MODALS for w in run):
        return False
    if head != _ANY_WORK_HEAD:
        return run[0] in FUNCTION_VERBS
    return (run[0] not in _SET_UP_VERBS | _ACTING_VERBS and run[0] not in _RESHAPING_VERBS
            and not run[0].startswith(VERB_STARTS))


#: heads that name an organisation by what it does (招生考试机构, 体检机构, 招生考试部门, 执法单位)
_ORGANISATION_HEADS = frozenset(("机构", "部门", "单位", "机关"))
#: the head any verb of work may name (the others take only ``FUNCTION_VERBS``)
_ANY_WORK_HEAD = "机构"
#: verbs that reshape bodies rather than name their work: "精简机构", "撤并机构" are tasks
_RESHAPING_VERBS = frozenset(("精简", "撤销", "撤并", "合并", "整合", "调整", "改革", "规范", "清理", "设置", "增设"))


def _verb_compound(tokens: list[tuple[str, str]], i: int) -> bool:
    """Noun + verb + organ suffixes is one name: 数据提供部门, 乡村振兴局, 资金使用单位, 智慧城市工作推进小组办公室,
    融资担保公司行业监管部门 (the verb at ``i``, the word after it an organ suffix, then suffixes or nouns, the last a suffix),
    also with a second verb of the work, a verbal noun, before the suffix (车辆租赁管理部门) where the first opens no task.

    The noun before the verb must not be a body itself ("市教育局协调部门" is a subject and
    its verb), and the verb is a plain two- or three-character one (国网反窃电中心).

    >>> is_nominal("各数据提供部门"), is_nominal("县乡村振兴局"), is_nominal("市教育局协调部门开展")
    (True, True, False)
    >>> is_nominal("市数据工作推进小组办公室"), is_nominal("市教育局推进小组办公室"), is_nominal("县自然灾害防治委员会")
    (True, False, True)
    >>> is_nominal("各地融资担保公司行业监管部门"), is_nominal("市教育局加强安全工作"), is_nominal("合理提高政府")
    (True, False, False)
    >>> is_nominal("车辆租赁管理部门"), is_nominal("学校加强管理部门")
    (True, False)
    """
    if i < 1 or i + 1 >= len(tokens):
        return False
    (noun, noun_pos), (verb, verb_pos) = tokens[i - 1], tokens[i]
    suffixes = lexicon().suffixes
    after = tokens[i + 1:]
    if len(after) > 1 and after[0][1] == "vn" and len(after[0][0]) == 2 and not verb.startswith(VERB_STARTS):
        after = after[1:]  # a second verb of the work, a verbal noun: 房屋租赁管理部门
    return (
        after[0][0] in suffixes and all(head in suffixes or pos == "n" for head, pos in after)
        and (after[-1][0] in suffixes or tail_of(after[-1][0]))
        and verb_pos == "v" and len(verb) in (2, 3) and noun_pos in _COMPOUND_NOUN_TAGS and tail_of(noun) is None
        and noun not in VERB_MANNERS  # "合理提高政府补助标准": a manner word (tagged vn) and its verb, no name
    )


#: what the noun before the verb of a compound name may be tagged: a noun, a verbal noun, a proper noun, a fixed
#: expression (自然灾害 防治 委员会) or an abbreviation
_COMPOUND_NOUN_TAGS = frozenset(("n", "vn", "nz", "l", "j"))


#: a name's last character and the next one reading as a verb ("水平处在…": 处在, to be in)
_VERB_ACROSS = frozenset(("处在", "处于"))


def ends_at_boundary(text: str, end: int) -> bool:
    """Is ``end`` a word boundary of ``text`` (the name is not the start of a longer word)?

    >>> ends_at_boundary("深化党组织领导", 4), ends_at_boundary("市教育局负责", 4)
    (False, True)
    """
    if text[end : end + 1] in ("各", "均", "要", "每", "须", "应", "负", "牵", "对", "于", "向", "在", "将") and not text.startswith(
        NOT_MODAL_AFTER, end + 1
    ) and text[end - 1 : end + 1] not in _VERB_ACROSS:
        return True
    pos = 0
    for word, _ in tag(text[: end + BOUNDARY_LOOKAHEAD]):
        pos += len(word)
        if pos >= end:
            return pos == end
    return True
