"""Task-division tables flattened into running text (``policydoc.parties.flat_table``).

Invented rows in the shape a separator-less scrape gives: the header words glued, then each
row's content cell ending in 。 and its responsibility cells glued after it.
"""

from __future__ import annotations

import pytest

from policydoc.parties.flat_table import HEADER, flattened, name_at, read_cells

Pair = tuple[list[str], list[str]]

HEAD = "附件任务分工表序号重点任务牵头单位配合单位"

ROWS: list[tuple[str, list[Pair]]] = [
    # one lead, a support cell with two names joined by 、
    (HEAD + "1开展排查。摸清底数。市民政局市财政局、市卫健委", [(["市民政局"], ["市财政局", "市卫健委"])]),
    # a 牵头单位 cell listing two bodies: both lead; "/" is an empty support cell
    (HEAD + "1建立台账。按月更新。市民政局、各区人民政府/", [(["市民政局", "各区人民政府"], [])]),
    # "，" joins names inside a cell too
    (HEAD + "1开展培训。每年培训一次。市人社局市民政局，市卫健委", [(["市人社局"], ["市民政局", "市卫健委"])]),
    # two rows; the second row's content starts after the first row's cells
    (HEAD + "1开展排查。摸清底数。市民政局市财政局2建立台账。按月更新。市卫健委/",
     [(["市民政局"], ["市财政局"]), (["市卫健委"], [])]),
    # a 责任单位 column: the first listed leads
    ("序号工作任务责任单位完成时限1开展排查。摸清底数。市民政局、市财政局2024年底",
     [(["市民政局"], ["市财政局"])]),
]

NO_ROWS: list[str] = [
    # no glued header: sentences followed by names are prose
    "摸清底数。市民政局、市财政局要按月报告。",
    # a header, but the text after 。 is a prose sentence with a subject and a verb
    HEAD + "1开展排查。各区要摸清底数。",
    # a name that only opens a phrase ("…医院牵头、…参与") does not open a row
    HEAD + "1优化转诊。某某医院牵头、成员单位共同参与，成立转诊中心。",
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_rows(text: str, expected: list[Pair]) -> None:
    assert [(h.lead, h.support) for h in flattened(text)] == expected


@pytest.mark.parametrize("text", NO_ROWS)
def test_no_rows(text: str) -> None:
    assert list(flattened(text)) == []


def test_header_needs_two_label_words() -> None:
    assert HEADER.search("序号重点任务牵头单位配合单位")
    assert not HEADER.search("明确重点任务牵头单位。")


def test_cells_and_names() -> None:
    assert read_cells("市民政局市财政局/规划处2开展", 0, 4) == ([["市民政局"], ["市财政局"], [], ["规划处"]], 12)
    assert name_at("各县政府市民政局", 0) == 4
    assert name_at("各区要建立台账", 0, strict=True) is None


def test_cell_lines() -> None:
    """A table written one cell per line: header lines, then each row's task lines and its
    responsibility lines; an indicator table (no label column) gives nothing."""
    from policydoc.parties.flat_table import cell_lines

    text = "\n".join(["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "1", "开展排查", "区民政局",
                      "区财政局、区卫健委", "2025年底", "2", "建立台账", "区卫健委", "/", "长期"])
    assert [(h.lead, h.support, h.task) for h in cell_lines(text)] == [
        (["区民政局"], ["区财政局", "区卫健委"], "开展排查"), (["区卫健委"], [], "建立台账")]
    indicators = "\n".join(["序号", "指标名称", "单位", "目标值", "1", "市教育局", "个", "3"])
    assert list(cell_lines(indicators)) == []


def test_header_with_a_progress_column() -> None:
    """"序号工作任务责任单位时间进度": one label word and a progress column make the header; the 责任单位 cell's first
    body leads."""
    text = ("附件：重点任务分工及进度安排表序号工作任务责任单位时间进度1探索新型捐赠方式。市民政局、市财政局2017年6月底前出台"
            "实施意见2动员社会公众参与志愿服务。市文明办、市民政局2017年底前完成3设立捐助站点。市民政局、市发展改革委持续实施")
    assert [(h.lead, h.support) for h in flattened(text)] == [
        (["市民政局"], ["市财政局"]), (["市文明办"], ["市民政局"]), (["市民政局"], ["市发展改革委"])]  # a time cell in words


def test_cell_lines_with_own_column_names() -> None:
    """A header of cell lines holds the table's own column names ("项目名称", "负责人") and a label with a qualifier
    ("负责处室/年段"); a cell lists names apart by spaces; the row's number may be a sub-row's ("1—2"), and the
    person cells after the support cell are not read."""
    from policydoc.parties.flat_table import cell_lines

    text = "\n".join(["序号", "项目名称", "具体措施", "完成时间", "负责处室/年段", "配合处室", "负责人",
                      "1—1", "规范会议管理", "制定会议管理办法。", "寒假前", "党政办", "张三",
                      "1—2", "优化值班体系", "建立值班制度。", "7月底前", "党政办 总务处", "各处室", "李四"])
    assert [(h.lead, h.support, h.task) for h in cell_lines(text)] == [
        (["党政办"], [], "规范会议管理制定会议管理办法。寒假前"),
        (["党政办"], ["总务处", "各处室"], "优化值班体系建立值班制度。7月底前")]


def test_short_lines_without_header_words_make_no_header() -> None:
    """Short lines of Han characters alone (headings, a list of names) are no header: two header words are needed."""
    from policydoc.parties.flat_table import cell_lines

    text = "\n".join(["工作目标", "主要任务", "责任单位", "开展排查", "区民政局", "建立台账", "区卫健委"])
    assert list(cell_lines(text)) == []
