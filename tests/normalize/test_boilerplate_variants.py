"""The precomputed variant table answers exactly what OpenCC does, for every character the rules spell."""

from __future__ import annotations

import unicodedata

import pytest

from policydoc.normalize import boilerplate, boilerplate_variants
from policydoc.normalize import boilerplate_rules as R
from policydoc.normalize import script
from policydoc.normalize.boilerplate import find_boilerplate
from policydoc.normalize.boilerplate_variants import RULE_CHARACTERS, VARIANTS, opencc_variants


def rule_characters() -> list[str]:
    """Every character ``boilerplate._variants`` is asked about while the rules are compiled."""
    chars: set[str] = set()
    for _, first, pattern in R.LINE_RULES:
        chars |= set(first) | set(pattern)
    for _, pattern in R.INLINE_RULES:
        chars |= set(pattern)
    for _, terms, _ in R.MARKER_LINE_RULES:
        chars |= {c for t in terms for c in t}
    chars |= {c for t in (*R.INLINE_ANCHORS, *R.SPAM_STRONG, *R.SPAM_WEAK) for c in t}
    return sorted(chars)


def table_source(chars: list[str]) -> str:
    """The two tables of ``boilerplate_variants.py`` for ``chars``, as Python source to paste there."""

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    parts, cur = [], ""
    for c in chars:
        r = repr(c)[1:-1]
        if width(cur) + width(r) > 100:
            parts, cur = [*parts, cur], ""
        cur += r
    out = ["RULE_CHARACTERS = frozenset(", *[f'    "{p}"' for p in [*parts, cur]], ")", "", "VARIANTS: dict[str, str] = {"]
    line = "   "
    for c in chars:
        forms = opencc_variants(c)
        if forms:
            item = f' "{c}": "{forms}",'
            if width(line) + width(item) > 110:
                out, line = [*out, line], "   "
            line += item
    return "\n".join([*out, line, "}"])


def test_table_covers_every_rule_character() -> None:
    missing = [c for c in rule_characters() if c not in RULE_CHARACTERS]
    assert not missing, "boilerplate_variants.py is out of date; replace its tables with:\n" + table_source(
        sorted(set(rule_characters()) | RULE_CHARACTERS))


def test_table_gives_what_opencc_gives() -> None:
    wrong = {c: (VARIANTS.get(c, ""), opencc_variants(c)) for c in RULE_CHARACTERS
             if VARIANTS.get(c, "") != opencc_variants(c)}
    assert not wrong, f"table vs OpenCC differ for {wrong}; replace the tables with:\n" + table_source(
        sorted(RULE_CHARACTERS))


def test_rules_compile_without_loading_a_variant_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(config: str) -> object:
        raise AssertionError(f"OpenCC {config} loaded while compiling the boilerplate rules")

    caches = (boilerplate_variants.traditional_forms, boilerplate._passes, boilerplate._inline_union)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(script, "_converter", refuse)
    try:
        text = "首页 > 新闻中心\n發佈時間:2022-04-04 10:00\n分享到:微信 微博\n链接地址:http://a.cn\n版权所有 某局"
        assert {h.rule for h in find_boilerplate(text)}
        for first in {c for _, firsts, _ in R.LINE_RULES for c in firsts}:
            boilerplate._passes().line_by_first.first_match(first + "x", first)
    finally:
        for cache in caches:
            cache.cache_clear()


@pytest.mark.parametrize("name", [r[0] for r in R.LINE_RULES])
def test_line_rules_never_open_with_a_blank(name: str) -> None:
    """No widened line rule can match a blank as its first character (regex's partial matching answers
    whether any match could start so): trying the rules one by one then finds the rule their union found."""
    import regex

    pattern = regex.compile(boilerplate.widen(dict((n, p) for n, _, p in R.LINE_RULES)[name]))
    for blank in boilerplate._BLANK:
        assert pattern.fullmatch(blank, partial=True) is None, (name, blank)
