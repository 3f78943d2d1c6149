"""The third held-out set (corpus/invented/set3) still holds the phenomena it was written for.

The generic checks of every held-out gold file (shape, exact quotes, heading order)
are in test_invented_gold.py; the parser's scores come from
``policydoc eval --gold corpus/invented/set3 --docs corpus/invented/set3``.
"""

from __future__ import annotations

import json
from pathlib import Path


HOLDOUT3 = Path(__file__).resolve().parents[1] / "corpus" / "invented" / "set3"


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HOLDOUT3 / gold["doc"]).read_text(encoding="utf-8")
    return gold, text


def test_plan_keeps_indicator_table():
    gold, text = _load(HOLDOUT3 / "m01_transport_14th_plan.json")
    assert "指标\t2020年\t2025年\t属性" in text
    rows = [t for t in gold["targets"] if "\t" in t["quote"]]
    assert len(rows) == 9
    for t in rows:
        line = next(l for l in text.splitlines() if l == t["quote"])
        cells = line.split("\t")
        assert len(cells) == 4 and cells[3] in {"预期性", "约束性"}, line
        assert t["year"] == 2025, t
        assert t["comparator"] == ("<=" if cells[2].startswith("≤") else ">="), t
    assert {"〔5〕", "≤2", "≥95"} <= {l.split("\t")[2] for l in text.splitlines() if l.count("\t") == 3}


def test_scheme_keeps_task_table_and_labels():
    gold, text = _load(HOLDOUT3 / "m02_employment_scheme.json")
    assert "序号\t任务\t责任单位\t完成时限" in text
    rows = [p for p in gold["parties"] if "\t" in p["quote"]]
    assert len(rows) == 6
    for p in rows:
        cells = p["quote"].split("\t")
        assert len(cells) == 4
        names = cells[2].split("、")
        assert p["lead"] == [names[0]] and p["support"] == names[1:], p
    assert sum(p["quote"].startswith("责任单位：") for p in gold["parties"]) >= 5
    # no heading comes from the table or the 附件 lines
    assert not any(h["title"].startswith(("附件", "重点任务分工表")) for h in gold["headings"])


def test_work_points_have_run_in_headings():
    gold, text = _load(HOLDOUT3 / "m03_culture_tourism_work_points.json")
    level2 = [h for h in gold["headings"] if h["level"] == 2]
    assert len(level2) >= 12
    for h in level2:
        line = next(l for l in text.splitlines() if l.startswith(h["marker"] + h["title"]))
        assert line[len(h["marker"] + h["title"])] == "。" and len(line) > 80, h


def test_regulation_articles_and_items():
    gold, text = _load(HOLDOUT3 / "m04_housing_security_measures.json")
    assert [h["marker"] for h in gold["headings"] if h["level"] == 1] == [
        "第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]
    articles = [h for h in gold["headings"] if h["level"] == 2]
    assert len(articles) == 24 and articles[-1]["marker"] == "第二十四条"
    assert "处一千元以上一万元以下罚款" in text
    assert not any("一千元" in t["quote"] or "一万元" in t["quote"] for t in gold["targets"])


def test_web_page_keeps_chrome_and_traditional_lines():
    gold, text = _load(HOLDOUT3 / "m05_web_sci_tech_action.json")
    assert "【字体：大 中 小】" in text and "【打印本页】" in text and "ICP备" in text
    assert "三、加快科技成果轉移轉化" in text and "負責" in text
    assert "二〇二六年" in text and "百分之五" in text
    assert [h["marker"] for h in gold["headings"] if h["level"] == 1] == ["第一部分", "第二部分", "第三部分"]
    years = {t["year"] for t in gold["targets"]}
    assert {2024, 2025, 2026, None} <= years


def test_review_past_results_are_not_targets():
    gold, text = _load(HOLDOUT3 / "m06_market_regulation_review.json")
    plan = text.index("三、2024年工作计划")
    assert all(text.index(t["quote"]) > plan for t in gold["targets"])
    assert "1、" in {h["marker"] for h in gold["headings"]}
