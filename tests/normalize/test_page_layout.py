"""Page layout: a document hard-wrapped at one short width, a chat group's copy, page furniture."""

import pytest

from nlp_pipeline.normalize import normalize
from nlp_pipeline.normalize.boilerplate import remove_boilerplate
from nlp_pipeline.normalize.chat_copy import repair_chat_copy
from nlp_pipeline.normalize.layout import document_wrap_width, repair_layout
from nlp_pipeline.normalize.lines import read_lines

# a notice copied from a phone page, wrapped at ten Chinese characters (20 display columns)
MOBILE = """各乡镇人民政府，县安
委会有关成员单位：
  入汛以来，我县降雨
偏多，山洪地灾隐患点
增加。为做好防范工作
，现将有关事项通知如
下：
  一、排查整治
  1.各乡镇要组织村组
对辖区隐患点逐一排查
，8月10日前完成首轮
排查并建立台账；县自
然资源局负责技术指导
。
  2.县水利局对小型水
库开展巡查，汛期每日
“一巡一报”。"""

MOBILE_JOINED = [
    "各乡镇人民政府，县安委会有关成员单位：",
    "入汛以来，我县降雨偏多，山洪地灾隐患点增加。为做好防范工作，现将有关事项通知如下：",
    "一、排查整治",
    "1.各乡镇要组织村组对辖区隐患点逐一排查，8月10日前完成首轮排查并建立台账；县自然资源局负责技术指导。",
    "2.县水利局对小型水库开展巡查，汛期每日“一巡一报”。",
]


def layout_lines(text: str) -> list[str]:
    return repair_layout(text)[0].split("\n")


def test_short_wrapped_document_rejoins_whatever_the_next_line_starts_with():
    assert layout_lines(MOBILE) == MOBILE_JOINED


@pytest.mark.parametrize(
    "text",
    [
        # clean prose: one paragraph a line, lengths of every kind
        "各乡镇人民政府：\n为做好防汛工作，现通知如下。\n一、压实责任\n各乡镇要落实包保责任制，明确到人。\n二、加强值守\n"
        "县防办实行24小时值班。\n三、及时报告\n发现险情立即报告县防办，不得迟报漏报。\n县防汛抗旱指挥部\n2025年7月1日",
        # a list of short units, each a line: the same width, but every one ends or none runs on
        "县应急管理局。\n县住建局。\n县交通局。\n县水利局。\n县农业局。\n县林业局。\n县公安局。\n县卫健局。\n县教育局。",
    ],
)
def test_documents_that_were_never_wrapped_have_no_width(text):
    stripped = [line.strip() for line in text.split("\n")]
    kinds = [line.kind for line in read_lines(text)]
    assert document_wrap_width(stripped, kinds) is None
    assert repair_layout(text)[0] == text


@pytest.mark.parametrize(
    ("text", "kept_break"),
    [
        # a sentence's end breaks, even in a full line
        (MOBILE.replace("首轮\n排查", "首轮排查。\n排查"), "首轮排查。\n排查"),
        # an item marker opens a line of its own
        (MOBILE, "技术指导。\n2.县水利局"),
    ],
)
def test_wrapped_document_still_breaks_at_ends_and_items(text, kept_break):
    assert kept_break in repair_layout(text)[0]


CHAT = """防汛工作群（32）
县防办-王明  7月11日 21:07
【紧急通知】
各乡镇：
据气象台预报，12日夜间
我县有强降雨，
请各乡镇12日18时前完成
危险区人员转移。
1.各乡镇主要负责同志
即刻在岗。
[图片]
柳河镇-孙浩  21:11
柳河镇收到
石门乡防汛办  21:12收到，马上
安排
县防办-王明  21:30
还有两个乡镇没回复"""


def test_chat_copy_loses_its_sender_lines_and_joins_each_message():
    text, changes = repair_chat_copy(CHAT)
    assert [line for line in text.split("\n") if line] == [
        "【紧急通知】",  # the window's title bar (防汛工作群（32）) went with the sender lines
        "各乡镇：",
        "据气象台预报，12日夜间我县有强降雨，请各乡镇12日18时前完成危险区人员转移。",
        "1.各乡镇主要负责同志即刻在岗。",
        "柳河镇收到",
        "收到，马上安排",
        "还有两个乡镇没回复",
    ]
    assert changes and all(change.step == "chat_copy" for change in changes)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's schedule: times after names, but in a row, no message under each
        "会议议程\n开幕式  9:00\n分组讨论  10:30\n大会交流  14:00\n总结讲话  16:00",
        # two sender lines only: not enough to call it a chat
        "县防办-王明  21:07\n请各乡镇报送\n情况\n柳河镇-孙浩  21:11\n收到",
        "各单位要在7月11日前报送。\n会议时间：9:30\n地点：县政府三楼会议室",
    ],
)
def test_text_that_is_no_chat_copy_is_untouched(text):
    assert repair_chat_copy(text) == (text, [])


PAGED = """（一）隐患整改不到位。城南街道对交办的加工厂
粉尘涉爆问题上报已整改。

青川县安委办工作通报          2025年

                  - 1 -

（二）施工现场管理松散。各责任单位要按期整改，整改完成后由属地
组织核查。

青川县安委办工作通报          2025年

                  - 2 -

行业主管部门要加强督导。

青川县安委办工作通报          2025年

                  — 3 —
"""


def test_running_footer_and_page_marks_go_and_the_halves_meet():
    text, changes = remove_boilerplate(PAGED)
    assert "督办通报" not in text and "- 1 -" not in text and "— 3 —" not in text
    assert "组织核查。\n\n行业主管部门" in text  # a paragraph that ended stays apart
    assert changes
    joined = normalize(PAGED.replace("组织核查。\n", "组织核查，\n")).text
    assert "组织核查，行业主管部门要加强督导。" in joined


@pytest.mark.parametrize(
    "text",
    [
        # a field repeated under each item is the document's text
        "一、排查\n责任单位：县应急管理局\n\n二、整改\n责任单位：县应急管理局\n\n三、验收\n责任单位：县应急管理局",
        # the same short reply three times
        "同意。\n\n同意。\n\n同意。",
        # a line said twice only
        "县安委办督办通报\n\n正文一段。\n\n县安委办督办通报",
    ],
)
def test_lines_said_again_that_are_no_running_headers_stay(text):
    assert remove_boilerplate(text)[0] == text
