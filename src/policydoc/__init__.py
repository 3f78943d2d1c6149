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
    PolicydocError,
    UnsupportedFormat,
)
from .models import (
    SCHEMA_VERSION,
    Document,
    Party,
    PercentMention,
    QuantityMention,
    Repair,
    Section,
    Source,
    Target,
    YearMention,
)
from .pipeline import STAGES, ParseOptions, parse, parse_text
from .batch import iter_parse
from .export.records import to_dataframe, to_records

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "STAGES",
    "BinaryInput",
    "ConfigError",
    "Document",
    "EmptyDocument",
    "LoadError",
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
    "YearMention",
    "iter_parse",
    "parse",
    "parse_text",
    "to_dataframe",
    "to_records",
]
