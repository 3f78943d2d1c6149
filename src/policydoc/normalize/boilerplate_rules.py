"""Boilerplate patterns and the spam lexicon, as data.

Sources. The patterns describe page furniture observed on the sites Chinese
policy documents are copied from: document-sharing sites (the "《X.docx》由会员分享,
可在线阅读…" banner and the "【参考指引】此文档资料…由…网友为您精编整理…" note), the
news templates of government and school CMS sites (发布时间/来源/浏览次数/字号 大中小/
打印本页/关闭窗口 meta lines, 首页 > 新闻中心 breadcrumbs, 上一篇/下一篇, 分享到 bars,
新闻列表/友情链接 footers, 版权所有/ICP备 lines), and the keyword-stuffing footers that
hacked sites carry. The spam lexicon was compiled by hand from such footers
(video-site SEO titles joined by "_" or "|"); ``SPAM_STRONG`` holds terms that
do not occur in policy prose, ``SPAM_WEAK`` common words those titles pad with
(国产, 精品, 综合 also occur in real text, so they only add weight).

Patterns are written in simplified characters with ASCII digits and
punctuation (the rules run after width folding). The rule compiler in
``boilerplate.py`` widens every Han character to its traditional variants and
lets a pinyin annotation such as ``(fǎng)`` follow it, so 链接 also matches 鏈接
and 訪(fǎng)問(wèn). Do not put a quantifier directly after a Han character; group it.

Each rule is ``(name, pattern)``. ``LINE_RULES`` must cover a whole line (blanks
around it allowed); ``INLINE_RULES`` match anywhere, inside long lines too.
"""

from __future__ import annotations

from ..core.sentences import CLOSERS, COLONS, STOPS


def alt(*options: str) -> str:
    """A non-capturing alternation; an empty group would match everywhere, so it is refused.

    >>> alt("时间", "日期")
    '(?:时间|日期)'
    >>> alt()
    Traceback (most recent call last):
    ...
    ValueError: empty alternation would match every position
    """
    if not options or any(not o for o in options):
        raise ValueError("empty alternation would match every position")
    return "(?:" + "|".join(options) + ")"


# --- building blocks -------------------------------------------------------------

BL = r"[ \t\u3000\u00a0]"  # a blank inside a line (never \s: a rule must not run across lines)
WEEKDAY = r"(?:星期|周)[一二三四五六日天]"
CLOCK = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
MACHINE_DATE = r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}"  # 2022-04-04, 2022/7/27
HAN_DATE = r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
# A stamp: a machine date, or a written date that carries a clock time or a weekday.
# A written date alone ("2022年7月1日") is a document's own signing date and stays.
STAMP = alt(
    MACHINE_DATE + rf"(?:{BL}*{CLOCK})?(?:{BL}*{WEEKDAY})?",
    HAN_DATE + rf"{BL}*(?:{CLOCK}(?:{BL}*{WEEKDAY})?|{WEEKDAY})",
)
ANY_DATE = alt(STAMP, HAN_DATE)
SEP = r"[ \t\u3000|｜/·]*"
URL = r"(?:https?://|www\.)[\x21-\x7e]+"

# Meta fields of a news page. Strong ones mark a line as chrome on their own; weak
# ones ("来源:X") only count next to a strong one (a table footnote may say 来源).
PUBLISHED = alt("发布", "更新", "发表", "录入", "上传", "添加") + alt("时间", "日期")
COUNTER = alt("浏览", "阅读", "点击", "访问") + r"(?:次数|量|数|率)?"
TOOL = r"[【\[]?" + alt("打印本页", "打印此页", "打印", "关闭窗口", "关闭本页", "关闭", "收藏", "返回顶部") + r"[】\]]?"
FONT_SIZE = (
    r"[【\[]?" + alt("字号", "字体") + r"[:：]?[ \t\u3000\u00a0]*(?:[【\[(]?[大中小][】\])]?[ \t\u3000\u00a0]*){1,3}[】\]]?"
)
META_STRONG = alt(
    PUBLISHED + r"[:：][ \t\u3000\u00a0]*" + ANY_DATE,
    alt("时间", "日期") + r"[:：][ \t\u3000\u00a0]*" + STAMP,
    COUNTER + r"[:：][ \t\u3000\u00a0]*[0-9]*[ \t\u3000\u00a0]*次?",
    FONT_SIZE,
    TOOL,
)
META_WEAK = alt("来源", "信息来源", "文章来源", "作者", "编辑", "责任编辑", "发布者", "发布人", "发布机构") + (
    r"[:：][ \t\u3000\u00a0]*[^\s:：|｜]{0,30}"
)

