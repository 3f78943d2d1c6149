"""A Document built by hand from corpus/export/city_education_plan.txt.

Exporter tests must not depend on how well extraction works, so the facts here
are written out directly; only their spans are found by searching the text.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from policydoc.models import Document, Party, Repair, Section, Source, Target

CORPUS_FILE = Path(__file__).resolve().parents[2] / "corpus" / "export" / "city_education_plan.txt"

# (id, level, marker, style, number, title)
HEADINGS = [
    ("1", 1, "一、", "cn_dun", 1, "总体要求"),
    ("1.1", 2, "(一)", "cn_paren", 1, "发展目标"),
    ("1.2", 2, "(二)", "cn_paren", 2, "基本原则"),
    ("2", 1, "二、", "cn_dun", 2, "主要任务"),
    ("2.1", 2, "(一)", "cn_paren", 1, "扩大优质教育资源"),
    ("2.1.1", 3, "1.", "arabic_dot", 1, "推进集团化办学"),
    ("2.1.2", 3, "2.", "arabic_dot", 2, "加强教师队伍建设"),
    ("2.2", 2, "(二)", "cn_paren", 2, "提升治理能力"),
    ("3", 1, "三、", "cn_dun", 3, "保障措施"),
]

# (section_id, quote, indicator, comparator, value, unit, year)
TARGETS = [
    ("1.1", "学前教育毛入园率达到96%以上", "学前教育毛入园率", ">=", 96, "%", 2025),
    ("1.1", "九年义务教育巩固率保持在99%", "九年义务教育巩固率", "=", 99, "%", 2025),
    ("1.1", "新增公办学位2万个", "公办学位", "increase", 2, "万个", 2025),
    ("1.1", "高中阶段毛入学率提高到95%", "高中阶段毛入学率", ">=", 95, "%", 2025),
    ("1.2", "新建改扩建中小学30所", "新建改扩建中小学", "=", 30, "所", None),
    ("1.2", "专项资金不少于5亿元", "专项资金", ">=", 5, "亿元", None),
    ("2.1.1", "覆盖率达到80%", "集团化办学覆盖率", ">=", 80, "%", None),
    ("2.1.2", "本科以上学历比例提高到85%", "专任教师本科以上学历比例", ">=", 85, "%", None),
    ("2.1.2", "“双师型”教师占专业课教师比例不低于60%", "“双师型”教师占专业课教师比例", ">=", 60, "%", None),
    ("2.2", "督导覆盖率达到100%", "督导覆盖率", ">=", 100, "%", None),
    ("3", "教育经费占财政支出比例不低于20%", "教育经费占财政支出比例", ">=", 20, "%", None),
]

# (section_id, quote, task, lead, support)
PARTIES = [
    ("2.1.1", "由市教育局牵头,市财政局、市发展改革委配合,完成城区学校集团化改革", "完成城区学校集团化改革",
     ["市教育局"], ["市财政局", "市发展改革委"]),
    ("2.2", "责任单位:市教育局、市人社局、各县(市、区)人民政府", "建立教育督导问责机制",
     ["市教育局"], ["市人社局", "各县(市、区)人民政府"]),
    ("3", "税务、财政和教育部门每年要定期开展经费检查", "定期开展经费检查",
     ["税务部门", "财政部门", "教育部门"], []),
]


def _span(text: str, quote: str, after: int = 0) -> tuple[int, int]:
    start = text.index(quote, after)
    return start, start + len(quote)


def _sections(text: str) -> list[Section]:
    starts = []
    pos = 0
    for sid, level, marker, style, number, title in HEADINGS:
        start, end = _span(text, marker + title, pos)
        starts.append((sid, level, marker, style, number, title, start, end))
        pos = end
    flat: dict[str, Section] = {}
    roots: list[Section] = []
    for i, (sid, level, marker, style, number, title, start, end) in enumerate(starts):
        stop = next((s[6] for s in starts[i + 1:] if s[1] <= level), len(text))
        sec = Section(id=sid, level=level, marker=marker, style=style, number=number, title=title,
                      span=(start, stop), title_span=(start + len(marker), end))
        flat[sid] = sec
        parent = sid.rpartition(".")[0]
        (flat[parent].children if parent else roots).append(sec)
    return roots


def build_sample(path: str | None = "corpus/export/city_education_plan.txt") -> Document:
    """The sample document with 9 sections, 11 targets, 3 parties and 2 repairs."""
    text = CORPUS_FILE.read_text(encoding="utf-8")
    targets = [
        Target(id=f"t{i}", section_id=sid, indicator=ind, comparator=cmp, value=val, unit=unit, year=year,
               text=quote, span=_span(text, quote), source_span=_span(text, quote))
        for i, (sid, quote, ind, cmp, val, unit, year) in enumerate(TARGETS, 1)
    ]
    parties = [
        Party(section_id=sid, task=task, lead=lead, support=sup, text=quote, span=_span(text, quote))
        for sid, quote, task, lead, sup in PARTIES
    ]
    repairs = [
        Repair(kind="boilerplate", span=(0, 0), original="欢迎访问某市教育局官网!\n", replacement="",
               source_span=None),
        Repair(kind="t2s", span=_span(text, "教育事业"), original="教育事業", replacement="教育事业",
               source_span=None),
    ]
    return Document(
        source=Source(path=path, format="text", encoding="utf-8", sha256="0" * 64),
        title="某市“十四五”教育事业发展规划", script="mixed", text=text, repairs=repairs,
        sections=_sections(text), targets=targets, parties=parties,
    )


def load_module(path: Path, name: str) -> ModuleType:
    """Import a helper module by file path (tests run with --import-mode=importlib)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
