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


def test_an_arabic_item_marker_opens_its_line_after_an_unfinished_one() -> None:
    # a source that drops its full stops: every long line stops without one, yet "2．" before Han text opens an item
    lines = ["一、成就", "1．增长加快", "全年生产总值比上年增长百分之十二是建国以来增长最快波动最小的一年农业工业都有较大发展",
             "主要工业产品产量稳步增长钢铁煤炭原油发电量等都有不同程度的增加其中发电量增加较多增幅居前列",
             "2．改革深化", "国有企业改革取得新的进展现代企业制度试点顺利推开社会保障制度改革迈出较大步伐", "（1）市场体系",
             "粮食流通体制改革进一步深化主要农产品价格基本放开市场在资源配置中的作用明显增强地区差距缩小"]
    text = "\n".join(lines) + "\n"
    assert [m for _, m, _ in _flat(text)] == ["一、", "1．", "2．", "（1）"]