NAV_WORDS = alt(
    "新闻列表", "文章列表", "信息列表", "网站首页", "返回首页", "返回列表", "网站地图", "联系我们",
    "设为首页", "加入收藏",
)
SHARE_TARGETS = alt("微信", "朋友圈", "新浪微博", "腾讯微博", "微博", "QQ空间", "QQ好友", "QQ", "豆瓣", "人人网", "复制链接", "更多")

# (name, the characters the line can start with after blanks, pattern). Lines are
# tried only against the rules their first character allows, which keeps the line
# pass cheap; a property test checks each first-character set against its pattern.
DIGITS = "0123456789"
LINE_RULES: tuple[tuple[str, str, str], ...] = (
    ("site_welcome", "欢", r"欢迎(?:您)?" + alt("访问", "光临", "来到", "进入") + r"[^\n]{1,60}"),
    ("date_stamp", DIGITS, STAMP),
    ("meta_line", "来信文作编责发更录上添时日浏阅点访字【[打关收返",
     rf"(?:{META_WEAK}{SEP})*{META_STRONG}(?:{SEP}(?:{META_STRONG}|{META_WEAK}))*"),
    ("nav_line", "新文信网返联设加", rf"{NAV_WORDS}(?:{SEP}{NAV_WORDS})*"),
    # 首页 | 政务公开 | 政务服务 | 互动交流: a home link followed by three or more short menu items
    ("nav_bar", "首网", alt("首页", "网站首页") + rf"(?:{BL}*[|｜│·/]{BL}*[^\s|｜│·/，。；：,;:]{{2,8}}){{3,}}"),
    ("friend_links", "友", r"友情链接[:：]?[^\n]{0,300}"),
    ("related_list", "相热推最", alt("相关", "热门", "推荐", "最新") + alt("文章", "新闻", "阅读", "链接", "推荐", "资讯") + r"[:：]?"),
    ("prev_next", "上下", alt("上一篇", "下一篇", "上一条", "下一条") + r"[:：]?[^\n]{0,80}"),
    ("breadcrumb", "当您所首主网", alt(
        alt("当前位置", "您的位置", "您现在的位置", "所在位置") + r"[:：][^\n]{0,120}",
        alt("首页", "主页", "网站首页") + r"[ \t\u3000\u00a0]*(?:>>?|»|›|→|&gt;)[^\n]{0,120}",
    )),
    ("share_bar", "分", rf"分享(?:到|至)?[:：]?{BL}*(?:{SHARE_TARGETS}[ \t\u3000,，、|｜]*)+"),
    ("bare_url", "hw", URL),
)
MAX_LINE = 400  # longer lines are prose, never chrome

# Lines that are chrome because they carry one of these literal markers anywhere,
# as long as the line is no longer than the limit.
MARKER_LINE_RULES: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("copyright", ("版权所有", "Copyright", "©", "ICP备", "ICP证", "公网安备"), 140),
)

# Inline rules are tried only near an anchor word they all contain (within
# INLINE_WINDOW characters on the same line), so prose without one costs one pass.
INLINE_ANCHORS: tuple[str, ...] = ("分享", "上传", "为您", "链接", "地址", "网址", "转载", "编辑", "解读")
INLINE_WINDOW = 400

INLINE_RULES: tuple[tuple[str, str], ...] = (
    # 《X.docx》由会员分享,可在线阅读,更多相关《…》请在…上搜索。
    ("share_banner", r"《[^《》\n]{1,150}》由[^\n,，。]{0,12}?" + alt("分享", "上传") + r"[,，][ \t\u3000\u00a0]*可在线"
     + alt("阅读", "浏览", "预览") + r"[^。\n]{0,200}(?:。|(?=\n)|\Z)"),
    # 【参考指引】此文档资料“…”由…网友为您精编整理,供您阅读参考,…喜欢就分享下载吧!
    ("compiler_note", r"(?:【[^】\n]{2,8}】)?" + alt("此", "本") + alt("文档", "篇文档", "文章", "篇")
     + r"(?:资料)?[^\n]{0,150}?由[^\n]{0,30}?为您" + alt("精心", "精编", "收集", "整理", "编辑", "精选")
     + r"[^!！。\n]{0,100}[!！。]"),
    ("link_footer", alt("链接地址", "原文链接", "原文地址", "原文网址", "本文链接", "本文地址", "本文网址",
                        "文章链接", "文章地址", "网页链接", "转载自", "转载来源")
     + r"[:：][ \t\u3000\u00a0]*" + URL),
    ("editable_note", r"[(【\[]?" + alt("Word", "WORD", "word") + r"(?:版|文档)(?:本)?(?:下载)?可(?:以)?(?:任意)?编辑[)】\]]?"),
    # a government page's links to its interpretations, run on after the text: "解读：1.…答记者问2.一图读懂《…》字号"
    ("interpretation_links", r"(?:相关)?解读[:：][ \t\u3000\u00a0]*1[.、．][^\n]{0,300}?"
     + alt("答记者问", "图读懂", "图解", "政策解读", "解读") + r"[^\n]{0,300}?(?:字号|(?=\n)|\Z)"),
)

