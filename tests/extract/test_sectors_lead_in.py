"""A task's sector from its item's lead-in (sectors12): the one sector of the sentence that
introduces the enumeration a task is an item of, when that sentence stands inside a numbered part
and the task gets no sector from its own words, a heading or a table. The document's preamble
lead-in is its topic, which the gold sets disagree on (docs/extraction.md), so it gives none."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.sectors import task_sectors
from nlp_pipeline.extract.structure import document_structure

NOTICE = """关于做好汛期安全防范工作的通知
各乡镇人民政府，县直有关部门：
为做好今年汛期安全防范工作，现就有关事项通知如下：
一、其他要求
各乡镇要抓好校园安全，做好以下工作：
1.组织一次应急疏散演练；
2.检查消防通道是否畅通，发现堵塞的立即清理。
二、重点整治
各乡镇要抓好道路运输和渡口安全，做好以下工作：
1.组织一次专项检查；
2.按时报送检查情况。
三、严格值班值守
各单位要严格落实24小时值班制度。
四、燃气安全
各地要做好以下工作：
1.逐户开展入户安检；
2.6月底前报送整改台账。
"""

FORWARDED = """县应急管理局关于转发有关通知的通知
各乡镇：
一、请各乡镇认真贯彻落实，并于6月25日前报送企业清单。
为防范危险化学品企业生产安全事故，现就有关工作通知如下。
（一）强化风险研判。
（二）严格值班值守，每日报告一次。
"""


def sectors_by_text(text: str) -> dict[str, list[str]]:
    """task_sectors of every sentence of `text`, by its text."""
    return {sentence.text: task_sectors(sentence) for sentence in document_structure(text).sentences}


@pytest.mark.parametrize(
    "text, sentence, expected",
    [
        # an item naming nothing takes the one sector of its lead-in inside the part
        (NOTICE, "1.组织一次应急疏散演练；", ["学校"]),
        # an item naming a sector of its own keeps its own only
        (NOTICE, "2.检查消防通道是否畅通，发现堵塞的立即清理。", ["消防"]),
        # a lead-in naming several: the items divide them, none is given
        (NOTICE, "1.组织一次专项检查；", []),
        (NOTICE, "2.按时报送检查情况。", []),
        # the document's preamble (汛期 topic) gives nothing: the gold sets disagree on the topic
        (NOTICE, "各单位要严格落实24小时值班制度。", []),
        # a heading naming one sector is nearer than the lead-in and gives its own
        (NOTICE, "1.逐户开展入户安检；", ["城镇燃气"]),
        # a forwarded notice's own preamble stands inside the forwarding item: its items take it
        (FORWARDED, "（一）强化风险研判。", ["危险化学品"]),
        (FORWARDED, "（二）严格值班值守，每日报告一次。", ["危险化学品"]),
        # the lead-in itself is no item of its own enumeration
        (NOTICE, "各乡镇要抓好校园安全，做好以下工作：", ["学校"]),
    ],
)
def test_item_takes_the_one_sector_of_its_lead_in(text, sentence, expected):
    assert sectors_by_text(text)[sentence] == expected


def test_extracted_item_carries_its_lead_in_sector():
    tasks = {task.source: task.sectors for task in extract_fields(NOTICE).tasks}
    assert tasks["1.组织一次应急疏散演练；"] == ["学校"]
    assert tasks["各单位要严格落实24小时值班制度。"] == []
