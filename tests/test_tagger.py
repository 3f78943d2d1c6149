"""The tagger's dictionary, read by first character, tags as rjieba's whole dictionary does."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from policydoc.core import tagger

pytestmark = pytest.mark.skipif(tagger._dictionary() is None, reason="jieba's dict.txt is not the indexed one")

TEXTS = [
    "市教育局负责",
    "各市教育局负责推进全市义务教育优质均衡发展，2025年底前完成",
    "由市发展改革委牵头，市财政局、市人力资源社会保障局配合，到2025年城镇新增就业10万人以上。",
    "AT&T和C++在B超室里：c#、T恤 2.5% 以上",
    "各省(自治区、直辖市)人民政府要加强组织领导",
    "局",
    "@@ @ 。",
    "國務院辦公廳關於印發《臺灣地區》的通知",
    "天公不作美，阿里巴巴江山小大",
]


@pytest.fixture(scope="module")
def whole() -> tagger._WholeTagger:
    return tagger._WholeTagger()


def test_index_is_built_from_the_installed_dictionary() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    try:
        spec = importlib.util.find_spec("build_dict_index")
        assert spec is not None and spec.loader is not None
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
    finally:
        sys.path.pop(0)
    text = build.build(build.dict_path().read_bytes())
    assert text == (Path(tagger.__file__).parents[1] / "data" / "jieba_index.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", TEXTS)
def test_a_fresh_tagger_tags_as_the_whole_dictionary(text: str, whole: tagger._WholeTagger) -> None:
    lazy = tagger._LazyTagger(tagger._dictionary())
    assert lazy.tag(text) == whole.tag(text)


def test_the_order_of_texts_changes_nothing(whole: tagger._WholeTagger) -> None:
    texts = TEXTS * 2
    random.Random(7).shuffle(texts)
    lazy = tagger._LazyTagger(tagger._dictionary())
    assert [lazy.tag(t) for t in texts] == [whole.tag(t) for t in texts]


def test_names_keep_a_dictionary_tag_and_take_their_frequency(whole: tagger._WholeTagger) -> None:
    lazy = tagger._LazyTagger(tagger._dictionary())
    for name in tagger.lexicon().names:
        assert lazy.tag(name + "负责") == whole.tag(name + "负责")


def test_every_index_row_names_lines_of_its_character() -> None:
    dictionary = tagger._dictionary()
    rows = tagger.read_text("jieba_index.tsv").split("\n", 3)[3].splitlines()
    assert tagger._matches(dictionary, rows)
    assert not tagger._matches(dictionary, ["天\t0-20"])  # the file's first lines open with A, not 天