# Keyword-stuffing spam (see the module docstring for the source).
SPAM_STRONG: tuple[str, ...] = (
    "无码", "有码", "一区", "二区", "三区", "不卡", "中文字幕", "人妻", "偷拍", "成人视频", "成人影院",
    "色情", "毛片", "三级片", "伦理片", "黄色网站", "福利视频", "乱码", "熟女", "啪啪", "看片",
)
SPAM_WEAK: tuple[str, ...] = (
    "亚洲", "欧美", "日韩", "自拍", "久久", "午夜", "在线观看", "在线视频", "国产", "精品", "综合",
    "最新", "免费", "视频", "高清", "中文", "影院", "网站", "在线", "播放", "电影", "大全", "资源",
)
SPAM_MIN_STRONG = 2  # distinct strong terms a fragment needs
SPAM_MIN_DENSITY = 0.6  # share of the fragment's word characters covered by lexicon terms

# --- page furniture of PDF/Word page dumps -------------------------------------------
# A page dump keeps each page's number and running header on lines of their own
# ("— 2 —", "第3页/共4页", "Page 3 of 4"), and a GBK round trip leaves "锟斤拷" footers.
# Each rule must cover a whole line (blanks around it allowed). The lines go, and
# when the page break split a sentence the line breaks around them go too.
DASH = r"[—–\-－~～]"
PAGE_BL = r"[ \t\u3000]*"
FURNITURE_RULES: tuple[tuple[str, str], ...] = (
    ("page_dash", rf"{DASH}{{1,2}}{PAGE_BL}[0-9]{{1,4}}{PAGE_BL}{DASH}{{1,2}}"),  # — 2 —, - 3 -, —2—
    ("page_of_total", rf"第{PAGE_BL}[0-9]{{1,4}}{PAGE_BL}页(?:{PAGE_BL}[/／,，、]?{PAGE_BL}共{PAGE_BL}[0-9]{{1,4}}{PAGE_BL}页)?"
     rf"|共{PAGE_BL}[0-9]{{1,4}}{PAGE_BL}页{PAGE_BL}[/／,，、]?{PAGE_BL}第{PAGE_BL}[0-9]{{1,4}}{PAGE_BL}页"),
    ("page_of_en", rf"(?i:page){PAGE_BL}[0-9]{{1,4}}(?:{PAGE_BL}(?i:of|/){PAGE_BL}[0-9]{{1,4}})?"),
    # 锟斤拷 runs (and the 烫/屯 fill of uninitialised buffers), with page digits or punctuation between them
    ("gbk_garbage", r"(?:锟斤拷|[烫屯\ufffd])+(?:[\s\d\W_]*(?:锟斤拷|[烫屯\ufffd])+)*[\s\d\W_]*"),
)
FURNITURE_OPENERS: dict[str, str] = {
    "page_dash": "—–-－~～", "page_of_total": "第共", "page_of_en": "Pp", "gbk_garbage": "锟烫屯\ufffd",
}
"""The characters each furniture rule's line starts with (after its blanks): a page dump's lines are read only by the
rules of the characters its lines start with (``pages._furniture_rules``)."""
FURNITURE_FIRST = "".join(FURNITURE_OPENERS.values())  # the characters a furniture line can start with (prefilter)
RUNNING_HEADER_MAX = 30  # a running header is a short line...
RUNNING_HEADER_MIN = 3  # ...standing at least this often, each time after page furniture or at the start
# A page break after a line ending in one of these did not split a sentence.
SENTENCE_END = STOPS + COLONS + CLOSERS + "…"
CLAUSE_END = "，,、"  # ...and after one of these it did, even after a heading marker
