"""Outline marker recognisers: one small named rule per numbering style, in one ordered table.

Each rule says what it recognises (a regex), how it reads the ordinal, whether
it may interrupt running text (``run_in``: seen after 。；： inside a
paragraph) and whether it may only *continue* a list (``continue_only``: the
sloppy bare number of "3 提升", never trusted to open one). ``recognise(text,
pos)`` tries one rule at a position; :func:`scan_candidates` finds them all in
one compiled pass over the text (the table compiled into one alternation, in
table order, so at a position the earlier rule wins: 1.1 before 1.).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple, Optional

from ..core.numerals import (
    CIRCLED, FORMAL_NUMERAL_CHARS, PAREN_IDEOGRAPHS, parse_circled, parse_formal_numeral, parse_paren_ideograph,
)
from ..core.numerals import ORDINAL_CHARS as CN_NUMERAL_CHARS
from ..core.numerals import parse_ordinal as parse_cn_numeral
from .title_words import DOC_TYPE_WORDS, MEASURE_WORDS

HAN = "\u4e00-\u9fff"
CN = f"[{CN_NUMERAL_CHARS}]{{1,5}}"
FORMAL = f"[{FORMAL_NUMERAL_CHARS}]{{1,4}}"
NUM = r"(?<![\d.．])\d{1,3}"  # 1..999, not the tail of a longer number or a decimal
_BLANKS = (" ", "\t", "\u3000")  # a tuple, so the empty string at the end of the text is not "in" it


class Candidate(NamedTuple):
    """A marker found in the text, before the sequence parser decides whether it is a heading.

    A NamedTuple: tens of thousands are made per megabyte, and a tuple is the cheapest object to build.
    """

    rule: str
    style: str  # the Section.style
    family: str  # numbering sequence it belongs to (style, plus depth for 1.1 / 1.1.1)
    number: int
    marker: str  # as it stands in the text: "一、", "(一)", "1 .", "3"
    start: int
    end: int  # end of the marker
    title_start: int  # after the blanks that follow the marker
    run_in: bool
    continue_only: bool


def _number_of(parse: Callable[[str], Optional[int]], strip: str) -> Callable[[str], Optional[int]]:
    """Read the ordinal with ``parse`` once the wrapper characters in ``strip`` (第…章, (…), 、) are cut off."""

    def read(marker: str) -> Optional[int]:
        return parse(marker.strip(strip))

    return read


def _cn_or_arabic(s: str) -> Optional[int]:
    digits = s.replace(" ", "")
    return int(digits) if digits.isdigit() else parse_cn_numeral(s)


#: an Arabic ordinal of a chapter or article, perhaps letter-spaced by a PDF copy ("第 1 0 条" kept as "第1 0条")
SPACED_NUMBER = r"\d(?: ?\d){0,2}"


_WRAP = "第编篇章节条部分专栏：:、.．·,，。()（） \u3000\n"


def _decimal_path(marker: str) -> Optional[int]:
    parts = [int(p) for p in marker.split(".")]
    return parts[-1] if all(p >= 1 for p in parts) else None


_LETTERS_UPPER = "[A-Z]"
_LETTERS_LOWER = "[a-z]"


def _letter_number(marker: str) -> Optional[int]:
    """A. -> 1, b. -> 2: the letter's place in the alphabet."""
    letter = marker.strip(_WRAP)
    return ord(letter.upper()) - 64 if len(letter) == 1 and letter.isascii() and letter.isalpha() else None


_READINGS: dict[tuple[str, str], Optional[tuple[int, str]]] = {}
_READINGS_MAX = 100_000  # markers are short and few; the bound only guards against pathological input


