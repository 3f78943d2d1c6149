"""The parse pipeline: an ordered table of named stages.

``load`` always runs; the later stages can be switched off by name through
``ParseOptions.disable`` (an unknown name is an error). Each stage reads the
:class:`ParseState` the earlier stages filled and adds its own part; the
Document is assembled once at the end, and every fact's ``source_span`` is
mapped back to the decoded input through the normaliser's offset map.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .core.rules import Ruler, all_rulers, check_names
from .core.rules import disabled as rules_disabled
from .errors import ConfigError
from .load import Loaded, SourceLike, load, load_text
from .models import (Document, Page, Party, PercentMention, QuantityMention, Repair, Section, Source, Target,
                     WarningDetail, YearMention)
from .normalize import NormalizeOptions, NormalizeResult, normalize

if TYPE_CHECKING:  # the analysis stage is imported when it first runs (``import policydoc`` stays light)
    from .analysis import DocContext


@dataclass
class ParseState:
    """What the stages hand down the pipeline."""

    options: "ParseOptions"
    loaded: Loaded
    norm: Optional[NormalizeResult] = None
    title: Optional[str] = None
    sections: list[Section] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    percentages: list[PercentMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    context: Optional[DocContext] = None
    warnings: list[str] = field(default_factory=list)
    trace: Optional[list] = None  # extract's Decisions, when asked for (policydoc explain)

    @property
    def text(self) -> str:
        return self.norm.text if self.norm else self.loaded.text


def _normalize(state: ParseState) -> None:
    opts = state.options.normalize
    if state.options.keep_script:
        opts = opts.model_copy(update={"t2s": False})
    state.norm = normalize(state.loaded.text, opts)
    state.warnings.extend(state.norm.warnings)


def _outline(state: ParseState) -> None:
    from .outline import build_outline

    # heading-styled lines of the source (.docx), mapped into the normalised text; lines normalisation dropped go
    hints = state.loaded.headings
    if hints and state.norm is not None:
        spans = state.norm.offsets.spans_to_text([s for s, _, _ in hints], [e for _, e, _ in hints])
        hints = [(a, b, level) for (a, b), (_, _, level) in zip(spans, hints) if a < b]
    outline = build_outline(state.text, hints=hints, indent_of=_source_indent(state) if state.norm else None)
    state.sections = outline.sections
    state.title = outline.title
    state.warnings.extend(outline.warnings)


def _source_indent(state: ParseState) -> Callable[[int], int]:
    """The blanks the source wrote before the line at a position of the normalised text (a contents page's levels)."""
    source, offsets = state.loaded.text, state.norm.offsets  # type: ignore[union-attr]

    def indent_of(pos: int) -> int:
        at = offsets.to_source(pos)
        line = source.rfind("\n", 0, at) + 1
        n = line
        while n < len(source) and source[n] in " \t\u3000\f":
            n += 1
        return n - line - source.count("\f", line, n)

    return indent_of


def _analyse(state: ParseState) -> None:
    from .analysis import analyse

    state.context = analyse(state.text, state.title, state.sections, script=state.norm.script if state.norm else None)


def _extract(state: ParseState) -> None:
    from .extract import extract_facts

    facts = extract_facts(state.text, state.sections, state.context, trace=state.trace)
    state.targets = facts.targets
    state.years = facts.years
    state.percentages = facts.percentages
    state.quantities = facts.quantities
    state.warnings.extend(facts.warnings)


def _parties(state: ParseState) -> None:
    from .parties import extract_parties

    state.parties = extract_parties(state.text, state.sections, state.context)


Stage = Callable[[ParseState], None]
STAGES: tuple[tuple[str, Stage], ...] = (
    ("normalize", _normalize),
    ("outline", _outline),
    ("analyse", _analyse),
    ("extract", _extract),
    ("parties", _parties),
)
STAGE_NAMES = tuple(name for name, _ in STAGES)


class ParseOptions(BaseModel):
    """Every option of a parse, in one object."""

    model_config = ConfigDict(extra="forbid")

    keep_script: bool = Field(False, description="Keep traditional characters (skip t2s); `script` still reports it.")
    encoding: Optional[str] = Field(None, description="Decode text input with this encoding instead of detecting it.")
    max_bytes: Optional[int] = Field(
        None, gt=0, description="Largest input in bytes (default $POLICYDOC_MAX_BYTES, else 200 MiB: load.MAX_INPUT_BYTES)."
    )
    normalize: NormalizeOptions = Field(default_factory=NormalizeOptions, description="One switch per fixer.")
    disable: list[str] = Field(default_factory=list, description=f"Stages to skip, by name: {', '.join(STAGE_NAMES)}.")
    disable_rules: list[str] = Field(
        default_factory=list,
        description="Rules to switch off, by full name (targets.filters.penalty) or a whole table (targets.filters); "
        "`policydoc rules` lists them.")

    @field_validator("disable")
    @classmethod
    def _known_stages(cls, names: list[str]) -> list[str]:
        unknown = sorted(set(names) - set(STAGE_NAMES))
        if unknown:
            raise ConfigError(f"unknown stage(s) {', '.join(unknown)}; known: {', '.join(STAGE_NAMES)}")
        return names

    @field_validator("disable_rules")
    @classmethod
    def _known_rules(cls, names: list[str]) -> list[str]:
        if names:
            rule_tables()
            check_names(names)
        return names


def rule_tables() -> dict[str, "Ruler"]:
    """Every rule table of the stages, by table name (the stages that define them are imported first)."""
    from . import analysis, extract, parties  # noqa: F401  (importing them defines their tables)
    from .analysis import goals, history  # noqa: F401
    from .extract import targets  # noqa: F401
    from .parties import notes, statements  # noqa: F401

    return all_rulers()


def parse(source: SourceLike, options: Optional[ParseOptions] = None, **kwargs: object) -> Document:
    """Parse a document from a path, bytes or text.

    Keyword arguments are ParseOptions fields: ``parse(path, keep_script=True)``.
    Raises :class:`~policydoc.errors.LoadError` (or a subclass) for input that
    cannot be read, and for a str that looks like a path to a missing file
    (:func:`~policydoc.load.looks_like_path`); use :func:`parse_text` for text.
    """
    opts = _options(options, kwargs)
    return run_pipeline(load(source, encoding=opts.encoding, max_bytes=opts.max_bytes), opts)


def parse_text(text: str, options: Optional[ParseOptions] = None, **kwargs: object) -> Document:
    """Parse document text given as a str (never taken as a path)."""
    return run_pipeline(load_text(text), _options(options, kwargs))


def _options(options: Optional[ParseOptions], kwargs: dict[str, object]) -> ParseOptions:
    if options is not None and kwargs:
        return options.model_copy(update=ParseOptions(**kwargs).model_dump(exclude_unset=True))
    return options or ParseOptions(**kwargs)  # type: ignore[arg-type]


def _pages(loaded: Loaded, norm: Optional[NormalizeResult], length: int) -> Optional[list[Page]]:
    """The source's pages with their spans in the normalised text: each runs from where its first
    character landed to where the next page's did, so that together they cover the text."""
    if not loaded.pages:
        return None
    starts = [a for a, _ in loaded.pages]
    if norm is not None:
        starts = [norm.offsets.to_text(a) for a in starts]
    starts = [0] + [min(a, length) for a in starts[1:]]  # the map is monotonic: the starts stay in order
    ends = [*starts[1:], length]
    return [Page(number=i + 1, span=(a, b), source_span=src)
            for i, (a, b, src) in enumerate(zip(starts, ends, loaded.pages))]


def _place_on_pages(pages: list[Page], state: ParseState) -> None:
    """Give every section, target and party the page it starts on (sections also the last one they cover)."""
    starts = [p.span[0] for p in pages]

    def page_at(pos: int) -> int:
        return pages[max(0, bisect_right(starts, pos) - 1)].number

    stack = list(state.sections)
    while stack:
        sec = stack.pop()
        sec.page, sec.page_end = page_at(sec.span[0]), page_at(max(sec.span[0], sec.span[1] - 1))
        stack.extend(sec.children)
    for fact in (*state.targets, *state.parties):
        fact.page = page_at(fact.span[0])


def run_pipeline(loaded: Loaded, options: ParseOptions, trace: Optional[list] = None) -> Document:
    """Run the enabled stages over loaded input and assemble the Document (``trace`` receives the
    extraction's decision on every candidate number, see :mod:`policydoc.explain`)."""
    state = ParseState(options=options, loaded=loaded, warnings=list(loaded.warnings), trace=trace)
    with rules_disabled(check_names(options.disable_rules) if options.disable_rules else ()):
        for name, stage in STAGES:
            if name not in options.disable:
                stage(state)
    return _assemble(state)


def _as_written(state: ParseState, norm: NormalizeResult) -> None:
    """Party names and heading titles in the width the source wrote them (see normalize/written.py)."""
    from .normalize.written import as_written

    text, source, offsets = state.text, norm.source, norm.offsets
    for party in state.parties:
        for names in (party.lead, party.support):
            for i, name in enumerate(names):
                names[i] = _name_as_written(name, text, party.span, source, offsets)
    stack = list(state.sections)
    while stack:
        sec = stack.pop()
        if sec.title:
            sec.title = as_written(sec.title, sec.title_span, source, offsets)
        stack.extend(sec.children)


def _name_as_written(name: str, text: str, span: tuple[int, int], source: str, offsets: object) -> str:
    """``name`` in the width the source wrote it: found in its party's text, or, for a name expanded from a shared
    suffix ("农业（畜牧）、公安等部门" → 农业（畜牧）部门), the longest opening of it found there, the rest as built."""
    from .normalize.written import as_written

    for k in range(len(name), 1, -1):
        at = text.find(name[:k], span[0], span[1])
        if at >= 0:
            return as_written(name[:k], (at, at + k), source, offsets) + name[k:]
    return name


def _load_repairs(loaded: Loaded, norm: Optional[NormalizeResult]) -> list[Repair]:
    """The loader's repairs (undecodable bytes read as U+FFFD), placed in the normalised text."""
    return [
        Repair(
            kind=r.kind,
            span=norm.offsets.span_to_text(r.source_span) if norm else r.source_span,
            original=r.original,
            replacement=r.replacement,
            source_span=r.source_span,
        )
        for r in loaded.repairs
    ]


def _warning_details(state: ParseState, norm: Optional[NormalizeResult]) -> list[WarningDetail]:
    """Each warning's code, message and spans: the position a stage gave, mapped into the other text."""
    from .notes import code_of

    details = []
    for w in state.warnings:
        span, src = getattr(w, "span", None), getattr(w, "source_span", None)
        if span is None and src is not None:
            span = norm.offsets.span_to_text(src) if norm else src
        elif src is None and span is not None:
            src = norm.offsets.span_to_source(span) if norm else span
        details.append(WarningDetail(code=code_of(w), message=str(w), span=span, source_span=src))
    return details


def _assemble(state: ParseState) -> Document:
    norm = state.norm
    if norm is not None:
        for fact in (*state.targets, *state.parties):
            fact.source_span = norm.offsets.span_to_source(fact.span)
        _as_written(state, norm)
    else:
        for fact in (*state.targets, *state.parties):
            fact.source_span = fact.span
    loaded = state.loaded
    repairs = _load_repairs(loaded, norm) + (norm.repairs if norm else [])
    pages = _pages(loaded, norm, len(state.text))
    if pages:
        _place_on_pages(pages, state)
    return Document(
        source=Source(path=loaded.path, format=loaded.format, encoding=loaded.encoding, sha256=loaded.sha256,
                      pages=pages),
        title=state.title,
        script=norm.script if norm else "simplified",
        text=state.text,
        repairs=repairs,
        sections=state.sections,
        targets=state.targets,
        years=state.years,
        percentages=state.percentages,
        quantities=state.quantities,
        parties=state.parties,
        warnings=[str(w) for w in state.warnings],
        warning_details=_warning_details(state, norm),
    )
