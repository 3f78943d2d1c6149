"""The scorer of ``policydoc eval``, on synthetic gold and predictions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policydoc.evaluate import (
    Agreement,
    DocResult,
    EvalError,
    Item,
    Report,
    Score,
    indicator_agrees,
    lcs_length,
    quote_spans,
    run_eval,
    score_headings,
    score_parties,
    score_targets,
    target_agreement,
    target_items,
    title_key,
    titles_match,
)
from policydoc.models import Party, Section, Target


def sec(title: str, level: int = 1, start: int = 0, marker: str = "一、") -> Section:
    return Section(id="1", level=level, marker=marker, style="cn_dun", number=1, title=title,
                   span=(start, start + 1), title_span=(start, start + 1))


def target(value: float, unit: str, span: tuple[int, int], year: int | None = 2025,
           value_max: float | None = None, comparator: str = ">=", indicator: str = "x") -> Target:
    return Target(id="t", indicator=indicator, comparator=comparator, value=value, value_max=value_max, unit=unit,
                  year=year, text="", span=span, source_span=span)


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
    report = Report([DocResult("a", "ok", {"outline": Score(1, 1, 1)}), DocResult("b", "ok", {"outline": Score(0, 3, 1)})])
    total = report.total()["outline"]
    assert (total.tp, total.pred, total.gold) == (1, 4, 2)


def test_cli_eval_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policydoc.cli import main

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plan.json").write_text(json.dumps(_plan_gold(), ensure_ascii=False), encoding="utf-8")
    assert main(["eval", "--gold", str(tmp_path), "--docs", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scored"] == 1 and data["documents"][0]["status"] == "ok"


# ---- a score on nothing is an error (issue 15) ----

def _nothing_to_score(tmp_path: Path) -> dict[str, tuple[Path, Path]]:
    gold, empty, docs = tmp_path / "gold", tmp_path / "empty", tmp_path / "docs"
    for d in (gold, empty, docs):
        d.mkdir()
    (gold / "x.json").write_text(json.dumps({"doc": "nope.txt", "headings": []}), encoding="utf-8")
    (empty / "notes.txt").write_text("not gold", encoding="utf-8")
    return {"no gold folder": (tmp_path / "nope", docs), "no gold files": (empty, docs),
            "no docs folder": (gold, tmp_path / "nodocs"), "no gold document in docs": (gold, docs)}


@pytest.mark.parametrize("case", ["no gold folder", "no gold files", "no docs folder", "no gold document in docs"])
def test_eval_on_nothing_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    from policydoc.cli import main

    gold, docs = _nothing_to_score(tmp_path)[case]
    with pytest.raises(EvalError):
        run_eval(gold, docs, jobs=1)
    for extra in ([], ["--json"]):
        assert main(["eval", "--gold", str(gold), "--docs", str(docs), *extra]) == 2
        out, err = capsys.readouterr()
        assert out == "" and "TOTAL" not in err
        assert err.startswith("policydoc: error: ") and err.count("\n") == 1, err


def test_eval_with_some_documents_missing_scores_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policydoc.cli import main

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plan.json").write_text(json.dumps(_plan_gold(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "x.json").write_text(json.dumps({"doc": "nope.txt", "headings": []}), encoding="utf-8")
    assert main(["eval", "--gold", str(tmp_path), "--docs", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert re.search(r"\nplan\.txt +outline +4 +3 +3 ", out) and "\nnope.txt  missing: " in out
    assert "scored 1 of 2 documents; not scored: nope.txt" in out
    assert err.startswith("policydoc: error: 1 of 2 gold documents not scored") and "nope.txt: missing" in err
    assert main(["eval", "--gold", str(tmp_path), "--docs", str(tmp_path), "--json"]) == 2
    data = json.loads(capsys.readouterr()[0])
    assert data["scored"] == 1 and data["not_scored"][0]["doc"] == "nope.txt"
    assert data["total"]["outline"]["gold"] == 4


# ---- secondary figures (SPEC "Secondary figures") ----

@pytest.mark.parametrize(("a", "b", "n"), [
    ("学前教育毛入园率", "学前三年毛入园率", 6),
    ("abc", "acb", 2),
    ("", "率", 0),
    ("毛入园率", "毛入园率", 4),
])
def test_lcs_length(a: str, b: str, n: int) -> None:
    assert lcs_length(a, b) == n == lcs_length(b, a)


@pytest.mark.parametrize(("gold", "pred", "agrees"), [
    ("地区生产总值", "地区生产总值", True),
    ("地区生产总值", "地区生产总值增速", True),  # longer, within twice gold's length
    ("学前教育毛入园率", "学前三年毛入园率", True),  # 6 of 8 kept in order
    ("學前教育毛入園率", "学前教育毛入园率", True),  # traditional gold
    ("“双一流”建设高校数", "双一流建设高校数", True),  # punctuation dropped
    ("学前教育毛入园率", "毛入园率", False),  # 4 of 8 < 60%
    ("新建公办幼儿园数", "幼儿园", False),  # 3 of 8
    ("能耗", "全市单位产值综合能耗", False),  # keeps gold but more than twice as long
    ("能耗", "综合能耗", True),  # exactly twice
    ("单位产值能耗", "以来", False),
    ("毛入园率", "", False),
    ("", "", True),
])
def test_indicator_agrees(gold: str, pred: str, agrees: bool) -> None:
    assert indicator_agrees(gold, pred) is agrees


def test_target_agreement_over_matched_pairs_only() -> None:
    gold = [{"comparator": ">=", "indicator": "毛入园率"}, {"comparator": "=", "indicator": "新建幼儿园"},
            {"comparator": "=", "indicator": "不匹配的"}]
    preds = [target(95, "%", (0, 1), comparator=">=", indicator="毛入园率"),
             target(10, "所", (0, 1), comparator=">=", indicator="达到")]
    agree = target_agreement(gold, preds, [(0, 0), (1, 1)])
    assert agree["cmp_agree"] == Agreement(1, 2) and agree["ind_agree"] == Agreement(1, 2)
    assert agree["cmp_agree"].share == 0.5 and Agreement().share is None


def test_agreement_rows_and_year_ignored_line_in_reports() -> None:
    doc = DocResult("a.txt", "ok", {"targets": Score(2, 3, 4)}, {"cmp_agree": Agreement(1, 2), "ind_agree": Agreement(2, 2)},
                    Score(3, 3, 4))
    empty = DocResult("b.txt", "ok", {"targets": Score(0, 0, 0)}, {"cmp_agree": Agreement(), "ind_agree": Agreement()},
                      Score())
    report = Report([doc, empty])
    text = report.to_text()
    assert re.search(r"\na\.txt +cmp-agree +1/2 +0\.500\n", text)
    assert re.search(r"\nTOTAL +ind-agree +2/2 +1\.000\n", text)
    assert re.search(r"\nb\.txt +cmp-agree +0/0 +-\n", text)
    assert "targets if the year is ignored: 3 of 4 gold, 3 predicted: P 1.000 R 0.750 F1 0.857" in text
    assert len({len(line) for line in text.splitlines() if line.startswith(("a.txt", "b.txt", "TOTAL"))}) == 1
    data = json.loads(report.to_json())
    assert data["documents"][0]["secondary"]["cmp_agree"] == {"agree": 1, "of": 2, "share": 0.5}
    assert data["documents"][1]["secondary"]["ind_agree"] == {"agree": 0, "of": 0, "share": None}
    assert data["total_secondary"]["targets_year_ignored"]["tp"] == 3
    assert data["scored"] == 2 and data["not_scored"] == []


# ---- misses (policydoc eval --misses) ----

PLAN = ("某县教育发展规划\n一、主要目标\n到2025年，全县学前教育毛入园率达到95%以上，新建公办幼儿园10所。\n"
        "二、保障措施\n（一）加强组织领导\n由县教育局牵头，县财政局配合，落实经费保障。\n")


def _plan_gold(**changes: object) -> dict[str, object]:
    gold: dict[str, object] = {
        "doc": "plan.txt",
        "headings": [{"level": 1, "marker": "一、", "title": "主要目标"},
                     {"level": 1, "marker": "二、", "title": "保障措施"},
                     {"level": 3, "marker": "（一）", "title": "加强组织领导"},
                     {"level": 2, "marker": "（二）", "title": "强化督导考核"}],
        "targets": [{"quote": "学前教育毛入园率达到95%以上", "indicator": "幼儿园在园比例", "comparator": "=",
                     "value": 95, "value_max": None, "unit": "%", "year": 2025},
                    {"quote": "新建公办幼儿园10所", "indicator": "新建公办幼儿园数", "comparator": "=",
                     "value": 10, "value_max": None, "unit": "所", "year": 2026},
                    {"quote": "不在文中的一句话", "indicator": "某指标", "comparator": "=",
                     "value": 1, "value_max": None, "unit": "个", "year": None}],
        "parties": [{"quote": "由县教育局牵头，县财政局配合", "lead": ["县财政局"], "support": []}]}
    gold.update(changes)
    return gold


@pytest.fixture
def plan_report(tmp_path: Path) -> Report:
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plan.json").write_text(json.dumps(_plan_gold(), ensure_ascii=False), encoding="utf-8")
    return run_eval(tmp_path, tmp_path, jobs=1)


def test_misses_list_every_kind(plan_report: Report) -> None:
    doc = plan_report.docs[0]
    kinds = [(i.task, i.kind) for i in doc.items]
    assert ("level", "off") in kinds  # （一） found at level 2, gold says 3
    assert ("outline", "missed") in kinds  # （二） is not in the text
    assert ("targets", "cmp") in kinds  # 以上 is >=, gold wrote =
    assert ("targets", "wrong") in kinds  # year 2025 predicted, gold 2026
    assert ("targets", "missed") in kinds  # the quote is not in the file
    assert ("parties", "wrong") in kinds  # lead differs
    wrong = next(i for i in doc.items if i.task == "targets" and i.kind == "wrong")
    assert wrong.differs == ["year"]
    assert ("targets", "ind") in kinds  # the predicted indicator names something else than gold's
    assert doc.agreement["cmp_agree"] == Agreement(0, 1) and doc.agreement["ind_agree"] == Agreement(0, 1)
    assert doc.year_ignored is not None and doc.year_ignored.tp == doc.scores["targets"].tp + 1


def test_misses_text_one_line_each(plan_report: Report) -> None:
    text = plan_report.to_text(items=True)
    assert text.startswith("doc ") and "\n== plan.txt\n" in text
    listing = text.split("\n== plan.txt\n", 1)[1].splitlines()
    assert len(listing) == len(plan_report.docs[0].items)
    assert "  outline  missed L2 （二） 强化督导考核" in listing
    assert "  level    off    L3 （一） 加强组织领导  <- predicted at L2" in listing
    assert any(line.startswith("  targets  missed = 1 个 y- 「某指标」 «不在文中的一句话» (quote not in the file)")
               for line in listing)
    assert any(line.startswith("  targets  wrong  = 10 所 y2026") and line.endswith("(differs: year)")
               for line in listing)
    assert any(line.startswith("  parties  wrong  lead 县财政局 «") and "predicted lead 县教育局 support 县财政局" in line
               for line in listing)
    assert "Misses" not in plan_report.to_text()


def test_misses_in_json_only_when_asked(plan_report: Report) -> None:
    assert "items" not in json.loads(plan_report.to_json())["documents"][0]
    items = json.loads(plan_report.to_json(items=True))["documents"][0]["items"]
    assert {"task": "outline", "kind": "missed", "gold": {"level": 2, "marker": "（二）", "title": "强化督导考核"},
            "pred": None, "differs": []} in items


def test_false_targets_in_source_order() -> None:
    source = "甲达到10所。乙达到20所。丙达到30所。"
    gold = [{"quote": "乙达到20所", "value": 20, "value_max": None, "unit": "所", "year": None,
             "comparator": "=", "indicator": "乙", "_spans": quote_spans(source, "乙达到20所")}]
    preds = [target(30, "所", (13, 18), indicator="丙"), target(10, "所", (0, 5), indicator="甲"),
             target(20, "所", (7, 12), comparator="=", indicator="乙")]
    items = target_items(gold, preds, [(0, 2)])
    assert [(i.kind, i.pred["value"] if i.pred else None) for i in items] == [("false", 10), ("false", 30)]


def test_item_line_for_untitled_heading() -> None:
    assert Item("outline", "missed", {"level": 2, "marker": "第五条", "title": ""}).line() == \
        "outline  missed L2 第五条 (untitled)"


def test_cli_eval_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from policydoc.cli import main

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plan.json").write_text(json.dumps(_plan_gold(), ensure_ascii=False), encoding="utf-8")
    assert main(["eval", "--gold", str(tmp_path), "--docs", str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "== plan.txt" in out and "  outline  missed L2 （二） 强化督导考核" in out
    assert main(["eval", "--gold", str(tmp_path), "--docs", str(tmp_path), "--details", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"][0]["items"]
