"""A limit before an event that opens its clause (issue 13, dl78; docs/extraction.md, "A limit before any event
that opens its clause, measured and left out"). `外来施工人员进厂前完成培训`, `烘炉点火前，由…`, `住校生离校前须…`: the
clause's first words up to 前 name an event and time the clause's action (kind date, date null). Measured on every
set and dropped (check sets fell: a prohibition until a state holds, `整改完成前不得…`, reads the same way), so the
positive cases are strict xfails; the negative cases are what any later reading must keep. Texts are written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_pipeline.extract.deadlines import find_deadline

from .deadline_cases import triple

DAY = dt.date(2026, 1, 10)


def deadline(sentence: str) -> tuple[str, str | None, str] | None:
    return triple(find_deadline(sentence, DAY))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("外来施工单位人员进厂前完成安全培训考核，考核不合格一律不得入厂。", ("外来施工单位人员进厂前", None, "date")),
        ("寄宿学生离校前须由班主任逐一清点人数。", ("寄宿学生离校前", None, "date")),
        ("各渔业合作社建立船员花名册，开渔前报所在镇备案。", ("开渔前", None, "date")),
        ("县教育局督促各中学排查在建工程，暑期施工高峰前完成全面排查。", ("暑期施工高峰前", None, "date")),
    ],
)
@pytest.mark.xfail(strict=True, reason="dl78: the clause-opening event limit lowered 23 sets; not built")
def test_an_event_opening_its_clause_limits_the_action(sentence, expected):
    assert deadline(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a calendar date in the same sentence is the sharper limit
        ("新招员工进厂前完成三级教育，3月15日前报送培训台账。", ("3月15日前", "2026-03-15", "date")),
        # another timing reads the words: the holiday's and the season's own readers keep them
        ("春节前全部完成燃气管网通气验收。", ("春节前", "2026-02-16", "date")),
        ("各单位5月底前完成自查。", ("5月底前", "2026-05-31", "date")),
        # a prohibition until a state holds is a condition, not a limit (the class that sank the reading)
        ("隐患整改完成前，不得恢复生产。", None),
        # a modal or a work verb before 前: the event is a noun's time inside the object
        ("各单位要开展岗前培训。", None),
        ("组织节后复工前安全检查", ("节后复工前", None, "date")),
        # 前 that opens a word, and the words of a present time
        ("前期工作已经完成。", None),
        ("当前要做好隐患排查。", None),
        ("目前，各单位正在整改。", None),
    ],
)
def test_what_is_no_opening_event(sentence, expected):
    assert deadline(sentence) == expected


@pytest.mark.xfail(
    strict=True, reason="事前 after 于 is left out: 事 before 前 is the same character as in 事前/此前 words"
)
def test_beforehand_after_yu():
    assert deadline("委托单位应于事前告知承包方作业风险。") == ("于事前", None, "date")
