"""The outline as indented text: what ``policydoc outline`` prints."""

from __future__ import annotations

from typing import Optional, Sequence

from ..models import Document, Section

INDENT = "  "


def _heading_line(sec: Section, depth: int) -> str:
    gap = "" if sec.marker[-1:] in "、.．,，)）" or not sec.title else " "
    return f"{INDENT * depth}{sec.marker}{gap}{sec.title}"


def render_sections(title: Optional[str], sections: Sequence[Section]) -> str:
    """The title line (if any), then one line per section, indented by its depth in the tree.

    >>> from policydoc.models import Section
    >>> kid = Section(id="1.1", level=2, marker="(一)", style="cn_paren", number=1, title="目标",
    ...               span=(3, 9), title_span=(6, 8))
    >>> top = Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="总则",
    ...               span=(0, 9), title_span=(2, 4), children=[kid])
    >>> print(render_sections("某规划", [top]), end="")
    某规划
    一、总则
      (一)目标
    """
    lines = [title] if title else []
    stack = [(sec, 0) for sec in reversed(sections)]
    while stack:
        sec, depth = stack.pop()
        lines.append(_heading_line(sec, depth))
        stack.extend((kid, depth + 1) for kid in reversed(sec.children))
    return "".join(line + "\n" for line in lines)


def render_outline(doc: Document) -> str:
    """The section tree of a parsed document, indented, with markers and the title on top."""
    return render_sections(doc.title, doc.sections)
