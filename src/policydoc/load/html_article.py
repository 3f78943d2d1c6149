"""Finding the article in an HTML page tree: junk and site chrome dropped, the main element found, the page
heading that stands before it (passes 1 to 3 of :mod:`.html`).

Chrome is found by tag (``nav``, ``aside``, ``footer``), by class/id hints (``_NEGATIVE``), by its opening words
(``_CHROME_TEXT``) and by link density; prose is measured in wide characters (:class:`_Stats`).
"""

from __future__ import annotations

from typing import Optional

import regex
from lxml import etree

from .html_render import element_text

# --- hints: tags, class/id words and opening words of page chrome --------------------------------------------------

_JUNK_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "canvas", "object",
              "embed", "button", "select", "input", "textarea", "option", "map", "audio", "video", "link", "meta")
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu"})
# Class/id words of page chrome in common site templates (TRS WCM, Hanweb, ASP.NET and HTML5 themes), incl. pinyin
# abbreviations used on government sites: dh 导航, xglj 相关链接, yqlj 友情链接, dqwz 当前位置, fx 分享, ewm 二维码.
_NEGATIVE = frozenset({
    "nav", "navbar", "navigation", "menu", "menus", "header", "logo", "top", "topbar", "footer", "foot", "bottom",
    "copyright", "share", "bdshare", "social", "fenxiang", "fx", "related", "relate", "recommend", "xglj", "xgxx",
    "yqlj", "friendlink", "links", "breadcrumb", "crumb", "crumbs", "position", "location", "weizhi", "dqwz",
    "sidebar", "side", "banner", "ad", "ads", "advert", "comment", "comments", "login", "search", "toolbar",
    "tools", "print", "fontsize", "zihao", "qrcode", "qr", "ewm", "erweima", "skip", "dh", "pager", "prevnext",
})
# Class/id words of article bodies: TRS_Editor (TRS WCM), zoom (gov.cn), zw/zhengwen 正文, pages_content, …
_POSITIVE = frozenset({
    "content", "article", "main", "detail", "details", "text", "zw", "zhengwen", "trs", "editor", "zoom", "con",
    "post", "entry", "body", "wenzhang", "neirong", "xxgk",
})
_CHROME_TEXT = regex.compile(
    r"""^\s*(?:
        (?:您)?(?:当前|现在)?(?:所在)?(?:的)?位置\s*[:：]      # 当前位置：首页 > …
      | 首页\s*[>＞»/]                                        # 首页 > 政务公开
      | 【?\s*字[体号]\s*[:：]                                 # 【字体：大 中 小】
      | 分享到 | 扫一扫 | 打印(?:本页)? | 关闭(?:窗口|本页) | 【\s*(?:打印|关闭)
      | 上一篇 | 下一篇 | 返回顶部 | 相关(?:链接|文章|阅读|新闻|信息)
      | 责任编辑 | 作者\s*[:：] | (?:更新|发布)(?:时间|日期)\s*[:：] | (?:信息)?来源\s*[:：] | (?:浏览|阅读|点击)(?:次数|数|量|率)?\s*[:：]
      | 版权所有 | 主办单位\s*[:：] | 网站标识码
    )""",
    regex.VERBOSE,
)
_CHROME_TEXT_MAX = 120  # longer blocks are not page tools, whatever they start with
_MAIN_SHARE = 0.7  # the main element holds at least this share of the page's prose
_KEEP_SHARE = 0.5  # an element holding this share of the prose is never dropped as chrome
_LINK_LISTS = frozenset({"ul", "ol", "dl", "div", "p", "section", "table", "td", "span", "li"})
_TITLE_WORDS = frozenset({"title", "biaoti", "bt", "tit", "headline"})

_WORD_SPLIT = regex.compile(r"(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+")
_HAN = regex.compile(r"\p{Han}")


def _hint_words(el: etree._Element) -> set[str]:
    """Lower-cased words of an element's class and id: ``TRS_Editor newsCon`` -> {trs, editor, news, con}."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return {w.lower() for w in _WORD_SPLIT.split(raw) if w}


def _hint(el: etree._Element) -> int:
    """+1 for an article-body hint, -1 for a chrome hint, 0 for none or both."""
    words = _hint_words(el)
    neg = bool(words & _NEGATIVE) or any(w.endswith(("nav", "footer", "share", "crumb")) for w in words)
    pos = bool(words & _POSITIVE) or any(w.endswith("content") for w in words)
    return int(pos) - int(neg)


# --- text statistics -----------------------------------------------------------------------------------------------


class _Stats:
    """Per-element counts, in one bottom-up pass: wide characters outside and inside links, and links.

    "Wide characters" (Han, CJK punctuation, full-width forms: every non-ASCII character of
    a Chinese page) measure prose; ASCII (markup residue, view state, URLs) does not count.
    """

    def __init__(self, root: etree._Element) -> None:
        self.inner: dict[etree._Element, int] = {}
        self.linked: dict[etree._Element, int] = {}
        self.links: dict[etree._Element, int] = {}
        inner, linked, links = self.inner, self.linked, self.links
        for el in reversed(list(root.iter(etree.Element))):  # every child before its parent
            total = inner.get(el, 0) + _wide(el.text)
            is_link = el.tag == "a"
            in_links = total if is_link else linked.get(el, 0)
            count = links.get(el, 0) + is_link
            inner[el], linked[el], links[el] = total, in_links, count
            parent = el.getparent()
            if parent is not None:
                inner[parent] = inner.get(parent, 0) + total + _wide(el.tail)
                linked[parent] = linked.get(parent, 0) + in_links
                links[parent] = links.get(parent, 0) + count

    def prose(self, el: etree._Element) -> int:
        """Wide characters of ``el`` outside links."""
        return self.inner[el] - self.linked[el]

    def link_density(self, el: etree._Element) -> float:
        return self.linked[el] / self.inner[el] if self.inner[el] else 0.0

    def remove(self, el: etree._Element) -> None:
        """Take a subtree about to be dropped out of its ancestors' counts (its tail stays in the tree)."""
        inner, in_links, count = self.inner[el], self.linked[el], self.links[el]
        for anc in el.iterancestors():
            self.inner[anc] -= inner
            self.linked[anc] -= in_links
            self.links[anc] -= count


