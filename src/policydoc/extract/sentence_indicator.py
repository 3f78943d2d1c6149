"""The indicator of a target from its sentence, where the item text alone does not name it.

:func:`.indicator.find_indicator` reads the words around the number; the judge (:mod:`.targets`) asks these
first or after it: the thing a value after 分别 pairs with, what an amount funds, the measure a bare clause
refers back to, the whole a part after 其中 is counted out of, the owner of a generic measure, the head a later
list item shares, and the stretch of time an amount is counted over. :func:`sharing_things` gives the things one
value is stated for ("A、B和C分别增长5%": one target each).
"""

from __future__ import annotations

from typing import Optional

import regex

from ..data import target_words as words
from ..models import Target
from .._lazy import lazy_regex
from ..settings import (
    BASE_PHRASE_MAX, FUNDED_NAME_GAP, FUNDED_NAME_MAX, LIST_HEAD_CHARS, LIST_VERB_REACH, MAX_SHARED, MAX_VALUE_PIECE,
    MIN_NAME_CHARS, PURPOSE_AFTER_MAX, PURPOSE_BEFORE_MAX, SHARED_SUBJECT_MAX, SHARED_SUBJECT_MIN, SHORT_THING,
)
from .candidate import Candidate, Context, KeptTargets
from .indicator import tag, trim_lead, usable
from .patterns import any_word, last_match


_RESPECTIVELY = any_word(("分别",))
_LIST_SEP = regex.compile(r"[、和及与]|以及")
_VALUE_SEP = regex.compile(r"[、，,]|和|及")
_BASE_AT_END = lazy_regex(rf"(?:比|较|与)(?=\d|上年|去年|同期|基期|上一|“?十)[^、，,]{{0,{BASE_PHRASE_MAX}}}(?:相比)?$")
_RESPECTIVE_WORD = lazy_regex(
    "(?:" + "|".join(regex.escape(w) for w in words.BINDING_WORDS) + ")")


def respective_thing(c: Candidate, ctx: Context) -> str:
    """"A、B和C分别降低5%、7%、6%": the i-th value after 分别 measures the i-th thing listed before it (the
    change word after 分别 stays with it); the values may run on past a comma ("分别下降3%，4%，5%"); "" when
    the list and the values do not pair up."""
    sentence_start, sentence_end = ctx.seg.sentence(c.span[0])
    at = last_match(_RESPECTIVELY, ctx.text, sentence_start, c.span[0])
    if at is None:
        return ""
    clause_start = ctx.seg.clause(at.start())[0]
    subject = _BASE_AT_END.sub("", ctx.text[clause_start: at.start()])
    things = [t for t in _LIST_SEP.split(subject) if t.strip()]
    pieces = _VALUE_SEP.split(ctx.text[at.end(): sentence_end])
    values = 0
    for piece in pieces:
        if len(piece) > MAX_VALUE_PIECE or not _DIGIT.search(piece):
            break
        values += 1
    index = len(_VALUE_SEP.findall(ctx.text, at.end(), c.span[0]))
    if len(things) < 2 or len(things) != values or index >= len(things):
        return ""
    word = _RESPECTIVE_WORD.search(ctx.text, at.end(), c.span[0])
    change = word.group() if word and word.group() in words.CHANGE_VERBS else ""
    share_of = things[0].find("占")
    if share_of > 0:  # "A占B、C比重": every whole shares "A占" and what the last adds after its whole
        whole = things[0][share_of + 1:].strip()
        last = things[-1].strip()
        tail = last[len(whole):] if len(last) > len(whole) else ""
        own = things[index].strip()
        thing = (things[0][: share_of + 1] if index > 0 else "") + own + (tail if index < len(things) - 1 else "")
    else:
        thing = things[index].strip() + (_shared_tail(things[0], things[-1]) if index < len(things) - 1 else "")
    return (trim_lead(thing) or thing) + change


_DIGIT = regex.compile(r"\d")


def _shared_tail(first: str, last: str) -> str:
    """What the last item of a list adds after the thing it names, shared by every item: "城区水厂、乡镇水厂
    出水合格率" -> "出水合格率" (after the first item's head: its last word, else its last two characters);
    after a one-word first item, after as many words ("公路、航道通行量" -> "通行量")."""
    first, last = first.strip(), last.strip()
    if len(last) <= len(first):
        return ""
    words_ = [w for w, _ in tag(first)]
    for head in (words_[-1] if words_ and len(words_[-1]) > 1 else "", first[-LIST_HEAD_CHARS:]):
        at = last.find(head) if head else -1
        if at >= 0:
            return last[at + len(head):]
    if len(words_) == 1:
        return "".join(w for w, _ in tag(last)[1:])
    return ""


