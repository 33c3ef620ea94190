"""A rare compound of a short query searched by its parts (issue 18, search78).

rel26's short and traditional queries named a thing by a dictionary compound (高温作业, 更新改造)
that its relevant texts write in parts; search/compounds.py splits such a word, rare in the index,
into the dictionary words that tile it, the compound whole kept as a run so that it ranks first.
"""

import pytest

from nlp_pipeline.search import Index
from nlp_pipeline.search.compounds import compound_parts

from .conftest import make_record

DOCUMENTS = [
    (doc_id, text, "2024-06-01", "notice", "南湖区", [], [text], [])
    for doc_id, text in [
        ("whole", "加强高温作业劳动保护"),
        ("parts", "高温时段调整露天作业时间，预防中暑"),
        ("pipes", "老旧燃气管网更新，年底前完成改造"),
        ("renewal", "推进老旧小区更新改造"),
        ("truck", "货车超限超载专项治理"),
        ("houses", "自建房安全隐患排查"),
    ]
]

PARTS = [
    ("高温作业", ("高温", "作业")),
    ("今冬明春", ("今冬", "明春")),
    ("更新改造", ("更新", "改造")),
    ("大货车", ()),  # 大 is left over: no tiling of dictionary words
    ("自建房", ()),  # 自建 and 建房 overlap, 房 alone is no word
    ("燃气", ()),  # two characters are one word, never cut
]

SEARCHES = [
    ("高温作业", ["whole", "parts"]),  # the compound whole first, its parts apart after
    # a text that writes the compound's parts apart, after the one holding it whole (a word no text
    # holds is respelt first, search/spelling.py, and not split)
    ("更新改造", ["renewal", "pipes"]),
    # not split as a compound (the lone 大 leaves 货车); no text holding 大货车, it is searched as
    # the wider 货车 (search81: compounds.unglued)
    ("大货车", ["truck"]),
    ("高温作业 值班 值守 通报", ["whole"]),  # four terms: a long query's words stay whole, no "parts"
    pytest.param(
        "热射病",
        ["parts"],
        marks=pytest.mark.xfail(strict=True, reason="热射病 has no dictionary parts; 中暑 is another word, no part"),
    ),
    pytest.param(
        "道路运输",
        ["truck"],
        marks=pytest.mark.xfail(
            strict=True, reason="a sector keyword (道路运输 → 道路交通) is cut by jieba, not searched as its sector"
        ),
    ),
]


@pytest.mark.parametrize("word, parts", PARTS)
def test_compound_parts(word, parts):
    assert compound_parts(word) == parts


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("search78") / "search.db") as built:
        built.update([make_record(*row) for row in DOCUMENTS])
        yield built


@pytest.mark.parametrize("query, found", SEARCHES)
def test_rare_compound_searched_by_its_parts(index, query, found):
    assert [result["doc_id"] for result in index.search(query, mode="keyword")] == found
