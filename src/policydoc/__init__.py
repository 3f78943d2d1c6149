"""policydoc: Chinese government plan and policy documents to structured, typed data.

>>> import policydoc
>>> doc = policydoc.parse_text("一、总体要求\\n到2025年，学前教育毛入园率达到96%。")
>>> doc.sections[0].title
'总体要求'
"""

from __future__ import annotations

from .errors import (
    BinaryInput,
    ConfigError,
    EmptyDocument,
    LoadError,
    OutputError,
    PolicydocError,
    UnsupportedFormat,
)
from .models import (
    SCHEMA_VERSION,
    Document,
    Page,
    Party,
    PercentMention,
    QuantityMention,
    Repair,
    Section,
    Source,
    Target,
    WarningDetail,
    YearMention,
)
from .pipeline import STAGES, ParseOptions, parse, parse_text

__version__ = "0.1.0"

# Imported on first use: the batch runner pulls in multiprocessing and the CLI
# should start fast on a single small file.
_LAZY = {
    "iter_parse": ("policydoc.batch", "iter_parse"),
    "to_records": ("policydoc.export.records", "to_records"),
    "to_dataframe": ("policydoc.export.records", "to_dataframe"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'policydoc' has no attribute {name!r}")

__all__ = [
    "SCHEMA_VERSION",
    "STAGES",
    "BinaryInput",
    "ConfigError",
    "Document",
    "EmptyDocument",
    "Page",
    "LoadError",
    "OutputError",
    "ParseOptions",
    "Party",
    "PercentMention",
    "PolicydocError",
    "QuantityMention",
    "Repair",
    "Section",
    "Source",
    "Target",
    "UnsupportedFormat",
    "WarningDetail",
    "YearMention",
    "iter_parse",
    "parse",
    "parse_text",
    "to_dataframe",
    "to_records",
]