_FUNDING_END = lazy_regex(
    "(?P<verb>" + "|".join(words.FUNDING_VERBS) + r")\s*(?:" + "|".join(words.CURRENCY_WORDS) + r")?\s*$")
_NAME_AFTER = lazy_regex(
    rf"[^。；;！？\n]{{0,{FUNDED_NAME_GAP}}}?[「“《]([^」”》\n]{{{MIN_NAME_CHARS},{FUNDED_NAME_MAX}}})[」”》]")
_PURPOSE_AFTER = lazy_regex(
    r"\s*(?:预算|经费|资金)?\s*[，,]?\s*(?:" + "|".join(words.PURPOSE_VERBS)
    + rf")([^，,。；;\n]{{{MIN_NAME_CHARS},{PURPOSE_AFTER_MAX}}})")
_PURPOSE_BEFORE = lazy_regex(r"(?:^|[。；;！？\n])\s*为了?(?:持续|进一步|加快|加速|全面)?(?:" + "|".join(words.PURPOSE_VERBS)
                             + rf")?([^，,。；;\n]{{{MIN_NAME_CHARS},{PURPOSE_BEFORE_MAX}}})[，,]")


def funded_thing(c: Candidate, ctx: Context) -> str:
    """What an amount funds, when the words before it are only who funds and when ("政府今年将投入15亿元"):
    the programme named after it ("…，推动「某某计划」" -> 某某计划投入经费), else what it is spent on right
    after it ("…，用于社区养老设施建设"), else the purpose the sentence opens with ("为推动节能改造，…编列8亿元"
    -> 节能改造预算); "" when the lead names something itself or funds nothing."""
    clause_start = ctx.seg.clause(c.span[0])[0]
    funding = _FUNDING_END.search(ctx.text, clause_start, c.span[0])
    if funding is None or usable(trim_lead(ctx.text[clause_start: funding.start()])):
        return ""
    suffix = "投入经费" if funding.group("verb") in ("投入", "投资") else "预算"
    sentence_start, sentence_end = ctx.seg.sentence(c.span[0])
    for pattern, at in ((_NAME_AFTER, c.span[1]), (_PURPOSE_AFTER, c.span[1])):
        m = pattern.match(ctx.text, at, sentence_end)
        if m and usable(m.group(1)):
            return trim_lead(m.group(1)) + suffix
    before = last_match(_PURPOSE_BEFORE, ctx.text, max(0, sentence_start - 1), c.span[0])
    if before and usable(trim_lead(before.group(1))):
        return trim_lead(before.group(1)) + suffix
    return ""


_EVERY_YEAR = regex.compile(r"每年(?!度)")


def counted_over(c: Candidate, ctx: Context, year: Optional[int], indicator: str) -> str:
    """The stretch of time an amount is counted over, as a note to what is measured: "（每年）" for an amount a
    year ("每年新增就业2万人"), the span of years of a target that has no deadline year ("2024—2025年，…节能量约
    500万吨" -> "（2024—2025年）"); "" for none."""
    if "每年" in indicator or "（" in indicator:
        return ""
    if _EVERY_YEAR.search(ctx.lead(c)) and c.unit not in ("%", "个百分点"):
        return "（每年）"  # not a yearly rate ("每年降低2个百分点"): the change says it
    if year is not None:
        return ""
    spans = [y for y in ctx.years_in(ctx.seg.sentence(c.span[0])[0], c.span[0])
             if y.kind == "range" and y.year and y.year_end]
    return f"（{spans[-1].year}—{spans[-1].year_end}年）" if spans else ""


