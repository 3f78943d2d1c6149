"""The indicator of a target: the thing measured, found around its number.

``find_indicator`` tries, in order: a time limit (the action it limits); a share of
things ("90%以上的园区完成改造" -> 完成改造的园区比例); a noun phrase after the number,
with the verbs that make it ("建成3—5所高水平职业院校" -> 建成高水平职业院校) and what
the things do when said right after them; a change word kept with what changes
(生产总值年均增长); else the words before the number ("社区养老服务覆盖率达到95%"),
trimmed of time phrases, the speaker's subject, scope words, modal verbs, examples
before 等 and remarks. SPEC's secondary figure reads the result: it should keep
most of what an annotator would name, in order, and not run on. The target judge
(:mod:`.targets`, with :mod:`.sentence_indicator`) adds what needs the sentence: values paired after 分别, amounts
funded, parts after 其中, generic measures and list items that borrow from the
items before them. Word boundaries come from the one tagger (:mod:`policydoc.core.tagger`), imported
on first use and only the few target items are ever segmented.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from ..core import tagger

from ..data.target_words import (
    AFTER_WORDS, BEFORE_WORDS, BINDING_WORDS, CHANGE_VERBS, EVENT_VERBS, FREQUENCY_UNITS, FROM_TO,
    INDICATOR_SCOPE_OPENERS, INDICATOR_TAIL_WORDS, INDICATOR_VERBS, LONG_BEFORE_WORDS, PLAN_VERBS, RESOLVE_WORDS,
    SHARE_VERBS,
)
from .._lazy import lazy_regex
from ..settings import MAX_DOING, MAX_SHARE_INDICATOR, MIN_NAME_CHARS, MIN_NAME_HAN, QUOTED_NAME_MAX, WHOLE_NAME_MAX
from .patterns import any_word, han_count


@lru_cache(maxsize=8192)
def tag(phrase: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) pairs of ``phrase`` (:func:`policydoc.core.tagger.tag`), remembered: the indicator
    rules tag the same short phrases again and again (a lead trimmed, then asked whether it is usable; the first
    item of a list once for every item after it; the verbs 建成, 新建 … of every plan).

    >>> tag("建成绿道")
    (('建成', 'v'), ('绿道', 'n'))
    """
    return tuple(tagger.tag(phrase))


