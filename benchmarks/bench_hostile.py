"""Hostile inputs: each built at two sizes, the time ratio shows whether cost stays linear.

Issue 15 listed inputs that once took minutes or more for one megabyte: the same
target sentence repeated, percentages strung by commas, year ranges, a
50,000-name list of bodies before 牵头, 200,000 tab-separated cells, nothing but
punctuation. Each is parsed at SMALL and 4 × SMALL characters in this process;
"× time for 4 × size" near 4 is linear, near 16 quadratic. ``POLICYDOC_BENCH_LARGE=1``
adds the seconds for one megabyte of each (the issue's 120 s bound).
"""

from __future__ import annotations

import os
import time
from typing import Callable

from policydoc import parse_text

SMALL = 25_000  # characters
MB = 1 << 20


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _names(n: int) -> str:
    out, size, i = [], 0, 0
    while size < n:
        name = f"第{i}局"
        out.append(name)
        size += len(name) + 1
        i += 1
    return "、".join(out) + "牵头负责。\n"


INPUTS: dict[str, Callable[[int], str]] = {
    "target sentences": _repeat("到2025年，达到90%。"),
    "percentages": _repeat("增长5%，"),
    "year ranges": _repeat("2021—2025年、"),
    "names before 牵头": _names,
    "tab cells": _repeat("90%\t"),
    "punctuation": _repeat("，。；：、！？"),
    # a line of dot leaders with no page number, after 30 wrapped lines (a contents line's leaders are read at its end)
    "dot leaders": lambda n: "这是一段很长的正文内容需要换行显示出来\n" * 30 + "." * n + "甲\n",
}


def _seconds(text: str) -> float:
    start = time.perf_counter()
    parse_text(text)
    return time.perf_counter() - start


def run() -> dict[str, object]:
    parse_text("一、目标\n到2025年，覆盖率达到90%。")  # warm
    figures: dict[str, object] = {}
    large = os.environ.get("POLICYDOC_BENCH_LARGE") == "1"
    for name, make in INPUTS.items():
        small, big = _seconds(make(SMALL)), _seconds(make(4 * SMALL))
        figures[f"{name}: × time for 4 × size"] = round(big / small, 1)
        if large:
            figures[f"{name}: seconds for 1 MB"] = round(_seconds(make(MB // 3)), 1)  # ~1 MB of UTF-8
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
