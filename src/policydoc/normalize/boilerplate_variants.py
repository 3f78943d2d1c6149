"""The traditional forms of a character, for the boilerplate rules: OpenCC's answers, precomputed.

``boilerplate.widen`` lets every Han character of a rule match its traditional
forms (OpenCC s2t, s2tw and s2hk). Loading those three converters cost a fresh
process 0.1-0.2 s (and 44 MB) before its first document, to look up the 209 Han
characters the rules use; the table below holds their answers. A character missing
here (a rule written since) is still looked up in OpenCC, and
``tests/normalize/test_boilerplate_variants.py`` fails, printing the table to
paste here, until the table is brought up to date.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def traditional_forms(ch: str) -> str:
    """The traditional forms of a simplified character (OpenCC s2t, s2tw, s2hk), without ``ch`` itself.

    >>> traditional_forms("为"), traditional_forms("年")
    ('為爲', '')
    """
    if ch in RULE_CHARACTERS:
        return VARIANTS.get(ch, "")
    return opencc_variants(ch)


def opencc_variants(ch: str) -> str:
    """What :func:`traditional_forms` answers for ``ch``, asked of OpenCC itself."""
    from .script import _converter

    forms = {_converter(cfg).convert(ch) for cfg in ("s2t", "s2tw", "s2hk")}
    return "".join(sorted(f for f in forms if len(f) == 1 and f != ch))


RULE_CHARACTERS = frozenset(
    " !&()*+,-./0123456789:;=>?CDIOPQRWZ[\\]^adeghinoprstuwxy{|}©·»›→│、。《》【】一三上下不中临为主久乱"
    "二五亚产享人以们任传伦位体作信偷光免入全公六关击分列利到制前加区午博卡印原友发口可号合周品啪四回国图"
    "圈在地址备复多夜大天女好妻字安小布幕年当录影微心息您情意懂成我所打拍接推播收放政数整文料新无日时星更"
    "最月有朋期本机权条来构档次欢欧此毛洲浏浪添清源点热熟片版率现理瓣由电的相看码福空窗站章答策篇精系级线"
    "综编网置美者联腾自至色荐藏表观视览解讯记设访证读豆责费资转载辑迎返进选部量链门闭问间闻阅院集韩页顶预"
    "频首高黄！，．：；｜"
)

VARIANTS: dict[str, str] = {
    "临": "臨", "为": "為爲", "乱": "亂", "亚": "亞", "产": "產", "们": "們", "传": "傳", "伦": "倫",
    "体": "體", "关": "關", "击": "擊", "区": "區", "发": "發", "号": "號", "国": "國", "图": "圖",
    "备": "備", "复": "復", "当": "當", "录": "錄", "数": "數", "无": "無", "时": "時", "机": "機",
    "权": "權", "条": "條", "来": "來", "构": "構", "档": "檔", "欢": "歡", "欧": "歐", "浏": "瀏",
    "点": "點", "热": "熱", "现": "現", "电": "電", "码": "碼", "级": "級", "线": "線", "综": "綜",
    "编": "編", "网": "網", "联": "聯", "腾": "騰", "荐": "薦", "观": "觀", "视": "視", "览": "覽",
    "讯": "訊", "记": "記", "设": "設", "访": "訪", "证": "證", "读": "讀", "责": "責", "费": "費",
    "资": "資", "转": "轉", "载": "載", "辑": "輯", "进": "進", "选": "選", "链": "鏈", "门": "門",
    "闭": "閉", "问": "問", "间": "間", "闻": "聞", "阅": "閱閲", "韩": "韓", "页": "頁", "顶": "頂",
    "预": "預", "频": "頻", "黄": "黃",
}
"""The traditional forms of those that have any (``_variants``'s answer for the others is "")."""
