"""A clause bound to a limit whose act is a submission to a body, a day written first with slashes, the act a
request asks of the party it names (issue 13, tasks73; docs/extraction.md). Each was measured and dropped: the
submission found its rows but they took other deadlines and sectors than the read gold, the slashed day lowered a
check set's task sectors, the request's act lowered five check sets. The positives stand as strict xfails; the
negatives hold today and must keep holding if any of them is built. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.tasks import sentence_is_task


@pytest.mark.xfail(strict=True, reason="tasks73: a submission to a body after a limit, measured and dropped")
@pytest.mark.parametrize(
    "sentence",
    [
        "年度总结请各分队于2027年1月15日前报中队。",
        "回执9月6日前交德育处。",
    ],
)
def test_a_submission_to_a_body_after_a_limit_is_a_task(sentence):
    assert sentence_is_task(sentence, "notice")


@pytest.mark.xfail(strict=True, reason="tasks73: a day written first with slashes as a limit, measured and dropped")
def test_a_slashed_day_first_limit_binds_its_act():
    assert sentence_is_task("计量室汇总各车间量具清单，于20/10/2026前形成校准报告。", "notice")


@pytest.mark.xfail(strict=True, reason="tasks73: the act a request asks of the party it names, measured and dropped")
def test_the_act_a_request_asks_of_its_party():
    assert sentence_is_task("王镇长请水利站与各村委会保持密切联系，随时掌握水情；", "meeting_report")


@pytest.mark.parametrize(
    ("sentence", "doc_type"),
    [
        # a verb of handing in that is part of another word, or reports
        ("记者于10月5日前往现场报道。", "news"),
        ("该厂已于9月6日前将整改报告报县应急局。", "notice"),
        # a request whose first word after 请 names no party
        ("收到请回复。", "notice"),
        ("如有疑问请致电联系人。", "notice"),
    ],
)
def test_no_submission_or_request_without_its_act(sentence, doc_type):
    assert not sentence_is_task(sentence, doc_type)
