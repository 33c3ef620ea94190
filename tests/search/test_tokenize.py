import pytest

from nlp_pipeline.search.tokenize import Due, Party, index_tokens, query_plan


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("燃气安全", "燃气 气安 安全"),
        ("省", "省"),  # a lone character stays a unigram
        ("9月底前", "9 月底 底前"),
        ("ＡＢＣ Gas", "abc gas"),  # full-width folded, lower-cased
        ("（一）“四不两直”", "一 四不 不两 两直"),  # punctuation never becomes a token
        ("", ""),
    ],
)
def test_index_tokens(text, tokens):
    assert index_tokens(text) == tokens


def terms(query, typed=None):
    return [term.word for term in query_plan(query, typed or query).terms]


@pytest.mark.parametrize(
    "query, words",
    [
        ("燃气", ["燃气"]),
        ("燃气 消防", ["燃气", "消防"]),
        ("气燃", ["气燃"]),  # two characters are one word, never cut
        ("隐患排查治理", ["隐患", "排查", "治理"]),  # a run is cut into its words
        ("隐患排查和治理", ["隐患", "排查", "治理"]),  # joining characters are dropped
        ("燃气管道", ["燃气管道"]),  # jieba's 燃气管 + 道 joined again
        ("6月底前完成的燃气任务", ["6月底", "完成", "燃气", "任务"]),  # a date is one word; 前 dropped
        ("12月31日前重大隐患销号", ["12月31日", "重大", "隐患", "销号"]),
        ('"燃气" OR (消防)*', ["燃气", "OR", "消防"]),  # FTS operators are plain words
        ("燃气 燃气", ["燃气"]),
        ("哪些文件要求住建部门整治燃气", ["文件", "要求", "住建", "部门", "整治", "燃气"]),
        ("哪些", ["哪些"]),  # a stop word alone is still searched
        # jieba's 镇要, 前要 (no words of its dictionary) lose the stop words at their ends
        ("青石镇要完成的排查", ["青石镇", "完成", "排查"]),
        ("5月底前要报的隐患清单", ["5月底", "隐患", "清单"]),  # 报 alone between stop words: left out
        ("渡口最晚哪天要整改完", ["渡口", "整改完"]),  # words that ask when name no subject
        ("仓库里的危化品怎么存放", ["仓库", "危化品", "存放"]),
        ("挂牌都办", ["挂牌都办"]),  # single characters after a word join it (a typo respelt whole)
        ("五和一场所", ["五和一", "场所"]),  # single characters at the start: a word of their own
        ("*()", []),
    ],
)
def test_query_terms(query, words):
    assert terms(query) == words


@pytest.mark.parametrize(
    "query, words",
    [
        ("安监局约谈企业负责人", ["安监局", "约谈", "企业", "负责人"]),  # 安监局 + 约 + 谈 split at the name
        ("约谈安监局", ["约谈", "安监局"]),  # the name at the end
        ("叉车撞弯", ["叉车", "撞弯"]),  # a sector word
        ("企业还能", ["企业还能"]),  # 企业 names a kind of party, not one: no known name
        ("消防救援大队检查", ["消防救援大队", "检查"]),  # a known name whole stays whole
        ("应急管理局通报", ["应急管理局", "通报"]),
        ("燃气管道", ["燃气管道"]),  # 燃气 ends no word of jieba's here (燃气管 + 道)
        ("烟花爆竹竹", ["烟花爆竹竹"]),  # the rest after 烟花爆竹 is one character: no split
        ("化工厂约谈", ["化工厂约谈"]),  # 化工 is no boundary of jieba's (化工厂 + 约 + 谈)
    ],
)
def test_a_made_up_word_is_split_at_a_known_name(query, words):
    assert terms(query) == words


@pytest.mark.parametrize(
    "query, spellings",
    [
        ("应急管理", ["应急管理", "安监"]),
        ("危化品", ["危化品", "危险化学品"]),
        ("消防队", ["消防队", "消防救援", "公安消防"]),
        ("县应急局", ["县应急局", "县应急管理局", "县安监局", "县安全生产监督管理局"]),
        ("燃气", ["燃气"]),  # no synonym: one spelling
    ],
)
def test_field_synonyms_are_spellings_of_the_word(query, spellings):
    (term,) = query_plan(query, query).terms
    assert [phrase.word for phrase in term.phrases] == spellings


def test_a_synonym_that_names_a_party_comes_before_the_party_s_other_names():
    (term,) = query_plan("安监局", "安监局").terms
    words = [phrase.word for phrase in term.phrases]
    assert words[:2] == ["安监局", "应急管理局"] and "应急管理部门" in words


@pytest.mark.parametrize(
    "query, among, absent",
    [
        ("自然资源局", ["自然资源和规划局", "自然资源部门"], ["住建局"]),  # the extractor's unit aliases
        ("交通运输局", ["交通局", "公路局"], ["交警"]),
        ("交通", [], ["交通运输局"]),  # a strict alias (also a common word): none
        ("消防", ["火灾", "消防通道"], ["燃气"]),  # a sector's name: the words that name it alone
        ("道路交通", ["交通事故", "客运"], []),
        ("火灾", [], ["消防"]),  # a sector word is not a sector's name: no more spellings
    ],
)
def test_parties_and_sectors_are_found_by_their_other_words(query, among, absent):
    (term,) = query_plan(query, query).terms
    words = [phrase.word for phrase in term.phrases]
    assert words[0] == query and set(among) <= set(words) and not set(absent) & set(words)
    if not among:
        assert words == [query]


