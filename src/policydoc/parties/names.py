"""Body names: telling a body from other nouns, and splitting coordinated lists.

A list such as "税务、财政和教育部门" shares its head: every bare item takes the head
of the last item (税务部门, 财政部门, 教育部门). Each body is graded: ``"name"`` (in the
lexicon), ``"organ"`` (ends with an organ suffix: 局, 部门, 小组 …) or ``"weak"`` (a
school, a place or an administrative level, a body only when given a duty explicitly).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Literal, Optional

import regex

from ..core.lexicon import lexicon
from ..core.rules import Rule, Ruler, current_disabled
from ..core.sentences import COLONS
from ..settings import BODY_NAME_MAX, SHARED_HEAD_ITEM_MAX, SHARED_HEAD_ITEM_MAX_ETC
from .lexicon import scope_prefix, tail_of
from .stops import STOPS, one_of
from .words import (
    ABBREVIATION_GLOSSES, ACTION_VERBS, GOVERNING_VERBS, GOVERNMENT_HEADS, GROUP_LABEL_HEADS, REGION_QUALIFIERS, LIST_SEPARATORS, NAME_PLACE_OPENERS, NON_BODIES, NOT_PRONOUN_AFTER, OWN_OFFICES,
    PRONOUN_OPENERS, PERSON_TAILS, SCOPE_MODIFIERS, SHAREABLE_HEADS, ZONE_ENDS, ZONE_HEADS,
    LONE_BY, LONE_TOWARDS, OFFICE_TITLES, STANDALONE_OFFICES, STRONG_SEPARATORS, WORDS_WITH_DENG, alt,
)
from .._lazy import lazy_regex

Grade = Literal["name", "organ", "weak"]

_TRAILING_SEPARATORS = tuple(s for s in LIST_SEPARATORS if s not in ("同", "会同"))
#: the separators of a list of bodies, as a regex alternation
SEPARATORS = alt(_TRAILING_SEPARATORS)
#: every character that starts a separator: a phrase without one is a single item
SEPARATOR_CHARS = regex.compile("[" + "".join(sorted({w[0] for w in LIST_SEPARATORS if w not in ("同", "会同")})) + "]")


@lru_cache(maxsize=2)
def _splitter(strong_only: bool = False) -> regex.Pattern[str]:
    """Separators outside brackets and outside lexicon names or ``[joined]`` cores that hold
    one (自然资源和规划局, 市工业和信息化局); with ``strong_only`` the 、-type ones alone."""
    lex = lexicon()
    joined = tuple(n for n in lex.names if regex.search(SEPARATORS, n)) + lex.joined
    keep = (alt(joined) + "(*SKIP)(*FAIL)|") if joined else ""
    seps = alt(STRONG_SEPARATORS) if strong_only else SEPARATORS
    return regex.compile(keep + r"\([^()]*\)(*SKIP)(*FAIL)|" + seps)


_PLACE = regex.compile(
    r"^(?:各|每个|全市)?(?:\p{Han}{1,3}[市县区](?:\((?:[区市县、]{1,5}|\p{Han}{0,4}(?:园区|开发区|新区|管委会))\))?"
    r"|(?:有关)?(?:[省县]\([区市县、]{1,5}\)|省份|省)|[市县区]直"
    r"|(?:各|相关|有关|事发地(?:所在)?|所在)(?:街镇|镇街|乡镇|街道|社区))$")
"""A place standing for its government ("各区市县", "各县(市、区)"), with the zone that ranks with it in brackets
("各区市县(园区)", "各县区(开发区)"); the towns and streets of a district ("各街镇", "事发地所在街镇", "各社区")."""
_PERSON = lazy_regex(alt(PERSON_TAILS) + "$")
_PERSON_ENDS = tuple({w[-1] for w in PERSON_TAILS}) + ("\n",)  # ``$`` also matches before a final newline
#: 等 closing a list ("…等部门"), not the 等 of a word (高等学校, 中等职业学校)
_NOT_ETC_BEFORE = "(?<!" + "|".join(w[:-1] for w in WORDS_WITH_DENG) + ")"
_ETC = lazy_regex(_NOT_ETC_BEFORE + r"等(?=\p{Han}{1,4}$)|" + _NOT_ETC_BEFORE + "等$")
_BALANCED = lazy_regex(r"[^()]+(?:\([^()]+\)[^()]*)*")
_BAD_CHARS = regex.compile(one_of(STOPS + COLONS, r"\d%=《》\s的之了着*＊×") + "|会同|报经|" + LONE_BY + "|" + LONE_TOWARDS)
"""Characters no body's name holds (由 only inside 自由, 理由 …); a form's placeholder ("由***公司实施", "××局")
names none."""


@dataclass(frozen=True)
class Body:
    """One named body as written, with its grade."""

    name: str
    grade: Grade
    remainder: bool = False
    """The generic remainder after 等 ("省税务局等有关部门" → 有关部门): it supports in prose."""


def split_items(phrase: str, strong_only: bool = False) -> list[str]:
    """Items of a coordinated list; separators inside brackets do not split.

    >>> split_items("各县(市、区)人民政府、市教育局和市财政局")
    ['各县(市、区)人民政府', '市教育局', '市财政局']
    >>> split_items("科技与信息化处、办公室", strong_only=True)
    ['科技与信息化处', '办公室']
    """
    if not SEPARATOR_CHARS.search(phrase):  # no separator character: nothing to split
        return [phrase.strip()] if phrase.strip() else []
    return [p.strip() for p in _splitter(strong_only).split(phrase) if p and p.strip()]


_OWN = frozenset(OWN_OFFICES)
_PREPOSITION_OPENERS = ("向", "对", "给", "把", "被", "从", "往", "朝", "建议")
"""Prepositions (and 建议, a verb of advice: "建议民办学校董事会解聘…") opening a phrase: what follows is their object."""
_BEFORE_A_PLACE = ("除", "经", "非经", "当", "待")
"""Prepositions that open names too (经信局, 除险加固, 当地政府…): a preposition or a conjunction of time only before a
body's place ("经市教育局审核…", "当区指挥部宣布终止响应时…", "待市政府批准后…")."""


