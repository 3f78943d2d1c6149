"""The analysis stage: what the whole document is, worked out once for every later stage.

Between the outline and the fact extractors: it reads the title and the section
tree and hands a :class:`DocContext` down the pipeline, so extraction and parties
never recompute document-level judgements (issue 11's ``DocContext``).

Today it holds the document's *kind*:

- ``"law"`` — a law, regulation or rules text (法/条例/办法/规定/细则/规则…) built of
  articles 第X条: its numbers are standing rules and its duties statutory, so it
  gives no targets and no parties (the gold convention of the real development set);
- ``"statistics"`` — a statistical bulletin (统计公报): every figure is a past result;
- ``"plan"`` — anything else (plans, schemes, work points, reports, notices).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..models import Section
from .kinds import KIND_RULES, document_kind

__all__ = ["DocContext", "analyse", "document_kind", "KIND_RULES"]


@dataclass
class DocContext:
    """Document-level facts shared by the extraction stages."""

    title: Optional[str] = None
    kind: str = "plan"
    kind_rule: Optional[str] = None  # the rule in KIND_RULES that decided the kind
    sections: list[Section] = field(default_factory=list)  # every section, document order

    @property
    def states_facts(self) -> bool:
        """Whether the document can hold targets and assigned tasks at all."""
        return self.kind == "plan"


def _flatten(sections: Iterable[Section]) -> list[Section]:
    out: list[Section] = []
    stack = list(reversed(list(sections)))
    while stack:
        sec = stack.pop()
        out.append(sec)
        stack.extend(reversed(sec.children))
    return out


def analyse(text: str, title: Optional[str], sections: list[Section]) -> DocContext:
    """The :class:`DocContext` of a document from its normalised text, title and section tree.

    >>> from policydoc.outline import build_outline
    >>> text = "某市养犬管理条例\\n" + "".join(f"第{n}条 本条例第{n}项规定。\\n" for n in "一二三四五")
    >>> o = build_outline(text)
    >>> analyse(text, o.title, o.sections).kind
    'law'
    """
    flat = _flatten(sections)
    kind, rule = document_kind(text, title, flat)
    return DocContext(title=title, kind=kind, kind_rule=rule, sections=flat)
