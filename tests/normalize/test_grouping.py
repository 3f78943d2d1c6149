"""Thousands separators: the Chinese comma anywhere, a space only inside running Chinese text."""

from __future__ import annotations

import pytest

import policydoc

CASES = [
    # (label, text, the targets' values)
    ("space_grouped_in_prose", "到2025年，把服務名額由目前的3 000個增加到7 000個。", [7000.0]),
    ("thin_space_grouped", "到2025年，新增會展設施面積約23\u2005000平方米。", [23000.0]),
    ("chinese_comma_grouped", "到2025年，地区生产总值达到16，770亿元。", [16770.0]),
]


@pytest.mark.parametrize("label,text,values", CASES, ids=[c[0] for c in CASES])
def test_grouped_numbers_read_whole(label: str, text: str, values: list[float]) -> None:
    assert [t.value for t in policydoc.parse_text(text).targets] == values


def test_a_row_of_numbers_is_no_grouped_number() -> None:
    doc = policydoc.parse_text("指标\t2020年\t2025年\n污水处理率 95 100\n")
    assert not any(r.kind == "grouping" for r in doc.repairs)