def _wide(s: Optional[str]) -> int:
    """Number of non-ASCII characters, from the UTF-8 length (CJK characters take 3 bytes).

    >>> _wide("教育ab。"), _wide(None)
    (3, 0)
    """
    return (len(s.encode("utf-8", "surrogatepass")) - len(s)) // 2 if s else 0



_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def _hidden(root: etree._Element) -> list[etree._Element]:
    """The outermost elements the page hides (``style="display:none"``, ``hidden``, ``aria-hidden="true"``): menus
    a script slides in, a second copy of the article kept for printing."""
    found: list[etree._Element] = []
    stack = [root]
    while stack:  # depth first, not below a hidden element: only the outermost are found
        el = stack.pop()
        if isinstance(el.tag, str) and (el.get("hidden") is not None or el.get("aria-hidden") == "true"
                                        or _HIDDEN_STYLE.search(el.get("style") or "")):
            found.append(el)
            continue
        stack.extend(reversed(el))
    return found


def drop_junk(root: etree._Element) -> _Stats:
    """Drop scripts, styles, controls and forms; return the counts of what is left."""
    for el in list(root.iter(*_JUNK_TAGS)):
        el.drop_tree()
    stats = _Stats(root)
    total = max(1, stats.prose(root))
    for el in _hidden(root):
        if 2 * stats.prose(el) <= total:  # a hidden block holding most of the prose may be the article a script shows
            stats.remove(el)
            el.drop_tree()
    for form in list(root.iter("form")):
        if stats.prose(form) >= _KEEP_SHARE * total:
            form.drop_tag()  # an ASP.NET page wraps everything in one form
        else:
            stats.remove(form)
            form.drop_tree()
    return stats


def _is_chrome(el: etree._Element, stats: _Stats, total: int) -> bool:
    if stats.prose(el) >= _KEEP_SHARE * total or el.tag in ("html", "body"):
        return False
    tag = el.tag
    if tag in _CHROME_TAGS or (tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors())):
        return True
    if (el.get("class") or el.get("id")) and _hint(el) < 0:
        return True
    if tag in _LINK_LISTS and stats.links[el] >= 2 and stats.link_density(el) > 0.5:
        return True
    if stats.inner[el] <= _CHROME_TEXT_MAX:
        return bool(_CHROME_TEXT.match(_head(el)))
    return False


def _head(el: etree._Element, size: int = 16) -> str:
    """The first ``size`` or so characters of an element's text, white space folded (enough for ``_CHROME_TEXT``)."""
    parts: list[str] = []
    seen = 0
    for piece in el.itertext():
        parts.append(piece)
        seen += len(piece)
        if seen >= size:
            break
    return " ".join("".join(parts).split())


def drop_chrome(root: etree._Element, stats: _Stats) -> None:
    total = max(1, stats.prose(root))
    doomed: list[etree._Element] = []
    stack = [root]
    while stack:  # pre-order; the subtree of a doomed element is not visited
        el = stack.pop()
        if _is_chrome(el, stats, total):
            doomed.append(el)
        else:
            stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))
    for el in doomed:
        stats.remove(el)
        el.drop_tree()


def find_main(root: etree._Element, stats: _Stats) -> etree._Element:
    """The deepest element holding at least ``_MAIN_SHARE`` of the page's prose."""
    body = root.find("body")
    main = body if body is not None else root
    need = _MAIN_SHARE * stats.prose(main)
    while True:
        inner = [c for c in main if isinstance(c.tag, str) and stats.prose(c) >= need and c.tag not in ("tr", "tbody")]
        if not inner or main.tag == "table":
            return main
        main = inner[0]


def title_before(root: etree._Element, main: etree._Element) -> Optional[str]:
    """The page heading when it stands outside (before) the main element.

    Tried in order: an ``<h1>``, a block whose class/id says title, an ``<h2>``, and
    last the short link-free block right before the main element (table-layout pages).
    """
    before: list[etree._Element] = []
    for el in root.iter(etree.Element):
        if el is main:
            break
        before.append(el)
    tests = (
        lambda el: el.tag == "h1",
        lambda el: el.tag in ("div", "h2", "h3", "p", "td", "span") and bool(_hint_words(el) & _TITLE_WORDS),
        lambda el: el.tag == "h2",
    )
    for test in tests:
        title = next((t for el in before if test(el) and _short_line(t := element_text(el))), None)
        if title:
            return title
    prev = main.getprevious()
    if prev is not None and next(prev.iter("a"), None) is None and _short_line(title := element_text(prev)):
        return title if not title.endswith(("：", ":", "。")) else None
    return None


def _short_line(text: str) -> bool:
    return 0 < len(text) <= 120 and _HAN.search(text) is not None
