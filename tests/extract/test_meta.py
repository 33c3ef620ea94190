"""Title, date, doc_type, issuer and region."""
from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import extract_meta
from nlp_pipeline.extract.structure import document_structure

from .samples import MINUTES, NOTICE_WITH_FIELDS, SPEECH, TABLE_PLAN

NEWS = """青禾市召开安全生产专题会议
2022-08-05 10:12:30
青禾日报讯（记者李青）8月4日，市政府召开全市安全生产专题会议，部署下一阶段工作。
会议要求，各县区要立即开展隐患排查。
"""

UNDATED_REPORT = """今天上午，我县召开安全生产工作会议，部署汛期工作。
会议要求，各乡镇要加强值班值守。
"""


def meta(text: str, doc_date: str | None = None):
    return extract_meta(document_structure(text), doc_date)


@pytest.mark.parametrize("text, title, date, doc_type", [
    (MINUTES, "关于研究汛期安全生产工作的会议纪要", "2023-06-02", "minutes"),   # meeting date, not 印发
    (SPEECH, "在全镇安全生产工作会议上的讲话", "2022-03-08", "speech"),
    (NOTICE_WITH_FIELDS, "关于开展工贸企业粉尘防爆专项检查的通知", "2023-07-10", "notice"),  # 落款
    (TABLE_PLAN, "松溪县燃气安全专项整治方案", None, "plan"),
    (NEWS, "青禾市召开安全生产专题会议", "2022-08-04", "meeting_report"),  # year from the timestamp
    (UNDATED_REPORT, None, None, "meeting_report"),
])
def test_meta(text, title, date, doc_type):
    found = meta(text)
    assert (found.title, found.date, found.doc_type) == (title, date, doc_type)


def test_date_override_wins():
    assert meta(MINUTES, "2020-01-01").date == "2020-01-01"


@pytest.mark.parametrize("text, issuer, region", [
    (MINUTES, "柳岸县人民政府", "柳岸县"),
    (NOTICE_WITH_FIELDS, "青禾市安全生产委员会办公室", "青禾市"),
    (NEWS, None, "青禾市"),
    (SPEECH, None, None),  # 全镇 names no place
])
def test_issuer_and_region(text, issuer, region):
    found = meta(text)
    assert (found.issuer, found.region) == (issuer, region)


def test_plan_year_only_for_a_late_plan_naming_next_year():
    import datetime as dt

    from nlp_pipeline.extract.meta import plan_year

    assert plan_year("关于印发《鹭汀县2026年安全生产工作要点》的通知", dt.date(2025, 12, 18)) == 2026
    assert plan_year("关于印发《鹭汀县2026年安全生产工作要点》的通知", dt.date(2026, 1, 8)) is None
    assert plan_year("关于2024年安全生产工作情况的通报", dt.date(2023, 12, 1)) is None
    assert plan_year(None, dt.date(2025, 12, 18)) is None
