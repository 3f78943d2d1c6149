"""The speed shortcuts of the parties stage hide nothing: each gives what the plain
computation it replaces gives (random texts over the characters that matter, and the
party corpus)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from policydoc.parties.sentences import candidate_pattern, head_sentences, sentences
from policydoc.parties.lexicon import head_ends, head_pattern, head_starts_pattern, head_words
from policydoc.parties.words import alt

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "parties"
_ALPHABET = list("。；;！？!?\n\t市县区教育局委员会部门负责要的了，,、和(单位)各地") + ["市财政局", "学校", "领导小组"]


def _texts() -> list[str]:
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_candidate_pattern_holds_every_head(texts: list[str]) -> None:
    """The sentence pre-filter finds at least what the lexicon's head pattern finds."""
    for text in texts:
        if head_pattern().search(text):
            assert candidate_pattern().search(text), repr(text)


def test_head_sentences_are_the_sentences_with_a_head(texts: list[str]) -> None:
    for text in texts:
        plain = [(at, s) for at, s in sentences(text) if candidate_pattern().search(s)]
        assert list(head_sentences(text)) == plain, repr(text)


def test_trie_head_starts_equal_the_flat_alternation(texts: list[str]) -> None:
    flat = regex.compile(alt(head_words()))
    for text in texts:
        want = [m.span() for m in flat.finditer(text, overlapped=True)]
        assert [m.span() for m in head_starts_pattern().finditer(text, overlapped=True)] == want



def test_end_chars_is_necessary_for_the_name_ends(texts: list[str]) -> None:
    """``subjects._end_chars`` skips clauses and windows only where ``name_ends`` gives no end."""
    from policydoc.parties.subjects import _end_chars, name_ends

    assert all(_end_chars().search(w[-1]) for w in head_words() if w)
    for text in texts:
        for end in name_ends(text[:200]):
            assert _end_chars().match(text, end - 1), repr(text[:end])


def test_holds_head_is_necessary_for_the_name_ends(texts: list[str]) -> None:
    """``subjects._holds_head`` says a range holds a head word or a place character exactly where one lies wholly
    inside it, so it stops a window only where ``name_ends`` gives no end in it."""
    from policydoc.parties.subjects import _PLACE_CHARS, _holds_head, name_ends

    words = set(head_words()) | set(_PLACE_CHARS)
    longest = max(map(len, words))
    for text in texts:
        for start in range(0, min(len(text), 60), 7):
            for end in name_ends(text[start : start + 48]):
                assert _holds_head(text, start, start + end), repr(text[start : start + end])
        for start in range(0, min(len(text), 40), 5):
            for stop in range(start, min(len(text), start + 12) + 1):
                pieces = (text[i:j] for i in range(start, stop) for j in range(i + 1, min(stop, i + longest) + 1))
                held = any(piece in words for piece in pieces)
                assert _holds_head(text, start, stop) == held, repr(text[start:stop])


def test_head_ends_are_the_trie_matches(texts: list[str]) -> None:
    """``lexicon.head_ends`` gives the ends of the overlapped trie scan it replaces."""
    for text in texts:
        for piece in (text, text[:30], text[5:25]):
            want = {m.end() for m in head_starts_pattern().finditer(piece, overlapped=True)}
            assert head_ends(piece) == want, repr(piece)


def test_block_matches_are_the_whole_text_scan(texts: list[str]) -> None:
    """``blocks._block_matches`` (the lines holding a colon) finds what a scan of the whole text finds."""
    from policydoc.parties.blocks import _BLOCK, _block_matches

    rng = random.Random(11)
    alphabet = list("：:\n(（)）一、1.2 \t\u3000。；市交通局主要职责负责") + ["市民政局", "(救灾\n处)", "(一)", "3.2.1"]
    extra = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for text in texts + extra:
        assert [m.span() for m in _block_matches(text)] == [m.span() for m in _BLOCK.finditer(text)], repr(text)


def test_label_word_gate_hides_no_label_or_header(texts: list[str]) -> None:
    """``labels.has_label_word`` is necessary for a label group and for both kinds of task table header."""
    from policydoc.parties.flat_table import HEADER, _HEADER_LINE
    from policydoc.parties.labels import _GROUP, has_label_word

    rng = random.Random(13)
    alphabet = list("：:\n(（)）、，。单位部门责任牵头配合任务序号") + ["责任单位", "牵头单位", "重点任务", "市教育局"]
    extra = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts + extra:
        if not has_label_word(text):
            assert not _GROUP.search(text) and not HEADER.search(text), repr(text)
            assert not any((m := _HEADER_LINE.match(line.strip())) and m["label"] for line in text.split("\n"))


def test_role_cues_are_held_by_every_match(texts: list[str]) -> None:
    """Each role pattern's word groups (``roles._ROLE_PATTERNS``) and ``ROLE_PAIR_CUE`` are held by every match."""
    from policydoc.parties.roles import _ROLE_PATTERNS, ROLE_PAIR_CUE

    rng = random.Random(17)
    alphabet = list("，,、市县区局委负责落实指导统筹监督协调承办配合牵头参与") + ["市教育局", "区民政局", "具体承办"]
    extra = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts + extra:
        for rx, cues in _ROLE_PATTERNS:
            for m in rx.finditer(text):
                assert all(any(w in m.group() for w in words) for words in cues), repr(m.group())
                assert any(w in m.group() for w in ROLE_PAIR_CUE)