_TAIL_LEAD = lazy_regex("^(?:" + "|".join(AFTER_WORDS) + r"|的)+")
_COMPARE_WORDS = sorted({*BINDING_WORDS, *FROM_TO}, key=len, reverse=True)
_LEAD_TRIM = lazy_regex(
    r"""^(?:
      [（(][一二三四五六七八九十\d]{1,3}[)）]\s*            # an item marker: (一) 第九条 3.
    | 第[一二三四五六七八九十百零〇\d]{1,5}条\s*
    | \d{1,2}[.、．]\s*
    | (?:到|至|截至|于|自|从)?(?:\d{4}|1[0-3]\d|20\*)(?:\s*[至到—-]\s*\d{3,4})?\s*年度?(?:年?底|末)?(?:前|以前|起)?  # a year
    | (?:自|从|于)?(?:今年|明年|本年度?|今后)(?:起)?               # a time of the speaker
    | \d{1,2}年(?:内|间)?                                   # a stretch of years: "4年投入"
    | (?:[省市县区]|中央|各级)?(?:人民)?(?:政府|财政)(?:部门)?      # who funds: "市政府今年…", "市财政编列…"
      (?=今|明|将|于|在|已|拟|自|从|预算|编列|投入|安排|筹|拨)
    | (?:可|再)(?=""" + "|".join(sorted(INDICATOR_VERBS, key=len, reverse=True)) + r""")  # "可新增", not "可再生"
    | “?十[一二三四五六七八九]五”?(?:期间|时期|末)?         # a five-year period
    | “[^”]{1,8}”(?:期间|时期)                              # another named period
    | """ + "|".join(sorted(INDICATOR_SCOPE_OPENERS, key=len, reverse=True)) + r"""
    )+""",
    regex.VERBOSE,
)
_PER_UNIT = r"每(?:生|人|户|班|校|所|床|年|月|周|天|日|学期|学年)"
_LEAD_TAIL = lazy_regex(
    "(?:" + "|".join(sorted({*_COMPARE_WORDS, *INDICATOR_TAIL_WORDS}, key=len, reverse=True)) + "|" + _PER_UNIT + ")+$"
)
"""Comparators, change and modal words, and per-unit phrases ("每生每年") before the number."""
_COMPARE_TAIL = lazy_regex(
    "(?:" + "|".join(sorted({*_COMPARE_WORDS, *INDICATOR_TAIL_WORDS}, key=len, reverse=True)) + ")+$"
)
"""The same without per-unit phrases: for a lead that is nothing else ("每学期不少于" -> "每学期")."""
_INNER_COMPARATOR = any_word(tuple(sorted(LONG_BEFORE_WORDS, key=len, reverse=True)))
_BASE_AHEAD = r"(?=[\d“\"*]|上年|去年|同期|基期|上一|十[一二三四五六七八九]五|[一二][〇○零])"
_FROM_OR_BASE = lazy_regex(rf"(?:由|从|比{_BASE_AHEAD}|较{_BASE_AHEAD}).*$")
"""A from-value or comparison base and what follows it: "资金由每年800万元" -> "资金", "比2020年" -> "";
not 比 and 较 in words (比例, 比重, 比率, 占比, 较大)."""
_WITHIN = lazy_regex(r"^(?:以|之)?内")
_ALTERNATIVE = lazy_regex(r"^(?:或者|或|和|及|至|达到|达|到|增至|提高到|增加到)\s*[\d一二两三四五六七八九十]")
"""Another value follows ("不超过3个月或60课时", "增长10倍达300亿元"), not what is measured."""
_FUNCTION_FLAGS = frozenset({"p", "d", "c", "u", "ul", "uj"})


def noun_head(phrase: str) -> str:
    """The leading noun phrase of ``phrase``: words up to the first verb after a noun; a quoted name is one word
    whatever it holds.

    >>> noun_head("中小学成为省级立德树人示范校"), noun_head("“一网通办”服务事项实现网办")
    ('中小学', '“一网通办”服务事项')
    """
    words: list[str] = []
    for word, flag in _tagged(phrase):
        if words and flag[:1] == "v" and flag != "vn":
            break
        words.append(word)
    return "".join(words).rstrip("的")


_QUOTED_NAME = regex.compile(rf"“[^“”]{{1,{QUOTED_NAME_MAX}}}”")


def _tagged(phrase: str) -> Sequence[tuple[str, str]]:
    """``tag(phrase)`` with each quoted name one noun ("“高效办成一件事”" names a programme: its verbs end no
    noun phrase)."""
    if "“" not in phrase:
        return tag(phrase)
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _QUOTED_NAME.finditer(phrase):
        out += tag(phrase[pos: m.start()]) if m.start() > pos else ()
        out.append((m.group(), "nz"))
        pos = m.end()
    out += tag(phrase[pos:]) if pos < len(phrase) else ()
    return out