@lru_cache(maxsize=4096)
def grade_of(item: str) -> Optional[Grade]:
    """How surely ``item`` names a body, or None when it does not.

    >>> grade_of("市教育局"), grade_of("教育督导部门"), grade_of("各县(市、区)"), grade_of("学生")
    ('name', 'organ', 'weak', None)
    >>> grade_of("本院"), grade_of("本单位")
    ('organ', None)
    >>> grade_of("东北地区"), grade_of("中西部地区"), grade_of("各地区"), grade_of("各省"), grade_of("各省份")
    (None, None, 'weak', 'weak', 'weak')
    """
    lex = lexicon()
    if item in lex.name_set:
        return "name"
    if not item or item in NON_BODIES or len(item) > BODY_NAME_MAX or _BAD_CHARS.search(item, scope_prefix(item)):
        return None
    if "(" in item or ")" in item:
        if not _BALANCED.fullmatch(item):
            return None  # "(市财政局": a bracket of the text around, not of the name
    if item.startswith(_PREPOSITION_OPENERS):
        return None  # "向区教育局…", "对市财政局…": a preposition's object, no name
    if item.startswith(_BEFORE_A_PLACE) and item.lstrip("非").lstrip("除经当待").startswith(NAME_PLACE_OPENERS):
        return None  # "经市教育局审核批准的…", "除市教育局审定的…": a preposition's object, no name
    if _SPEAKER_OPENING.match(item):
        return None  # "我建议房委会…", "我和特区政府…": the speaker, or the speaker's proposal to a body, no name
    if _MANNER.search(item):
        return None  # "区级应急指挥部及时和市级指挥部": a manner adverb stands between a subject and its verb
    if item[-1:] == "会" and _modal_hui(item[:-1]):
        return None  # "特区政府会…", "我们会…": 会 is the modal "will" after a subject, no 会 of a name
    if _REGION.fullmatch(item):
        return None  # "东北地区", "中西部地区": a region, no body
    if item.startswith(GOVERNING_VERBS) and _governed(item):
        return None  # "指导村民委员会": a verb and the body it governs, no name
    if item.startswith(ACTION_VERBS) and _before_government(item):
        return None  # "畅通政府(与公众…)": a task verb before the head it modifies, no name
    if _PLACE.match(item) and not item.endswith(lex.not_heads) or item in ("市", "省", "县"):
        return "weak"  # not a zone a plan draws ("各功能分区"), though it ends in 区
    if item in _OWN:
        return "organ"
    if item.startswith(SCOPE_MODIFIERS) and _unscoped(item) in _head_set():
        return None  # 跨部门, 多部门: a scope over bodies, no body
    head = tail_of(item)
    if head is None or item.split("(")[0].endswith(lex.not_heads) and not _ends_with_name(item, lex.name_set):
        return None  # "开创新局": no organ; "市文广新局" ends with a name of one
    if item == "政府" or item in STANDALONE_OFFICES:
        return "organ"
    if head in lex.weak or item == head:
        return "weak" if head in lex.weak else None
    return "organ"


