"""A date after an issuer's name or a masthead, with no date label, in a line that is no date line.

The issuer and masthead patterns have no `label` group; a sentence without 。 whose opening reads as a body's
name (a school, a government) before a date used to raise IndexError and fail the whole document.
"""

import pytest

import nlp_pipeline
from nlp_pipeline.extract.meta import line_date

NOT_DATE_LINES = [
    # a school's name, a date, then a request: a sentence whose full stop the copy lost
    "鉴于某市立第二中学2025年3月2日发生火灾事故，请各校落实用电与消防管理",
    "某县人民政府2024年5月6日起施行的办法，请各乡镇对照执行",
    "某区应急管理局2023年9月1日组织检查，发现问题十二项",
]

DATE_LINES = [
    # an issuer and its date run together: still the signature's date
    ("某县人民政府2023年11月3日", "2023-11-03"),
    ("发布时间：2024-06-13 09:41 来源：县应急管理局", "2024-06-13"),
]


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_a_name_before_a_date_in_a_sentence_is_no_date_line(line: str) -> None:
    assert line_date(line) is None


@pytest.mark.parametrize(("line", "expected"), DATE_LINES)
def test_date_lines_still_read(line: str, expected: str) -> None:
    found = line_date(line)
    assert found is not None
    assert found[0].isoformat() == expected


def test_a_letter_holding_such_a_line_is_processed() -> None:
    text = (
        "关于加强校园用电安全管理的函\n"
        "各中小学校：\n"
        "鉴于某市立第二中学2025年3月2日发生火灾事故，请各校落实用电与消防管理\n"
        "一、各校要于2025年3月20日前完成电气线路排查。\n"
        "某县教育局\n"
        "2025年3月5日\n"
    )
    record = nlp_pipeline.extract(text)
    assert record.meta.date == "2025-03-05"
    assert any("电气线路排查" in task.text for task in record.tasks)
