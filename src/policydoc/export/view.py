"""The self-contained HTML report of one Document (``policydoc view``).

The page shows the outline as a navigable tree beside the normalised text; in
the text, targets and parties are highlighted in place and repairs are marked
(hover shows the parsed fields, or ``original → replacement``); tables of the
targets and parties follow the text. Style and script are inline, nothing is
fetched, and every piece of document text is escaped.

Highlights may overlap (a target inside a party's sentence, a repair inside a
target): the text is cut at every mark boundary and each piece is wrapped in the
marks active over it, outermost layer first, so the HTML always nests.

>>> from policydoc.models import Document, Source, Target
>>> t = Target(id="t1", indicator="入园率", comparator=">=", value=96, unit="%", text="入园率达到96%",
...            span=(0, 8))
>>> doc = Document(source=Source(format="text", sha256="0"), script="simplified", title="<规划>",
...                text="入园率达到96%。", targets=[t])
>>> page = render_html(doc)
>>> '<mark class="tg" data-t="t1">入园率达到96%</mark>。' in page, "<规划>" in page
(True, False)
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Any, Optional

from ..models import Document, Section
from .records import PATH_SEPARATOR
from .view_assets import CSS, JS

QUIET_REMOVALS = frozenset({"whitespace", "newlines"})
"""Repair kinds whose removals get no marker in the text (there would be one per line)."""

REPAIR_DENSITY = 50
"""Repairs start hidden when there is more than one per this many characters of text."""

LAYERS = ("hd", "pt", "tg", "rp")
"""Mark layers, outermost first: heading, party, target, repair."""


@dataclass(frozen=True)
class Mark:
    """One highlight: a layer, a span of the text and the opening tag's attributes."""

    layer: str
    start: int
    end: int
    tag: str  # the complete opening tag


def render_html(doc: Document) -> str:
    """The whole report page as one HTML string."""
    title = doc.title or doc.source.path or "policydoc report"
    return PAGE.format(
        title=escape(title),
        body_class="" if _show_repairs(doc) else "norep",
        css=CSS,
        header=_header(doc, title),
        outline=_outline(doc),
        text=render_text(doc),
        tables=_targets_table(doc) + _parties_table(doc) + _warnings_table(doc),
        data=_json_for_script(_page_data(doc)),
        js=JS,
    )


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policydoc">
<title>{title}</title>
<style>{css}</style>
</head>
<body class="{body_class}">
{header}
<div class="layout">
<nav aria-label="outline"><h2>提纲 Outline</h2>{outline}</nav>
<main>
<article id="pd-text">{text}</article>
<section class="facts">{tables}</section>
</main>
</div>
<div id="pd-tip" role="tooltip" hidden></div>
<script type="application/json" id="pd-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""


def _header(doc: Document, title: str) -> str:
    meta = [doc.source.path or "", doc.source.format, doc.script, f"{len(doc.text):,} 字"]
    kinds = Counter(r.kind for r in doc.repairs)
    legend = (
        f'<span class="sw tg">目标 {len(doc.targets)}</span>'
        f'<span class="sw pt">责任 {len(doc.parties)}</span>'
        f'<label title="underline repaired text"><input type="checkbox" id="pd-rep"{" checked" if _show_repairs(doc) else ""}>'
        f' <span class="sw rp">修复 {len(doc.repairs)}</span></label>'
    )
    summary = " · ".join(f"{escape(k)} {n}" for k, n in kinds.most_common())
    meta_html = escape(" · ".join(m for m in meta if m)) + (f" · 修复: {summary}" if summary else "")
    return (
        f'<header><div><h1>{escape(title)}</h1><div class="meta">{meta_html}</div></div>'
        f'<div class="legend">{legend}</div></header>'
    )


def _show_repairs(doc: Document) -> bool:
    """Underline repairs from the start only when they are sparse (hover shows them either way)."""
    return len(doc.repairs) * REPAIR_DENSITY <= max(len(doc.text), 1)


# --- the text with its marks -------------------------------------------------