def _ends_with_name(item: str, names: frozenset[str]) -> bool:
    """Does ``item`` end with a name the lexicon lists (a scope before it: "市" + "文广新局")?"""
    return any(item[k:] in names for k in range(1, len(item) - 1))


_REGION = lazy_regex(rf"(?:{alt(REGION_QUALIFIERS)})+(?:和|、)?(?:{alt(REGION_QUALIFIERS)})*地区")


_MANNER = regex.compile("及时|立即|迅速|尽快|积极|认真|切实|主动|按时|定期|分别")
"""Manner adverbs no body's name holds: one inside a phrase ends the subject before its verb."""
_SPEAKERS = frozenset(("我", "我们", "他们", "你们", "大家", "本人", "本届政府"))
"""Pronouns a speech's subject may be: before 会 they make it the modal ("我们会加强…")."""
_MODAL_SUBJECT_HEADS = ("政府", "部门", "机构", "当局", "局", "署", "厅", "处", "办", "中心", "小组", "会")
_SPEAKER_OPENING = regex.compile(r"本人|我(?![国省市县区州盟旗镇乡村校院局厅委部司所])")
"""A speech's speaker: "我" opens no body's name, except before a place or a body it owns (我市教育局, 我省人民政府)."""
_OFFICE_HOLDERS = regex.compile(alt(OFFICE_TITLES) + "$")
"""An office-holder before 会 is a person who will act ("劳工及福利局局长会继续…"), no name ending in 会."""
"""Heads of a body that 会 never extends into another name (政府会 is "the government will"; 管委会, 居委会, 协会 are
names)."""


def _modal_hui(before: str) -> bool:
    """Is 会 after ``before`` the modal "will": ``before`` a speaker or itself a body ("政府会", "我们会"; not 委员会,
    学生会, 居委会, whose first part names no body)?

    >>> _modal_hui("特区政府"), _modal_hui("我们"), _modal_hui("委员"), _modal_hui("学生"), _modal_hui("居委")
    (True, True, False, False, False)
    """
    if before in _SPEAKERS or _PERSON.search(before) or _OFFICE_HOLDERS.search(before):
        return True  # "我们会", "劳工及福利局局长会…"
    return before.endswith(_MODAL_SUBJECT_HEADS) and grade_of(before) in ("name", "organ")


def _governed(item: str) -> bool:
    """Whether what follows an opening governing verb is a body of its own ("指导村民委员会" -> 村民委员会).

    Verbs may stand in a row ("组织协调各职能部门" -> 各职能部门).

    >>> _governed("指导村民委员会"), _governed("指导组"), _governed("组织协调各职能部门")
    (True, False, True)
    """
    rest = item
    while rest.startswith(GOVERNING_VERBS):
        rest = rest[len(next(v for v in GOVERNING_VERBS if rest.startswith(v))):]
    return grade_of(rest) is not None


def _before_government(item: str) -> bool:
    """Whether what follows an opening task verb is a bare government head ("畅通政府", not "建设主管部门").

    >>> _before_government("畅通政府"), _before_government("建设主管部门"), _before_government("建设局")
    (True, False, False)
    """
    verb = next(v for v in ACTION_VERBS if item.startswith(v))
    return item[len(verb):] in GOVERNMENT_HEADS


