"""Boilerplate rules: a table of lines that go (with the rule that takes them) and lines that stay."""

from __future__ import annotations

import regex

import json
from pathlib import Path

import pytest

from policydoc.normalize import NormalizeOptions, normalize
from policydoc.normalize.boilerplate import find_boilerplate, remove_boilerplate, widen
from policydoc.normalize.boilerplate_rules import alt
from policydoc.normalize.offsets import apply_edits
from policydoc.normalize.script import to_simplified

# (line, rule that removes it) — each line stands between two lines of content.
REMOVED = [
    ("欢迎访问某市教育局官网!", "site_welcome"),
    ("欢迎光临某某中学网站", "site_welcome"),
    ("歡迎訪問某市教育局官網!", "site_welcome"),
    ("歡迎訪(fǎng)問(wèn)某市教育局官網(wǎng)!", "site_welcome"),
    ("2021/3/15", "date_stamp"),
    ("2023-06-18 08:05:31", "date_stamp"),
    ("2024年09月08日 21:48 星期日", "date_stamp"),
    ("2024年09月08日 星期日", "date_stamp"),
    ("时间:2023-06-18 08:05:31", "meta_line"),
    ("時間:2019-11-02 17:40:12", "meta_line"),
    ("发布时间:2023年5月12日", "meta_line"),
    ("发布时间:2023-05-12 来源:市教育局 浏览次数:1024", "meta_line"),
    ("来源:本站 作者:办公室 【打印】 【关闭】", "meta_line"),
    ("字号:大 中 小 打印本页 关闭窗口", "meta_line"),
    ("【打印本页】【关闭窗口】", "meta_line"),
    ("【字体：大 中 小】【打印】【关闭】", "meta_line"),
    ("[字体:大 中 小]", "meta_line"),
    ("首页 | 机构概况 | 新闻动态 | 办事指南 | 公众参与", "nav_bar"),
    ("网站首页｜政策法规｜通知公告｜在线服务", "nav_bar"),
    ("新闻列表", "nav_line"),
    ("新聞列表", "nav_line"),
    ("网站首页 | 联系我们 | 网站地图", "nav_line"),
    ("友情链接:", "friend_links"),
    ("友情鏈接:教育部 省教育廳", "friend_links"),
    ("相关文章", "related_list"),
    ("上一篇:关于召开工作会议的通知", "prev_next"),
    ("下一篇:没有了", "prev_next"),
    ("首页 > 新闻中心 > 通知公告", "breadcrumb"),
    ("当前位置:首页 > 政务公开", "breadcrumb"),
    ("您的位置:首頁 > 通知公告", "breadcrumb"),
    ("分享到:微信 微博 QQ空间", "share_bar"),
    ("分享至 朋友圈 QQ好友", "share_bar"),
    ("Copyright © 2023 某市教育局 版权所有", "copyright"),
    ("备案号:京ICP备12345678号", "copyright"),
    ("https://www.example.gov.cn/a/b.html", "bare_url"),
    ("www.example.com/index.htm", "bare_url"),
    ("链接地址:https://www.example.com/p-1.html", "link_footer"),
    ("鏈接地址:https://www.example.com/p-1.html", "link_footer"),
    ("亚洲一区中文无码_国产不卡在线视频_中文字幕精品乱码", "spam"),
]

# Lines of real content that look a little like chrome.
KEPT = [
    "2022年7月1日",
    "某市教育局",
    "时间:2022年5月10日至5月20日",
    "来源:市统计局2022年统计公报。",
    "一、时间安排",
    "到2025年,全市义务教育巩固率达到98%。",
    "加强与欧美、日韩、亚洲各国的教育交流合作。",
    "推动国产化软件在教育系统的应用,建设精品在线课程。",
    "欢迎社会各界积极参与教育事业发展,形成全社会关心支持教育的良好氛围。",
    "(三)分享优质教育资源,推动城乡学校结对帮扶。",
    "首页设计要简洁大方",
    "首页 | 关于我们",
    "首页/栏目/正文三级页面要统一风格,做到简洁、美观、易用。",
    "许政〔2022〕17号",
]

BEFORE, AFTER = "一、总体要求\n", "\n二、主要任务"


