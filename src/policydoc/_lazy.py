"""Patterns compiled on first use instead of at import.

Most modules compile their patterns at import, but many are needed only for
some documents (tables, labelled party lists, traditional script...); compiling
them all cost the CLI ~0.1 s on every run. A lazy pattern compiles on the first
attribute access and then caches the bound methods it hands out.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import regex


class _LazyPattern:
    def __init__(self, compile: Callable[..., Any], *args: Any) -> None:
        self._compile = compile
        self._args = args
        self.pattern = args[0]  # the source, as the compiled pattern gives it: read without compiling

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = self._compile(*self._args)
        attr = getattr(compiled, name)
        self.__dict__[name] = attr
        return attr


def lazy_regex(*args: Any) -> Any:
    """``regex.compile(*args)``, done on first use."""
    return _LazyPattern(regex.compile, *args)


def lazy_re(*args: Any) -> Any:
    """``re.compile(*args)``, done on first use."""
    return _LazyPattern(re.compile, *args)