def _unscoped(item: str) -> str:
    """``item`` without its leading scope modifier (跨部门 → 部门)."""
    for word in SCOPE_MODIFIERS:
        if item.startswith(word):
            return item[len(word) :]
    return item



def _head(item: str) -> str:
    return tail_of(item) or ""


def _shared_head(following: list[str]) -> str:
    """The head a bare item may share: that of the nearest following item that has one
    ("科技与信息化处、…、直属单位": 科技 meets 信息化处 first, not the list's last 单位)."""
    for item in following:
        head = _head(item)
        if head:
            return head
    return ""


def _strip_item(item: str) -> str:
    """An item without "等", without a trailing person word ("…负责同志"), without an
    abbreviation gloss ("市大数据局(以下简称市数据局)" → 市大数据局) and without what
    :data:`ITEM_TRIMS` takes off (a second name, a group label, a pronoun).

    >>> _strip_item("市大数据局(以下简称市数据局)"), _strip_item("区教育局主要负责同志")
    ('市大数据局', '区教育局')
    >>> _strip_item("省教育厅等部门"), _strip_item("高等学校"), _strip_item("中等职业学校")
    ('省教育厅部门', '高等学校', '中等职业学校')
    """
    if "等" in item:
        item = _ETC.sub("", item)
    if ")" in item:
        item = _GLOSS.sub("", item)
    item = _PERSON.sub("", item) if item.endswith(_PERSON_ENDS) else item
    for trim_item in ITEM_TRIMS.active():
        item = trim_item.fn(item)
    return item


#: a second name of the same office in brackets after the first (一个机构两块牌子, or its
#: short form): "市委宣传部(市政府新闻办)", "市通信发展管理办公室(市通管办)"
_SECOND_NAME = lazy_regex(r"\((?P<y>[^()、，,]{2,14})\)$")
#: a working group's label glued before the body that leads it: "(2)医疗救治组市卫健委牵头"
_GROUP_LABEL = lazy_regex(rf"^\p{{Han}}{{2,8}}?(?:{alt(GROUP_LABEL_HEADS)})(?=(?:{alt(NAME_PLACE_OPENERS)}))")
#: a pronoun opening an item: "X及其有关部门" → 有关部门 (not 其他, 其余 …)
_PRONOUN = lazy_regex(rf"^(?:{alt(PRONOUN_OPENERS)})(?!{alt(NOT_PRONOUN_AFTER)})")


def second_name(item: str) -> str:
    """``item`` without a bracketed second name of the same office: an office of a level of
    government (its name opens with 省, 市, 中央 …) named again in brackets. A bracket that
    names no office (单位, 市、区, a variant 站) stays, and so does an alternative body
    beside a body of no level (社区居委会(村委会): the village committee where there is one).

    >>> second_name("市委宣传部(市政府新闻办)"), second_name("相关处室(单位)"), second_name("急救中心(站)")
    ('市委宣传部', '相关处室(单位)', '急救中心(站)')
    >>> second_name("社区居委会(村委会)")
    '社区居委会(村委会)'
    """
    m = _SECOND_NAME.search(item) if item.endswith(")") else None
    if m is None or m.start() < 2 or not item.startswith(NAME_PLACE_OPENERS):
        return item
    first = item[: m.start()]
    if grade_of(m["y"]) in ("name", "organ") and grade_of(first) in ("name", "organ"):
        return first
    return item


def group_label(item: str) -> str:
    """``item`` without a working group's label glued before its body.

    >>> group_label("综合协调组市交通运输局"), group_label("市督导组"), group_label("督导组")
    ('市交通运输局', '市督导组', '督导组')
    """
    m = _GROUP_LABEL.match(item) if "组" in item else None
    if m is None:
        return item
    rest = item[m.end() :]
    return rest if grade_of(rest) in ("name", "organ") else item


def pronoun(item: str) -> str:
    """``item`` without an opening pronoun (其有关部门 → 有关部门; 其他部门 stays).

    >>> pronoun("其有关部门"), pronoun("其他部门"), pronoun("其所属单位")
    ('有关部门', '其他部门', '所属单位')
    """
    m = _PRONOUN.match(item)
    if m is None:
        return item
    rest = item[m.end() :]
    return rest if grade_of(rest) is not None else item


