"""What tasks65 (issue 13) measured on the newest real pages and left as it was: an agency's announced work by a verb
the action lexicon lacks, an enforcement threat by 执法, a body named by 厂 or a post by 员 acting in a duty section,
and a report's meeting in three more word orders. Each lifted the read sets only or lowered a check set
(docs/extraction.md, tasks65), so the pipeline keeps today's reading; the strict xfails say what the dropped
mechanisms would read. The passing cases pin the readings the variants were measured beside. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import sentence_is_task


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # an agency's announced work by a verb of the lexicon, or an enforcement threat it lists: a task today
        ("市消防救援支队将于下月对全市高层住宅开展消防安全检查。", "news", True),
        ("若业主逾期仍未整改，区住建局将依法予以处罚。", "news", True),
        # a report's meeting in the word order meeting_held reads: its event, no task
        ("9月3日，区燃气办召开瓶装液化气安全整治协调会。", "meeting_report", False),
        # a meeting still to hold, or one a party is told to hold: a task
        ("各街道要于5月10日前召开防汛专题会，部署汛前检查。", "meeting_report", True),
    ],
)
def test_readings_the_variants_were_measured_beside(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        pytest.param(
            "劳工处将于9月上旬办理高处作业危害预防宣导会，欢迎营造业者报名参加。",
            "news",
            True,
            marks=pytest.mark.xfail(
                strict=True, reason="announced act by the tagger's verb: a check set's sectors fell"
            ),
        ),
        pytest.param(
            "若商户仍未整改，消防处将会果断执法。",
            "news",
            True,
            marks=pytest.mark.xfail(strict=True, reason="执法 as an enforcement threat: lifted a read folder only"),
        ),
        pytest.param(
            "6月12日，全区危险化学品安全专委会暨安全整治工作推进会召开。",
            "meeting_report",
            False,
            marks=pytest.mark.xfail(strict=True, reason="the meeting as 召开's subject: lifted read folders only"),
        ),
        pytest.param(
            "8月5日，区交通运输局召开会议部署暑运道路运输安全工作。",
            "meeting_report",
            False,
            marks=pytest.mark.xfail(strict=True, reason="召开会议 and its business: lifted read folders only"),
        ),
    ],
)
def test_dropped_readings(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected
