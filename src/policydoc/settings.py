"""Tuning constants of the rules, named in one place, each with a line on why it has its value.

A rule reads its window sizes, gaps and limits from here instead of writing bare numbers (``lead[-24:]``, ``> 2``):
the number then has a name, a reason and one place to change. Vocabulary is not here: words live in
``policydoc/data`` and in each stage's word modules. Sections follow the pipeline; each stage keeps to its own.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------------
# outline and analysis
# ---------------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------------
# extract: targets, years, percentages, quantities
# ---------------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------------
# parties
# ---------------------------------------------------------------------------------------------------------------
