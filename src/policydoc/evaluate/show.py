"""How a gold item or a prediction is shown on one line of the misses listing (``policydoc eval --misses``)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from .matching import SPACE


def _clip(text: str, n: int = 48) -> str:
    """One line of at most ``n`` characters.

    >>> _clip("一二三\\n四五", 4), _clip("  短 ")
    ('一二三…', '短')
    """
    text = SPACE.sub(" ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _num(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:g}"


def _show_heading(h: dict[str, Any], where: bool = True) -> str:
    return f"L{h.get('level')} {h.get('marker') or ''} {_clip(h.get('title') or '') or '(untitled)'}"


def _where(item: dict[str, Any]) -> str:
    """The quote (gold) or text (prediction) in guillemets."""
    where = item["quote"] if "quote" in item else item.get("text", "")
    return f" «{_clip(where)}»" + ("" if item.get("found", True) else " (quote not in the file)")


def show_target(t: dict[str, Any], where: bool = True, comparator: bool = True, indicator: bool = True) -> str:
    value = _num(t.get("value")) + (f"-{_num(t['value_max'])}" if t.get("value_max") is not None else "")
    parts = [str(t.get("comparator"))] if comparator else []
    parts += [value, str(t.get("unit")), f"y{t.get('year') or '-'}"]
    parts += [f"「{t.get('indicator')}」"] if indicator else []
    return " ".join(parts) + (_where(t) if where else "")


def _show_party(p: dict[str, Any], where: bool = True) -> str:
    support = f" support {'、'.join(p.get('support') or [])}" if p.get("support") else ""
    return f"lead {'、'.join(p.get('lead') or []) or '-'}{support}" + (_where(p) if where else "")


SHOW: dict[str, Callable[..., str]] = {
    "outline": _show_heading, "level": _show_heading, "targets": show_target, "parties": _show_party}
