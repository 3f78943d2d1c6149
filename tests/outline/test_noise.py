"""Soft breaks: which line ends the outline reads through as wraps."""

from __future__ import annotations

from policydoc.outline import extract_blocks
from policydoc.outline.noise import find_noise

WRAPPED = "一、总则\n" + "这一段文字按固定宽度折行没有写完" * 4 + "\n" + "接着上一行继续写下去仍然没有写完的句子" * 4 + "\n结束。\n"
# one paragraph a line; items end in labels, which stop without a full stop
LABELLED = (
    "一、任务\n"
    + "1.完善场地。" + "利用闲置空间建设健身场地并建立巡检维护台账。" * 2 + "(各镇(街道)负责，体育局配合)\n"
    + "2.开放场馆。" + "推动学校体育场馆在节假日向居民有序开放。" * 3 + "\n"
    + "3.更新器材。" + "分批完成老旧器材更新改造并做好日常维护工作。" * 2 + "牵头单位：体育局；配合单位：财政局\n"
    + "4.办好赛事。" + "每年举办全区运动会和社区联赛并组织健身活动。" * 3 + "\n"
    + "二、保障\n"
)


def test_hard_wrapped_lines_are_soft_breaks() -> None:
    noise = find_noise(WRAPPED)
    assert [WRAPPED[a:b] for a, b in noise.spans] == ["\n", "\n"]


def test_labels_closing_items_are_line_ends() -> None:
    assert find_noise(LABELLED).spans == []
    assert [m for _, m, _ in _flat(LABELLED)] == ["一、", "1.", "2.", "3.", "4.", "二、"]


def _flat(text: str) -> list[tuple[int, str, str]]:
    blocks, _ = extract_blocks(text)
    return [(b.level, b.marker, b.text) for b in blocks]
