"""A hospital speaking of itself is the writer of its paper (issue 13, sectors82).

A hospital's news of its own meeting often names no issuer at all: no signature, no letterhead, only 我院 in its
running text (我院在门诊楼会议室召开…) or 本院 on a source line. Its voice reads the institution as its name would
(sector_rules.toml [topic.institution_voices] with [topic.institution_own_parts]; enterprise.speaking_institution):
the hospital is the topic of every task and a sector of the document. Near misses: 我院 of a court or an academy
(no part of a hospital named), a listed body's paper about hospitals (全院 of each hospital), a 副院长 alone.
Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.enterprise import speaking_institution
from nlp_pipeline.pipeline import process_raw, raw_from_text

HOSPITAL_NEWS = """11月3日下午，我院在门诊楼六楼会议室召开冬季安全生产部署会议，副院长周立出席并讲话。
会议要求，各科室要在元旦期间加强值班值守，对科室安全开展一次自查。
会议强调，要加强对职工的安全知识培训，确保各类设备处于良好状态。
"""

COURT_NEWS = """11月3日下午，我院召开冬季安全生产部署会议，副院长周立出席并讲话。
会议要求，各庭室要在元旦期间加强值班值守，对办公区安全开展一次自查。
会议强调，要加强对干警的安全知识培训，确保各类设备处于良好状态。
"""


@pytest.mark.parametrize(
    ("issuer", "text", "expected"),
    [
        (None, "我院在门诊楼会议室召开安全会议，要求各科室自查。", ["医疗机构"]),
        (None, "信息来源：本院。会议要求保障医疗服务。", ["医疗机构"]),
        # 我院 of a court or an academy: no part of a hospital named
        (None, "我院召开安全会议，要求各庭室自查。", []),
        (None, "我院召开安全会议，要求各系部、实验室自查。", []),
        # a commission writes of each hospital's 全院, never 我院; a listed body is no institution's voice
        (None, "各医院要组织全院职工开展消防演练。", []),
        ("卫生健康部门", "我院在门诊楼会议室召开安全会议。", []),
        # a vice-president alone is no voice
        (None, "副院长带队检查门诊楼消防通道。", []),
    ],
)
def test_speaking_institution(issuer: str | None, text: str, expected: list[str]) -> None:
    assert speaking_institution(issuer, text) == expected


def test_a_hospitals_own_news_gives_its_tasks_and_the_document_the_hospital() -> None:
    record = process_raw(raw_from_text(HOSPITAL_NEWS, "news"))
    assert record.tasks
    assert all("医疗机构" in task.sectors for task in record.tasks)
    assert "医疗机构" in record.sectors


def test_a_courts_own_news_is_no_hospitals() -> None:
    record = process_raw(raw_from_text(COURT_NEWS, "news"))
    assert all("医疗机构" not in task.sectors for task in record.tasks)
    assert "医疗机构" not in record.sectors