@dataclass(frozen=True)
class Rule:
    """One recogniser: ``pattern`` finds the marker, ``read`` turns it into the ordinal."""

    name: str
    style: str
    pattern: str
    read: Callable[[str], Optional[int]]
    run_in: bool = True
    continue_only: bool = False
    needs: str = ""
    """A cheap pattern found in every text where the rule finds a marker (beyond its kind's gate in ``_KINDS``): the
    scanner of a text without it leaves the rule out (``_held``). Spelled without a Han range (``HAN_LIKE``), as
    the gates are compiled in every process that meets the rule's kind."""

    def family(self, marker: str) -> str:
        return f"{self.style}:{marker.count('.') + 1}" if self.style == "decimal_path" else self.style

    def reading(self, marker: str) -> Optional[tuple[int, str]]:
        """``(number, family)`` of ``marker``, or None when the ordinal is malformed; memoised.

        A document repeats a few dozen distinct markers ("一、", "(二)", "3.") thousands of
        times, so the ordinal is parsed once per distinct marker, not once per occurrence.
        """
        key = (self.name, marker)
        try:
            return _READINGS[key]
        except KeyError:
            pass
        number = self.read(marker)
        found = (number, self.family(marker)) if number is not None and number >= 1 else None
        if len(_READINGS) < _READINGS_MAX:
            _READINGS[key] = found
        return found

    def make(self, text: str, start: int, end: int) -> Optional[Candidate]:
        """The candidate for the marker ``text[start:end]``, or None when the ordinal is malformed."""
        marker = text[start:end]
        found = self.reading(marker)
        if found is None:
            return None
        title_start = end
        while text[title_start : title_start + 1] in _BLANKS:
            title_start += 1
        return Candidate(self.name, self.style, found[1], found[0], marker, start, end, title_start,
                         self.run_in, self.continue_only)

    def recognise(self, text: str, pos: int = 0) -> Optional[Candidate]:
        """The candidate this rule finds exactly at ``pos``, else None."""
        m = _compiled(self).match(text, pos)
        return self.make(text, m.start(), m.end()) if m else None


# ``\w`` holds every Han character (U+4E00–U+9FFF are letters to Python's ``str.isalnum``, tested): a class holding
# ``\w`` spells no Han range, which the stdlib compiler expands one code point at a time (about 1 ms a class)
# after a Han character a numeral is mostly a word's tail (统一、); after a document-type word it may open
# the first list of a title run into the text (…工作计划一、指导思想); the sequence parser decides
HAN_LIKE = r"[^\W\d_A-Za-z]"
"""A word character that is no digit, underscore or ASCII letter: every Han character, compiled without the range."""
_GLYPH = "[\ue000-\uf8ff]"  # a private-use glyph
_LETTER_BEFORE_HAN = rf"[A-Za-z][.．、][ \t\u3000]*(?:{HAN_LIKE}|[“「(（])"  # a letter, its dot, Han
# a number opening no word, then blanks, perhaps a line break, and Han (decimal tops); a line of its own's number
# before Han; a number opening no word, then perhaps a space and Han (the bare number). Each opens with its first digit
# and looks behind it from there ("not after X" as (?<!X\d) after the digit): a search finds a pattern's opening digit
# in C, where a pattern opening with a look-behind is tried at every position (three times slower on a text without it)
_AFTER_DOC_WORD = "|".join(f"(?<={w})" for w in DOC_TYPE_WORDS)
_AFTER_DOC_WORD_DIGIT = "|".join(f"(?<={w}\\d)" for w in DOC_TYPE_WORDS)  # the same, looked behind from the digit
_TOP_BEFORE_HAN = rf"\d(?:(?<![\w.．\-－–—]\d)|{_AFTER_DOC_WORD_DIGIT})\d{{0,2}}[ \t\u3000]*\n?[ \t\u3000]*{HAN_LIKE}"
_LINE_NUMBER_BEFORE_HAN = rf"\d(?<![^\n]\d)\d{{0,2}}[ \t\u3000]*{HAN_LIKE}"
_BARE_BEFORE_HAN = rf"\d(?<![\w.\-－–—]\d)\d{{0,2}} ?{HAN_LIKE}"

_NOT_QUANTITY = f"(?![{''.join(sorted(MEASURE_WORDS))}%％])"
_CN_READ = _number_of(parse_cn_numeral, _WRAP)
_ARABIC_READ = _number_of(int, _WRAP)
_CN_OR_ARABIC_READ = _number_of(_cn_or_arabic, _WRAP)


