"""``policydoc eval``: score the parser against gold annotations (SPEC.md, "Gold annotation format").

Three tasks, each with precision, recall and F1 per document and in total
(micro-averaged over the documents that could be scored):

- **headings** — ``outline``: a predicted heading matches a gold one when the
  titles are equal after OpenCC t2s and dropping punctuation and white space,
  or one is a prefix of the other and both are at least 6 characters; a gold
  heading with an empty title (an untitled law article "第五条 …") matches a
  predicted heading with the same marker (after t2s, width folding and dropping
  white space), whatever title the prediction gives it; ``level``: the same and
  the levels equal. Matching is greedy and one-to-one in document order.
- **targets** — value, value_max and unit equal, year equal where gold gives
  one, and the prediction's ``source_span`` overlaps an occurrence of the gold
  quote in the decoded original file.
- **parties** — ``source_span`` overlaps the quote and the lead sets are equal
  (names compared after t2s).

Secondary figures, reported beside F1 and not part of it (SPEC "Secondary figures"):
among the matched targets, the share whose comparator equals gold's (``cmp_agree``)
and the share whose indicator names what gold's names (``ind_agree``, see
:func:`indicator_agrees`); and targets scored with the year ignored.

Every gold item no prediction matched, every prediction that matched nothing and
every disagreement is kept as an :class:`Item`, one line each (``policydoc eval
--misses``), so that an analyst can see what went wrong.

A gold document whose file is missing or unreadable is listed with its reason and
left out of the totals; a run that can score no document at all is an
:class:`EvalError`, never a total of 1.000 over nothing.
"""

from .folders import EvalError, gold_files, run_eval
from .matching import (
    greedy_match,
    greedy_pairs,
    heading_matches,
    indicator_agrees,
    lcs_length,
    marker_key,
    quote_spans,
    title_key,
    titles_match,
)
from .misses import heading_items, party_items, target_items
from .report import AGREEMENTS, TASKS, Agreement, DocResult, Item, Report, Score
from .scoring import compare_document, score_document, score_headings, score_parties, score_targets, target_agreement

__all__ = [
    "AGREEMENTS", "TASKS", "Agreement", "DocResult", "EvalError", "Item", "Report", "Score", "compare_document",
    "gold_files", "greedy_match", "greedy_pairs", "heading_items", "heading_matches", "indicator_agrees",
    "lcs_length", "marker_key", "party_items", "quote_spans", "run_eval", "score_document", "score_headings",
    "score_parties", "score_targets", "target_agreement", "target_items", "title_key", "titles_match",
]
