"""Which party a sentence without its own party inherits: the addressee, not the issuer (carry62). The body that
speaks a reminder (区安委办特此提醒：, 乡应急办在此郑重提醒，请…, 县市场监管局温馨提示：) is its speaker, no party, so the
tips under it inherit nothing from it (unit_rules.toml not_a_party_after); a letter whose reminder asks by a 请 that
names no one (请务必做到以下几点：) hands its list to the party its salutation greets, in numbered items and in
unnumbered paragraphs alike (reader_lead_in; units.addresses_the_reader; tasks.Inheritance._find_unnumbered_leads).
Invented texts; each table has negatives. The reported request's later sentences (县领导要求，各乡镇要…。要…) were
measured and dropped: a strict xfail below."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import addresses_the_reader, find_units

from .unit_views import pair, units_by_source


def units_by_task(text: str) -> dict[str, set[tuple[str, str]]]:
    return units_by_source(text, pair, prefix=10)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the speaker of a reminder, with the adverbs of the speech act: no party
        ("年关将近，为防范各类风险，区安委办、区市场监管局特此提醒：", []),
        ("为保障大家的安全，镇政府、镇应急办在此郑重提醒，请务必做到以下几点：", []),
        ("县市场监管局温馨提示：", []),
        # negatives: the party reminded stays; reminding given as work keeps the body that is to remind
        ("县应急局郑重提醒各企业，要做到以下几点：", ["各企业"]),
        ("县应急局要及时提醒运输企业调整班次。", ["县应急局"]),
    ],
)
def test_the_speaker_of_a_reminder_is_no_party(sentence, expected):
    assert [unit.mention for unit in find_units(sentence)] == expected


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        ("镇应急办在此郑重提醒，请务必做到以下几点：", True),
        ("为了顾客的安全，请认真做好以下几点：", True),
        # negatives: a 请 that names its party, a 请 inside a word, a request with no list
        ("请各经营户做好以下几点：", False),
        ("现特申请以下补助：", False),
        ("请务必注意用火安全。", False),
    ],
)
def test_a_request_naming_no_one_hands_its_list_to_the_reader(lead_in, expected):
    assert addresses_the_reader(lead_in) is expected


TIPS = (
    "关于春节期间安全生产的温馨提示\n"
    "春节将至，为防范化解各类安全风险，区安委办、区市场监管局特此提醒：\n"
    "一、工贸安全：严守规程。节前停工前要全面排查隐患，彻底清理残留物料。节日期间确需作业的，务必履行审批程序。\n"
    "二、消防安全：防患未然。节前要组织开展消防安全自查，确保疏散通道畅通。\n"
)


def test_the_issuers_reminder_hands_its_tips_no_party():
    units = units_by_task(TIPS)
    assert units["节前停工前要全面排查"] == set()
    assert units["节日期间确需作业的，"] == set()
    assert units["节前要组织开展消防安"] == set()


LETTER = (
    "致全镇民宿经营户的一封信\n"
    "尊敬的各位民宿经营户朋友：\n"
    "你们好！冬季取暖用火用气增多，火灾风险上升。为保障大家和住客的安全，镇政府、镇应急办在此郑重提醒，请务必做到以下几点：\n"
    "装好报警器\n"
    "1月31日前，厨房必须安装可燃气体报警装置，并保证正常使用。\n"
    "管好电动车\n"
    "电动自行车一律不得在楼道内停放、充电。\n"
)


def test_a_letters_reminder_hands_its_paragraphs_to_the_party_it_greets():
    units = units_by_task(LETTER)
    assert units["1月31日前，厨房必"] == {("民宿经营户", "企业")}
    assert units["电动自行车一律不得在"] == {("民宿经营户", "企业")}


def test_without_a_salutation_the_reminder_hands_nothing():
    text = LETTER.replace("尊敬的各位民宿经营户朋友：\n", "")
    units = units_by_task(text)
    assert units["1月31日前，厨房必"] == set()


def test_a_lead_in_naming_its_party_still_hands_it():
    text = LETTER.replace("镇政府、镇应急办在此郑重提醒，请务必做到以下几点：", "请各村委会督促经营户做好以下几点：")
    units = units_by_task(text)
    assert units["1月31日前，厨房必"] == {("各村委会", "乡镇街道")}


@pytest.mark.xfail(
    strict=True,
    reason="measured and dropped (carry62): a reported request's parties carried to the paragraph's later "
    "sentences that open with the modal raise r24 and r25 but lower heldout2 (0.989 -> 0.987), whose gold "
    "leaves the same shape party-less",
)
def test_a_reported_requests_addressees_go_on_in_its_paragraph():
    text = (
        "全县燃气安全工作会议召开\n"
        "12月5日，全县燃气安全工作会议召开。县领导要求，各乡镇、各有关部门要提高认识，落实燃气安全管理制度。"
        "要建立隐患排查整治机制，及时通报排查情况。\n"
    )
    assert units_by_task(text)["要建立隐患排查整治"] == {("各乡镇", "乡镇街道"), ("各有关部门", "有关部门")}