@pytest.mark.parametrize("line,rule", REMOVED, ids=[r[0][:16] for r in REMOVED])
def test_chrome_line_removed(line: str, rule: str) -> None:
    text = BEFORE + line + AFTER
    hits = find_boilerplate(text)
    assert [h.rule for h in hits] == [rule]
    assert apply_edits(text, remove_boilerplate(text, None))[0] == BEFORE + AFTER[1:]


@pytest.mark.parametrize("line", KEPT)
def test_content_line_kept(line: str) -> None:
    text = BEFORE + line + AFTER
    assert find_boilerplate(text) == []


INLINE = [
    (
        "规划3篇【温馨提示】本文档资料“规划3篇”由本站编辑为您收集整理,仅供学习交流使用,觉得有用请收藏下载!方案1为加快发展,",
        "规划3篇方案1为加快发展,",
    ),
    (
        "《某某规划.docx》由会员分享,可在线阅读,更多相关《某某规划.docx(22页珍藏版)》请在某某文库上搜索。一、总体要求",
        "一、总体要求",
    ),
    ("实施方案到此结束。本文链接:http://example.com/x.html 下一方案", "实施方案到此结束。 下一方案"),
    ("(Word版可编辑)一、工作目标", "一、工作目标"),
    ("正文完。亚洲一区中文无码_国产不卡在线视频_中文字幕精品乱码", "正文完。"),
    ("（某部牵头负责）解读：1.某部负责人就《某某方案》答记者问2.一图读懂《某某方案》字号", "（某部牵头负责）"),
]


@pytest.mark.parametrize("text,expected", INLINE,
                         ids=["compiler_note", "share_banner", "link", "editable", "spam", "interpretation_links"])
def test_inline_fragments_removed(text: str, expected: str) -> None:
    assert apply_edits(text, remove_boilerplate(text, None))[0] == expected


def test_site_title_above_welcome_line() -> None:
    text = "某某师范学校\n\n欢迎访问某某师范学校官网!\n正文"
    assert [h.rule for h in find_boilerplate(text)] == ["site_title", "site_welcome"]
    assert apply_edits(text, remove_boilerplate(text, None))[0] == "正文"


def test_title_not_named_by_the_banner_stays() -> None:
    text = "关于印发规划的通知\n欢迎访问某某学校官网!\n正文"
    assert [h.rule for h in find_boilerplate(text)] == ["site_welcome"]


def test_trailing_chrome_lines_take_the_break_before_them() -> None:
    text = "正文。\n\n新闻列表\n友情链接:"
    assert apply_edits(text, remove_boilerplate(text, None))[0] == "正文。"


def test_blank_lines_after_a_removed_line_go_with_it() -> None:
    text = "标题\n\n2021/3/15\n\n正文"
    assert apply_edits(text, remove_boilerplate(text, None))[0] == "标题\n\n正文"


def test_every_removal_is_a_repair_with_its_source() -> None:
    text = "欢迎访问某局官网!\n一、总则\n正文。\n新闻列表"
    result = normalize(text)
    removed = [r for r in result.repairs if r.kind == "boilerplate"]
    assert [r.original.strip() for r in removed] == ["欢迎访问某局官网!", "新闻列表"]
    for r in removed:
        assert r.source_span is not None and text[slice(*r.source_span)] == r.original
    assert result.text == "一、总则\n正文。"


def test_switch_turns_the_fixer_off() -> None:
    result = normalize("新闻列表\n正文", NormalizeOptions.without("boilerplate"))
    assert result.text == "新闻列表\n正文"


def test_widen_keeps_classes_and_escapes() -> None:
    import regex

    pattern = regex.compile(widen(r"[链接]{2}\d+地址"))
    assert pattern.fullmatch("鏈接12地址") and pattern.fullmatch("链鏈3地(dì)址")


def test_alt_refuses_empty_groups() -> None:
    with pytest.raises(ValueError):
        alt("时间", "")


# --- the seeds: real chrome goes, nothing inside the outline is touched ---------------------


def _seeds(shared: Path) -> list[tuple[str, str, dict]]:
    out = []
    for doc in sorted((shared / "seeds").glob("*.txt")):
        gold = json.loads((shared / "gold" / f"{doc.stem}.json").read_text(encoding="utf-8"))
        out.append((doc.name[:3], doc.read_text(encoding="utf-8"), gold))
    return out


