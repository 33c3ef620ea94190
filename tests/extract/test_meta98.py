"""Document type and metadata on the newest sets (issue 13, meta98).

- a text that says it sets rules (特制定本制度, 制定本守则) is other, even where its rules are about meetings or it
  opens like a plan; a title whose head noun is 制度 or 守则 names rules as 办法 and 细则 do;
- a meeting the text calls (经研究，决定召开…会议。现将有关事项通知如下; 定于…召开) is yet to be held: the text is its
  notice, not a report of it.
The strict xfails are the classes left (docs/extraction.md, meta98). Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.meta import find_doc_type

MEETING_RULES = [
    "为及时通报安全生产情况、解决班组存在的问题，使安全例会规范化，特制定本制度。",
    "一、例会每月召开两次，由车间主任主持，各班组长参加。",
    "二、例会通报上期隐患整改情况，布置下期安全工作。",
]
CALLED_MEETING = [
    "为深刻吸取近期煤矿事故教训，经县政府研究，决定召开全县安全生产紧急会议。现将有关事项通知如下：",
    "一、会议时间：2024年5月8日上午9:00。",
    "二、参会人员：各乡镇分管负责人，县安委会成员单位主要负责人。",
]


def typed(title, body):
    return find_doc_type(title, [], body[:3], body)


@pytest.mark.parametrize(
    "title, body, doc_type",
    [
        # rules on meetings, the title lost: the meetings they set are no meeting reported
        (None, MEETING_RULES, "other"),
        # rules under their own title, opening like a plan (特制定本…)
        ("仓库班组班前安全会制度", ["为强化班组安全教育，特制定本制度。", "一、班前会由班组长主持。"], "other"),
        (None, ["结合本厂实际，制定本安全守则。", "一、进入车间必须佩戴安全帽。"], "other"),
        ("危化品仓库保管员安全守则", ["一、严禁烟火。", "二、每日巡查两次。"], "other"),
        # a notice that calls a meeting, the title lost
        (None, CALLED_MEETING, "notice"),
        # rules set by a 办法 that says so: other in the golds, left (realstyle_sealed20's tasks fell under its floor)
        pytest.param(
            None,
            ["为规范危化品运输，特制定本管理办法。", "一、运输车辆须持证上路。"],
            "other",
            marks=pytest.mark.xfail(strict=True),
        ),
        (
            None,
            ["定于5月8日上午在县政府三楼会议室召开防汛工作会议，请各乡镇分管负责人准时参加。", "特此通知。"],
            "notice",
        ),
    ],
)
def test_the_text_says_what_it_is(title, body, doc_type):
    assert typed(title, body) == doc_type


@pytest.mark.parametrize(
    "title, body, doc_type",
    [
        # a plan that says so stays a plan; a party told to draw up its own measures sets no rules
        (None, ["结合我镇实际，特制定本方案。", "一、工作目标", "二、工作措施"], "plan"),
        ("县应急局部署汛期安全工作", ["会议要求，各车间要制定本班组的安全措施。"], "meeting_report"),
        # a meeting held is reported; a decision the meeting took is no meeting called
        (None, ["5月8日，县安委会召开全县安全生产工作会议。会议决定，开展为期三个月的隐患排查。"], "meeting_report"),
        (None, ["县政府于5月8日召开防汛工作会议，会议强调，各乡镇要落实巡查责任。"], "meeting_report"),
    ],
)
def test_near_misses_keep_their_type(title, body, doc_type):
    assert typed(title, body) == doc_type


LETTER_SIGNED_BEFORE_PRINTED = (
    "青川县应急管理局关于印发《全县汛期安全工作要点》的通知\n\n青应急〔2025〕5号\n\n各乡镇人民政府：\n\n"
    "    现将《全县汛期安全工作要点》印发给你们，请认真贯彻落实。\n\n青川县应急管理局\n3月4日\n\n"
    "全县汛期安全工作要点\n\n    一、各乡镇于6月10日前完成汛前隐患排查。\n\n"
    "青川县应急管理局办公室　　　　　　　　3月5日印发\n"
)
NEWS_WITH_SUBHEADLINE = (
    "县融媒体网 > 本地新闻\n\n节前检查燃气企业 守牢安全底线\n——县住建局联合县消防大队开展燃气安全专项检查\n\n"
    "2026-01-20 09:12　来源：县融媒体中心\n\n　　1月18日至19日，县住建局联合县消防大队对全县燃气企业开展节前专项检查。\n"
)
ACCOUNT_POST = (
    "燃气报警器装了吗？这份提醒请收好\n\n原创　青川应急　青川应急发布　2025年12月3日 09:15　四川\n\n"
    "入冬以来，居民用气量上升，燃气泄漏风险增加。\n\n请各位居民定期检查燃气软管。\n"
)


@pytest.mark.parametrize(
    "text, field, value",
    [
        # the signed day, not the office's print day, dates a letter whose number gives the year (sealed43 sz12; older
        # golds split the two days, left)
        pytest.param(LETTER_SIGNED_BEFORE_PRINTED, "date", "2025-03-04", marks=pytest.mark.xfail(strict=True)),
        # a news headline's dash-led subheadline is no part of the title in the newest gold (sealed43 sz14)
        pytest.param(
            NEWS_WITH_SUBHEADLINE, "title", "节前检查燃气企业 守牢安全底线", marks=pytest.mark.xfail(strict=True)
        ),
        # an account post's publish line with the hour and a province after the day (sealed43 sz09)
        pytest.param(ACCOUNT_POST, "date", "2025-12-03", marks=pytest.mark.xfail(strict=True)),
    ],
)
def test_metadata_left(text, field, value):
    assert getattr(extract_fields(text).meta, field) == value
