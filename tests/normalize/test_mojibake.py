"""GBK byte-shift mojibake: table-driven runs, clean text untouched, a golden corpus, seed 003.

The corpus file ``corpus/normalize/mojibake_shifted.txt`` was made from
``mojibake_shifted.expected.txt`` with :func:`garble` below (the test checks it
still is), which damages text the way seed 003 is damaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policydoc.normalize import NormalizeOptions, normalize
from policydoc.normalize.mojibake import repair_mojibake
from policydoc.normalize.offsets import apply_edits
from policydoc.normalize.pipeline import FixContext

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "normalize"
SHARED = ROOT / ".." / "shared"
FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


def garble(text: str, anchors: list[str]) -> str:
    """Drop the lead byte of the first character of each anchor and decode out of step.

    The lost byte shows as '?'; each following character is read from a trail and a
    lead byte until the decoder is back in step; a trail byte followed by an ASCII
    byte that is no trail byte becomes '?' and swallows it; full-width forms in the
    garbled run are folded to ASCII (as in the seed).
    """
    for anchor in anchors:
        i = text.index(anchor)
        raw = text[i:].encode("gb18030")
        out, pos = ["?"], 1
        while pos < len(raw) and raw[pos] >= 0x80:
            nxt = raw[pos + 1] if pos + 1 < len(raw) else 0
            if 0x40 <= nxt <= 0xFE and nxt != 0x7F:
                out.append(raw[pos : pos + 2].decode("gb18030"))
            else:
                out.append("?")
            pos += 2
        run = "".join(out).translate(FULL_WIDTH)
        text = text[:i] + run + raw[pos:].decode("gb18030")
    return text


def _repair(text: str) -> tuple[str, FixContext]:
    ctx = FixContext()
    return apply_edits(text, repair_mojibake(text, ctx))[0], ctx


def _case(clean: str, anchor: str) -> tuple[str, str]:
    return garble(clean, [anchor]), clean


# (garbled, expected) made with garble() from short invented sentences, one per way a run ends.
RUNS = [
    _case("這是全市的大計。“十四五”時期要加快發(fā)展。", "。“十四五”時"),  # ASCII trail byte 'r'
    _case("要不斷提高。“十三五”期間全市新建學校。", "。“十三五”期間"),  # PUA inside, ends 'g'
    _case("深化學校考試招生制度綜合改革。", "校考試招生"),  # starts '??', ends 'C'
    _case("全面加強學校基層黨組織建設。", "校基層黨"),  # ';' for '；', PUA inside
    _case("在“兩個確保”的基礎上推進(jìn)工作。", "保”的基礎"),  # ends inside pinyin: '(' restored
    pytest.param(
        *_case("鼓勵“城區校+鄉村校”等模式。", "校”等模"),
        marks=pytest.mark.xfail(reason="校, 保, 專, 常 within a factor of two: the run is kept and warned about (MIN_MARGIN)"),
    ),
    _case("持續推進(jìn)素質(zhì)教育發(fā)展。", "質(zhì)教育"),  # ends at the annotation's '(' (restored)
    _case("市教育局負責督導,確保現有教育資源不受侵占。", "保現有"),  # ',' for '，', ends 'F'
    _case("教育是國之大計、黨之大計。“十四五”時期全市教育事業發展。", "。“十四五”時"),
    _case("持續擴大優質教育資源,提高學校辦學質量。", "校辦學質"),
    _case("義務教育階段學校招生錄取模式改革。", "校招生錄取"),
]

CLEAN = [
    "教育是國之大計、黨之大計。",
    "到2025年,全市學前教育毛入園率達到92%以上。",
    "什麼是優質均衡?怎樣實現?",
    "詳見http://example.gov.cn/index.php?id=12&page=3",
    "你好?我是市教育局。",
    "問卷第3題?請填寫“是”或“否”。",
    "各縣(市、區)要建立健全工作機制?!",
    "支持新型城鎮化建設的若干意見??",
    "编号A?B?C,未定。",
    "這個方案可行嗎?不可行。",
    "本欄目使用私用區字元\ue000作為圖示。",
]


@pytest.mark.parametrize(("garbled", "expected"), RUNS, ids=lambda s: s[:12])
def test_run_repaired(garbled: str, expected: str) -> None:
    assert garbled != expected
    assert _repair(garbled)[0] == expected


@pytest.mark.parametrize("text", CLEAN, ids=lambda s: s[:12])
def test_clean_text_untouched(text: str) -> None:
    assert repair_mojibake(text, FixContext()) == []


def test_pua_without_run_is_warned() -> None:
    text, ctx = _repair("本欄目使用私用區字元\ue000作為圖示。")
    assert "\ue000" in text
    assert ctx.warnings and "unrepaired mojibake run" in ctx.warnings[0][2]


def test_each_repair_is_one_edit_of_the_garbled_characters() -> None:
    garbled, clean = RUNS[0]
    (edit,) = repair_mojibake(garbled, FixContext())
    assert edit.kind == "mojibake"
    assert garbled[edit.start : edit.end] == "?!笆\ue1a2奈濉睍r"
    assert edit.replacement == "。“十四五”時"


def test_corpus_file_is_the_garbled_expected_text() -> None:
    clean = (CORPUS / "mojibake_shifted.expected.txt").read_text(encoding="utf-8")
    anchors = (CORPUS / "mojibake_shifted.anchors").read_text(encoding="utf-8").split()
    assert garble(clean, anchors) == (CORPUS / "mojibake_shifted.txt").read_text(encoding="utf-8")


def test_corpus_golden_and_source_spans() -> None:
    source = (CORPUS / "mojibake_shifted.txt").read_text(encoding="utf-8")
    clean = (CORPUS / "mojibake_shifted.expected.txt").read_text(encoding="utf-8")
    # One run is left as it stands since the margin rule: the lost lead byte reads 校, 保, 專 or
    # 常 within a factor of two (the same run is the xfail among RUNS, where 常 wins); only the
    # document's own use of 校 tipped it, which is too little to change a word on.
    refused = "鄉村?!钡饶J浇M"
    clean = clean.replace("鄉村校”等模式組", refused)
    out, ctx = _repair(source)
    assert out == clean
    assert [source[a:b] for a, b, _ in ctx.warnings] == [refused[2:]]
    result = normalize(source, NormalizeOptions.without("page_markers", "boilerplate"))
    repairs = [r for r in result.repairs if r.kind == "mojibake"]
    assert len(repairs) == len((CORPUS / "mojibake_shifted.anchors").read_text().split()) - 1  # the refused run
    for r in repairs:
        assert r.source_span is not None
        assert source[r.source_span[0] : r.source_span[1]] == r.original
    rest = result.text.replace(refused[2:], "")
    assert "?" not in rest and not any("\ue000" <= c <= "\uf8ff" for c in rest)


def test_clean_corpus_and_seeds_untouched() -> None:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt") if not p.name.startswith("mojibake_")]
    if (SHARED / "seeds").is_dir():
        texts += [p.read_text(encoding="utf-8") for p in (SHARED / "seeds").glob("*.txt") if "003_" not in p.name]
    for text in texts:
        assert repair_mojibake(text, FixContext()) == []


def test_clean_long_text_has_no_repairs() -> None:
    # its speed is measured in benchmarks (bench_speed's normalise row), not timed here: a shared machine's load
    # made the timed version fail at random
    text = "到２０２５年，全市學前教育毛入園率達到92%以上（含民辦），“十四五”時期教育事業發展。\n" * 40000
    assert repair_mojibake(text, FixContext()) == []


# Seed 003: (garbled run as it stands in the seed -> expected original), found by hand.
SEED_RUNS = [
    ("?!笆\ue1a2奈濉睍r", "。“十四五”時"),
    ("?!笆\ue19f\ue437濉逼陂g", "。“十三五”期間"),
    ("?!笆\ue19f\ue437濉睍r", "。“十三五”時"),
    ("?!笆\ue1a2奈濉逼陂g", "。“十四五”期間"),
    ("??荚囌猩\ue325贫染C", "校考試招生制度綜"),
    ("?;鶎狱h", "校基層黨"),
    ("?,F", "保現"),
    ("?!半p", "校“雙"),
    ("?!皟蓚€", "保“兩個"),
    ("?;\ue2a2巨k", "校基本辦"),
    ("?yōu)榛\ue2a6A", "為基礎"),
]


def test_seed_003() -> None:
    path = next(iter((SHARED / "seeds").glob("003_*.txt")), None) if (SHARED / "seeds").is_dir() else None
    if path is None:
        pytest.skip(f"{SHARED} not present: seeds are development data outside the repo")
    from policydoc import parse

    source = path.read_text(encoding="utf-8")
    text = parse(source).text
    from policydoc.normalize.script import to_simplified

    for garbled, original in SEED_RUNS:
        assert text.count(to_simplified(original)) >= source.count(garbled), original
    assert text.count("“十四五”时期") == source.count("?!笆\ue1a2奈濉睍r") + source.count("“十四五”時(shí)期")
    assert text.count("学校考试招生制度综合改革") == 2
    left = sum(text.count(c) for c in "?") + sum(1 for c in text if "\ue000" <= c <= "\uf8ff")
    before = source.count("?") + sum(1 for c in source if "\ue000" <= c <= "\uf8ff")
    # Was 10%: since runs whose reading does not clearly win are kept (and warned about) rather
    # than guessed, about a quarter of the damaged characters stay; the ones guessed wrong
    # before (以来 for 以内, 第一。扣子 for 第一粒扣子, 。” for 校”) are among them.
    assert left <= 0.3 * before, f"{left} of {before} ?/PUA characters left"
    assert "以来" not in text and "第一。扣子" not in text and "。”“" not in text
    assert "前列当好" not in text  # the swallowed comma is shown as U+FFFD, not deleted


# Repairs must never change the meaning (issue 15). Invented sentences damaged with garble():
# (clean, anchor, expected text after repair, warning expected).
MEANING_SAFE = [
    # a lost lead byte read as '。' inside a list of quoted slogans would cut a word in two
    # ("第一。扣子"): the rival readings are Han characters within a factor of two, so keep it.
    ("要系好人生第一粒扣子”“傳承紅色基因”等活動。", "粒扣子", None, "no reading clearly better"),
    ("開展“讀好書”“扣好第一粒扣子”主題活動。", "粒扣子", None, "no reading clearly better"),
    # 校 against 保/專/常 by a hair: a coin toss must not pick a word
    ("形成“強校+弱校”“城區校+鄉村校”等模式。", "校”“城", None, "no reading clearly better"),
    ("力爭在改革中走在全省前列,當好標桿和示範。", "省前列,當", None, "no reading clearly better"),
    # the swallowed ASCII punctuation stays visible as U+FFFD instead of being deleted
    ("要做到“兩個確保”,實施“十大工程”。", "保”,實", "要做到“兩個確保”\ufffd實施“十大工程”。", "swallowed is unknown"),
    ("主要任務:一是加強學校管理;二是提高質量。", "校管理;", "主要任務:一是加強學校管理\ufffd二是提高質量。", "swallowed"),
    # clear winners are still repaired, without a warning
    ("各地要把失業率控制在5%以內。探索建立長效機制。", "內。探", "各地要把失業率控制在5%以內。探索建立長效機制。", None),
    ("這是全市的大計。“十四五”時期要加快發(fā)展。", "。“十四五”時", "這是全市的大計。“十四五”時期要加快發(fā)展。", None),
]


@pytest.mark.parametrize(("clean", "anchor", "expected", "warning"), MEANING_SAFE, ids=lambda s: str(s)[:10])
def test_repair_never_changes_meaning(clean: str, anchor: str, expected: str | None, warning: str | None) -> None:
    garbled = garble(clean, [anchor])
    out, ctx = _repair(garbled)
    assert out == (garbled if expected is None else expected)
    messages = [m for *_, m in ctx.warnings]
    assert (warning is None and not messages) or (warning is not None and any(warning in m for m in messages))


def test_repair_keeps_punctuation_of_the_damaged_run() -> None:
    """No repair deletes a '，。；：' of the clean text: it comes back or stands as U+FFFD."""
    marks = "，。；：,;:"
    for clean, anchor, *_ in MEANING_SAFE:
        out, _ = _repair(garble(clean, [anchor]))
        if out != garble(clean, [anchor]):
            assert sum(out.count(p) for p in marks + "\ufffd") >= sum(clean.count(p) for p in marks), out


@pytest.mark.parametrize(
    "text",
    [
        "“十四五”時期教育事業發展規劃",
        "皇帝乾隆年間",  # OpenCC reads 乾 in 乾隆 otherwise than alone: the prefix's simplified form differs
        "?!笆\ue1a2奈濉睍r期",
        "“甲。”“乙。”丙",
    ],
)
def test_text_score_from_a_prefix_is_bit_identical(text: str) -> None:
    """Scores continued from a prefix (how the repair scores its guesses) are exactly the scores from scratch."""
    from policydoc.normalize.mojibake_model import prefix_scores, text_score

    whole = text_score(text)
    for cut in range(len(text) + 1):
        head = prefix_scores(text[:cut])
        assert text_score(text, head).hex() == whole.hex()
        for more in range(cut, len(text) + 1):
            assert text_score(text, prefix_scores(text[:more], head)).hex() == whole.hex()
    assert text_score(text, prefix_scores("另" + text)).hex() == whole.hex()  # not a prefix: not used


@pytest.mark.parametrize(
    "text", ["“十四五”時期教育事業發展規劃", "皇帝乾隆年間", "?!笆\ue1a2奈濉睍r期", "“甲。”“乙。”丙", "教育是國之大計、黨之大計。"]
)
def test_estimate_is_the_score_up_to_rounding(text: str) -> None:
    """The estimate a guess is ranked by differs from its score by rounding only, wherever the guessed character stands."""
    from policydoc.normalize.mojibake_model import ESTIMATE_ERROR, estimate_score, prefix_scores, suffix_scores, text_score

    for i in range(len(text)):
        estimate = estimate_score(prefix_scores(text[:i]), text[i], suffix_scores(text[i + 1 :]))
        assert abs(estimate - text_score(text)) < ESTIMATE_ERROR / 1000


def test_leading_guesses_decide_as_every_guess_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring only the guesses that can lead (or be the best rival) repairs and warns exactly as scoring them all."""
    from policydoc.normalize import mojibake

    texts = [getattr(run, "values", run)[0] for run in RUNS]  # the xfail among them too
    texts += [garble(clean, [anchor]) for clean, anchor, _, _ in MEANING_SAFE]
    texts.append((CORPUS / "mojibake_shifted.txt").read_text(encoding="utf-8"))

    def outcome() -> list[object]:
        found = []
        for text in texts:
            ctx = FixContext()
            found.append(([(e.start, e.end, e.replacement) for e in repair_mojibake(text, ctx)], ctx.warnings))
        return found

    pruned = outcome()
    monkeypatch.setattr(mojibake, "_leading_guesses", lambda *a: sorted(mojibake._guess_scores(*a), reverse=True))
    assert outcome() == pruned
