"""Typed models of the Document JSON (schema_version "1", see SPEC.md).

The models import nothing else from the package: every stage imports them, and
they import no stage. Every field carries a description, which is what
`policydoc schema` prints.

Spans are ``[start, end]`` character offsets, end exclusive. ``span`` fields
point into ``Document.text`` (the normalised text); ``source_span`` fields point
into the decoded input before normalisation, wherever that mapping exists.
"""

from __future__ import annotations

from typing import Callable, Iterable, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Span = tuple[int, int]
"""``(start, end)`` character offsets, end exclusive; serialised as ``[start, end]``."""

Comparator = Literal[">=", ">", "<=", "<", "=", "~", "range", "increase", "decrease"]
Change = Literal["increase", "decrease"]
YearKind = Literal["point", "deadline", "range", "period", "redacted"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


M = TypeVar("M", bound=BaseModel)
_FULL_FIELDS: dict[type, set[str]] = {}


def lean(models: Iterable[M]) -> None:
    """Let models the parser built share one fields-set per class (all fields), nested ones too.

    Pydantic gives every instance its own ``__pydantic_fields_set__``, a set of
    the names passed in: 700 bytes, more than the rest of a small model. Parsed
    facts come by the ten thousand per megabyte (repairs, mentions, sections), so
    they share one set holding every field instead: ``model_fields_set`` then
    names all fields, as if each had been passed, and assigning a field adds a
    name already there, so the shared set never changes.

    >>> r = [Repair(kind="t2s", span=(0, 1), original="為", replacement="为", source_span=(0, 1)) for _ in "ab"]
    >>> lean(r); r[0].model_fields_set is r[1].model_fields_set
    True
    """
    for m in models:
        full = _all_fields(type(m))
        object.__setattr__(m, "__pydantic_fields_set__", full)
        if "children" in full:  # asked only of a model with the field (pydantic's missing-attribute path is slow)
            children = m.children  # type: ignore[attr-defined]
            if children:
                lean(children)


def _all_fields(cls: type) -> set[str]:
    """The one fields-set the instances of ``cls`` share: all its fields."""
    full = _FULL_FIELDS.get(cls)
    if full is None:
        full = _FULL_FIELDS[cls] = set(cls.model_fields)  # type: ignore[attr-defined]
    return full


def trusted(cls: type[M]) -> Callable[..., M]:
    """A constructor of ``cls`` that takes every field's value, positionally in field order, unvalidated.

    For models the parser builds by the thousand from values it made itself, each
    already of its field's type (str, int, a tuple of ints, None): validation would
    return the same model at five times the cost (``model_construct``, in Python
    too, at three). The instances share one fields-set, as :func:`lean` makes them.

    >>> make = trusted(Repair)
    >>> r = make("t2s", (0, 1), "為", "为", (0, 1))
    >>> r == Repair(kind="t2s", span=(0, 1), original="為", replacement="为", source_span=(0, 1))
    True
    """
    names = tuple(cls.model_fields)
    if cls.__pydantic_post_init__ or cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
        raise TypeError(f"{cls.__name__} needs pydantic's own construction")
    slot = BaseModel.__dict__
    scope = {"cls": cls, "new": cls.__new__, "put": object.__setattr__, "full": _all_fields(cls),
             "set_fields": slot[_SLOTS[0]].__set__, "set_extra": slot[_SLOTS[1]].__set__,
             "set_private": slot[_SLOTS[2]].__set__}
    # generated, as dataclasses generates __init__: the field values go into a dict display (``dict(zip(names,
    # values))`` cost half the call), pydantic's other slots are set through their descriptors, and a wrong
    # number of values is the TypeError of any call
    params = ", ".join(f"v{i}" for i in range(len(names)))
    fields = ", ".join(f"{name!r}: v{i}" for i, name in enumerate(names))
    exec(f"def make({params}, /):\n"
         f"    m = new(cls)\n"
         f"    put(m, '__dict__', {{{fields}}})\n"
         f"    set_fields(m, full)\n"
         f"    set_extra(m, None)\n"
         f"    set_private(m, None)\n"
         f"    return m\n", scope)
    make: Callable[..., M] = scope["make"]
    make.__qualname__ = make.__name__ = f"trusted_{cls.__name__}"
    return make


def trusted_many(cls: type[M]) -> Callable[[list[dict[str, object]]], list[M]]:
    """A builder of many ``cls`` instances at once, unvalidated, each from a dict of every field's value.

    :func:`trusted`'s contract (values the parser made, each of its field's type), for
    batches by the thousand at half the cost: each dict becomes an instance's ``__dict__``
    as it is (the caller hands it over), and pydantic's three other slots are set through
    their descriptors. The dicts are written by one literal at the call site, fields in
    field order; the first of a batch is checked to name exactly the fields.

    >>> build = trusted_many(Repair)
    >>> build([dict(kind="t2s", span=(0, 1), original="為", replacement="为", source_span=(0, 1))]) == [
    ...     trusted(Repair)("t2s", (0, 1), "為", "为", (0, 1))]
    True
    """
    names = list(cls.model_fields)
    trusted(cls)  # the same refusals
    full, new, put = _all_fields(cls), cls.__new__, object.__setattr__
    slot = BaseModel.__dict__
    set_fields, set_extra, set_private = (slot[name].__set__ for name in _SLOTS)

    def build(dicts: list[dict[str, object]]) -> list[M]:
        if dicts and list(dicts[0]) != names:
            raise TypeError(f"{cls.__name__} takes the fields {', '.join(names)}, got {', '.join(dicts[0])}")
        made: list[M] = []
        keep = made.append
        for values in dicts:
            m = new(cls)
            put(m, "__dict__", values)
            set_fields(m, full)
            set_extra(m, None)
            set_private(m, None)
            keep(m)
        return made

    return build


_SLOTS = ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")  # BaseModel's, besides __dict__


class Page(_Model):
    """One printed page of a paged input (PDF)."""

    number: int = Field(description="1-based page number, counted from the first page of the file.")
    span: Span = Field(description="Where the page's text stands in the normalised text; the pages' spans "
                       "follow one another and together cover the text.")
    source_span: Span = Field(description="Where the page's text stands in the decoded source.")


class Source(_Model):
    """Where the document came from and how it was read."""

    path: Optional[str] = Field(
        None,
        description="Path of the input file, if it was read from one; bytes of the name that are not UTF-8 "
        "are spelled as \\xNN escapes.",
    )
    format: Literal["text", "html", "docx", "pdf"] = Field(description="Input format, detected from content.")
    encoding: Optional[str] = Field(
        None, description="Character encoding the input was decoded with (null for .docx and str input)."
    )
    sha256: str = Field(description="SHA-256 of the input bytes (of the UTF-8 encoding for str input).")
    pages: Optional[list[Page]] = Field(
        None, description="The pages of a paged input (PDF), in order; null for formats without pages. "
        "`Document.page_of(span)` gives the page of any span."
    )


class Repair(_Model):
    """One change made by normalisation, in the order the steps ran."""

    kind: str = Field(
        description='Name of the step, e.g. "t2s", "width", "pinyin_annotation", "mojibake", '
        '"page_marker", "boilerplate", "whitespace"; "undecodable" for bytes the loader could not decode '
        '(`original` spells them as \\xNN escapes, `replacement` is U+FFFD, which the decoded source '
        'holds at `source_span`).'
    )
    span: Optional[Span] = Field(description="Where the replacement stands in the normalised text.")
    original: str = Field(description="The text as it stood before this step.")
    replacement: str = Field(description="What the step put in its place (empty for a removal).")
    source_span: Optional[Span] = Field(
        description="Where `original` stands in the decoded source; slicing the source there gives `original` "
        "when the step ran on source text unchanged by earlier steps."
    )


class WarningDetail(_Model):
    """One warning of ``Document.warnings``, with its code and where it points."""

    code: str = Field(
        description='Short stable identifier of the kind of warning, "<origin>.<what>", e.g. "load.undecodable", '
        '"normalize.mojibake_ambiguous", "outline.numbering_skip"; docs/document-format.md lists them all.'
    )
    message: str = Field(description="The warning as it stands in `Document.warnings` (same text, same place).")
    span: Optional[Span] = Field(
        None, description="Where the warning points in the normalised text; null when it concerns no stretch of it "
        "(e.g. the whole file)."
    )
    source_span: Optional[Span] = Field(
        None, description="Where the warning points in the decoded source, mapped back through the offset map "
        "as repairs are; null when unknown."
    )


class Section(_Model):
    """One heading of the outline and everything under it."""

    id: str = Field(description='Path of ordinals in the tree: "1", "1.2", "1.2.3".')
    level: int = Field(description="1 = top of this document's outline.")
    marker: str = Field(
        description='Numbering token as it stands in the text, e.g. "一、", "(一)", "1.", "第三条"; '
        '"" for a heading known only from its Word heading style.'
    )
    style: str = Field(
        description='Numbering style: "chapter", "section", "article", "part", "cn_dun", "cn_paren", '
        '"arabic_dot", "arabic_paren", "circled", "tw_formal", "decimal_path", …; "heading" for an '
        'unnumbered heading known from its Word heading style'
    )
    number: int = Field(description="The ordinal the marker denotes (一 -> 1, (十二) -> 12).")
    title: str = Field(description="Heading text without marker and without the trailing 。；：")
    span: Span = Field(description="The whole section, heading included.")
    title_span: Span = Field(description="The title inside the text.")
    page: Optional[int] = Field(None, description="Page the heading stands on (PDF input: `source.pages`); else null.")
    page_end: Optional[int] = Field(None, description="Last page the section covers (PDF input); else null.")
    children: list[Section] = Field(default_factory=list, description="Subsections, in document order.")


class Target(_Model):
    """A forward-looking quantitative commitment."""

    id: str = Field(description='Stable id within the document, e.g. "t1".')
    section_id: Optional[str] = Field(None, description="Id of the innermost section holding the target.")
    indicator: str = Field(description='What is measured, e.g. "学前教育毛入园率".')
    comparator: Comparator = Field(
        description='How the value binds the indicator: the bound the text sets (以上 ">=", 超过 ">", 以内 "<=", '
        '低于 "<", 左右/约 "~", A—B "range", 达到/提高到 or a planned amount "="); "increase"/"decrease" only '
        'for a change with no bound ("下降15%").'
    )
    change: Optional[Change] = Field(
        None, description='Direction of a change target whenever the text gives one (增长/提高/下降/降低/减少…): '
        '"增长5%以上" is comparator ">=" with change "increase"; else null.'
    )
    value: float = Field(description="The number (the lower bound for a range).")
    value_max: Optional[float] = Field(None, description="Upper bound of a range, else null.")
    unit: str = Field(description='Simplified unit: "%", "个百分点", "万人", "所", "亿元", "万个", ….')
    year: Optional[int] = Field(None, description="Deadline year, stated or inherited from context.")
    text: str = Field(description="The sentence or clause holding the target.")
    span: Span = Field(description="Where `text` stands in the normalised text.")
    source_span: Optional[Span] = Field(None, description="Where the target stands in the decoded source.")
    attribute: Optional[str] = Field(
        None, description='Indicator attribute from a 主要指标 table: "预期性" or "约束性"; else null.'
    )
    page: Optional[int] = Field(None, description="Page the target stands on (PDF input: `source.pages`); else null.")
    rule: Optional[str] = Field(
        None, description='What made the target: "sentence" (a number judged in its sentence), "indicator_table" '
        '(a row of a 主要指标 table), "glued_table" (a row of such a table run onto one line).'
    )
    evidence: dict[str, str] = Field(
        default_factory=dict, description='What decided it: "comparator" (the comparator rule that answered, "listed" '
        'when the value shares the words of the one before it, "default" for "="), "year" (the year rule: '
        '"sentence", "paragraph", "goal_section", "paragraph_deadline_after", "this_year", "task_row", "table_column", '
        '"none"), "shared" ("yes" when one '
        'value is stated for several things). `policydoc explain` lists the numbers that were dropped, and why.'
    )


class YearMention(_Model):
    """A year, deadline, range, five-year period or redacted year."""

    year: Optional[int] = Field(description="The (first) year; null when redacted.")
    year_end: Optional[int] = Field(None, description="Last year of a range or period, else null.")
    text: str = Field(description="The mention as it stands in the text.")
    span: Span = Field(description="Where the mention stands in the normalised text.")
    kind: YearKind = Field(description='"point", "deadline", "range", "period" or "redacted".')


class PercentMention(_Model):
    """A percentage or a change in percentage points."""

    value: float = Field(description="The number of percent or points.")
    unit: Literal["%", "个百分点"] = Field(description='"%" or "个百分点".')
    value_max: Optional[float] = Field(None, description="Upper bound of a range (3%-5%), else null.")
    text: str = Field(description="The mention as it stands in the text.")
    span: Span = Field(description="Where the mention stands in the normalised text.")


class QuantityMention(_Model):
    """A number with a unit (other than percentages and years)."""

    value: float = Field(description="The number, without the 万/亿 multiplier (kept in the unit).")
    unit: str = Field(description='Unit with its multiplier, e.g. "所", "万人", "亿元".')
    value_max: Optional[float] = Field(None, description="Upper bound of a range (3—5所), else null.")
    text: str = Field(description="The mention as it stands in the text.")
    span: Span = Field(description="Where the mention stands in the normalised text.")


class Party(_Model):
    """Who is responsible for a task."""

    section_id: Optional[str] = Field(None, description="Id of the innermost section holding the task.")
    task: str = Field(description="The task, shortened to its head clause.")
    lead: list[str] = Field(default_factory=list, description="Bodies that lead, as written (simplified).")
    support: list[str] = Field(default_factory=list, description="Bodies that support or take part.")
    text: str = Field(description="The sentence or label assigning the task.")
    span: Span = Field(description="Where `text` stands in the normalised text.")
    source_span: Optional[Span] = Field(None, description="Where `text` stands in the decoded source.")
    page: Optional[int] = Field(None, description="Page the task stands on (PDF input: `source.pages`); else null.")
    rule: Optional[str] = Field(
        None, description='The recogniser that found the assignment, e.g. "label" (责任单位：…), "note" (（X牵头，Y配合）), '
        '"subject" (X要…), "inline_duty" (…X负责的…), "request" (请X…), "table" (a task table row).'
    )


def flatten_sections(sections: "Iterable[Section]") -> "list[Section]":
    """Sections and all their descendants, depth first in document order."""
    out: list[Section] = []
    stack = list(reversed(list(sections)))
    while stack:
        sec = stack.pop()
        out.append(sec)
        stack.extend(reversed(sec.children))
    return out


class Document(_Model):
    """A parsed policy document."""

    schema_version: Literal["1"] = Field(SCHEMA_VERSION, description='Always "1" for this schema.')
    source: Source
    title: Optional[str] = Field(None, description="Document title in simplified Chinese.")
    script: Literal["simplified", "traditional", "mixed"] = Field(description="Script of the input text.")
    text: str = Field(description="The normalised text: simplified, repaired, boilerplate removed.")
    repairs: list[Repair] = Field(
        default_factory=list,
        description='Every change made, in order: undecodable bytes ("undecodable") first, then normalisation.',
    )
    sections: list[Section] = Field(default_factory=list, description="Top-level sections, each with children.")
    targets: list[Target] = Field(default_factory=list)
    years: list[YearMention] = Field(default_factory=list)
    percentages: list[PercentMention] = Field(default_factory=list)
    quantities: list[QuantityMention] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="Problems found but not fatal, as one-line messages (some name an offset in their text); "
        "`warning_details` gives each one's code and spans.",
    )
    warning_details: list[WarningDetail] = Field(
        default_factory=list,
        description="One entry per string of `warnings`, in the same order: its code, the same message, its span "
        "in `text` and its source_span in the decoded source.",
    )

    def iter_sections(self) -> "list[Section]":
        """All sections, depth first in document order."""
        return flatten_sections(self.sections)

    def page_of(self, span: Span) -> Optional[int]:
        """The number of the page where ``span`` (a span into ``text``) starts; None without pages.

        A fact's or section's ``span`` gives the page it stands on; a span running over a page break
        is on the page it starts on (:meth:`pages_of` gives all of them).
        """
        pages = self.pages_of((span[0], span[0]))
        return pages[0] if pages else None

    def pages_of(self, span: Span) -> list[int]:
        """The numbers of the pages that ``span`` (into ``text``) stands on, in order; [] without pages."""
        pages = self.source.pages or []
        start, end = span
        out = [p.number for p in pages if p.span[0] <= start < p.span[1] or start < p.span[0] < end]
        if not out and pages:  # at the very end of the text
            out = [pages[-1].number]
        return out

    def section_path(self, section_id: Optional[str]) -> list[Section]:
        """The chain of sections from the top down to ``section_id`` (empty if none)."""
        if not section_id:
            return []
        chain: list[Section] = []
        level = self.sections
        parts = section_id.split(".")
        for depth in range(1, len(parts) + 1):
            want = ".".join(parts[:depth])
            found = next((s for s in level if s.id == want), None)
            if found is None:
                break
            chain.append(found)
            level = found.children
        return chain


Section.model_rebuild()
