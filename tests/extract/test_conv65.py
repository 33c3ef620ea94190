"""conv65 (issue 13): an issuer printed alone on the line right above a 关于 title is the title's first line, with a
document number over it or not (57 golds to 32, GB/T 9704's composition); a body over the number over 关于, or a
`…文件` red-head, stays out. The issuer's name is no part of what the document is about: the readings of its topic
(`DocumentContext.subject`) take the title less it, so a flood office's name gives its tasks no sector of its own."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import title_subject
from nlp_pipeline.pipeline import process_raw, raw_from_text


def record_of(text: str):
    return process_raw(raw_from_text(text), doc_id="conv65")


NOTICE_BODY = "各乡镇人民政府：\n一、各乡镇要于6月10日前完成山塘水库隐患排查。\n二、各乡镇要落实24小时值班值守。\n"


@pytest.mark.parametrize(
    "head, title",
    [
        # the issuer alone over 关于, nothing above it
        ("柳湾县应急管理局\n关于做好汛期安全防范工作的通知\n", "柳湾县应急管理局关于做好汛期安全防范工作的通知"),
        # the same under the document number
        (
            "柳应急〔2026〕5号\n柳湾县应急管理局\n关于做好汛期安全防范工作的通知\n",
            "柳湾县应急管理局关于做好汛期安全防范工作的通知",
        ),
        # negative: the body over the document number over 关于 is the paper's header mark
        ("柳湾县应急管理局\n柳应急〔2026〕5号\n关于做好汛期安全防范工作的通知\n", "关于做好汛期安全防范工作的通知"),
        # negative: a red-head's 文件 line over 关于
        ("柳湾县人民政府文件\n关于做好汛期安全防范工作的通知\n", "关于做好汛期安全防范工作的通知"),
    ],
)
def test_an_issuer_alone_over_about_opens_the_title(head, title):
    assert record_of(head + NOTICE_BODY).meta.title == title


@pytest.mark.parametrize(
    "title, subject",
    [
        ("柳湾县防汛抗旱指挥部办公室关于防范强降雨的紧急提示", "关于防范强降雨的紧急提示"),
        ("中共柳湾镇委员会 柳湾镇人民政府关于印发《工作要点》的通知", "关于印发《工作要点》的通知"),
        # negatives: no issuer before 关于, or no 关于 at all
        ("关于防范强降雨的紧急提示", "关于防范强降雨的紧急提示"),
        ("全县防汛工作会议召开", "全县防汛工作会议召开"),
        (None, None),
    ],
)
def test_the_subject_of_a_title_leaves_its_issuer_out(title, subject):
    assert title_subject(title) == subject


def test_the_issuers_name_gives_the_tasks_no_sector():
    # a flood office's name (防汛抗旱 reads as 水利) over a warning on rain: read with the name, the title and the body
    # would name two topics and the tasks none; the title's subject leaves the body's one, the disaster
    record = record_of(
        "柳湾县防汛抗旱指挥部办公室\n关于防范新一轮强降雨天气的紧急提示\n各乡镇人民政府、县直有关单位：\n"
        "据气象部门预报，7月3日至5日我县将出现新一轮强降雨过程，局地有大暴雨，山洪地质灾害风险高。现就有关事项提示如下：\n"
        "一、各乡镇要立即进入临战状态，加强巡查盯守。\n二、各乡镇要于今晚8时前完成危险区域群众转移。\n"
        "三、各地要派技术人员驻守重点乡镇。\n"
    )
    assert record.meta.title == "柳湾县防汛抗旱指挥部办公室关于防范新一轮强降雨天气的紧急提示"
    assert [task.sectors for task in record.tasks] == [["自然灾害"]] * 3
