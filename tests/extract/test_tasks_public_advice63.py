"""An agency's reminder to the public is advice, not a task, in news and meeting reports (issue 13, tasks63): the
settled convention gives advice to 市民/民众 no party. A reminder naming a trade, or a request to a party after the
advice, keeps the sentence a duty; a notice's own directive that mentions residents is left alone. The strict
xfails are the news directives measured and dropped (docs/extraction.md, tasks63). Every sentence here is written
for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import advises_the_public, sentence_is_task


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # advice to the public: no task
        ("县卫生局也提醒民众，寒潮期间应避免清晨外出晨练，外出时注意保暖。", "news", False),
        ("市城管局今日发布消息，提醒市民检查阳台花盆和空调外机支架，均应加固或移入室内。", "news", False),
        ("区气象局会同区应急局呼吁市民，暴雨期间应尽量减少外出，远离低洼地带。", "meeting_report", False),
        # a trade beside the public, or a party asked after the advice: still a duty
        ("县市场监管局提醒市民和各餐饮企业，夏季应妥善储存食材，定期检查燃气管道。", "news", True),
        ("市住建局提醒市民检查户外招牌，均应加固处理，也要求各建筑工地立即开展防风检查。", "news", True),
        ("县应急局提醒各企业，高温期间应合理安排作业时间，严禁午间露天作业。", "news", True),
        ("县水利局将加强河道巡查，并呼吁市民提高警觉，汛期要远离河岸。", "news", True),
        # a notice's directive to a party that serves the residents, and the body named after them
        ("各社区要提醒居民清理楼道杂物，保持消防通道畅通。", "notice", True),
        ("居民小区物业服务企业要每月检查一次消防设施。", "notice", True),
    ],
)
def test_an_agencys_reminder_to_the_public_is_advice(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县卫生局也提醒民众，寒潮期间应避免清晨外出。", True),
        ("县应急局提醒各企业，高温期间应合理安排作业时间。", False),
        ("市民呼吁有关部门尽快修缮路灯。", False),  # a citizen's wish: no reminder, and 呼吁 is no modal here
        ("县交通局提醒居民小区物业，雨季前应清理排水沟。", False),
    ],
)
def test_the_reminder_must_name_the_public_before_the_modal(sentence, expected):
    assert advises_the_public(sentence) is expected


@pytest.mark.xfail(
    strict=True, reason="public opening the modal's own clause: lowered a score-only set (tasks63, again tasks76)"
)
@pytest.mark.parametrize(
    "sentence", ["而游客在大风天气期间亦应避免前往海边栈道。", "此外，居民应定期检查家中燃气软管。"]
)
def test_the_public_as_the_modals_subject_is_advice(sentence):
    assert sentence_is_task(sentence, "news") is False


@pytest.mark.parametrize(
    ("sentence", "doc_type", "expected"),
    [
        # the public as the object of the first modal 请 (tasks76): advice, with or without a reminder's verb before it
        ("县消防大队再次呼吁，降温期间请市民注意取暖用电安全，外出时关闭电源。", "news", False),
        ("区应急局表示，台风过境期间请广大游客不要前往海边观浪。", "news", False),
        ("请民众出门前检查门窗是否关好。", "meeting_report", False),
        # a body named after 请, a trade beside the public, a request to a party later: still a duty
        ("区应急局表示，请居民小区物业在台风前加固户外广告牌。", "news", True),
        ("县市场监管局表示，请市民和各餐饮企业定期检查燃气管道。", "news", True),
        ("县应急局表示，请各企业在降温期间落实防冻措施，严禁违规动火。", "news", True),
        # a notice's request to the public is left to the other rules, as before
        ("请市民朋友们积极参与消防安全知识竞答活动，并于5月10日前提交答卷。", "notice", True),
    ],
)
def test_the_public_as_the_object_of_a_request_is_advised(sentence, doc_type, expected):
    assert sentence_is_task(sentence, doc_type) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("县消防大队再次呼吁，降温期间请民众提高警觉。", True),
        ("请游客远离施工围挡。", True),
        ("请各乡镇加强巡查。", False),
        ("请居民小区物业清理楼道。", False),
    ],
)
def test_a_request_whose_object_is_the_public(sentence, expected):
    assert advises_the_public(sentence) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an agency's announced event by a verb the action lexicon lacks: lifted the read sets only (a fit)
        pytest.param(
            "县人社局将于9月中旬办理一场高温作业防护说明会，欢迎企业报名。",
            marks=pytest.mark.xfail(strict=True, reason="announced event by the tagger's verb: a fit (tasks63)"),
        ),
        # a sanction on a condition after a report: lowered task sectors on a check set
        pytest.param(
            "县消防救援大队共检查商场42家，另有3家限期整改，若逾期仍未完成整改，将依法开罚。",
            marks=pytest.mark.xfail(strict=True, reason="sanction on a condition: lowered a check set (tasks63)"),
        ),
        # a duty a law puts on a duty-bearer, quoted in a release: lifted the real pages only (a fit)
        pytest.param(
            "根据《建筑施工安全条例》的规定，承建商必须为工人提供合格的安全带及防坠网。",
            marks=pytest.mark.xfail(strict=True, reason="a law's duty on a named duty-bearer: a fit (tasks63)"),
        ),
    ],
)
def test_news_directives_measured_and_dropped(sentence):
    assert sentence_is_task(sentence, "news") is True
