"""Score main-content extractors on the pages of ``corpus/inputs`` (expectations in ``html_eval.json``).

Every extractor gets the same decoded page (our decoding chain), so only the
choice of content and its layout are compared:

- *recall*: share of expected items found — ``lines`` standing on a line of their
  own, ``with`` snippets, table ``rows`` with their cells in order on one line;
- *precision*: share of ``without`` chrome snippets that are absent;
- *F1* of the two.

Run ``.venv/bin/python tests/inputs/compare_extractors.py`` for the table with
trafilatura and readability-lxml (when installed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import regex

from policydoc.load.html import decode_html, extract_main_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "inputs"
Extractor = Callable[[str], str]


@dataclass(frozen=True)
class Score:
    found: int
    expected: int
    clean: int
    chrome: int

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.clean / self.chrome if self.chrome else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.found + other.found, self.expected + other.expected,
                     self.clean + other.clean, self.chrome + other.chrome)


def expectations() -> dict[str, dict[str, list]]:
    data = json.loads((CORPUS / "html_eval.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def decoded_page(name: str) -> str:
    page, _, _ = decode_html((CORPUS / name).read_bytes(), name=name)
    return page


def _squash(s: str) -> str:
    return regex.sub(r"[\s\u3000]+", "", s)


def _row_found(cells: list[str], lines: list[str]) -> bool:
    pattern = regex.compile(r"^[\s|]*" + r"[\s|]+".join(regex.escape(c) for c in cells) + r"[\s|]*$")
    return any(pattern.match(line) for line in lines)


def score_text(text: str, expect: dict[str, list]) -> Score:
    lines = [line.strip(" \t\u3000\xa0") for line in text.split("\n")]
    squashed = _squash(text)
    found = sum(1 for want in expect["lines"] if want in lines)
    found += sum(1 for want in expect["with"] if _squash(want) in squashed)
    found += sum(1 for cells in expect["rows"] if _row_found(cells, lines))
    expected = len(expect["lines"]) + len(expect["with"]) + len(expect["rows"])
    clean = sum(1 for junk in expect["without"] if _squash(junk) not in squashed)
    return Score(found, expected, clean, len(expect["without"]))


def ours(page: str) -> str:
    return extract_main_text(page)


def evaluate(extractor: Extractor) -> dict[str, Score]:
    return {name: score_text(extractor(decoded_page(name)), expect) for name, expect in expectations().items()}