def _ARTICLE_READ(marker: str) -> Optional[int]:
    """The article's number; an inserted article's (第九条之一) is its base article's."""
    return _CN_OR_ARABIC_READ(marker.split("之", 1)[0])


_LABEL_NUMBER = re.compile(rf"(?:\d{{1,2}}|{CN})$")


def _label_read(marker: str) -> Optional[int]:
    """【重点工作12】 -> 12, 【重大工程三】 -> 3: the number closing the label."""
    found = _LABEL_NUMBER.search(marker.strip("【】 \t\u3000"))
    return _cn_or_arabic(found.group()) if found else None


STEMS = "甲乙丙丁戊己庚辛壬癸"
"""The heavenly stems, numbering the top parts of some speeches and reports (Hong Kong policy addresses: 甲、引言)."""


def _stem_read(marker: str) -> Optional[int]:
    """甲、 -> 1, 丙. -> 3: the stem's place in the cycle."""
    stem = marker.strip(_WRAP)
    return STEMS.index(stem) + 1 if len(stem) == 1 and stem in STEMS else None


def _arabic_glyph_read(marker: str) -> Optional[int]:
    """The number before a private-use glyph ("12\ue010")."""
    return int(marker[:-1]) if marker[:-1].isdigit() else None


def _cn_glyph_read(marker: str) -> Optional[int]:
    """The Chinese numeral before a private-use glyph ("三\ue5e5")."""
    return parse_cn_numeral(marker[:-1])

CITING_BEFORE = "将把对按依照据"
"""Verbs and prepositions that cite a chapter or an article of another text: 将/把 (an amendment: "将第一条修改为"),
对, 按, 依, 照, 据 (依照/根据/按照第X条)."""
_NOT_CITED = f"(?<![{CITING_BEFORE}])"