def named_before(indicator: str, c: Candidate, ctx: Context) -> str:
    """The clause before the number's own names the same work more fully ("推进老旧小区加装电梯，全年加装电梯200台"
    -> 老旧小区加装电梯): it ends with the indicator and says more."""
    start = ctx.seg.clause(c.span[0])[0]
    if not indicator or start <= 0 or ctx.text[start - 1] not in "，,":
        return indicator
    before = ctx.text[ctx.seg.clause(start - 1)[0]: start - 1].strip()
    core = _SCOPE_OPENING.sub("", indicator)  # "全年加装电梯": the work is 加装电梯
    if len(core) < MIN_NAME_CHARS or not before.endswith(core) or len(before) <= len(core):
        return indicator
    fuller = trim_lead(before)
    return fuller if fuller.endswith(core) and len(fuller) > len(core) else indicator


_SCOPE_OPENING = lazy_regex(r"^(?:全年|年内|今年|全市|全省|全区|全县)")


def subject_before(c: Candidate, ctx: Context) -> str:
    """The clause before the number's own, when that one holds only times and comparators and the one before
    names a measure ("道路修复率，预计2027年达到95%")."""
    start = ctx.seg.clause(c.span[0])[0]
    if start <= 0 or ctx.text[start - 1] not in "，,":
        return ""
    if usable(trim_lead(ctx.text[start: c.span[0]])):
        return ""
    before = _STATED_VALUE.sub("", ctx.text[ctx.seg.clause(start - 1)[0]: start - 1])  # "…修复率为85%"
    before = trim_lead(before)
    return before if usable(before) and _RATE_END.search(before) else ""


_STATED_VALUE = lazy_regex(r"(?:为|是|达到?|约)?\s*[\d.,]+\s*[^\d\s，,。]{0,3}$")
_RATE_END = lazy_regex(r"(?:率|比例|比重|占比|指数|水平|系数)$")
CHANGE_PHRASE_END = lazy_regex(
    r"(?:年均|每年|同比)?(?:" + "|".join(words.CHANGE_VERBS) + r")\s*$")
_AMONG = regex.compile(r"其中")
_BESIDES = lazy_regex(r"另|此外|同时")


def whole_of(c: Candidate, ctx: Context, sentence: int, kept: KeptTargets) -> str:
    """The whole a part is counted out of: "安排项目180项，其中新开工20项" - the indicator of the target before 其中
    in the sentence, for every target after it there."""
    among = last_match(_AMONG, ctx.text, sentence, c.span[0])
    if among is None or _BESIDES.search(ctx.text, among.end(), c.span[0]):
        return ""  # "其中A，另安排B": B is no part of the whole
    whole = [t for t in kept.indicators.get(sentence, []) if t[0] < among.start()]
    return whole[-1][1] if whole else ""


def part_of(parent: str, lead: str, own: str) -> str:
    """A part's indicator: the whole's, then what this part is ("重大项目" + "新开工" -> 重大项目新开工)."""
    part = _LEAD_PART.sub("", lead).strip()
    part = trim_lead(part) or part
    if not part or part in parent:
        return parent  # "关停机组30万千瓦，其中2026年关停12万千瓦": the part is the whole's kind
    return parent + part


_LEAD_PART = lazy_regex(r"^[\s，,]*其中|[\s，,]")


def shares_list_head(indicator: str, previous: str) -> str:
    """A later item of a list shares what opens the first one: its making verb ("新建绿地…、绿道…" -> 新建绿道),
    or the subject before the first item's verb when this one starts with its own verb ("钢铁行业改造形成节能量…、
    减排二氧化碳…" -> 钢铁行业改造减排二氧化碳)."""
    own, first = tag(indicator), tag(previous)
    if not own or not first:
        return indicator
    if first[0][0] in words.INDICATOR_VERBS and own[0][0] not in words.INDICATOR_VERBS and own[0][1][:1] != "v":
        return first[0][0] + indicator
    if own[0][1][:1] == "v" and own[0][0] not in words.INDICATOR_VERBS:
        verbs = [i for i, (w, f) in enumerate(first) if f[:1] == "v" and i > 0]
        if verbs and len(first) - verbs[-1] <= LIST_VERB_REACH:
            subject = "".join(w for w, _ in first[: verbs[-1]])
            if usable(subject) and not indicator.startswith(subject):
                return subject + indicator
    return indicator


_GENERIC_MEASURE = lazy_regex(r"^(?:合计|共计|总计|累计)?(?P<m>(?:年|总|年总)?(?:" + "|".join(words.GENERIC_MEASURES) + "))$")
_TOPIC_VERBS = lazy_regex(r"^(?:" + "|".join(words.TOPIC_OPENERS) + ")+")