#: a share of the work a plan allots a body, in brackets after its name: days, money, people ("危化处(60日)")
_ALLOTMENT = lazy_regex(r"\(\s*\d+(?:\.\d+)?\s*(?:个工作日|工作日|日|天|万元|亿元|元|人|人次|家次|%)\s*\)$")


def allotment(item: str) -> str:
    """``item`` without the share of the work allotted to it in brackets.

    >>> allotment("安监处(60日)"), allotment("市财政局(500万元)"), allotment("急救中心(站)")
    ('安监处', '市财政局', '急救中心(站)')
    """
    m = _ALLOTMENT.search(item) if item.endswith(")") else None
    if m is None or m.start() < 2:
        return item
    rest = item[: m.start()]
    return rest if grade_of(rest) is not None else item


#: ordered trims of one list item, each a pure ``str -> str`` that returns the item
#: unchanged unless what is left is still a body
ITEM_TRIMS: Ruler[Callable[[str], str]] = Ruler("parties.trims", [
    Rule("allotment", allotment),
    Rule("second_name", second_name),
    Rule("group_label", group_label),
    Rule("pronoun", pronoun),
])


def parse_bodies(phrase: str) -> Optional[list[Body]]:
    """The bodies of a list phrase, shared head expanded; None unless every item is a body.

    >>> [b.name for b in parse_bodies("税务、财政和教育部门")]
    ['税务部门', '财政部门', '教育部门']
    >>> [b.name for b in parse_bodies("区卫健委各科室(单位)和县(市、区)体育局负责人")]
    ['区卫健委各科室(单位)', '县(市、区)体育局']
    >>> [b.name for b in parse_bodies("市发展和改革委员会、市住房和城乡建设局")]
    ['市发展和改革委员会', '市住房和城乡建设局']
    >>> parse_bodies("学生和家长") is None
    True

    Bare places before a place-prefixed body share the rest of its name (市和区人民政府);
    a generic word alone is no body and never takes a second head (部门 → not 部门部门);
    a list cut after a separator ("X和") is not a list of bodies:

    >>> [b.name for b in parse_bodies("省、市、县教育部门")], [b.name for b in parse_bodies("省级、地市级医保部门")]
    (['省教育部门', '市教育部门', '县教育部门'], ['省级医保部门', '地市级医保部门'])
    >>> parse_bodies("部门"), parse_bodies("机关、企业事业单位"), parse_bodies("市卫健委和")
    (None, None, None)
    >>> [b.name for b in parse_bodies("省、市两级财政部门")]
    ['省、市两级财政部门']
    >>> [b.name for b in parse_bodies("县级政府及其部门")], [b.name for b in parse_bodies("县级政府及其有关部门")]
    (['县级政府及其部门'], ['县级政府', '有关部门'])
    """
    found = _parse_bodies(phrase.strip(), current_disabled())
    return list(found) if found is not None else None


@lru_cache(maxsize=8192)
def _parse_bodies(phrase: str, off: frozenset[str]) -> Optional[tuple[Body, ...]]:
    """:func:`parse_bodies` of a stripped phrase, as a tuple (cached: the subject search
    tries the same prefixes again and again); ``off``, the rules switched off, is part of
    the key, since the trims of :data:`ITEM_TRIMS` obey it."""
    found = _read_bodies(phrase)
    return tuple(found) if found is not None else None


def _read_bodies(phrase: str) -> Optional[list[Body]]:
    if not phrase or phrase.endswith(_TRAILING_SEPARATORS) or phrase.startswith(_TRAILING_SEPARATORS):
        return None  # a list cut before or after a separator ("及时发现…": 及 opens no list)
    own = _WITH_ITS_OWN.fullmatch(phrase) if "其" in phrase else None
    if own is not None and grade_of(own["x"]) is not None:
        return [Body(phrase, grade_of(own["x"]) or "organ")]  # "市县政府及其部门": 其部门 stands on nothing but X
    if _LEVELS.match(phrase):  # "市、县两级环境保护部门": one body named over two levels
        grade = grade_of(phrase[_LEVELS.match(phrase).end() :])
        return [Body(phrase, grade)] if grade else None
    found = _bodies_of(phrase, split_items(phrase))
    if found is None and _WEAK_SEPARATOR.search(phrase):
        # "认可与检验检测监管处、计量处", "信用与风险监管局": 与/和/及 inside a name; each piece between strong
        # separators is split at its weak ones where they part whole bodies ("市教育局和市财政局，市政务和数据局")
        found = _bodies_of(phrase, [item for piece in split_items(phrase, strong_only=True)
                                    for item in _weak_split(piece)])
    return found


