"""The HTML report: structure, escaping, overlapping marks, and a real headless browser."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from policydoc.export.view import render_html, render_text
from policydoc.models import Document, Party, Repair, Source, Target

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT_ENV = "POLICYDOC_SCREENSHOT"
"""Set to 1 to copy the browser test's screenshot to docs/img/view.png."""


class _Balance(HTMLParser):
    """Checks that every opened element is closed in order (void elements aside)."""

    VOID = {"meta", "input", "br", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _balanced(html: str) -> list[str]:
    checker = _Balance()
    checker.feed(html)
    return checker.errors + [f"unclosed <{t}>" for t in checker.stack]


def _doc(text: str, **facts: object) -> Document:
    return Document(source=Source(format="text", sha256="0"), script="simplified", text=text, **facts)


def test_page_is_self_contained_and_well_formed(sample: Document) -> None:
    page = render_html(sample)
    assert _balanced(page) == []
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the report must not fetch anything"
    assert page.count('<mark class="tg"') >= 11 and page.count('<mark class="pt"') >= 3
    assert '<a href="#sec-2.1.1">' in page and 'id="sec-2.1.1"' in page
    assert page.count("<tr data-goto=") == 11 + 3


def test_text_survives_rendering(sample: Document) -> None:
    from html import unescape

    assert unescape(re.sub(r"<[^>]+>", "", render_text(sample))) == sample.text


def test_everything_is_escaped() -> None:
    evil = "<script>alert(1)</script>&"
    doc = _doc(f"目标{evil}达到5%", title=evil,
               targets=[Target(id='t"1', indicator=evil, comparator="=", value=5, unit="%", text=evil, span=(2, 31))],
               parties=[Party(task=evil, lead=[evil], text=evil, span=(0, 4))],
               repairs=[Repair(kind=evil, span=(1, 1), original=evil, replacement="", source_span=None)])
    page = render_html(doc)
    assert "<script>alert" not in page
    assert page.count("<script") == 2  # the data block and the page script, nothing injected
    assert _balanced(page) == []


def test_overlapping_marks_nest() -> None:
    text = "由市局负责,入园率达到90%以上。"
    doc = _doc(text,
               parties=[Party(task="t", lead=["市局"], text=text[:11], span=(0, 11))],
               targets=[Target(id="t1", indicator="入园率", comparator=">=", value=90, unit="%",
                               text=text[6:16], span=(6, 16))],
               repairs=[Repair(kind="width", span=(11, 13), original="９０", replacement="90", source_span=None),
                        Repair(kind="boilerplate", span=(0, 0), original="首页", replacement="", source_span=None)])
    html = render_text(doc)
    assert _balanced(html) == []
    assert html.startswith('<span class="rm" data-r="1"></span><mark class="pt" data-p="0">由市局负责,</mark>')
    assert '<mark class="pt" data-p="0"><mark class="tg" data-t="t1">入园率达到</mark></mark>' in html
    assert '<mark class="tg" data-t="t1"><span class="rp" data-r="0">90</span></mark>' in html
    assert html.count('data-t="t1"') == 3  # cut where the party ends and around the repair


def test_quiet_removals_get_no_marker() -> None:
    doc = _doc("一\n二", repairs=[Repair(kind="whitespace", span=(1, 1), original="\n\n", replacement="",
                                        source_span=None)])
    assert 'class="rm"' not in render_text(doc)


# --- the real browser -----------------------------------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.geteuid() != 0:
        pytest.skip("chromium is not installed and we are not root to apt-get install it")
    cmd = "apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk"
    result = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=900)
    found = shutil.which("chromium")
    if result.returncode != 0 or not found:
        pytest.skip(f"could not install chromium with apt-get: {result.stderr.strip()[-300:]}")
    return found


def _run_chromium(binary: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp / 'profile'}",
             "--window-size=1400,1000"]
    return subprocess.run([binary, *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.timeout(1200)
def test_report_in_headless_chromium(sample: Document, tmp_path: Path) -> None:
    binary = _chromium()
    report = tmp_path / "report.html"
    report.write_text(render_html(sample), encoding="utf-8")
    url = report.as_uri()
    shot = tmp_path / "view.png"
    _run_chromium(binary, tmp_path, f"--screenshot={shot}", url)
    assert shot.exists() and shot.stat().st_size > 20_000, "chromium wrote no screenshot"
    dom = _run_chromium(binary, tmp_path, "--dump-dom", url).stdout
    assert 'data-ready="11"' in dom, "the page script did not run to the end"
    assert len(re.findall(r'<mark class="tg" data-t="t\d+"', dom)) >= 11
    assert 'data-p="2"' in dom
    if os.environ.get(SCREENSHOT_ENV):
        (REPO / "docs" / "img").mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, REPO / "docs" / "img" / "view.png")


@pytest.mark.parametrize("n_repairs,underlined", [(2, True), (40, False)])
def test_dense_repairs_start_hidden(n_repairs: int, underlined: bool) -> None:
    text = "教育事业发展" * 50  # 300 characters
    repairs = [Repair(kind="t2s", span=(i, i + 1), original="業", replacement="业", source_span=None)
               for i in range(n_repairs)]
    page = render_html(_doc(text, repairs=repairs))
    assert ('<body class="norep">' not in page) is underlined
    assert ('id="pd-rep" checked' in page) is underlined


def test_removals_at_one_place_share_a_marker() -> None:
    removals = [Repair(kind="boilerplate", span=(0, 0), original=f"广告{i}", replacement="", source_span=None)
                for i in range(3)]
    assert render_text(_doc("正文", repairs=removals)).startswith('<span class="rm" data-r="0,1,2"></span>正文')
