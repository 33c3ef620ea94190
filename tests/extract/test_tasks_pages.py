"""Task detection on the shapes of real pages (issue 13 groups 1-3, tasks22): lists handed to a party,
the prohibitions of Hong Kong, Macau and Taiwan releases, decisions under the law, news paragraphs
about a notice, meeting reports' labelled items, and the exhortations and narration beside them.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.deadlines", reason="the deadline finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_structure  # noqa: E402
from nlp_pipeline.extract.tasks import heading_is_task, reports_results, sentence_is_task  # noqa: E402


def sources(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead-in that tells its party to observe the items hands each item its modal: any verb directs
        (
            "户外作业防寒提示\n各位工人务必注意以下事项：\n1.戴好防寒手套和护耳帽；\n2.补充足够的温水；\n"
            "3.若需登高作业，应先系好安全带；\n",
            ["1.戴好防寒手套和护耳帽；", "2.补充足够的温水；", "3.若需登高作业，应先系好安全带；"],
        ),
        # measures to take are handed over too; an item may open with the place or the person the act is for
        # (tasks27)
        (
            "户外作业防暑提示\n承建商应采取以下措施：\n（一）在工地入口处设置饮水点；\n（二）为夜班工人配备照明头灯；\n",
            ["（一）在工地入口处设置饮水点；", "（二）为夜班工人配备照明头灯；"],
        ),
        # a place opening an item that states a fact is no act
        (
            "户外作业防暑提示\n承建商应采取以下措施：\n（一）在工地入口处已有饮水点；\n",
            [],
        ),
        # a list of conditions to meet hands over no act, whatever its items' verbs
        (
            "承办单位资格\n承办单位应符合下列条件：\n1.持有有效的营业执照；\n2.具有三年以上同类活动经验；\n",
            [],
        ),
        # a list of contents to check: topics and questions, no acts
        (
            "检查内容\n各检查组务必做好以下事项：\n1.企业主要负责人履职情况；\n2.隐患台账是否按月更新；\n",
            [],
        ),
    ],
)
def test_a_list_handed_to_a_party_by_its_lead_in(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # the prohibitions of Hong Kong, Macau and Taiwan releases: 不可, 勿
        ("工地宿舍内不可使用电炉取暖。", "news", True),
        ("请勿在林区内燃放爆竹。", "notice", True),
        ("呼吁各村居民勿在田间焚烧秸秆。", "notice", True),
        # 不许/不允许 forbid as 不准 does (tasks32)
        ("汛期水库坝顶不允许停放车辆。", "notice", True),
        ("进入林区的人员不许携带打火机等火种。", "notice", True),
        ("检修期间，配电房不允许无关人员进入。", "notice", True),
        # 允许 alone permits, and a report of what was permitted forbids nothing
        ("经批准后允许复工。", "notice", False),
        ("去年全县共批准允许复产企业12家。", "news", False),
        # 不可 inside an adjective prohibits nothing
        ("安全生产不可能一蹴而就。", "speech", False),
        ("应急物资储备必不可少。", "speech", False),
        # a decision under the law against named objects is an act still to be carried out
        ("经研究，县政府决定依法取缔上述三家无证砖厂。", "notice", True),
        # a decision that launches the campaign a notice sets out states its occasion
        ("为消除火灾隐患，经县政府同意，决定在全县开展仓储场所专项整治。", "notice", False),
        # a party set off by a comma before what it announces, in news
        ("全县市场监管部门，将围绕人员密集场所开展夜间检查。", "news", True),
        ("全县市场监管部门，近期在人员密集场所开展夜间检查。", "news", False),
        # a known party after the clauses that lead in (what is acted on) announces enforcement
        (
            "对在经营场所、仓库和居民楼内擅自存放烟花爆竹，经多次劝导仍拒不整改的经营户和无证流动摊点等情形，"
            "有关部门将依法严肃处理。",
            "news",
            True,
        ),
        # a requirement reported in news (about a notice or a meeting) directs its party; a report does not
        ("会议要求，各乡镇立即开展一次山塘水库隐患排查。", "news", True),
        ("通知明确，各景区组织开展一次索道设备安全检测。", "news", True),
        ("各乡镇立即开展了山塘水库隐患排查。", "news", False),
        ("记者了解到，各景区近日开展索道设备安全检测。", "news", False),
        # exhortations: to win the battle, to contribute to an occasion
        ("各级干部要全力以赴决战决胜今冬明春火灾防控工作。", "speech", False),
        ("各级干部要全力以赴做好今冬明春火灾隐患排查。", "speech", True),
        ("为全县运动会平安举办作出更大贡献。", "speech", False),
        # news narration of who led a visit is no assignment; 由X负责 after a comma is one
        ("近期事故多发，该局提前启动节前检查，由局长李某率队前往三家工厂。", "news", False),
        ("检查结束后，由县住建局负责督促整改。", "notice", True),
    ],
)
def test_real_page_directives_and_what_only_looks_like_them(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


def test_a_tally_of_what_a_list_holds_reports_no_result():
    """The tagger calls a measure word (东区2处) a verb: a tally of the listed hazards reports no work."""
    assert not reports_results("市安委会对各县区报送的3处重大火灾隐患实行挂牌督办，其中：东区1处、西区2处；")
    assert reports_results("执法大队检查企业15家。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（一）着力解决隐患整改不到位问题", True),
        ("（二）集中治理企业主体责任不落实问题", True),
        ("（三）隐患整改不到位", False),
    ],
)
def test_a_heading_that_solves_the_problem_it_names(text, expected):
    found = next(s for s in document_structure(text).sentences if s.kind == "heading")
    assert heading_is_task(found, "plan") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting report's item labelled by a modal and a colon: the label's 要 governs its measures
        (
            "镇防火工作会议召开\n会议强调：\n一要巡查防控到位：各村每日组织巡山。提高重点林区巡查频次，严查违规用火。\n",
            ["一要巡查防控到位：各村每日组织巡山。", "提高重点林区巡查频次，严查违规用火。"],
        ),
        # an item of attitude governs nothing
        (
            "镇防火工作会议召开\n会议强调：\n一要深刻汲取教训：时刻保持警醒。回顾以往火情。\n",
            [],
        ),
    ],
)
def test_the_measures_of_a_modal_label_in_a_meeting_report(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ongoing word after the prohibition is the manner of the forbidden act, no deadline
        ("各小区严禁长期占用消防车通道。", None),
        # before the prohibition it times it
        ("各单位长期严禁在仓库内吸烟。", "ongoing"),
    ],
)
def test_an_ongoing_word_inside_a_prohibition_is_no_deadline(text, expected):
    tasks = extract_fields(text).tasks
    assert len(tasks) == 1
    deadline = tasks[0].deadline
    assert (deadline.kind if deadline else None) == expected


@pytest.mark.parametrize(
    ("sentence", "doc_type"),
    [
        # advice with 可以 in a Taiwan release (雇主可以调整工时): r9d's NOTES count it as should; ANNOTATION
        # names no 可以, and 可以 also grants permission (企业可以申请延期), so it stays out
        pytest.param(
            "部长说，遇到酷暑天气，业者可以把户外作业改在清晨，以免劳工中暑。",
            "news",
            marks=pytest.mark.xfail(strict=True, reason="可以 is no modal cue (permission as often as advice)"),
        ),
        # a party, a manner word and a deployment the lexicon lacks (视情，队伍靠前布防)
        pytest.param(
            "各村视情，巡护队伍靠前布防，确保辖区不发生火情。",
            "notice",
            marks=pytest.mark.xfail(strict=True, reason="布防 is outside the action lexicon; 视情 splits the party"),
        ),
    ],
)
def test_real_page_directives_the_rules_still_miss(sentence, doc_type):
    assert sentence_is_task(sentence, doc_type)