#: a body and its own departments, named as one ("县级人民政府及其部门"): 其 + a bare 部门 names nothing alone; "X及其
#:有关部门" names a second body and is split as usual; "X及其工作人员" joins persons (realdev leaves such subjects out)
_WITH_ITS_OWN = lazy_regex(r"(?P<x>\p{Han}[^、，,]{1,20}?)(?:及|和|以及)其(?:部门|所属部门|工作部门)")


def _weak_split(piece: str) -> list[str]:
    """``piece`` split at 和/及/与 where every part is a body on its own, else ``piece`` whole.

    >>> _weak_split("市教育局和市财政局"), _weak_split("市政务和数据局")
    (['市教育局', '市财政局'], ['市政务和数据局'])
    """
    if not _WEAK_SEPARATOR.search(piece):
        return [piece]
    items = split_items(piece)
    if len(items) > 1 and all(grade_of(_strip_item(it)) in ("name", "organ") for it in items):
        return items
    return [piece]


def _bodies_of(phrase: str, raw: list[str]) -> Optional[list[Body]]:
    """The bodies of the split items ``raw`` of ``phrase``, or None unless every one is (an item holding half a
    quotation, "“政府配餐”的" cut as "“政府", is none)."""
    if "“" in phrase and any(it.count("“") != it.count("”") for it in raw):
        return None
    pairs = [(_strip_item(it), rem) for piece in raw for it, rem in _etc_items(piece)]
    items = [it for it, _ in pairs]
    if not items or not all(items):
        return None
    shared: Optional[str] = None
    out: list[Body] = []
    # "市卫生健康、市场监管、公安等部门": a list closed by 等 + head gives that head to
    # field names of any usual length; otherwise only to short bare items
    longest = SHARED_HEAD_ITEM_MAX_ETC if _ETC_HEAD.search(phrase) else SHARED_HEAD_ITEM_MAX
    for i, (item, remainder) in enumerate(pairs):
        if item in _BARE_PLACES and item is not items[-1]:
            item = _with_place_rest(item, _next_named(items[i + 1 :], _BARE_PLACES))
        elif item in _BARE_LEVELS and item is not items[-1]:
            item = _with_level_rest(item, _next_named(items[i + 1 :], _BARE_LEVELS))
        grade = grade_of(item)
        if grade != "name" and item.endswith(ZONE_ENDS) and item is not items[-1]:
            # "甲经开区、乙园区、丙景区管委会": the zones before a zone's committee share it, whatever their length
            zone_head = _shared_head(items[i + 1 :])
            if zone_head in ZONE_HEADS and grade_of(item + zone_head) == "organ":
                out.append(Body(item + zone_head, "organ", remainder))
                continue
        if grade is None and len(item) <= longest:
            shared = _shared_head(items[i + 1 :])
        if grade is None and shared and len(item) <= longest and _takes_head(item, shared):
            item, grade = item + shared, "organ"
        if grade is None:
            return None
        out.append(Body(item, grade, remainder))
    return out


_WEAK_SEPARATOR = regex.compile(alt(tuple(s for s in _TRAILING_SEPARATORS if s not in STRONG_SEPARATORS)))
#: "X等Y": the 等 and what follows it
_ETC_SPLIT = lazy_regex(_NOT_ETC_BEFORE + r"等(?=\p{Han}{2})")


