"""No stretch of an evaluation document is quoted in src/ (rules are fitted to classes, not sentences).

Runs ``../shared/tools/overfit_check.py`` over src/ against the seeds, the real development
documents and our invented fixture sets; skips where ../shared is absent (a fresh clone).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHECK = SHARED / "tools" / "overfit_check.py"


def test_src_quotes_no_evaluation_text() -> None:
    if not CHECK.is_file():
        pytest.skip("../shared/tools/overfit_check.py is absent (a clone without ../shared)")
    evals = [p for p in (SHARED / "seeds", SHARED / "realdev" / "docs") if p.is_dir()]
    evals += sorted(p for p in (ROOT / "corpus" / "invented").glob("set*") if p.is_dir())
    out = subprocess.run(
        [sys.executable, str(CHECK), "--src", str(ROOT / "src"), "--eval", *map(str, evals)],
        capture_output=True, text=True, timeout=120,
    )
    assert out.stdout.strip().splitlines()[-1].startswith("0 quoted"), out.stdout[-3000:]