def render_text(doc: Document) -> str:
    """The normalised text as HTML, with every mark and section anchor in place."""
    text, marks = doc.text, _marks(doc)
    points = _points(doc)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks), *points})
    starts = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    out: list[str] = []
    k = 0
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        out.extend(points.get(a, ()))
        if a >= b:
            continue
        while k < len(starts) and starts[k].start <= a:
            active.append(starts[k])
            k += 1
        active = [m for m in active if m.end > a]
        out.append(_wrap(escape(text[a:b], quote=False), [m for m in active if m.end >= b]))
    return "".join(out)


def _wrap(piece: str, marks: list[Mark]) -> str:
    ordered = sorted(marks, key=lambda m: (LAYERS.index(m.layer), m.start, -m.end))
    opens = "".join(m.tag for m in ordered)
    closes = "".join("</mark>" if m.tag.startswith("<mark") else "</span>" for m in reversed(ordered))
    return opens + piece + closes


def _marks(doc: Document) -> list[Mark]:
    n = len(doc.text)
    marks = [
        Mark("hd", s.span[0], s.title_span[1], f'<span class="hd l{min(s.level, 3)}">') for s in doc.iter_sections()
    ]
    marks += [Mark("pt", *p.span, f'<mark class="pt" data-p="{i}">') for i, p in enumerate(doc.parties)]
    marks += [Mark("tg", *t.span, f'<mark class="tg" data-t="{escape(t.id)}">') for t in doc.targets]
    for i, r in enumerate(doc.repairs):
        if r.span is not None and r.span[0] < r.span[1]:
            marks.append(Mark("rp", *r.span, f'<span class="rp" data-r="{i}">'))
    return [Mark(m.layer, max(0, m.start), min(n, m.end), m.tag) for m in marks if m.start < min(n, m.end)]


def _points(doc: Document) -> dict[int, list[str]]:
    """Zero-width elements by position: section anchors and markers of removed text."""
    points: dict[int, list[str]] = {}
    for page in doc.source.pages or []:  # PDF input: where each page begins, before anything else there
        points.setdefault(page.span[0], []).append(f'<span class="pg" id="page-{page.number}">第{page.number}页</span>')
    for s in doc.iter_sections():
        points.setdefault(s.span[0], []).append(f'<span class="anchor" id="sec-{escape(s.id)}"></span>')
    removed: dict[int, list[str]] = {}
    for i, r in enumerate(doc.repairs):
        if r.span is not None and r.span[0] == r.span[1] and r.kind not in QUIET_REMOVALS:
            removed.setdefault(min(r.span[0], len(doc.text)), []).append(str(i))
    for pos, ids in removed.items():  # one marker per place, however many removals met there
        points.setdefault(pos, []).append(f'<span class="rm" data-r="{",".join(ids)}"></span>')
    return points


# --- outline tree and tables --------------------------------------------------


def _outline(doc: Document) -> str:
    if not doc.sections:
        return '<p class="empty">没有识别出章节 (no sections found)</p>'
    counts = Counter(t.section_id for t in doc.targets), Counter(p.section_id for p in doc.parties)
    return _tree(doc.sections, counts)


