"""The Markdown export: headings with markers, facts under their sections, escaping."""

from __future__ import annotations

from policydoc.export.markdown import to_markdown
from policydoc.models import Document, Party, Section, Source, Target


def test_outline_as_headings_in_order(sample: Document) -> None:
    md = to_markdown(sample)
    heads = [line for line in md.splitlines() if line.startswith("#")]
    assert heads == [
        "# 某市“十四五”教育事业发展规划",
        "## 一、总体要求",
        "### (一)发展目标",
        "### (二)基本原则",
        "## 二、主要任务",
        "### (一)扩大优质教育资源",
        "#### 1.推进集团化办学",
        "#### 2.加强教师队伍建设",
        "### (二)提升治理能力",
        "## 三、保障措施",
    ]


def test_facts_sit_under_their_section(sample: Document) -> None:
    md = to_markdown(sample)
    block = md.split("#### 1.推进集团化办学")[1].split("####")[0]
    assert "| 集团化办学覆盖率 | ≥ | 80 | % |" in block
    assert "- **完成城区学校集团化改革** — 牵头: 市教育局; 配合: 市财政局、市发展改革委" in block
    assert "学前教育毛入园率" not in block
    assert md.count("| 指标 | 比较 |") == 6  # one table per section holding targets


def _section(sid: str, level: int, children: list[Section] | None = None) -> Section:
    return Section(id=sid, level=level, marker=f"({sid})", style="arabic_paren", number=1, title=f"节{sid}",
                   span=(0, 10), title_span=(0, 1), children=children or [])


def test_deep_levels_become_list_items_and_orphans_come_first() -> None:
    deep = _section("1.1.1.1.1", 5)
    tree = _section("1", 1, [_section("1.1", 2, [_section("1.1.1", 3, [_section("1.1.1.1", 4, [deep])])])])
    doc = Document(
        source=Source(format="text", sha256="0"), script="simplified", text="x" * 10, sections=[tree],
        targets=[Target(id="t1", section_id="1.1.1.1.1", indicator="a|b", comparator="range", value=1.5,
                        value_max=2, unit="%", text="a|b 1.5-2%", span=(0, 3))],
        parties=[Party(section_id=None, task="检查", lead=["市局"], text="市局负责检查", span=(0, 2))],
    )
    md = to_markdown(doc)
    assert md.startswith("# (untitled)\n")
    assert md.index("## 正文前") < md.index("- **检查** — 牵头: 市局") < md.index("## (1)节1")
    assert "##### (1.1.1.1)节1.1.1.1" in md
    assert "- **(1.1.1.1.1)节1.1.1.1.1**" in md
    assert "  | a\\|b | 区间 | 1.5–2 | % |  | a\\|b 1.5-2% |" in md


def test_markdown_characters_are_escaped() -> None:
    doc = Document(source=Source(format="text", sha256="0"), script="simplified", title="20*年 <b>计划</b>",
                   text="x")
    assert to_markdown(doc).splitlines()[0] == "# 20\\*年 \\<b\\>计划\\</b\\>"
