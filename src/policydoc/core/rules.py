"""The one rule contract: named, pure recognisers in ordered tables, switched off by name.

Every table of rules in policydoc (normalisation fixers aside, which have their own options) is a :class:`Ruler` of
:class:`Rule` — document kinds, history and goal scopes, target filters, comparators and year rules, party
recognisers and lead rules. A rule is a name, a pure function and, optionally, a *cue*: literals that every
match of the rule contains, so that a runner may skip a sentence holding none of them without asking the rule.
What a function takes and returns is the table's business (a filter answers True to drop, a comparator its symbol
or None); the runner of the table decides how answers combine (first answer wins, every hit kept …).

Rules are switched off for one parse by name (``ParseOptions(disable=[...])``, ``policydoc parse --disable``):
:func:`disabled` sets the names for the current context and :meth:`Ruler.active` gives the rules still on. The
contract is modelled on markdown-it-py's ``Ruler`` (a chain of named rules, enable/disable by name).

>>> table = Ruler("demo", [Rule("small", lambda n: n < 3), Rule("odd", lambda n: n % 2 == 1, cue=("odd",))])
>>> table.names
('small', 'odd')
>>> [r.name for r in table.active()]
['small', 'odd']
>>> with disabled(["demo.small"]):
...     [r.name for r in table.active()]
['odd']
>>> table.first(lambda r: r.fn(5))
'odd'
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Iterator, Optional, Sequence, TypeVar

from .._lazy import lazy_re
from ..errors import ConfigError

__all__ = ["Rule", "Ruler", "disabled", "current_disabled", "all_rulers", "check_names"]

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Rule(Generic[F]):
    """One named recogniser: ``fn`` is pure (its answer depends on its arguments only)."""

    name: str
    fn: F
    cue: Optional[tuple[str, ...]] = None
    """Literals every match of the rule contains (None: no such literal, always run)."""

    @property
    def doc(self) -> str:
        """The first line of the function's docstring: what the rule recognises."""
        return ((self.fn.__doc__ or "").strip().splitlines() or [""])[0]


_DISABLED: ContextVar[frozenset[str]] = ContextVar("policydoc_disabled_rules", default=frozenset())
_RULERS: dict[str, "Ruler"] = {}


class Ruler(Generic[F]):
    """An ordered table of rules named ``table.rule`` from outside (``targets.filters.penalty``).

    Order matters to the runner (an earlier rule wins); a name appears once.
    """

    def __init__(self, table: str, rules: Iterable[Rule[F]]) -> None:
        self.table = table
        self.rules: tuple[Rule[F], ...] = tuple(rules)
        self.names = tuple(r.name for r in self.rules)
        if len(set(self.names)) != len(self.names):
            raise ValueError(f"{table}: a rule name appears twice")
        # literal alternations: stdlib ``re`` scans them faster than ``regex`` (and finds the same words)
        self._cues = tuple(_literals(r.cue) if r.cue else None for r in self.rules)
        self._any_cue = _literals(tuple(w for r in self.rules if r.cue for w in r.cue)) if any(self._cues) else None
        self._uncued = tuple(rule for rule, cue in zip(self.rules, self._cues) if cue is None)
        self._active: dict[frozenset[str], tuple[Rule[F], ...]] = {}
        _RULERS[table] = self

    def __iter__(self) -> Iterator[Rule[F]]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __getitem__(self, name: str) -> Rule[F]:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(f"{self.table} has no rule {name!r}")

    def active(self) -> tuple[Rule[F], ...]:
        """The rules not switched off in the current context, in table order."""
        off = _DISABLED.get()
        if not off:
            return self.rules
        found = self._active.get(off)
        if found is None:
            found = self._active[off] = tuple(r for r in self.rules if f"{self.table}.{r.name}" not in off)
        return found

    def cued(self, text: str) -> Iterator[Rule[F]]:
        """The active rules whose cue ``text`` holds (or that have none), in table order.

        A text holding no cue word at all (most sentences the parties stage reads) is asked once, not once a rule.
        """
        chosen: Sequence[Rule[F]]
        if self._any_cue is None or self._any_cue.search(text) is not None:
            chosen = [rule for rule, cue in zip(self.rules, self._cues) if cue is None or cue.search(text)]
        else:
            chosen = self._uncued
        active = self.active()
        return iter(chosen) if active is self.rules else (rule for rule in chosen if rule in active)

    def first(self, ask: Callable[[Rule[F]], object]) -> Optional[str]:
        """The name of the first active rule for which ``ask(rule)`` is truthy, else None."""
        for rule in self.active():
            if ask(rule):
                return rule.name
        return None


def _literals(words: tuple[str, ...]) -> "re.Pattern[str]":
    """A search for any of ``words`` (literals), longest first."""
    return lazy_re("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))  # compiled on first use


def all_rulers() -> dict[str, Ruler]:
    """Every rule table defined so far, by table name (import the stages first to see them all)."""
    return dict(_RULERS)


def check_names(names: Iterable[str]) -> frozenset[str]:
    """``names`` as a set of full rule names (``table.rule``), or every rule of a table named alone; ConfigError on
    a name no table knows."""
    out: set[str] = set()
    for name in names:
        if name in _RULERS:
            out.update(f"{name}.{r}" for r in _RULERS[name].names)
            continue
        table, _, rule = name.rpartition(".")
        if table not in _RULERS or rule not in _RULERS[table].names:
            raise ConfigError(f"unknown rule {name!r}; `policydoc rules` lists them")
        out.add(name)
    return frozenset(out)


def current_disabled() -> frozenset[str]:
    """The full names of the rules switched off in the current context."""
    return _DISABLED.get()


@contextmanager
def disabled(names: Iterable[str]) -> Iterator[None]:
    """Switch the named rules (full names, ``table.rule``) off inside the ``with`` block."""
    token = _DISABLED.set(frozenset(names) | _DISABLED.get())
    try:
        yield
    finally:
        _DISABLED.reset(token)
