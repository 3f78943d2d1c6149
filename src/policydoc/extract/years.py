"""Year mentions: points, deadlines, ranges, five-year periods and redacted years.

``extract_years`` finds them in one pass of one alternation whose branches are
tried in order (range before deadline before point), so "2021年3月至2021年6月"
is one range, not two points, and "2007年与2009年间" one range 2007–2009.

A space may stand before 年 ("2025 年底前", PDF and Taiwan text), and in letter-spaced
PDF text between the digits ("2 0 0 5 年", see ``patterns.letter_spaced``).

Taiwan (ROC, 民国) years: "民国38年" is always 1949. A bare three-digit year 100–130
("104年", "112年度", "本(104)年度", "104 至 105 年") is a ROC year only when the caller says
the document is Taiwanese (``roc_years=True``: it is in traditional script or names
民國/中華民國); otherwise it is left to the other finders, which report no duration for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import re

from ..models import YearMention
from ..settings import SPACED_YEAR_GATE_BEFORE, YEAR_GATE_AFTER, YEAR_GATE_BEFORE
from ..core.numerals import parse_cn_digits, parse_cn_numeral
from .patterns import Mask, gated_matches, letter_spaced, validated
from .._lazy import lazy_re

ROC_OFFSET = 1911
"""ROC year N is N + 1911 (民国1年 = 1912)."""
_GREGORIAN = r"(?<!\d)(?:19|20)\d{2}"
_SPACED = r"(?<![\d.])(?<!\d\ )[12](?:\ \d){3}"
_CN_YEAR = r"(?<![零〇○一二两三四五六七八九十])[一二][〇○零九][零〇○一二三四五六七八九]{2}"
_CN_YEAR_GATE = re.compile("[一二][〇○零九][零〇○一二三四五六七八九]{2}")
"""What every year of ``_CN_YEAR`` is: a text without one gets the year pattern without it."""
_CN_NUMERAL = "零〇○一二两三四五六七八九十百"
_ROC_CN = ("[四五六七八九]十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]?十[一二三四五六七八九]?)?"
           "|[四五六七八九][零〇○一二三四五六七八九]|一[零〇○一二][零〇○一二三四五六七八九]")
"""A ROC year in Chinese: a numeral (九十七, 一百零一) or digit by digit (九七, 一○一), 40 to 129."""
_ROC = (r"(?<![\d.,])(?:1[01]\d|12\d|130)(?![\d.,])|[(（](?:1[01]\d|12\d|130)[)）]"
        r"|(?<![\d.,/／逾近满过])[4-9]\d(?=\ ?年度)"  # a fiscal year before ROC 100: "95年度" is 2006 (not "1998/99年度")
        # a date or a span of years before ROC 100: "98年7月", "98年底", "98至101年", "98年至101年" (not a duration:
        # "满30年")
        r"|(?<![\d.,/／逾近满过约])[4-9]\d(?=\ ?年(?:\d{1,2}月|底|初|末)|\ ?年?\ ?(?:至|到)\ ?(?:1[01]\d|[4-9]\d)\ ?年)"
        rf"|(?<![{_CN_NUMERAL}逾近满过])(?:{_ROC_CN})(?=\ ?年(?:度|底|初|末|[一二三四五六七八九十]{{1,2}}月))"  # 九十七年度, 九十五年三月
        rf"|[(（](?:{_ROC_CN})[)）]")  # 本（九十六）年
_MD = r"(?:\d{1,2}月(?:\d{1,2}日)?)?"
_END = r"(?:年?底|年?末)"
_NIAN = r"\ ?学?年"  # 2025年, and a school year 2025学年 / 102學年度


@lru_cache(maxsize=8)
def year_pattern(spaced: bool = False, roc: bool = False, cn_years: bool = True) -> re.Pattern[str]:
    """The year pattern; ``spaced`` for letter-spaced PDF text, ``roc`` for Taiwan (ROC) years; without ``cn_years``,
    no year written in Chinese digits (二〇二五): the same matches in a text without one (see ``_CN_YEAR_GATE``), at
    2.8 instead of 7 ms of compiling (the year stands in the pattern nine times)."""
    y = "|".join([_GREGORIAN] + ([_CN_YEAR] if cn_years else []) + ([_SPACED] if spaced else []) + ([_ROC] if roc else []))
    y = f"(?:{y})"
    return lazy_re(  # compiled at the first gate hit
        rf"""
        (?P<range> (?P<r1>{y}){_NIAN}{_MD} \s*(?:至|到|[-—–~～－]+)\s* (?P<r2>{y}){_NIAN}{_MD}
                 | (?P<r1b>{y}) \s*(?:至|[-—–~～－]+)\s* (?P<r2b>{y}){_NIAN}
                 | (?P<r1c>{y}){_NIAN} \s*(?:与|和|及)\s* (?P<r2c>{y}){_NIAN}之?间 )   # 2007年与2009年间
        | (?P<deadline> (?:到|至|截至|截止到?)\ ?(?P<d1>{y}){_NIAN}{_END}?(?:前|以前)?
                      | (?P<d2>{y}){_NIAN}(?:{_END}|\d{{1,2}}月(?:底|末|\d{{1,2}}日)?)?(?:前|以前)   # 2019年6月底前
                      | (?:到|至)?\ ?(?<![第零〇○一二两三四五六七八九十百])“?(?P<dn>十[一二三四五六七八九])五”?
                        (?:时期|期)?末 )                                    # 到“十三五”末: the period's last year
        | (?P<redacted> 20\*+年 | \*{{2,4}}年 )
        | (?P<roc> 民国\ ?(?P<rn>\d{{1,3}}|[一二两三四五六七八九十百零〇]{{1,5}})\ ?年 )  # (中华)民国38年: 1949
        | (?P<point> (?P<p>{y}){_NIAN}{_END}? )
        | (?P<period> (?<![第零〇○一二两三四五六七八九十百])“?(?P<n>十[一二三四五六七八九])五”?
                    | “(?P<n2>[六七八九十])五” )   # the 6th to 10th plans only quoted: “八五”, “十五”
        """,
        re.VERBOSE,
    )


YEAR_PATTERN = year_pattern()
_GATE = re.compile(r"年|十[一二三四五六七八九]五|“[六七八九十]五”")
"""Every year mention holds one of these; the full pattern only runs around them."""
_STARTS = lazy_re(r"[12一二到至截*“十民]")
_ROC_STARTS = lazy_re(r"[1-9一二四五六七八九到至截*“十民(（]")
"""Every first character a year mention can have (see ``year_pattern``); ROC years may open with a bracket."""


def parse_year(text: str) -> Optional[int]:
    """A year written in Arabic or Chinese digits; a three-digit one is a ROC year.

    >>> parse_year("2025"), parse_year("二〇三五"), parse_year("二○三五"), parse_year("2 0 0 5"), parse_year("104")
    (2025, 2035, 2035, 2005, 2015)
    """
    digits = "".join(text.split()).strip("()（）")
    if digits.isdigit():
        year = int(digits)
        return year + ROC_OFFSET if year < 1000 else year
    if len(digits) < 4:  # a ROC year in Chinese (九十七, 九七, 一○一): ``_ROC_CN`` only matches in ROC mode
        value = parse_cn_numeral(digits) if any(c in "十百" for c in digits) else parse_cn_digits(digits.rjust(3, "零"))
        return None if not value else int(value) + ROC_OFFSET
    return parse_cn_digits(digits)


def parse_roc_year(text: str) -> Optional[int]:
    """The Gregorian year of ROC year ``text`` (Arabic or a Chinese numeral).

    >>> parse_roc_year("38"), parse_roc_year("一百零四"), parse_roc_year("x")
    (1949, 2015, None)
    """
    value = int(text) if text.isdigit() else parse_cn_numeral(text)
    return None if not value else int(value) + ROC_OFFSET


def five_year_period(ordinal: int) -> tuple[int, int]:
    """First and last year of the N-th five-year plan (from the 3rd on, 1966–1970).

    >>> five_year_period(13), five_year_period(14), five_year_period(15)
    ((2016, 2020), (2021, 2025), (2026, 2030))
    """
    start = 1966 + 5 * (ordinal - 3)
    return start, start + 4


def _mention(m: re.Match[str]) -> Optional[YearMention]:
    span, text = m.span(), m.group()
    if m.group("range"):
        first = m.group("r1") or m.group("r1b") or m.group("r1c")
        last = m.group("r2") or m.group("r2b") or m.group("r2c")
        return validated(
            YearMention, year=parse_year(first), year_end=parse_year(last), text=text, span=span, kind="range"
        )
    if m.group("deadline"):
        if m.group("dn"):
            year = five_year_period(int(parse_cn_numeral(m.group("dn")) or 0))[1]
            return validated(YearMention, year=year, text=text, span=span, kind="deadline")
        year = parse_year(m.group("d1") or m.group("d2"))
        return validated(YearMention, year=year, text=text, span=span, kind="deadline")
    if m.group("redacted"):
        return validated(YearMention, year=None, text=text, span=span, kind="redacted")
    if m.group("roc"):
        year = parse_roc_year(m.group("rn"))
        return None if year is None else validated(YearMention, year=year, text=text, span=span, kind="point")
    if m.group("point"):
        return validated(YearMention, year=parse_year(m.group("p")), text=text, span=span, kind="point")
    ordinal = int(parse_cn_numeral(m.group("n") or m.group("n2")) or 0)
    first, last = five_year_period(ordinal)
    return validated(YearMention, year=first, year_end=last, text=text, span=span, kind="period")


def extract_years(text: str, mask: Mask, roc_years: bool = False) -> list[YearMention]:
    """Every year mention of ``text``, in order; claims their spans in ``mask``.

    ``roc_years``: the document is Taiwanese (traditional script, or it names 民國/中華民國), so a
    bare three-digit year 100–130 is a ROC year ("104年" -> 2015). Off by default: in a mainland
    document "120年" is a duration.

    >>> [(y.kind, y.year, y.year_end) for y in extract_years("到2025年，“十四五”时期", Mask(20))]
    [('deadline', 2025, None), ('period', 2021, 2025)]
    >>> [(y.text, y.year, y.year_end) for y in extract_years("“八五”期间，“十五”计划，八五折", Mask(20))]
    [('“八五”', 1991, 1995), ('“十五”', 2001, 2005)]
    >>> [(y.text, y.kind, y.year, y.year_end) for y in extract_years("2007年与2009年间，2025 年底前", Mask(30))]
    [('2007年与2009年间', 'range', 2007, 2009), ('2025 年底前', 'deadline', 2025, None)]
    >>> [(y.text, y.year) for y in extract_years("至102学年度止", Mask(9), roc_years=True)]
    [('至102学年', 2013)]
    >>> [(y.text, y.year) for y in extract_years("95年度编列", Mask(6), roc_years=True)]
    [('95年', 2006)]
    >>> [(y.text, y.year) for y in extract_years("104年度编列，至 107 年达到，中华民国38年", Mask(30), roc_years=True)]
    [('104年', 2015), ('至 107 年', 2018), ('民国38年', 1949)]
    >>> [(y.text, y.year) for y in extract_years("九十七年度预算，九七年度，本（九十六）年，一○一年度，九十四年来", Mask(40),
    ...                                         roc_years=True)]
    [('九十七年', 2008), ('九七年', 2008), ('（九十六）年', 2007), ('一○一年', 2012)]
    >>> [(y.text, y.year) for y in extract_years("九十五年三月核定，九十六年底完成", Mask(20), roc_years=True)]
    [('九十五年', 2006), ('九十六年底', 2007)]
    """
    found: list[YearMention] = []
    spaced = letter_spaced(text)
    cn_years = _CN_YEAR_GATE.search(text) is not None
    pattern, starts = year_pattern(spaced, roc_years, cn_years), _ROC_STARTS if roc_years else _STARTS
    for m in gated_matches(pattern, _GATE, text, before=SPACED_YEAR_GATE_BEFORE if spaced else YEAR_GATE_BEFORE,
                           after=YEAR_GATE_AFTER, starts=starts):
        if mask.free(*m.span()):
            mention = _mention(m)
            if mention is not None:
                found.append(mention)
                mask.claim(*m.span())
    return found