# Order matters: earlier rules win at a position (decimal_path before arabic_dot before arabic_bare).
RULES: tuple[Rule, ...] = (
    Rule("division_marker", "division", f"第{CN}[编篇]", _CN_READ),  # 第一编 of a code, 第一篇 of a plan
    # a chapter or article named after a verb or a preposition of citing ("将第一条…修改为", "按第三条规定",
    # "依照第二章") is a cross reference, not a marker (``CITING_BEFORE``)
    Rule("chapter_marker", "chapter", rf"{_NOT_CITED}第(?:{CN}|{SPACED_NUMBER})章", _CN_OR_ARABIC_READ),
    Rule("section_marker", "section", rf"第(?:{CN}|{SPACED_NUMBER})节", _CN_OR_ARABIC_READ),
    # 第三条规定的… / 第三条中的… are cross references, not articles: 中 there is a postposition, before 的, 规定, 所,
    # 第 or punctuation; an article may open with a word of 中 (第十一条中介组织…, 第五条中小学校…) or of 规 other
    # than 规定 (第五条规划编制机关…, glued to its article's number)
    # an article an amendment inserted after 第九条 is 第九条之一 (Taiwanese statutes, an amended code): its number is
    # read as its base article's, and ``number_inserted_articles`` renumbers the run for the sequence
    Rule("article_marker", "article",
         rf"{_NOT_CITED}第(?:{CN}|{SPACED_NUMBER})条(?:之{CN})?(?!规定|[的所之款]|中(?:[的规所列提第，,、。；;]|$))",
         _ARTICLE_READ),
    Rule("part_marker", "part", f"第{CN}部分", _CN_READ),
    # "第一，深化政府机构改革。" as a line of its own: a report's ordinal heads, a short title without a comma that a full
    # stop and the line's end close ("第一，是为…", "第一，X坚持…，…" and "第一，加快转变政府职能。这是…" open paragraphs)
    Rule("ordinal_comma_marker", "ordinal", rf"(?<![^\n])第{CN}，(?=(?!是)[^，,。；\n]{{2,30}}。?[ \t\u3000]*(?:\n|$))",
         _CN_READ),
    # 专栏1 / 专栏一：a box set in the text (a table of indicators, a list of projects), numbered on through
    # the document; it nests where it stands. Its title may open with a digit or a letter after a space
    # ("专栏7  5G＋工业互联网融合应用工程")
    # A web page's box heading set in three spans comes out as three lines ("专栏\n1\n国家物流枢纽建设工程")
    Rule("box_marker", "box",
         rf"专栏[ \t\u3000]*(?:{CN}|\d{{1,2}})[：:]?(?=[ \t\u3000]*[“\"{HAN}]|[ \t\u3000]+[0-9A-Za-z])"
         rf"|(?<![^\n])专栏[ \t\u3000]*\n[ \t\u3000]*(?:{CN}|\d{{1,2}})[：:]?(?=[ \t\u3000]*\n[ \t\u3000]*[“\"{HAN}])",
         _CN_OR_ARABIC_READ),
    # 【重点工作1】 / 【重大工程2】: a labelled box in brackets at a line start, numbered on through the document as
    # 专栏 is ("【重点工作1】完善社区服务。…")
    Rule("label_box_marker", "box",
         rf"(?<![^\n])【[ \t\u3000]*[{HAN}]{{2,6}}?[ \t\u3000]*(?:{CN}|\d{{1,2}})[ \t\u3000]*】"
         rf"(?=[ \t\u3000]*[“\"{HAN}]|[ \t\u3000]*\n)", _label_read),
    # 甲、引言 / 乙、迎接经济转型 on lines of their own; never 甲、乙类 (an enumeration of classes) or 甲方 (a party)
    Rule("stem_marker", "stem", rf"(?<![^\n \t\u3000])[{STEMS}][ ]?[、.．](?=[ \t\u3000]*[{HAN}“「])(?![ \t\u3000]*[{STEMS}])",
         _stem_read, run_in=False),
    Rule("formal_dun_marker", "tw_formal", f"(?<![{HAN}]){FORMAL}[、.．]", _number_of(parse_formal_numeral, _WRAP),
         needs=f"[{FORMAL_NUMERAL_CHARS}][、.．]"),
    # 一、 and the sloppy 一. 一， 一． "三 ." (a space before the dot); not 一、二年级 (an enumeration of
    # numerals). A year may open the title after 、 or a dot (一.2022年工作回顾), not after a comma (一，2个); not the
    # decimals of a numeral written with a point ("百分之二.一，" in a Taiwanese budget)
    Rule("cn_dun_marker", "cn_dun",
         f"(?:(?<![{HAN}])|{_AFTER_DOC_WORD})(?<![{CN_NUMERAL_CHARS}\\d][.．]){CN}(?:[ ]?、|[ ]?[.．]|[,，](?!\\d))"
         f"(?![{CN_NUMERAL_CHARS}])",
         _CN_READ),
    # 一、一年至少… / 三、三农工作: a title opening with a numeral, trusted at a line start only (not run in,
    # where 一、二年级 is an enumeration), never a grade list (一、二年级…) and never restarting a list
    Rule("cn_dun_numeral_title_marker", "cn_dun",
         f"(?<![{HAN}]){CN}、(?=[{CN_NUMERAL_CHARS}])(?![{CN_NUMERAL_CHARS}]{{1,2}}(?:年级|级|、))", _CN_READ,
         run_in=False, needs=f"、[{CN_NUMERAL_CHARS}]"),
    # "一" alone on its line, its title on the next ("## 一" of a generated Markdown file, the mark removed): a line of
    # four or more characters with no digit or full stop, not a measure word (a month of a table: "五\n月 15")
    Rule("cn_bare_line_marker", "cn_dun",
         f"(?<![^\\n]){CN}(?=[ \\t\\u3000]*\\n[ \\t\\u3000]*(?![{''.join(sorted(MEASURE_WORDS))}])[{HAN}][^\\n\\d。]{{3,40}}\\n)",
         _CN_READ, run_in=False, needs=f"[{CN_NUMERAL_CHARS}][ \t\u3000]*\n"),
    # 三、 glued to the Han text before it: run-on and OCR texts that lost the full stop ("…准确三、不断推进");
    # only ever taken as the next top-level heading of a run-on text (sequence._glued_continuation)
    Rule("cn_dun_glued_marker", "cn_dun", f"(?<=[{HAN}]){CN}、(?![{CN_NUMERAL_CHARS}])", _CN_READ, continue_only=True),
    # not a cross reference to an item of an article ("违反本条例第三十五条第（一）项、第（二）项规定的")
    # a space may part the numeral a web page or a PDF set in two spans ("(十 八)")
    Rule("cn_paren_marker", "cn_paren", f"(?<!第)[(（][ ]?{CN}(?: {CN})?[ ]?[)）](?![项款](?:规定|、|和|或|及|中|的|第|所|之|至))",
         _number_of(lambda s: parse_cn_numeral(s.replace(" ", "")), _WRAP)),
    # "一）指导思想" at a line start: a PDF's text layer lost the opening bracket (read as the bracketed numeral)
    Rule("cn_half_paren_marker", "cn_paren", rf"(?<![^\n \t\u3000]){CN}[)）](?=[ \t\u3000]*[{HAN}])",
         _number_of(parse_cn_numeral, _WRAP), run_in=False, needs=f"[{CN_NUMERAL_CHARS}][)）]"),
    # "三\ue5e5扩大开放…" at a line start: a web page set the item's bracket in a symbol font, kept as a private-use
    # glyph; read as the bracketed numeral (the plain 一、 is mostly the level above, written as it is)
    Rule("cn_glyph_marker", "cn_paren", rf"(?<![^\n \t\u3000]){CN}[\ue000-\uf8ff](?=[{HAN}])", _cn_glyph_read,
         run_in=False, needs=_GLYPH),
    # "1.2 目的" / "1.2.1本预案…" / "1.1“三个中心”建设…": a path of two parts may be a quantity ("1.3本"), one of three
    # or more never is
    Rule("decimal_path_marker", "decimal_path",
         rf"{NUM}(?:\.\d{{1,3}}){{2,3}}(?![\d.%％])(?=[\s{HAN}“《])|{NUM}\.\d{{1,3}}(?![\d.%％])(?=[\s{HAN}“《]){_NOT_QUANTITY}",
         _decimal_path, needs=r"\d\.\d"),
    # "5.3分级响应" glued to a title opening with a measure word (分/人/天…): at a line start only
    Rule("decimal_path_glued_marker", "decimal_path", rf"(?<![^\n]){NUM}(?:\.\d{{1,3}}){{1,3}}(?![\d.%％])(?=[{HAN}“《])",
         _decimal_path, run_in=False, needs=r"\d\.\d"),
    # 1. 1、 1． and the sloppy "1 ."; not 2.0 or 3.8 (decimals) or 5、6月
    # "3.2020年底前…": an item whose title opens with a year, not the decimal 3.2020
    Rule("arabic_dot_marker", "arabic_dot", rf"{NUM}[ ]?[.．、](?:(?![\d])|(?=(?:19|20)\d\d年))", _ARABIC_READ),
    # "…的。12。道德…": OCR read the item's dot as a full stop; after a sentence end, before Han, continuing 11.
    Rule("arabic_stop_marker", "arabic_dot", rf"(?<=[。；;]){NUM}。(?=[{HAN}])", _ARABIC_READ, continue_only=True,
         needs=r"\d。"),
    # "1\ue010突破…" at a line start: a Word export kept the item's dot as a symbol font's private-use glyph
    Rule("arabic_glyph_marker", "arabic_dot", rf"(?<![^\n \t\u3000]){NUM}[\ue000-\uf8ff](?=[{HAN}])", _arabic_glyph_read,
         run_in=False, needs=_GLYPH),
    # "2·调整结构" / "4 ·…": OCR read the item's dot as a middle dot; before Han text, continuing 1.
    Rule("arabic_middot_marker", "arabic_dot", rf"(?<![\d.·]){NUM}[ ]?·(?=[ ]?[{HAN}])", _ARABIC_READ, continue_only=True,
         needs="·"),
    Rule("arabic_paren_marker", "arabic_paren", rf"[(（][ ]?\d{{1,3}}[ ]?[)）]|(?<!\w){NUM}[)）]", _ARABIC_READ),
    Rule("circled_marker", "circled", f"[{CIRCLED}]", parse_circled),
    # ㈠–㈩: the bracketed numeral as one character (a word processor's list numbering), of the (一) list
    Rule("cn_paren_ideograph_marker", "cn_paren", f"[{PAREN_IDEOGRAPHS}]", parse_paren_ideograph),
    # A. B. C. / a. b. c.: letters numbering the deepest items (Taiwanese plans, notices); A before Han text
    Rule("latin_upper_marker", "latin_upper", rf"(?<![A-Za-z\d.．]){_LETTERS_UPPER}[.．、](?=[ \t\u3000]*[{HAN}“「(（])",
         _letter_number, needs=_LETTER_BEFORE_HAN),
    Rule("latin_lower_marker", "latin_lower", rf"(?<![A-Za-z\d.．]){_LETTERS_LOWER}[.．、](?=[ \t\u3000]*[{HAN}“「(（])",
         _letter_number, needs=_LETTER_BEFORE_HAN),
    # "1 总则" / "1　总则" / "1总则" heading a decimal outline (1 / 1.1 / 1.1.1): a bare number, a title, perhaps on
    # the next line ("3 \n运行机制"; not the second number of a figure's "图2-1 …"); kept
    # only where the next decimal marker is its first child N.1 (decimal.confirm_decimal_tops), else read
    # as the sloppy bare number below
    Rule("decimal_top_marker", "decimal_path",
         rf"(?:(?<![\w.．\-－–—])|{_AFTER_DOC_WORD}){NUM}(?=[ \t\u3000]*(?:\n[ \t\u3000]*)?[{HAN}])"
         rf"(?![ \t\u3000]*(?:\n[ \t\u3000]*)?[{''.join(sorted(MEASURE_WORDS))}])",
         _decimal_path, run_in=False, needs=_TOP_BEFORE_HAN),
    # "1人口特征" on a short line of its own: a decimal top whose title opens with a measure word (人/年…),
    # confirmed only as one of a run 1, 2, 3 … of such lines (decimal._counted_title_lines)
    Rule("decimal_top_line_marker", "decimal_path",
         rf"(?<![^\n]){NUM}(?=[ \t\u3000]*[{HAN}][^\n，。；：,;:]{{0,23}}(?:\n|\Z))", _decimal_path, run_in=False,
         needs=_LINE_NUMBER_BEFORE_HAN),
    # "3 提升" / "5提升" of sloppy documents: a bare number before a heading verb, only continuing a list
    Rule("arabic_bare_marker", "arabic_dot", rf"(?<![\w.\-－–—]){NUM}(?![\d.．、%％])(?=[ ]?[{HAN}])(?![ ]?[{''.join(sorted(MEASURE_WORDS))}])", _ARABIC_READ, continue_only=True,
         needs=_BARE_BEFORE_HAN),
)
RULES_BY_NAME = {r.name: r for r in RULES}