@pytest.mark.parametrize(
    "query, spellings, prefixes",
    [
        ("6月底", ["6月底", "6月"], [False, True]),  # also 6月30日, 6月份: the month found as a prefix
        ("3月", ["3月"], [True]),
        ("2024年", ["2024年"], [True]),  # 2024年度 too
    ],
)
def test_a_date_is_also_searched_as_its_month(query, spellings, prefixes):
    (term,) = query_plan(query, query).terms
    assert [phrase.word for phrase in term.phrases] == spellings
    assert [phrase.prefix for phrase in term.phrases] == prefixes


def test_the_typed_traditional_form_is_a_spelling():
    plan = query_plan("隐患排查治理", "隱患排查治理")
    assert [phrase.word for phrase in plan.terms[0].phrases] == ["隐患", "隱患"]
    assert [phrase.word for phrase in plan.runs[0].phrases] == ["隐患排查治理", "隱患排查治理"]


def test_runs_cut_into_words_are_kept_for_ranking():
    assert [run.word for run in query_plan("隐患排查治理 燃气", "隐患排查治理 燃气").runs] == ["隐患排查治理"]
    assert query_plan("燃气", "燃气").runs == []


def test_single_character_is_a_prefix_phrase():
    (term,) = query_plan("火", "火").terms
    assert term.phrases[0].prefix and term.phrases[0].tokens == ("火",)
    assert not query_plan("火灾", "火灾").terms[0].phrases[0].prefix


@pytest.mark.parametrize(
    "query, due",
    [
        ("5月底前要报的隐患清单", {"5月底": Due(5)}),
        ("11月中旬前报送整改情况", {"11月中旬": Due(11)}),
        ("元旦前完成的消防检查", {"元旦": Due(12)}),  # a named day the extractor reads: 12-31
        ("三季度完成的排查", {"三季度": Due(7, last=9)}),  # a quarter: its three months
        ("第二季度末前报送", {"第二季度": Due(4, last=6)}),
        ("上半年完成改造", {"上半年": Due(1, last=6)}),
        ("7到9月开展的有限空间检查", {"7到9月": Due(7, last=9)}),  # a span of months: one term
        ("7月至9月开展检查", {"7月至9月": Due(7, last=9)}),
        ("5-8月每月检查", {"5-8月": Due(5, last=8)}),
        ("二季度的安全生产督查通报", {}),  # the period a report is about, not a deadline (the extractor's rule)
        ("上半年以来事故情况", {}),
        ("9到7月", {}),  # no span backwards
        ("5月15日前完成汛前检查", {"5月15日": Due(5)}),
        ("年底前完成充电设施建设", {"年底": Due(12)}),
        ("2023年4月完成的整改", {"2023年4月": Due(4, 2023)}),  # a year named: that year only
        ("春节前的烟花爆竹检查", {}),  # 前的: the extractor reads no deadline there (春节前完成: months 1–2, search81)
        ("下周一前上报", {}),  # counted from the day of the query: no month of the calendar
        ("中秋前完成排查", {"中秋": Due(9, last=10)}),  # the lunar calendar: the two months it falls in (search81)
        ("13月", {}),
        ("2024年工作要点", {}),  # a year alone
        ("燃气管道", {}),
    ],
)
def test_a_date_word_asks_for_tasks_due_in_its_month(query, due):
    assert {term.word: term.due for term in query_plan(query, query).terms if term.due} == due


@pytest.mark.parametrize(
    "query, parties",
    [
        ("市场监管局 电梯检查", {"市场监管局": Party(("市场监督管理部门",))}),
        ("教育局学校食堂燃气检查", {"教育局": Party(("教育部门",))}),
        ("商务局加油站安全检查", {"商务局": Party(("商务部门",))}),
        ("消防救援大队夜查", {"消防救援大队": Party(("消防救援机构",))}),  # a field synonym: kept whole
        ("乡镇要落实的工作", {}),  # a kind of party, not one: its words only
        ("企业主体责任", {}),
        ("交通安全", {}),  # 交通 is a strict alias: a common word
        ("港航发展中心负责的任务", {}),  # no alias of the extractor
    ],
)
def test_a_party_name_asks_for_the_tasks_labelled_with_it(query, parties):
    assert {term.word: term.party for term in query_plan(query, query).terms if term.party} == parties


@pytest.mark.parametrize(
    "query, spellings",
    [
        ("7到9月", ["7到9月", "7月至9月", "7-9月", "7至9月", "7月—9月"]),
        ("三季度完成", ["三季度", "第三季度"]),
        ("第一季度内", ["第一季度", "一季度"]),
        ("上半年前", ["上半年"]),
    ],
)
def test_a_span_is_also_searched_in_its_other_forms(query, spellings):
    term = query_plan(query, query).terms[0]
    assert [phrase.word for phrase in term.phrases] == spellings


@pytest.mark.xfail(
    strict=True, reason="jieba cuts these names (供电 · 公司); kept whole, the archive set's synonym queries lost"
)
@pytest.mark.parametrize(
    "query, parties",
    [
        ("供电公司电动车充电设施报装", {"供电公司": Party(("电力企业",))}),
    ],
)
def test_a_party_name_jieba_cuts_still_asks_for_its_party(query, parties):
    assert {term.word: term.party for term in query_plan(query, query).terms if term.party} == parties
