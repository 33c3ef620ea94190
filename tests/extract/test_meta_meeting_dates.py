"""meta.date of minutes, meeting reports and chat copies (analysis7 group 12): the meeting's own time
field before the signature, a chat message's day, and a December meeting about next year's festivals.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def meta_of(text: str, removed_chrome: tuple[str, ...] = ()):
    return extract_fields(text, removed_chrome=removed_chrome).meta


MINUTES = (
    "青石矿业有限公司\n安全生产例会纪要\n\n时间：{time}  下午2:30—5:10\n地点：公司三楼会议室\n主持：王某（总经理）\n\n"
    "会议通报了上月隐患整改情况，研究部署了本月安全生产工作。\n一、各车间要在3月15日前完成提升机检修。\n\n"
    "                青石矿业有限公司安环部\n                2025年3月7日\n"
)


@pytest.mark.parametrize(
    "time, expected",
    [
        ("2025.3.6", "2025-03-06"),  # the meeting's day, not the signature's (3月7日)
        ("2025年3月5日", "2025-03-05"),
    ],
)
def test_minutes_are_dated_by_their_meeting_time_field(time, expected):
    meta = meta_of(MINUTES.format(time=time))
    assert (meta.doc_type, meta.date) == ("minutes", expected)


def test_a_notice_with_a_time_field_keeps_its_signature_date():
    # 整改时间 is no meeting time, and a notice is dated by its signature
    text = (
        "关于开展燃气安全检查的通知\n各乡镇：\n整改时间：3月底前\n请各乡镇按要求开展检查。\n\n"
        "县应急管理局\n2025年3月7日\n"
    )
    assert meta_of(text).date == "2025-03-07"


CHAT = (
    "【紧急通知】\n各乡镇防汛办：\n据县气象台预报，12日夜间我县有一次强降雨过程。根据县防指〔2025〕12号通知，"
    "县防指决定启动防汛Ⅳ级应急响应。\n1.各乡镇要在12日12时前将责任人在岗情况报县防办。\n"
)


def test_a_chat_copy_is_dated_by_its_message_head():
    meta = meta_of(CHAT, removed_chrome=("县防办-李某  7月11日 21:07",))
    assert meta.date == "2025-07-11"


def test_without_a_message_head_a_chat_copy_has_only_its_year():
    meta = meta_of(CHAT)
    assert (meta.date, meta.reference_date) == (None, "2025-01-01")


@pytest.mark.parametrize(
    "lede, expected",
    [
        # a December meeting about the coming festivals keeps its own year
        ("12月25日，全市安全生产工作会议召开，就做好2026年元旦春节期间安全生产工作进行部署。", "2025-12-25"),
        # a January meeting about this year's festival is in that year
        ("1月10日，全市安全生产工作会议召开，就做好2026年春节期间安全生产工作进行部署。", "2026-01-10"),
        # a year that names no festival dates the meeting
        ("12月25日，全市安全生产工作会议召开，就做好2026年安全生产工作进行部署。", "2026-12-25"),
    ],
)
def test_a_meeting_about_next_years_festivals_keeps_its_year(lede, expected):
    text = lede + "\n会议要求，各部门要压紧压实责任，确保安全。\n"
    meta = meta_of(text)
    assert (meta.doc_type, meta.date) == ("meeting_report", expected)


@pytest.mark.parametrize(
    "lede, expected",
    [
        # a site's or agency's dateline (7月4日讯) is the day the report was filed, not the meeting's
        (
            "青湾新闻网7月4日讯 市危化品安全专委会全体会议7月3日召开，会议要求，各县区要在7月底前完成隐患排查。",
            "2023-07-03",
        ),
        ("新华社青湾7月4日电（记者 王某）市危化品安全专委会全体会议7月3日召开，会议要求各县区加强排查。", "2023-07-03"),
        # negative: a lede that opens with the meeting's day
        ("7月4日，市危化品安全专委会召开全体会议，会议要求，各县区要在7月底前完成隐患排查。", "2023-07-04"),
    ],
)
def test_a_reports_dateline_is_not_the_meeting_day(lede, expected):
    assert meta_of(f"2023年市危化品安全专委会全体会议召开\n{lede}\n").date == expected


@pytest.mark.parametrize(
    "lede, expected",
    [
        # the meeting and the deployment cited as the ground of the work (为贯彻落实…会议精神和…工作部署) are not
        # the meeting reported: the day the work starts on does not date the page, its stamp does
        (
            "为贯彻落实全省燃气安全视频会议精神和市安委会工作部署，县住建局从3月4日起开展瓶装燃气专项检查。",
            "2024-03-21",
        ),
        ("根据市防指召开的防汛会商会议要求，青湾镇4月10日起对沿河民房开展逐户排查。", "2024-03-21"),
        # negative: a meeting the lede reports gives its day
        ("3月18日，县安委会召开燃气安全部署会，要求各乡镇4月底前完成排查。", "2024-03-18"),
        ("为贯彻落实省里的部署，县安委会3月18日召开燃气安全推进会，要求各乡镇4月底前完成排查。", "2024-03-18"),
    ],
)
def test_a_cited_meeting_does_not_date_the_page(lede, expected):
    assert meta_of(f"青湾县推进瓶装燃气专项检查\n2024-03-21 10:15:06\n{lede}\n").date == expected