_COMPILED: dict[str, re.Pattern[str]] = {}


def _compiled(rule: Rule) -> re.Pattern[str]:
    if rule.name not in _COMPILED:
        _COMPILED[rule.name] = re.compile(rule.pattern)
    return _COMPILED[rule.name]


# The leading lookahead lets the engine skip positions no marker can start at (4x faster than the bare alternation).
_FIRST_CHARS = f"第专【{CN_NUMERAL_CHARS}{FORMAL_NUMERAL_CHARS}{STEMS}(（0-9{CIRCLED}{PAREN_IDEOGRAPHS}A-Za-z"
# The rules by the character they start with, each kind with what every one of its rules needs right after it (a
# gate): 第 before a numeral or a digit; 专栏; a run of up to five numerals that a separator, a line end or a
# private-use glyph follows (the 一、/ 壹、 rules, the bare line, the glyph); a bracket before a numeral or a digit (a
# blank between); a run of one to three digits after no digit or dot (every digit rule opens with ``NUM`` and a
# non-digit follows it); a circled number; a letter before its dot. At a position the scanner asks the kind of its
# character, then only that kind's rules, in table order: the same markers as the whole table (tested), without
# trying ~28 alternatives at the three positions in four that start none (一 of 统一, 2 of 2025, 专 of 专项).
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (rf"第[{CN_NUMERAL_CHARS}\d]", ("division_marker", "chapter_marker", "section_marker", "article_marker", "part_marker",
                                    "ordinal_comma_marker")),
    ("专栏", ("box_marker",)),
    ("【", ("label_box_marker",)),
    (f"[{STEMS}][ ]?[、.．]", ("stem_marker",)),
    (rf"[{CN_NUMERAL_CHARS}{FORMAL_NUMERAL_CHARS}]{{1,5}}(?:[ ]?[、.．]|[,，]|[ \t\u3000]*\n|[\ue000-\uf8ff]|[)）])",
     ("formal_dun_marker", "cn_dun_marker", "cn_dun_numeral_title_marker", "cn_bare_line_marker", "cn_dun_glued_marker",
      "cn_half_paren_marker", "cn_glyph_marker")),
    (rf"[(（][ ]?[{CN_NUMERAL_CHARS}\d]", ("cn_paren_marker", "arabic_paren_marker")),
    (r"(?<![\d.．])[0-9]\d{0,2}(?!\d)",
     ("decimal_path_marker", "decimal_path_glued_marker", "arabic_dot_marker", "arabic_stop_marker", "arabic_glyph_marker",
      "arabic_middot_marker", "arabic_paren_marker", "decimal_top_marker", "decimal_top_line_marker",
      "arabic_bare_marker")),
    (f"[{CIRCLED}]", ("circled_marker",)),
    (f"[{PAREN_IDEOGRAPHS}]", ("cn_paren_ideograph_marker",)),
    ("[A-Za-z][.．、]", ("latin_upper_marker", "latin_lower_marker")),
)
_GATE = "|".join(gate for gate, _ in _KINDS)
"""Where some marker may start (the kinds' gates in one)."""
_GROUPS: dict[str, Rule] = {}
"""The scanner's group names (a rule of two kinds has one in each) -> the rule."""


