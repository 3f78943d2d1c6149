"""The first held-out set (corpus/invented/set1) still holds the phenomena it was written for.

The generic checks of every held-out gold file (shape, exact quotes, heading order)
are in test_invented_gold.py; the parser's scores come from
``policydoc eval --gold corpus/invented/set1 --docs corpus/invented/set1``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path


HOLDOUT = Path(__file__).resolve().parents[1] / "corpus" / "invented" / "set1"
# "\nN、" page markers of a Word-viewer export ("《X.docx》由会员分享…" header line)
PAGE_MARKER = re.compile(r"\n\d+、")


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HOLDOUT / gold["doc"]).read_text(encoding="utf-8")
    return gold, text


def test_one_line_document_has_no_line_breaks():
    text = (HOLDOUT / "h05_oneline_two_plans.txt").read_text(encoding="utf-8")
    assert "\n" not in text and "\r" not in text


def test_page_break_quotes_keep_the_page_marker():
    gold, text = _load(HOLDOUT / "h06_docx_viewer_export.json")
    crossing = [t["quote"] for t in gold["targets"] if PAGE_MARKER.search(t["quote"])]
    assert crossing, "doc 6 must exercise quotes across page breaks"