def _tree(sections: list[Section], counts: tuple[Counter, Counter]) -> str:
    items = []
    for s in sections:
        fold = "▾" if s.children else ""
        n_t, n_p = (sum(n for sid, n in c.items() if sid and _within(sid, s.id)) for c in counts)
        badges = (f'<span class="badge" title="targets">{n_t}</span>' if n_t else "") + (
            f'<span class="badge p" title="parties">{n_p}</span>' if n_p else ""
        )
        link = f'<a href="#sec-{escape(s.id)}"><span class="mk">{escape(s.marker)}</span>{escape(s.title)}</a>'
        link += f'<span class="pgno" title="page">p.{s.page}</span>' if s.page is not None else ""
        sub = _tree(s.children, counts) if s.children else ""
        items.append(f'<li><div class="row"><button class="fold">{fold}</button>{link}{badges}</div>{sub}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _within(section_id: str, ancestor: str) -> bool:
    return section_id == ancestor or section_id.startswith(ancestor + ".")


def _targets_table(doc: Document) -> str:
    head = "<h2>目标 Targets</h2>"
    if not doc.targets:
        return head + '<p class="empty">没有识别出目标 (no targets found)</p>'
    rows = []
    for t in doc.targets:
        value = _num(t.value) + (f"–{_num(t.value_max)}" if t.value_max is not None else "")
        cells = [t.id, _section_name(doc, t.section_id), t.indicator]
        tds = "".join(f"<td>{escape(c)}</td>" for c in cells)
        tds += f'<td class="nw">{escape(t.comparator)}</td><td class="num">{escape(value)}</td>'
        tds += f'<td class="nw">{escape(t.unit)}</td><td class="num">{t.year or ""}</td>'
        tds += f'<td class="nw">{escape(t.attribute or "")}</td>'
        tds += f'<td class="quote">{escape(t.text)}</td>' + _page_cell(doc, t.page)
        rows.append(f'<tr data-goto="{escape(_goto("t", t.id))}">{tds}</tr>')
    cols = "".join(f"<th>{c}</th>" for c in ("#", "章节", "指标", "比较", "值", "单位", "年份", "属性", "原文")
                   + _page_column(doc))
    return f"{head}<table id=\"pd-targets\"><thead><tr>{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _parties_table(doc: Document) -> str:
    head = "<h2>责任分工 Parties</h2>"
    if not doc.parties:
        return head + '<p class="empty">没有识别出责任单位 (no parties found)</p>'
    rows = []
    for i, p in enumerate(doc.parties):
        cells = [_section_name(doc, p.section_id), p.task, "、".join(p.lead), "、".join(p.support)]
        tds = "".join(f"<td>{escape(c)}</td>" for c in cells) + f'<td class="quote">{escape(p.text)}</td>'
        tds += _page_cell(doc, p.page)
        rows.append(f'<tr data-goto="{escape(_goto("p", str(i)))}">{tds}</tr>')
    cols = "".join(f"<th>{c}</th>" for c in ("章节", "任务", "牵头", "配合", "原文") + _page_column(doc))
    return f"{head}<table id=\"pd-parties\"><thead><tr>{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _page_column(doc: Document) -> tuple[str, ...]:
    """The page column's heading, for paged (PDF) input only."""
    return ("页",) if doc.source.pages else ()


def _page_cell(doc: Document, page: Optional[int]) -> str:
    if not doc.source.pages:
        return ""
    link = f'<a href="#page-{page}">{page}</a>' if page is not None else ""
    return f'<td class="pgno">{link}</td>'


def _warnings_table(doc: Document) -> str:
    """The warnings with their codes (nothing when there are none)."""
    if not doc.warning_details:
        return ""
    rows = "".join(f'<tr><td class="nw"><code>{escape(w.code)}</code></td><td>{escape(w.message)}</td></tr>'
                   for w in doc.warning_details)
    return ('<h2>警告 Warnings</h2><table id="pd-warnings"><thead><tr><th>代码 code</th><th>说明</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _goto(kind: str, key: str) -> str:
    """The CSS selector of a fact's first highlighted piece."""
    return f'mark[data-{kind}="{json.dumps(key)[1:-1]}"]'


def _section_name(doc: Document, section_id: Optional[str]) -> str:
    return PATH_SEPARATOR.join(f"{s.marker}{s.title}" for s in doc.section_path(section_id))


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


# --- data for the script -------------------------------------------------------


def _page_data(doc: Document) -> dict[str, Any]:
    targets = {
        t.id: {**t.model_dump(include={"id", "indicator", "comparator", "value", "value_max", "unit", "year",
                                       "attribute"}), "section": _section_name(doc, t.section_id)}
        for t in doc.targets
    }
    parties = [
        {"task": p.task, "lead": p.lead, "support": p.support, "section": _section_name(doc, p.section_id)}
        for p in doc.parties
    ]
    repairs = [{"kind": r.kind, "original": r.original, "replacement": r.replacement} for r in doc.repairs]
    return {"targets": targets, "parties": parties, "repairs": repairs}


def _json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` can close or confuse it.

    >>> _json_for_script({"a": "</script><!--&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u0026"}'
    """
    raw = json.dumps(data, ensure_ascii=False)
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
