"""A mail at the text's top that carries a document (issue 14, chrome12): the mail's header, its
cover note to the recipients and the signature under it go when the mail's subject is printed again
below as the document's title; the document starts at that title's paragraph or at an earlier one
opening with a document number. A mail app's sender line (来自…邮箱) is chrome. Every text here is
invented; the negatives (a mail that is the document, a note that only names the title, a forward
quoting the original under its divider, a sentence that opens like a sender line) stay as they were."""

import pytest

from nlp_pipeline import normalize

HEADER = (
    "发件人：某某县应急局综合科 <zhk@example.cn>\n"
    "发送时间：2024年5月8日(星期三) 上午9:20\n"
    "收件人：各乡镇应急办\n"
    "主题：Fw：关于开展汛前尾矿库安全检查的通知\n"
)
NOTE = "各位好，通知正文附后，请查收并按要求办理。\n\n办公室 小林\n"
TITLE = "关于开展汛前尾矿库安全检查的通知"
BODY = "各乡镇人民政府：\n    各乡镇要在5月底前完成尾矿库隐患排查，对发现的问题立即整改。\n\n某某县应急管理局\n2024年5月7日\n"
BODY_OUT = (
    "各乡镇人民政府：\n各乡镇要在5月底前完成尾矿库隐患排查，对发现的问题立即整改。\n某某县应急管理局\n2024年5月7日"
)
SENT = "2024年5月8日（星期三） 上午9:20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document opens with its number above the title: header, note and signature go
        (
            f"{HEADER}\n{NOTE}\n某应急〔2024〕7号\n\n关于开展汛前尾矿库安全\n检查的通知\n\n{BODY}",
            f"某应急〔2024〕7号\n{TITLE}\n{BODY_OUT}",
        ),
        # a forward's divider above the header, the title wrapped, a mail app's line at the foot
        (
            f"-------- 转发邮件信息 --------\n{HEADER}\n{NOTE}\n关于开展汛前尾矿库安全\n检查的通知\n\n{BODY}"
            "\n______________\n来自某某邮箱大师\n",
            f"{TITLE}\n{BODY_OUT}",
        ),
        # negative: a subject the text does not print again is the mail's own; the mail is the document
        (
            HEADER.replace(f"Fw：{TITLE}", "五月安全检查安排")
            + "\n各乡镇应急办：\n    请于5月底前完成尾矿库隐患排查，对发现的问题立即整改。\n",
            f"五月安全检查安排\n{SENT}\n各乡镇应急办：\n请于5月底前完成尾矿库隐患排查，对发现的问题立即整改。",
        ),
        # negative: a note that names the title inside a sentence carries no document
        (
            f"{HEADER}\n各位好，现转发《{TITLE}》，请查收。\n",
            f"{TITLE}\n{SENT}\n各位好，现转发《{TITLE}》，请查收。",
        ),
        # negative: a forward quoting the original under its divider keeps its note (the realstyle
        # annotators kept it as the forwarding mail's text)
        (
            f"{HEADER}\n{NOTE}\n------------------ 原始邮件 ------------------\n\n{TITLE}\n\n{BODY}",
            f"{TITLE}\n{SENT}\n各位好，通知正文附后，请查收并按要求办理。\n办公室 小林\n{TITLE}\n{BODY_OUT}",
        ),
        # negative: a line of the body that opens like a sender line stays
        (
            f"{TITLE}\n各乡镇要在5月底前完成排查。\n发自内心地感谢各位的付出。",
            f"{TITLE}\n各乡镇要在5月底前完成排查。\n发自内心地感谢各位的付出。",
        ),
    ],
)
def test_a_mail_carrying_a_document_keeps_the_document(text, expected):
    assert normalize(text).text == expected
