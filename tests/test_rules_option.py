"""Rules switched off by name for one parse (ParseOptions.disable_rules, --disable-rule) and `policydoc rules`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from policydoc import parse_text
from policydoc.errors import ConfigError
from policydoc.pipeline import ParseOptions, rule_tables

WORK_POINTS = "某县2025年林业工作要点\n一、主要任务\n新增造林3万亩。\n"


def test_every_stage_that_decides_facts_has_rule_tables() -> None:
    tables = rule_tables()
    for prefix in ("analysis.", "targets.", "parties."):
        assert any(name.startswith(prefix) for name in tables), prefix
    assert all(len(t) for t in tables.values())


def test_switching_a_rule_off_changes_the_parse_and_only_that_parse() -> None:
    assert [t.year for t in parse_text(WORK_POINTS).targets] == [2025]
    off = parse_text(WORK_POINTS, disable_rules=["analysis.goals.plan_title"])
    assert [t.year for t in off.targets] == [None]
    assert [t.year for t in parse_text(WORK_POINTS).targets] == [2025]  # the next parse has every rule again


def test_a_table_name_switches_off_all_its_rules() -> None:
    assert [t.year for t in parse_text(WORK_POINTS, disable_rules=["analysis.goals"]).targets] == [None]


@pytest.mark.parametrize("name", ["analysis.goals.nope", "nope", "analysis"])
def test_an_unknown_rule_is_a_config_error(name: str) -> None:
    with pytest.raises(ConfigError, match="policydoc rules"):
        ParseOptions(disable_rules=[name])


def test_cli_lists_rules_and_refuses_an_unknown_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = subprocess.run([sys.executable, "-m", "policydoc", "rules"], capture_output=True, text=True, check=True)
    assert "  analysis.goals.plan_title" in listed.stdout and "\nanalysis.kinds\n" in listed.stdout
    doc = tmp_path / "plan.txt"
    doc.write_text(WORK_POINTS, encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "policydoc", "parse", "--disable-rule", "x.y", str(doc)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "unknown rule 'x.y'" in bad.stderr
