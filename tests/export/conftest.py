"""Fixtures of the exporter tests: a hand-built Document with known facts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from policydoc.models import Document


def _sample_module():
    spec = importlib.util.spec_from_file_location("sample_doc", Path(__file__).with_name("sample_doc.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def sample() -> Document:
    return _sample_module().build_sample()
