"""A title never glued to what follows it (issue 14, judge50): on a page pasted onto one line, the
space after a title that ends on a document's noun (line_kinds `title_end`: 通知, 通告, 计划书 …)
and before its body's first words (`body_opener`: 为, 根据, 近日 …) or its addressee line (各…：) is the
title's line break, not a stray space between Chinese characters to delete (layout
`title_before_body`); and a leftover menu line above a title is never read as the title's first
half (layout `title_tail`, MENU_GAPS). Every text here is invented; negatives keep what must stay."""

import pytest

from nlp_pipeline import normalize
from nlp_pipeline.normalize.layout import repair_layout

# (text on one line, the title line the output must hold, the line that must follow it)
TITLE_THEN_BODY = [
    (
        "临河县应急管理局关于做好汛期地质灾害防范工作的通知 为切实做好今年汛期地质灾害防范工作，"
        "保障群众生命财产安全，现将有关事项通知如下：请各乡镇于6月10日前完成隐患点排查。",
        "临河县应急管理局关于做好汛期地质灾害防范工作的通知",
        "为切实做好今年汛期地质灾害防范工作，",
    ),
    (
        "某某县安委会办公室关于开展燃气安全专项检查的紧急通知 各乡镇人民政府、街道办事处,县直有关单位:"
        "请各单位立即组织力量对辖区燃气用户开展一次全面检查。",
        "某某县安委会办公室关于开展燃气安全专项检查的紧急通知",
        "各乡镇人民政府、街道办事处，县直有关单位：",
    ),
    (
        "校园食品安全检查工作计划书 根据县教育局有关要求，结合我校实际，制定本计划。"
        "学校每月对食堂开展一次全面检查，发现问题立即整改。",
        "校园食品安全检查工作计划书",
        "根据县教育局有关要求，",
    ),
    (
        "近期防汛要闻 西河区农业农村局关于做好夏季禁渔期管理的通告 近日，我区进入夏季禁渔期，"
        "禁渔期内禁止一切捕捞作业，违者依法查处。",
        "西河区农业农村局关于做好夏季禁渔期管理的通告",
        "近日，我区进入夏季禁渔期，",
    ),
]


@pytest.mark.parametrize(("text", "title", "body"), TITLE_THEN_BODY)
def test_title_keeps_its_own_line_before_the_body(text, title, body):
    lines = normalize(text).text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.endswith(title))
    assert lines[at + 1].startswith(body)


# a browser's buttons left above the title (read as the title's first line, the title under it as a
# heading that ends as a title does: title_tail joined them)
MENU_THEN_TITLE = (
    "向后 向前 收藏转发 简洁版\n江北市应急管理局关于加强汛期尾矿库安全管理的通知\n2024-05-06\n各区县应急管理局：\n"
)


def test_menu_line_never_runs_onto_the_title():
    text, _ = repair_layout(MENU_THEN_TITLE)
    assert "江北市应急管理局关于加强汛期尾矿库安全管理的通知" in text.split("\n")
    assert "江北市应急管理局关于加强汛期尾矿库安全管理的通知" in normalize(MENU_THEN_TITLE).text.split("\n")


# a space inside a sentence: deleted, whatever noun stands before it
JOINED = [
    # 通知要求 in running text: the noun before the space is no title, 要求 opens no body
    ("县政府下发通知 要求各乡镇在月底前完成隐患排查，确保不留死角。", "县政府下发通知要求各乡镇在月底前完成隐患排查"),
    # a clause ending on a title noun, with its subject and 要: no title, though 根据 follows
    (
        "各乡镇要认真落实县政府工作方案 根据实际情况制定细则，确保落实到位。",
        "各乡镇要认真落实县政府工作方案根据实际情况制定细则",
    ),
    # the noun after a comma inside the sentence
    (
        "近日，县里印发了专项整治方案 为各单位开展工作提供依据。",
        "近日，县里印发了专项整治方案为各单位开展工作提供依据。",
    ),
    # a spaced phrase inside a body line, no title noun before the space
    (
        "各单位要加强值班值守 严格执行领导带班制度，确保信息畅通，遇有险情及时报告。",
        "各单位要加强值班值守严格执行领导带班制度",
    ),
    # a title noun, then a space before words that open no body
    ("会议传达学习了省里的通知 精神，并对下一步工作作出部署。", "会议传达学习了省里的通知精神，"),
]


@pytest.mark.parametrize(("text", "joined"), JOINED)
def test_space_inside_a_sentence_still_goes(text, joined):
    out = normalize(text).text
    assert joined in out
    assert out.count("\n") <= 1


# since chrome100 the headline-before-lede break (layout headline_before_lede) parts these at the body's top
def test_title_before_a_body_opening_otherwise():
    text = "关于做好节日期间安全生产工作的通知 春节将至，各地人员流动增加，请各单位认真排查隐患。"
    assert "关于做好节日期间安全生产工作的通知" in normalize(text).text.split("\n")