def whose_measure(indicator: str, previous: Optional[str], section_title: str) -> str:
    """A generic measure says whose it is ("合计产能", "年产值"): the thing of the target before it in the sentence
    ("关停退出小煤矿，合计产能…" -> 关停退出小煤矿产能), else the topic of its section ("发展生物医药产业" …
    "年产值" -> 生物医药产业年产值)."""
    m = _GENERIC_MEASURE.match(indicator)
    if not m:
        return indicator
    owner = previous if previous and not _GENERIC_MEASURE.match(previous) else _TOPIC_VERBS.sub("", section_title)
    owner = trim_lead(_OWNERS_MEASURE.sub("", owner)) if owner else ""  # "签约服务覆盖率" owns "满意度" as 签约服务
    return owner + m.group("m") if usable(owner) else indicator


_OWNERS_MEASURE = lazy_regex(r"(?:覆盖率|参与率|达标率|完成率|比例|比重|占比|人数|数量|\p{Han}{0,2}率)$")


_SHARED_VALUE = lazy_regex(
    rf"\s*(?P<subject>[^，,。；;\d]{{{SHARED_SUBJECT_MIN},{SHARED_SUBJECT_MAX}}}?)"
    r"(?P<adv>分别|(?<![年人户日月平])均|各)?\s*(?:" + "|".join((*words.RESOLVE_WORDS, "要", "将")) + r")?\s*"
    r"(?P<verb>(?:年均|每年)?(?:" + "|".join(
        regex.escape(w) for w in sorted(words.BINDING_WORDS, key=len, reverse=True)
    ) + r"))?\s*$"
)
_THING_SEP = regex.compile(r"[、和及与]|以及")


def sharing_things(c: Candidate, ctx: Context, target: Target) -> list[str]:
    """The indicators of the things one value is stated for ("石材、陶瓷能耗均降低7%", "A和B各1个",
    "城镇居民收入和农村居民收入增长7%": each thing has its own target, SPEC: one row per indicator): a list of
    things before 分别/均/各, or two or more things that end alike (收入 … 收入, 率 … 率) right before the
    comparator or change word; and no other value in the clause. [] when the value is one thing's."""
    start, end = ctx.seg.clause(c.span[0])
    if _THING_SEP.search(ctx.text, start, c.span[0]) is None or _DIGIT.search(ctx.text, c.span[1], end):
        return []  # no list before the number, or another value after it: one scan each before the costly match
    m = _SHARED_VALUE.match(ctx.text, start, c.span[0])
    if m is None or (m.group("adv") is None and m.group("verb") is None):
        return []
    subject = m.group("subject")
    if "占" in subject or "的" in subject or "“" in subject and "”" not in subject:
        return []
    things = [t.strip() for t in _THING_SEP.split(subject)]
    if not 2 <= len(things) <= MAX_SHARED or any(len(t) < MIN_NAME_CHARS for t in things):
        return []
    if m.group("adv") is None and len({t[-1] for t in things}) != 1:
        return []  # "医保和大病保险覆盖率": one thing named by a compound, not two things
    first, last = things[0], things[-1]
    tail = _shared_tail(first, last) or _tail_after_like_word(first, last)
    at = target.indicator.rfind(last)
    suffix = target.indicator[at + len(last):] if at >= 0 else (m.group("verb") or "")
    suffix = _ADVERB_OPENING.sub("", suffix)
    return [(_shared_head(first, t) if i else "") + t + (tail if i < len(things) - 1 else "") + suffix
            for i, t in enumerate(things)]


_ADVERB_OPENING = regex.compile(r"^(?:分别|均|各)")


def _shared_head(first: str, later: str) -> str:
    """What the first thing of a list says before the part a short later thing replaces ("中心城区机械化清扫率",
    "洒水率" -> "中心城区机械化")."""
    if len(later) > SHORT_THING or len(first) <= len(later) or first[-1] != later[-1]:
        return ""
    return first[: len(first) - len(later)]


def _tail_after_like_word(first: str, last: str) -> str:
    """What the last thing adds after a first word as long as the first thing's last word ("市级奶牛",
    "肉牛产业示范园" -> "产业示范园")."""
    own, other = [w for w, _ in tag(first)], [w for w, _ in tag(last)]
    if len(own) < 1 or len(other) < 2 or len(other[0]) != len(own[-1]):
        return ""
    return "".join(other[1:])