def _heading_positions(text: str, gold: dict) -> list[int]:
    positions, pos = [], 0
    for h in gold["headings"]:
        title = to_simplified(h["title"])
        found = -1
        for variant in (title, title.replace("着", "著")):
            found = text.find(variant[:12], pos)
            if found >= 0:
                break
        assert found >= 0, f"heading {h['marker']}{h['title']} lost"
        positions.append(found)
        pos = found
    return positions


def test_seed_outline_untouched(shared_dir: Path) -> None:
    for name, text, gold in _seeds(shared_dir):
        result = normalize(text)
        positions = _heading_positions(result.text, gold)
        for r in result.repairs:
            if r.kind != "boilerplate" or not positions:
                continue
            before_outline = r.span[0] <= positions[0]
            at_the_end = r.span[0] >= len(result.text) - 1
            assert before_outline or at_the_end, (name, r.original)


def test_seed_rules_see_through_pinyin(shared_dir: Path) -> None:
    """With the pinyin fixer off the same chrome goes: the rules tolerate 訪(fǎng)問(wèn)."""
    import regex

    for name, text, _ in _seeds(shared_dir):
        on = [r.original for r in normalize(text).repairs if r.kind == "boilerplate"]
        off = normalize(text, NormalizeOptions(pinyin=False)).repairs
        off_clean = [regex.sub(r"\([a-zü\u00e0-\u01dc ]{1,8}\)", "", r.original) for r in off if r.kind == "boilerplate"]
        assert off_clean == on, name


def test_seed_chrome_removed(shared_dir: Path) -> None:
    removed = {}
    for name, text, _ in _seeds(shared_dir):
        result = normalize(text)
        removed[name] = "".join(r.original for r in result.repairs if r.kind == "boilerplate")
        assert "为您精编整理" not in result.text and "由会员分享" not in result.text
        assert "链接地址" not in result.text and "无码" not in result.text
    # Checked by kind, not by the seeds' literal strings: stamps with a clock time or a
    # slash date go, a document's own 年月日 signing line stays.
    stamp = regex.compile(r"^\s*(?:时间[:：])?\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}.*)?\s*$", regex.M)
    for name, text, _ in _seeds(shared_dir):
        kept = normalize(text).text
        assert not [m.group() for m in stamp.finditer(kept) if ":" in m.group() or "/" in m.group()], name
    assert "参考指引" in removed["000"]
    assert "由会员分享" in removed["001"] and "链接地址" in removed["001"]
    assert regex.search(r"^\d{4}年\d{1,2}月\d{1,2}日\s*$", normalize(_seeds(shared_dir)[3][1]).text, regex.M)


# --- the speed-ups must not hide a rule ---------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from policydoc.normalize import boilerplate_rules as R  # noqa: E402


@pytest.mark.parametrize("name,first,pattern", R.LINE_RULES, ids=[r[0] for r in R.LINE_RULES])
def test_line_rule_first_characters(name: str, first: str, pattern: str) -> None:
    """Whatever a line rule matches starts with one of the characters it declares."""

    @settings(max_examples=60, deadline=None)
    @given(st.from_regex(pattern, fullmatch=True))
    def check(line: str) -> None:
        assert line[:1] in first, (name, line)

    check()


def test_inline_rules_stay_near_an_anchor() -> None:
    """Inline rules run only within INLINE_WINDOW of an anchor word: every match must lie there."""
    import regex

    anchors = regex.compile("|".join(R.INLINE_ANCHORS))

    @settings(max_examples=80, deadline=None)
    @given(st.sampled_from(R.INLINE_RULES).flatmap(lambda r: st.from_regex(r[1], fullmatch=True)))
    def check(fragment: str) -> None:
        found = [(m.start(), m.end()) for m in anchors.finditer(fragment)]
        assert found, fragment
        edges = [0, *[p for span in found for p in span], len(fragment)]
        gaps = [b - a for a, b in zip(edges[0::2], edges[1::2])]
        assert gaps[0] <= R.INLINE_WINDOW and gaps[-1] <= R.INLINE_WINDOW
        assert all(g <= 2 * R.INLINE_WINDOW for g in gaps)

    check()