def trim_lead(phrase: str) -> str:
    """``phrase`` without leading time/scope words and trailing comparators or verbs.

    >>> trim_lead("到2025年学前教育毛入园率达到")
    '学前教育毛入园率'
    >>> trim_lead("每年交流轮岗教师比例不低于符合条件教师总数的"), trim_lead("补助标准每人每月不低于")
    ('交流轮岗教师比例', '补助标准')
    """
    phrase = _SPACED.sub("", phrase).strip()  # letter-spaced PDF text: "国内生产总值 年均" is one phrase
    phrase = _INCLUDED.sub("", phrase)  # "救护车(含车载设备)": what is included is no part of the name
    phrase = _DUTY_NOTE.sub("", phrase)  # "…(市交通局负责)新建停车场": the note closes the task before
    phrase = drop_examples(phrase)
    phrase = _balanced(_FROM_OR_BASE.sub("", phrase))
    phrase = _TIME_TAIL.sub("", phrase)  # "修复率预计2027年度达到" -> "修复率…": a time before the comparator
    phrase = _LEAD_TAIL.sub("", phrase) or _COMPARE_TAIL.sub("", phrase)  # "每学期不少于" -> "每学期"
    phrase = _TIME_TAIL.sub("", phrase)
    if _AMOUNT_TAIL.search(phrase):  # "产值成长3倍达": another value of the same thing before this one
        phrase = _LEAD_TAIL.sub("", _AMOUNT_TAIL.sub("", phrase)) or phrase
    inner = _INNER_COMPARATOR.search(phrase)
    if inner and inner.start() > 0:
        phrase = phrase[: inner.start()]  # "比例不低于教师总数的" -> "比例": the whole the share is taken of goes
    phrase = _LEAD_TRIM.sub("", phrase)
    tags = tag(phrase)
    while tags and len(tags) > 1 and (
        tags[0][1] in _FUNCTION_FLAGS or (tags[0][0] in PLAN_VERBS and tags[0][0] not in INDICATOR_VERBS)
    ):
        tags = tags[1:]
    return "".join(w for w, _ in tags)


_SPACED = lazy_regex(r"(?<=\p{Han})\s+(?=\p{Han})")
_AMOUNT_TAIL = lazy_regex(r"(?<=\p{Han})\d+(?:\.\d+)?\s*[^\d\s\p{P}]{1,2}$")
_TIME_TAIL = lazy_regex(
    r"(?<=\p{Han})(?:预计|计划|力争|将)?(?:于|在|到|至)?(?:\d{4}|1[0-3]\d)\s*年度?(?:年?底|末)?(?:前)?"
    r"(?:" + "|".join(sorted(set(BEFORE_WORDS), key=len, reverse=True)) + r")?$"
)
_INCLUDED = regex.compile(r"[(（]含[^()（）]{0,20}[)）]")
_DUTY_NOTE = lazy_regex(r"^.*[(（][^()（）]*(?:负责|牵头|配合)[^()（）]*[)）]")
_DUTY_NOTE_AFTER = lazy_regex(r"[(（][^()（）]*(?:负责|牵头|配合)[^()（）]*[)）].*$")
_EXAMPLES = lazy_regex(r"(?:[^、，,。；;]{1,12}、)+[^、，,。；;]{1,12}?等(?=\p{Han})(?!级)")


def drop_examples(phrase: str) -> str:
    """Without the examples a category is introduced by ("新建口袋公园、街心花园等休闲绿地" -> 新建休闲绿地): the
    category after 等 is what is measured; a making verb opening the examples stays.

    >>> drop_examples("新建口袋公园、街心花园等休闲绿地"), drop_examples("城区、乡镇污水处理率")
    ('新建休闲绿地', '城区、乡镇污水处理率')
    """
    m = _EXAMPLES.search(phrase)
    if not m:
        return phrase
    made = []
    for word, _ in tag(phrase[m.start(): phrase.index("、", m.start())]):
        if word not in INDICATOR_VERBS:
            break
        made.append(word)
    return phrase[: m.start()] + "".join(made) + phrase[m.end():]
_PAIRS = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"))


def _balanced(phrase: str) -> str:
    """``phrase`` without an unclosed bracket and what follows it, without text up to an unopened one,
    and without quote marks that pair with nothing ("高中阶段学校(含" -> "高中阶段学校").

    >>> _balanced("“双师型”教师占比"), _balanced("高中阶段学校(含"), _balanced("区)新建学校"), _balanced("示范”校")
    ('“双师型”教师占比', '高中阶段学校', '新建学校', '示范校')
    """
    for open_, close in _PAIRS:
        if open_ not in phrase and close not in phrase:
            continue
        if close in phrase and (open_ not in phrase or phrase.index(close) < phrase.index(open_)):
            phrase = phrase[phrase.index(close) + 1:] if open_ != "“" else phrase.replace(close, "", 1)
        if phrase.count(open_) > phrase.count(close):
            at = phrase.rindex(open_)
            phrase = phrase[:at] if open_ != "“" else phrase[:at] + phrase[at + 1:]
    return phrase


