"""The second held-out set (corpus/invented/set2) still holds the phenomena it was written for.

The generic checks of every held-out gold file (shape, exact quotes, heading order)
are in test_invented_gold.py; the parser's scores come from
``policydoc eval --gold corpus/invented/set2 --docs corpus/invented/set2``.
"""

from __future__ import annotations

import json
from pathlib import Path


HOLDOUT2 = Path(__file__).resolve().parents[1] / "corpus" / "invented" / "set2"


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HOLDOUT2 / gold["doc"]).read_text(encoding="utf-8")
    return gold, text


def test_web_page_keeps_chrome_fullwidth_and_traditional():
    gold, text = _load(HOLDOUT2 / "k05_web_eco_work_points.json")
    assert "字号：大 中 小" in text and "打印本页 | 关闭窗口" in text
    assert "（１）" in text and "２０．" in text
    assert "淨土保衛戰" in text
    markers = [h["marker"] for h in gold["headings"] if h["level"] == 2]
    assert len(markers) == 20, "items 1.–20. run continuously across sections"


def test_review_report_has_redacted_year_and_sloppy_markers():
    gold, text = _load(HOLDOUT2 / "k06_rural_revitalization_review.json")
    assert "20**年" in text
    markers = {h["marker"] for h in gold["headings"]}
    assert {"一.", "2 .", "3、"} <= markers
    redacted = [t for t in gold["targets"] if "20**" in text[max(0, text.index(t["quote"]) - 12): text.index(t["quote"])]]
    assert redacted and all(t["year"] is None for t in redacted)
