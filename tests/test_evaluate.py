"""The scorer of ``policydoc eval``, on synthetic gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policydoc.evaluate import (
    Report,
    Score,
    quote_spans,
    run_eval,
    score_headings,
    score_parties,
    score_targets,
    title_key,
    titles_match,
)
from policydoc.models import Party, Section, Target


def sec(title: str, level: int = 1, start: int = 0, marker: str = "一、") -> Section:
    return Section(id="1", level=level, marker=marker, style="cn_dun", number=1, title=title,
                   span=(start, start + 1), title_span=(start, start + 1))


def target(value: float, unit: str, span: tuple[int, int], year: int | None = 2025,
           value_max: float | None = None) -> Target:
    return Target(id="t", indicator="x", comparator=">=", value=value, value_max=value_max, unit=unit, year=year,
                  text="", span=span, source_span=span)


def party(lead: list[str], span: tuple[int, int] | None) -> Party:
    return Party(task="t", lead=lead, text="", span=(0, 1), source_span=span)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("强化组织领导", "强化组织领导。", True),
    ("強化組織領導", "强化组织领导", True),  # traditional gold
    ("开展前期研究(2019年7月至2019年10月)", "开展前期研究 （2019年7月至2019年10月）", True),
    ("增强教育引领支撑功能", "增强教育引领支撑功能,提升服务社会能级水平", True),  # prefix, both >= 6
    ("指导思想", "指导思想直属高校", False),  # prefix, one < 6
    ("加强领导", "强化领导", False),
])
def test_titles_match(a: str, b: str, same: bool) -> None:
    assert titles_match(a, b) is same


def test_title_key() -> None:
    assert title_key(" “十四五”规划，編制！ ") == "十四五规划编制"


def test_headings_greedy_in_order_and_levels() -> None:
    gold = [{"level": 1, "title": "总体要求"}, {"level": 2, "title": "指导思想"}, {"level": 2, "title": "指导思想"}]
    pred = [sec("总体要求", 1), sec("指导思想", 1), sec("指导思想", 2), sec("多余的标题", 1)]
    scores = score_headings(gold, pred)
    assert (scores["outline"].tp, scores["outline"].pred, scores["outline"].gold) == (3, 4, 3)
    assert scores["level"].tp == 2
    assert scores["outline"].precision == 0.75 and scores["outline"].recall == 1.0


@pytest.mark.parametrize(("gold_marker", "pred_marker", "pred_title", "same"), [
    ("第五条", "第五条", "县级人民政府应当加强管理", True),  # the predicted title does not matter
    ("第五条", "第五条", "", True),
    ("第五条", " 第五条\u3000", "某某", True),  # white space around the marker
    ("第 五 条", "第五条", "某某", True),  # white space inside
    ("第五條", "第五条", "某某", True),  # traditional gold
    ("（１）", "(1)", "某某", True),  # width folding
    ("第五条", "第六条", "某某", False),
    ("第五条", "第五章", "某某", False),
    ("", "", "", False),  # nothing to compare
])
def test_untitled_gold_heading_matches_by_marker(gold_marker: str, pred_marker: str, pred_title: str,
                                                 same: bool) -> None:
    gold = [{"level": 2, "marker": gold_marker, "title": ""}]
    scores = score_headings(gold, [sec(pred_title, 2, marker=pred_marker)])
    assert (scores["outline"].tp, scores["level"].tp) == (int(same), int(same))


def test_untitled_articles_one_to_one_in_order_with_levels() -> None:
    gold = [{"level": 1, "marker": "第一章", "title": "总则"},
            {"level": 2, "marker": "第一条", "title": ""},
            {"level": 2, "marker": "第二条", "title": ""},
            {"level": 1, "marker": "第二章", "title": "规划"},
            {"level": 2, "marker": "第一条", "title": ""}]  # a marker that recurs
    pred = [sec("总则", 1, marker="第一章"), sec("为了加强管理，制定本办法", 2, marker="第一条"),
            sec("本办法适用于", 3, marker="第二条"), sec("规划", 1, marker="第二章")]
    scores = score_headings(gold, pred)
    assert (scores["outline"].tp, scores["outline"].pred, scores["outline"].gold) == (4, 4, 5)
    assert scores["level"].tp == 3  # 第二条 at level 3 is found but not at gold's level


def test_titled_gold_heading_still_needs_its_title() -> None:
    gold = [{"level": 1, "marker": "一、", "title": "总体要求"}]
    assert score_headings(gold, [sec("主要任务", 1, marker="一、")])["outline"].tp == 0


def test_score_arithmetic() -> None:
    s = Score(tp=2, pred=4, gold=2)
    assert (s.precision, s.recall, round(s.f1, 4)) == (0.5, 1.0, 0.6667)
    assert Score().f1 == 1.0  # nothing to find, nothing found
    assert Score(0, 3, 0).f1 == 0.0


SOURCE = "到2025年，毛入园率达到95%。到2025年，毛入园率达到95%。新建学校10所。"


def test_quote_spans_every_occurrence() -> None:
    assert quote_spans(SOURCE, "毛入园率达到95%") == [(7, 16), (24, 33)]


def test_targets() -> None:
    gold = [{"quote": "毛入园率达到95%", "value": 95, "value_max": None, "unit": "%", "year": 2025},
            {"quote": "新建学校10所", "value": 10, "value_max": None, "unit": "所", "year": None}]
    preds = [
        target(95, "%", (24, 30)),  # second occurrence of the quote: still a hit
        target(95, "%", (6, 10)),  # duplicate: the gold item is already used
        target(10, "所", (35, 40), year=2030),  # gold year null: any year
    ]
    s = score_targets(gold, preds, SOURCE)
    assert (s.tp, s.pred, s.gold) == (2, 3, 2)


@pytest.mark.parametrize(("pred", "hit"), [
    (target(95, "%", (6, 10)), True),
    (target(95, "%", (0, 3)), False),  # no overlap with the quote
    (target(96, "%", (6, 10)), False),  # value
    (target(95, "个百分点", (6, 10)), False),  # unit
    (target(95, "%", (6, 10), year=2030), False),  # year given in gold
    (target(95, "%", (6, 10), value_max=98), False),  # value_max
])
def test_target_criteria(pred: Target, hit: bool) -> None:
    gold = [{"quote": "毛入园率达到95%", "value": 95.0, "value_max": None, "unit": "%", "year": 2025}]
    assert score_targets(gold, [pred], SOURCE).tp == int(hit)


def test_parties() -> None:
    source = "由市教育局牵头，市财政局配合。各校要落实责任。"
    gold = [{"quote": "由市教育局牵头，市财政局配合", "lead": ["市教育局"], "support": ["市财政局"]},
            {"quote": "各校要落实责任", "lead": ["各校"], "support": []}]
    preds = [party(["市教育局"], (1, 5)), party(["各校", "市教育局"], (16, 18)), party(["各校"], None)]
    s = score_parties(gold, preds, source)
    assert (s.tp, s.pred, s.gold) == (1, 3, 2)


def test_parties_traditional_lead() -> None:
    gold = [{"quote": "市教育局", "lead": ["市教育局"], "support": []}]
    assert score_parties(gold, [party(["市教育局"], (0, 4))], "市教育局负责").tp == 1
    gold_trad = [{"quote": "市教育局", "lead": ["市教育局", "市財政局"], "support": []}]
    assert score_parties(gold_trad, [party(["市财政局", "市教育局"], (0, 4))], "市教育局负责").tp == 1


def test_run_eval_end_to_end(tmp_path: Path) -> None:
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "a.txt").write_text("某县教育规划\n一、总体要求\n(一)指导思想\n坚持立德树人。\n二、主要任务\n", encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({"doc": "a.txt", "headings": [
        {"level": 1, "marker": "一、", "title": "总体要求"}, {"level": 2, "marker": "(一)", "title": "指导思想"},
        {"level": 1, "marker": "二、", "title": "主要任务"}], "targets": [], "parties": []}), encoding="utf-8")
    (gold / "b.json").write_text(json.dumps({"doc": "missing.txt", "headings": []}), encoding="utf-8")
    report = run_eval(gold, docs, jobs=1)
    assert [d.doc for d in report.docs] == ["a.txt", "missing.txt"]
    assert report.docs[0].scores["outline"].f1 == 1.0 and report.docs[0].scores["level"].f1 == 1.0
    assert report.docs[1].status.startswith("missing")
    text = report.to_text()
    assert "missing.txt" in text and "TOTAL" in text
    widths = {len(line) for line in text.splitlines() if "outline" in line}
    assert len(widths) == 1  # aligned columns
    data = json.loads(report.to_json())
    assert data["total"]["outline"] == {"tp": 3, "pred": 3, "gold": 3, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert data["documents"][1]["scores"] == {}


def test_report_totals_are_micro_averaged() -> None:
    from policydoc.evaluate import DocResult

    report = Report([DocResult("a", "ok", {"outline": Score(1, 1, 1)}), DocResult("b", "ok", {"outline": Score(0, 3, 1)})])
    total = report.total()["outline"]
    assert (total.tp, total.pred, total.gold) == (1, 4, 2)


def test_cli_eval_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policydoc.cli import main

    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "x.json").write_text(json.dumps({"doc": "nope.txt", "headings": []}), encoding="utf-8")
    assert main(["eval", "--gold", str(tmp_path / "g"), "--docs", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["status"].startswith("missing")
