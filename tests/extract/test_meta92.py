"""A letter carried below another writer's text keeps its issuer in its title; a joint letterhead is the title's first
part (issue 13, meta92). Under a forwarding mail's note or an OA record's opinions, the carried letter opens as printed
(its issuer's line, 关于…, then its number or its addressee) and the title is the issuer's line joined to 关于…; a line
of two issuers' names set apart by a space over 关于… is read with it whether a number stands over it or not. Near
misses: a letter heading its own copy with nothing written above it (the older golds read that layout both ways), a
firm's signature over a repeated subject line. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.meta import issuer_of_a_carried_letter, joint_issuers
from nlp_pipeline.pipeline import process_raw, raw_from_text


def record_of(text: str):
    return process_raw(raw_from_text(text), doc_id="m92")


LETTER_BODY = (
    "经查，你县部分餐饮场所燃气管道老化、报警装置缺失，存在重大事故隐患。\n"
    "一、请你局于4月20日前完成全部隐患整改，整改情况书面报市安委办。\n"
    "二、各乡镇要在4月底前组织开展一次复查。\n"
    "青州市安全生产委员会办公室\n"
    "2026年4月3日\n"
)

FORWARD_NOTE = (
    "县住建局办公室：\n督办函正式文件已通过公文交换系统下发，现将电子版转发你们，请按时整改。收到请回复。\n李工\n"
)


@pytest.mark.parametrize(
    "head, title",
    [
        # a forwarding mail's note over the letter, the letter with its number under the title
        (
            FORWARD_NOTE + "青州市安全生产委员会办公室\n关于督办餐饮场所燃气安全隐患整改的函\n青安办函〔2026〕12号\n"
            "柳溪县人民政府：\n",
            "青州市安全生产委员会办公室关于督办餐饮场所燃气安全隐患整改的函",
        ),
        # the same with the addressee right under the title, no number
        (
            FORWARD_NOTE + "青州市安全生产委员会办公室\n关于督办餐饮场所燃气安全隐患整改的函\n柳溪县人民政府：\n",
            "青州市安全生产委员会办公室关于督办餐饮场所燃气安全隐患整改的函",
        ),
        # a committee's inspection team issues its own feedback
        (
            FORWARD_NOTE
            + "青州市安全生产委员会第二督查组\n关于柳溪县燃气安全专项检查的督查反馈意见\n柳溪县住房和城乡建设局：\n",
            "青州市安全生产委员会第二督查组关于柳溪县燃气安全专项检查的督查反馈意见",
        ),
        # a joint letterhead over 关于, the number under the title
        (
            "中共柳溪镇委员会 柳溪镇人民政府\n关于印发《柳溪镇2026年安全生产工作要点》的通知\n柳发〔2026〕3号\n"
            "各村（社区），镇直各单位：\n",
            "中共柳溪镇委员会 柳溪镇人民政府关于印发《柳溪镇2026年安全生产工作要点》的通知",
        ),
        # the letter heading its own copy, nothing written above its issuer: the issuer line opens the title (conv65)
        (
            "青州市安全生产委员会办公室\n关于督办餐饮场所燃气安全隐患整改的函\n柳溪县人民政府：\n",
            "青州市安全生产委员会办公室关于督办餐饮场所燃气安全隐患整改的函",
        ),
    ],
)
def test_the_title_of_a_letter_by_what_stands_above_it(head, title):
    assert record_of(head + LETTER_BODY).meta.title == title


@pytest.mark.parametrize(
    "paragraphs, title",
    [
        # the carried letter under a note
        (
            ["请阅处。", "青州市应急管理局", "关于开展燃气安全检查的通知", "各乡镇人民政府："],
            "青州市应急管理局关于开展燃气安全检查的通知",
        ),
        # near miss: a firm's signature over the repeated subject, a mail header under it; the letter further down
        (
            [
                "请各部门抓紧落实。",
                "安全环保部",
                "青州化工有限公司",
                "关于约谈青州化工有限公司主要负责人的通知",
                "2026年3月2日 15:20",
                "柳溪县应急管理局",
                "关于约谈青州化工有限公司主要负责人的通知",
                "柳应急函〔2026〕8号",
            ],
            "柳溪县应急管理局关于约谈青州化工有限公司主要负责人的通知",
        ),
        # near miss: a post's headline holding a ！ and its stamp above the letter, no running text
        (
            [
                "紧急提醒！事关汛期安全",
                "2026年6月1日 19:05",
                "青州市应急管理局",
                "关于开展燃气安全检查的通知",
                "各乡镇人民政府：",
            ],
            "关于开展燃气安全检查的通知",
        ),
        # near miss: nothing written above the issuer's line
        (["青州市应急管理局", "关于开展燃气安全检查的通知", "各乡镇人民政府："], "关于开展燃气安全检查的通知"),
        # near miss: a headline is no 关于 title
        (["请阅处。", "青州市应急管理局", "全市开展燃气安全检查", "各乡镇人民政府："], "全市开展燃气安全检查"),
    ],
)
def test_issuer_of_a_carried_letter(paragraphs, title):
    bare = title[title.index("关于") :] if "关于" in title else title
    assert issuer_of_a_carried_letter(bare, paragraphs) == title


@pytest.mark.parametrize(
    "line, joint",
    [
        ("中共柳溪镇委员会 柳溪镇人民政府", True),
        ("柳溪县应急管理局　柳溪县住房和城乡建设局", True),
        # near misses: one issuer; a name and a date; a name and a word that is no body
        ("柳溪县应急管理局", False),
        ("柳溪县应急管理局 2026年4月3日", False),
        ("柳溪县应急管理局 文字材料", False),
    ],
)
def test_joint_issuers(line, joint):
    assert joint_issuers(line) is joint


def test_a_post_headline_after_an_emoji_is_the_title():
    post = (
        "原创 柳溪镇融媒体中心 柳溪发布 2026年11月20日 18:30\n关注\n⚠️紧急通知丨入冬后这几件事，柳溪人务必上心！\n"
        "各村（社区）：\n近日气温走低，为确保群众平安过冬，现将有关事项通知如下。\n一、各村要在12月5日前完成取暖户走访。\n"
    )
    assert record_of(post).meta.title == "紧急通知丨入冬后这几件事，柳溪人务必上心！"