def _etc_items(item: str) -> list[tuple[str, bool]]:
    """An item "X等Y" as written: Y a body of its own (有关部门, 国务院相关部门) is a second
    item, the generic remainder; Y a bare head after a body X (省国资委等部门) adds nothing.

    >>> _etc_items("省税务局等省直相关部门"), _etc_items("省国资委等部门"), _etc_items("公安等部门")
    ([('省税务局', False), ('省直相关部门', True)], [('省国资委', False)], [('公安等部门', False)])
    >>> _etc_items("证券等金融机构"), _etc_items("税务等相关部门")
    ([('金融机构', False)], [('税务部门', False)])
    """
    m = _ETC_SPLIT.search(item) if "等" in item else None
    if m is None:
        return [(item, False)]
    left, right = item[: m.start()], item[m.end() :]
    generic = _GENERIC_HEAD.fullmatch(right)
    if left and grade_of(left) is None and generic and grade_of(left + generic["head"]) is not None:
        return [(left + generic["head"], False)]  # "税务等相关部门": the field's department, the list's last
    if left and grade_of(left) is None and right not in _head_set() and grade_of(right) is not None:
        return [(right, False)]  # "证券等金融机构": the class a named example opens, never "证券金融机构"
    if not left or grade_of(left) is None:
        return [(item, False)]
    if right in _head_set():
        return [(left, False)]
    if grade_of(right) is not None:
        return [(left, False), (right, True)]
    return [(item, False)]


#: a generic body after 等 ("相关部门", "有关单位"): after a field word, that field's body
_GENERIC_HEAD = lazy_regex(r"(?:相关|有关)(?P<head>部门|单位)")
#: bare levels counted into one name: "市、县两级", "省市县三级"
_LEVELS = regex.compile(r"^(?:[省市县区乡镇][、]?){2,4}[两三四]级(?=\p{Han}{2})")
_GLOSS = lazy_regex(rf"\((?:{alt(ABBREVIATION_GLOSSES)})[^()]*\)")
_ETC_HEAD = regex.compile(_NOT_ETC_BEFORE + r"等\p{Han}{1,4}$")
#: bare administrative levels in a list: "市和区财政部门", "省、市、县人民政府"
_BARE_PLACES = frozenset(("省", "市", "县", "区", "乡", "镇", "乡镇", "街道"))
#: bare levels in a list: "省级、地市级医保部门", "国家、省级卫生部门" (the levels share what the next item names after its
#: own level)
_BARE_LEVELS = frozenset(("国家", "省级", "市级", "地市级", "县级", "区级", "县区级", "乡镇级"))
_LEVEL_OPENING = lazy_regex(r"^(?:省|地市|市|县区|县|区|乡镇)级")
#: the place word that opens a list's last item: a compound level (区县, 县(市、区)) is one place, so "市、区县教育局" gives
#: 市教育局, never 市县教育局
_PLACE_OPENING = lazy_regex(
    r"^(?:乡镇|街道|镇街|县市区|县区|区县|县市|[省市县区乡镇](?:[（(][市县区乡镇州、]{1,5}[)）])?)"
)


def _next_named(following: list[str], bare: frozenset[str]) -> str:
    """The first item after a bare place or level that names more than one ("市、区农林部门或街道办": 区农林部门, not
    the list's last item)."""
    return next((it for it in following if it not in bare), following[-1])


def _with_place_rest(place: str, last: str) -> str:
    """"市" before "区人民政府" → "市人民政府": the last item's name after its own place word."""
    m = _PLACE_OPENING.match(last)
    rest = last[m.end() :] if m else ""
    named = len(rest) >= 2 and (rest in _head_set() or grade_of(rest) is not None)
    return place + rest if named else place


def _with_level_rest(level: str, last: str) -> str:
    """"省级" before "地市级医保部门" → "省级医保部门": the last item's name after its own level word."""
    m = _LEVEL_OPENING.match(last)
    rest = last[m.end():] if m else ""
    return level + rest if len(rest) >= 2 and grade_of(rest) is not None else level


def _takes_head(item: str, shared: str) -> bool:
    """May a bare item take the list's shared head? Only a head that many offices share
    (``SHAREABLE_HEADS``: 部门, 单位 …), not a generic word that is itself a head (部门,
    机关, 单位 …: 部门部门, 机关单位), and only when the result is an organ."""
    return (
        shared in SHAREABLE_HEADS and item not in _head_set() and not item.endswith(shared)
        and grade_of(item + shared) == "organ"
    )


@lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.suffixes + lex.weak)