_SHARE_OPENING = lazy_regex(
    r"^(?>(?:" + "|".join(sorted({*AFTER_WORDS, "以内", "之内"}, key=len, reverse=True))
    + r")?)的?(?=\p{Han})(?!以内|以上|以下|左右)")
_REMARK = regex.compile(r"[(（][^()（）]*[)）]")
_VP_START = lazy_regex("|".join(sorted(SHARE_VERBS, key=len, reverse=True)))
_MODAL_START = lazy_regex(r"^(?:要|应当|应(?!用|对)|须|必须|将|均|全部|都|能够|可以)+")


def share_indicator(lead: str, tail: str) -> str:
    """The indicator of a share of things ("全市90%以上小微园区完成消防改造"): what the things do, 的, the
    things, 比例 -> "完成消防改造的小微园区比例"; "" when no noun follows the percentage (or the result is a sentence).

    >>> share_indicator("全市", "以上的社区卫生服务中心要设置中医馆"), share_indicator("制度覆盖全省", "规模以上企业")
    ('设置中医馆的社区卫生服务中心比例', '制度覆盖全省规模以上企业比例')
    """
    opening = _SHARE_OPENING.match(tail)
    if not opening:
        return ""
    rest = tail[opening.end():]
    verb = _VP_START.search(rest)
    named = verb is not None and verb.start() >= MIN_NAME_CHARS
    things, action = (rest[: verb.start()], rest[verb.start():]) if named else (rest, "")
    bare = _REMARK.sub("", things)
    # "市（地、州）" keeps its remark: without it too little is left
    things = bare if han_count(bare) >= MIN_NAME_HAN else things
    things = _balanced(things).rstrip("的")
    words = tag(things)
    if not usable(things) or not words or words[0][1][:1] in ("v", "d", "p") or things[:1] in "等之":
        return ""  # "按3%安排", "5%左右": no things follow the share
    action = _MODAL_START.sub("", _balanced(action))
    framing = trim_lead(lead)
    found = f"{framing}{action}的{things}比例" if action else f"{framing}{things}比例"
    return found if len(found) <= MAX_SHARE_INDICATOR else ""




def _doing(tail: str, head: str, unit: str) -> str:
    """What the things counted after the number do, when the item says it right after them: "8家企业通过认定"
    counts enterprises that pass (-> 企业通过认定)."""
    rest = _MODAL_START.sub("", tail[len(head):]) if tail.startswith(head) else ""
    if not rest or len(rest) > MAX_DOING or not _HAN_START.match(rest):
        return ""
    return rest


_HAN_START = regex.compile(r"\p{Han}")


_OF_WHOLE = lazy_regex(
    r"^(?P<part>.+?)(?:一般|原则上)?(?:应当|应|要|须)?(?:不得|不)?(?:达到|低于|少于|超过|高于|占|保持在)"
    rf"(?P<whole>[^的，,]{{{MIN_NAME_CHARS},{WHOLE_NAME_MAX}}})的\s*$")
_RATIO_END = lazy_regex(r"(?:比例|比重|占比|率|比)$")


def share_of_whole(lead: str) -> str:
    """"A达到B的5%": A is measured as a share of B -> "A占B比例" (not when A already names a ratio).

    >>> share_of_whole("各区需求响应能力一般应达到最大用电负荷的"), share_of_whole("教师比例不低于教师总数的")
    ('各区需求响应能力占最大用电负荷比例', '')
    """
    m = _OF_WHOLE.match(_SPACED.sub("", lead).strip())
    if not m:
        return ""
    part = trim_lead(m.group("part"))
    if not usable(part) or _RATIO_END.search(part):
        return ""
    return f"{part}占{m.group('whole')}比例"


