"""Header cells that tell a page holds a table worth reading as rows of cells (PDF input).

A page whose text holds at least two of them (序号 and 指标, 牵头单位 and 完成时限 …) is
looked at for ruled tables; other pages are read as lines only (finding tables costs
far more than reading text).
"""

from __future__ import annotations

from .target_words import TASK_COLUMN_HEADERS, TIME_COLUMN_HEADERS

TABLE_HEADER_WORDS: tuple[str, ...] = (
    "序号", "编号", "指标", "指标名称", "单位", "目标值", "规划值", "预期值", "基期值", "现状值", "属性", "类别",
    "年均增长", "牵头单位", "责任单位", "配合单位", "责任部门", "牵头部门", "配合部门", "参与单位", "备注",
    *TASK_COLUMN_HEADERS, *TIME_COLUMN_HEADERS,
)