def test_patterns_moved_to_re_match_as_on_regex(texts: list[str]) -> None:
    """The note patterns scanned on stdlib ``re`` (``notes._CHUNK``, ``notes._STATED_FIRST``) match as on ``regex``."""
    import re

    from policydoc.parties.notes import _CHUNK, _STATED_FIRST

    pieces = [p for text in texts for p in re.split(r"[，,；;()（）。\n]", text)]
    for pattern, use in ((_CHUNK.pattern, "match"), (_STATED_FIRST.pattern, "search")):
        a, b = regex.compile(pattern), re.compile(pattern)
        for piece in pieces:
            ma, mb = getattr(a, use)(piece), getattr(b, use)(piece)
            assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict())), repr(piece)


def test_opener_firsts_are_necessary_for_an_opener(texts: list[str]) -> None:
    """``clauses.opening`` skips its pattern only where the first character after spaces can open no marker or note."""
    from policydoc.parties.clauses import _OPENER, _OPENER_FIRSTS

    rng = random.Random(19)
    alphabet = list(" \u3000\x1c\u00a0\u200b\n(（)）1.2、一二三第条是同时并且此外市区牵头负责配合３٣①") + ["(A局牵头)", "(一)"]
    extra = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts + extra:
        for start in range(0, min(len(text), 200)):
            clause = text[start : start + 30]
            skip = len(clause) - len(clause.lstrip())
            first = clause[skip : skip + 1]
            if first not in _OPENER_FIRSTS and not first.isdecimal():
                assert _OPENER.match(clause, skip) is None, repr(clause)


def test_cued_rules_are_those_whose_cue_the_text_holds(texts: list[str]) -> None:
    """``Ruler.cued`` (one question for a text holding no cue word) gives the rules whose own cue the text holds."""
    from policydoc.parties.statements import FALLBACKS, RECOGNISERS

    for table in (RECOGNISERS, FALLBACKS):
        for text in texts:
            for sentence in [s for _, s in sentences(text)][:300]:
                want = [r.name for r in table.rules if r.cue is None or any(w in sentence for w in r.cue)]
                assert [r.name for r in table.cued(sentence)] == want, repr(sentence)


def test_ruling_out_is_any_of_its_patterns(texts: list[str]) -> None:
    """``predicates._ruling_out`` matches a rest's start where one of the patterns it joins does."""
    from policydoc.parties import predicates as p

    parts = (p._NARRATION, p._ADJECTIVAL, p.PERMISSION, p._runs_pattern(), p._ACTING_PERSONS, p._NARRATED,
             p._LETS_TAKE_PART)
    for text in texts:
        for start in range(0, min(len(text), 400), 3):
            rest = text[start : start + 30]
            assert bool(p._ruling_out().match(rest)) == any(q.match(rest) for q in parts), repr(rest)


def test_head_ends_with_place_characters(texts: list[str]) -> None:
    """With ``also`` (the subject search's place characters), the ends of the trie matches and of those characters."""
    also = "市县区省直)"
    for text in texts:
        for piece in (text, text[:30], text[5:25]):
            want = {m.end() for m in head_starts_pattern().finditer(piece, overlapped=True)}
            want |= {i + 1 for i, ch in enumerate(piece) if ch in also}
            assert head_ends(piece, also=also) == want, repr(piece)


def test_closed_note_is_the_lazy_scan() -> None:
    """``clauses._OPENER`` reads a closed note to its bracket and asks for the role word behind it: the matches of
    the pattern whose lazy body asks for a role word at every character."""
    from policydoc.parties.clauses import _OPENER
    from policydoc.parties.notes import ROLE_WORDS

    lazy = regex.compile(_OPENER.pattern.replace(rf"*(?<={alt(ROLE_WORDS)})\)", rf"*?(?:{alt(ROLE_WORDS)})\)"))
    assert lazy.pattern != _OPENER.pattern
    rng = random.Random(13)
    alphabet = list("()（）、，牵头负责配合市局 \n1.一") + ["牵头", "负责", "配合", "(市财政局)", "(一)", "按职责分工负责"]
    notes = 0
    for _ in range(5000):
        pieces = ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(2))
        text = rng.choice(["", "(", " (", "(一)("]) + next(pieces) + rng.choice(["", "牵头)", "负责)", ")"]) + next(pieces)
        notes += bool(lazy.match(text))
        for pos in range(min(len(text), 3)):
            a, b = _OPENER.match(text, pos), lazy.match(text, pos)
            assert (a and a.span()) == (b and b.span()), repr(text)
    assert notes > 1000


def test_ruling_out_cue_is_necessary() -> None:
    """Every match of ``predicates._ruling_out`` holds a word of ``_RULING_OUT_CUE``."""
    from policydoc.parties.predicates import _RULING_OUT_CUE, _ruling_out
    from policydoc.parties.words import ACTING_PERSONS, NARRATION_ADVERBS, PERMISSIVES, SOFT_CAUSATIVES

    rng = random.Random(17)
    words = ["了", "负责", "地", "高度", "对", "学校", "办", "幼儿园", "应当", "积极", "参加", "可", "能性", "市民",
             *PERMISSIVES, *ACTING_PERSONS, *NARRATION_ADVERBS, *SOFT_CAUSATIVES, "，", "要", "教育"]
    hits = 0
    for _ in range(20000):
        rest = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        if _ruling_out().match(rest):
            hits += 1
            assert _RULING_OUT_CUE.search(rest), repr(rest)
    assert hits > 1000