def find_indicator(
    lead: str, tail: str, time_limit: bool = False, change: bool = False, share: bool = False, unit: str = ""
) -> str:
    """The indicator from the item text before (``lead``) and after (``tail``) the number.

    A time limit ("在3分钟内派出救护车") measures the action after it: the lead and that action.
    A trailing 比例/比重/率/比/占比 is part of what is measured and stays. A change word binding the
    number (``change``: "年均增长8%") stays with what changes. A verb that makes what is counted stays
    with it ("新建绿道", "建成…院校").

    >>> find_indicator("全市建成", "高水平职业院校")
    '建成高水平职业院校'
    >>> find_indicator("学前教育毛入园率达到", "")
    '学前教育毛入园率'
    >>> find_indicator("“双证书”毕业生占毕业生比例不低于", ""), find_indicator("在校学生比力争达到", "")
    ('“双证书”毕业生占毕业生比例', '在校学生比')
    >>> find_indicator("交通事故万车死亡率比2020年下降", ""), find_indicator("呼救电话应当在", "内接听", True)
    ('交通事故万车死亡率', '呼救电话接听')
    >>> find_indicator("全县生产总值年均增长", "", change=True), find_indicator("力争新建绿道", "")
    ('生产总值年均增长', '新建绿道')
    """
    if time_limit:
        return trim_lead(lead) + _WITHIN.sub("", tail)
    if share:
        found = share_indicator(lead, tail) or share_of_whole(lead)
        if found:
            return found
    tail = _TAIL_LEAD.sub("", _DUTY_NOTE_AFTER.sub("", tail))
    if _ALTERNATIVE.match(tail) or tail[:1].isdigit():
        tail = ""  # "不超过3个月或60课时": another value follows, not what is measured
    if han_count(tail) >= MIN_NAME_HAN:
        head = _balanced(noun_head(tail))
        if usable(head):
            action = _action(lead) if unit in FREQUENCY_UNITS else ""
            if usable(action) and not action.endswith(EVENT_VERBS):
                return action + head  # "每月至少上门走访1次独居老人": how often the action is done to whom
            return _made_by(lead) + head + _doing(tail, head, unit)
    if change:
        m = _CHANGE_END.search(lead)
        if m:
            core = trim_lead(lead[: m.start()])
            if usable(core):
                return core + m.group()
    plain = trim_lead(lead)
    if usable(plain):
        return plain
    with_verb = _LEAD_TRIM.sub("", _LEAD_TAIL.sub("", _FROM_OR_BASE.sub("", _SPACED.sub("", lead).strip())))
    # "减少漏损约" -> 减少漏损: the verb stays where nothing else names what is measured
    return with_verb if usable(with_verb) else ""


_TARGET_WORD = lazy_regex(r"^[之等的]?(?:目标|指标|任务)$|^(?:\p{Han})?[之等]目标$")


def usable(name: str) -> bool:
    """Whether ``name`` can name what is measured: two Han characters at least, not a bare word for a target
    (目标, 之目标), not a verb or adverb alone ("安排", "用于").

    >>> usable("赤字率"), usable("安排"), usable("之目标"), usable("o")
    (True, False, False, False)
    """
    if han_count(name) < MIN_NAME_HAN or _TARGET_WORD.search(name):
        return False
    words = tag(name)
    return not (len(words) == 1 and words[0][1][:1] in ("v", "d", "p", "c", "u", "m", "q"))


_CHANGE_END = lazy_regex(
    "(?:" + "|".join(("年均", "每年", "累计", "同比", "分别")) + ")?(?:"
    + "|".join(CHANGE_VERBS) + ")(?:了)?$"
)


_MODAL = lazy_regex("|".join(("应当", "应", "要", "须", "必须", "至少", "不少于", *RESOLVE_WORDS, "原则上")))


def _action(lead: str) -> str:
    """The doer, period and action before a count of events, modals out ("网格员应每月至少上门走访" ->
    网格员每月上门走访)."""
    return _LEAD_TRIM.sub("", _MODAL.sub("", _SPACED.sub("", lead))).strip()


def _made_by(lead: str) -> str:
    """The verbs that make the things counted after the number, when they open the lead ("全市建成" -> "建成",
    "关停退出参与整合的" -> "关停退出")."""
    made = []
    for word, _ in tag(trim_lead(lead)) if lead else []:
        if word not in INDICATOR_VERBS:
            break
        made.append(word)
    return "".join(made)
