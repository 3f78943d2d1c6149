"""Compare our HTML main-content heuristics with trafilatura and readability-lxml.

    .venv/bin/pip install trafilatura readability-lxml   # for the comparison only
    .venv/bin/python tests/inputs/compare_extractors.py

Neither is a project dependency; an extractor that is not installed is skipped.
readability returns HTML, which is rendered with our renderer (tables as tab
rows) so that only its choice of content counts; both get the page title put
first when they leave it out, as ours does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_eval import Extractor, Score, evaluate, ours  # noqa: E402


def trafilatura_extractor() -> Optional[Extractor]:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: str) -> str:
        text = trafilatura.extract(page, include_tables=True, include_comments=False) or ""
        meta = trafilatura.extract_metadata(page)
        title = meta.title if meta and meta.title else ""
        return f"{title}\n{text}" if title and not text.startswith(title) else text

    return run


def readability_extractor() -> Optional[Extractor]:
    try:
        from lxml import html as lxml_html
        from readability import Document
    except ImportError:
        return None
    from policydoc.load.html import render_text

    def run(page: str) -> str:
        doc = Document(page)
        text = render_text(lxml_html.fromstring(doc.summary(html_partial=True)))
        title = doc.short_title()
        return f"{title}\n{text}" if title and not text.startswith(title) else text

    return run


def main() -> int:
    extractors: dict[str, Optional[Extractor]] = {
        "policydoc (lxml heuristics)": ours,
        "trafilatura": trafilatura_extractor(),
        "readability-lxml": readability_extractor(),
    }
    for label, extractor in extractors.items():
        if extractor is None:
            print(f"{label}: not installed, skipped")
            continue
        scores = evaluate(extractor)
        total = sum(scores.values(), Score(0, 0, 0, 0))
        print(f"{label}: recall {total.recall:.3f}  precision {total.precision:.3f}  F1 {total.f1:.3f}")
        for name, s in scores.items():
            print(f"    {name:24s} recall {s.recall:.3f} ({s.found}/{s.expected})  precision {s.precision:.3f} "
                  f"({s.clean}/{s.chrome})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
