"""Vocabulary of outline markers shared by normalisation and the outline.

Normalisation (which runs first and may not import the outline) and the outline's
recognisers read the same words from here, so a marker the outline knows is also
one that normalisation will not glue onto the line before it.

- ``MEASURE_WORDS``: characters that follow a number used as a quantity (3年, 5所,
  1.2公里); a bare number before one is no marker ("3 提升" is, "3年内" is not).
"""

from __future__ import annotations

MEASURE_WORDS = frozenset(
    "年月日号个万亿千百十元人名所项次家件岁届期批条款章节部类级位倍天周时分秒米吨台套座场门户间张本册处种"
    "亩平公斤克度页篇分点"
)