def _kind_parts(k: int, names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The named alternatives of kind ``k``: (group, source) of each of its rules, in table order."""
    assert set(names) <= set(RULES_BY_NAME), names
    parts = []
    for rule in RULES:  # table order: an earlier rule wins
        if rule.name in names:
            group = f"{rule.name}__{k}"
            _GROUPS[group] = rule
            parts.append((group, f"(?P<{group}>{rule.pattern})"))
    return tuple(parts)


_PARTS = tuple(_kind_parts(k, names) for k, (_, names) in enumerate(_KINDS))
assert {rule.name for rule in _GROUPS.values()} == set(RULES_BY_NAME), "every rule needs a kind in _KINDS"
_KIND_GATES = tuple(re.compile(gate) for gate, _ in _KINDS)
_ALL_GROUPS = frozenset(_GROUPS)
_PARTIAL_SCANNERS_MAX = 2  # then the whole scanner, for every later text: a process compiles at most three
_SCANNERS: dict[frozenset[str], re.Pattern[str]] = {}
_NEEDS: dict[str, re.Pattern[str]] = {}


def _needs(rule: Rule) -> re.Pattern[str]:
    """``rule.needs`` compiled, once a process (rules share a few)."""
    gate = _NEEDS.get(rule.needs)
    if gate is None:
        gate = _NEEDS[rule.needs] = re.compile(rule.needs)
    return gate


def _held(text: str) -> frozenset[str]:
    """The scanner's groups ``text`` may hold a marker of: each of a kind whose gate the text holds, less the rules
    whose own gate (``Rule.needs``) it does not."""
    held = []
    found: dict[str, bool] = {}  # each rule gate searched once (rules share some)
    for k, gate in enumerate(_KIND_GATES):
        if gate.search(text) is None:
            continue
        for group, _ in _PARTS[k]:
            rule = _GROUPS[group]
            if rule.needs and rule.needs not in found:
                found[rule.needs] = _needs(rule).search(text) is not None
            if not rule.needs or found[rule.needs]:
                held.append(group)
    return frozenset(held)


def _scanner_source(groups: frozenset[str]) -> str:
    """The scanner over ``groups`` (each kind's alternation of them behind its gate, in table order)."""
    kinds = []
    for k, parts in enumerate(_PARTS):
        alternation = "|".join(source for group, source in parts if group in groups)
        if alternation:
            kinds.append(f"(?={_KINDS[k][0]})(?:{alternation})")
    if not kinds:
        return "(?!)"  # no marker anywhere
    return f"(?=[{_FIRST_CHARS}])(?:" + "|".join(kinds) + ")"


def _scanner(text: str) -> re.Pattern[str]:
    """The compiled scanner for ``text``: the whole one once compiled, else only the rules ``text`` may hold.

    The whole scanner costs a fresh process about 30 ms to compile (its ~20 CJK ranges), and most texts hold two to
    four of the seven kinds, and not every rule of those. A kind whose gate matches nowhere in the text fails at
    every position, and so does a rule whose own gate (``Rule.needs``) matches nowhere, so the scanner without them
    finds the same markers in that text. After two such partial scanners the whole one is compiled and used for
    every later text (at most three patterns a process).
    """
    whole = _SCANNERS.get(_ALL_GROUPS)
    if whole is not None:
        return whole
    groups = _held(text)
    if groups not in _SCANNERS and len(_SCANNERS) >= _PARTIAL_SCANNERS_MAX:
        groups = _ALL_GROUPS
    scanner = _SCANNERS.get(groups)
    if scanner is None:
        scanner = _SCANNERS[groups] = re.compile(_scanner_source(groups))
    return scanner


def scan_candidates(text: str) -> Iterator[Candidate]:
    """Every marker candidate in ``text``, in order, in one regex pass.

    >>> [(c.style, c.number, c.marker) for c in scan_candidates("一、总则。(二)范围 3.8万名 2.0规划 1 .目标")]
    [('cn_dun', 1, '一、'), ('cn_paren', 2, '(二)'), ('arabic_dot', 1, '1 .')]
    """
    groups = _GROUPS
    for m in _scanner(text).finditer(text):
        start, end = m.span()
        cand = groups[m.lastgroup].make(text, start, end)  # type: ignore[index]  # every alternative is a named group
        if cand is not None:
            yield cand


def number_inserted_articles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates with the articles an amendment inserted (第九条之一, 第九条之二 on lines of their own) numbered on in
    their run: 第九条 9, 第九条之一 10, 第九条之二 11, 第十条 12 — so the sequence reads one list. ``ordinal`` gives
    back the number the marker denotes. One mid-line (a cross reference, "依第九条之一规定") shifts nothing.

    >>> t = "第九条 甲。\\n第九条之一 乙。\\n第十条 丙。"
    >>> [(c.marker, c.number) for c in number_inserted_articles(t, list(scan_candidates(t)))]
    [('第九条', 9), ('第九条之一', 10), ('第十条', 11)]
    """
    if "之" not in text:
        return cands
    out = []
    shift = 0
    for c in cands:
        if c.style == "article":
            if "之" in c.marker and text[c.start - 1 : c.start] in ("", "\n"):
                shift += 1
            if shift:
                c = c._replace(number=c.number + shift)
        out.append(c)
    return out


def ordinal(c: Candidate) -> int:
    """The number a candidate's marker denotes (an inserted article's is its base article's), whatever number
    ``number_inserted_articles`` gave it for the sequence."""
    return (_ARTICLE_READ(c.marker) or c.number) if c.style == "article" else c.number
