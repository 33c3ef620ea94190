"""A title printed under its issuer and document number keeps the issuer (柳政发〔2024〕8号 /
某县人民政府 / 关于…的通知 → 某县人民政府关于…的通知), as most gold sets read it; a title that names its
own number in brackets is a title (analysis8 group 12), the number left out (meta62). Invented texts."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields

BODY = "各乡镇要在6月底前完成隐患排查，对发现的问题立即整改。"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            f"某政发〔2024〕8号\n某某县人民政府\n关于做好2024年安全生产工作的通知\n各乡镇人民政府：\n{BODY}",
            "某某县人民政府关于做好2024年安全生产工作的通知",
        ),
        # the title wrapped over two lines under the issuer
        (
            f"某安办〔2025〕3号\n某某市安全生产委员会办公室\n关于开展工贸行业有限空间\n作业安全专项整治的通知\n{BODY}",
            "某某市安全生产委员会办公室关于开展工贸行业有限空间作业安全专项整治的通知",
        ),
        # a law database's title with its number in brackets: the title, the number left out (meta62: a number has
        # a line of its own in the document, as the real pages' gold reads it)
        (
            "某某省安全生产委员会关于印发《2025年工作要点》的通知（某安〔2025〕2号）\n" f"各市人民政府：\n{BODY}",
            "某某省安全生产委员会关于印发《2025年工作要点》的通知",
        ),
        # an issuer line with no number above it opens the title too (conv65: 33 golds to 22) ...
        (f"某某县应急管理局\n关于开展汛前检查的通知\n各乡镇：\n{BODY}", "某某县应急管理局关于开展汛前检查的通知"),
        # negative: a red header's 文件 line above the number, no issuer line between them and the title
        (f"某某县人民政府文件\n某政发〔2024〕8号\n关于开展汛前检查的通知\n各乡镇：\n{BODY}", "关于开展汛前检查的通知"),
    ],
)
def test_issuer_above_the_title(text, title):
    assert extract_fields(text).meta.title == title


@pytest.mark.parametrize(
    ("text", "title", "doc_type"),
    [
        # a page that lost its title and opens with the addressee line: a notice to those parties
        (f"各县（市、区）人民政府，市政府直属各单位：\n{BODY}\n一、加强领导，明确职责。", None, "notice"),
        # the addressee line without its colon is no headline, and still says notice
        (f"某镇消防专班成员单位、各加油站企业、全镇各小作坊经营场所\n{BODY}\n2022年531", None, "notice"),
        # negative: a news report without a title stays news
        ("4月26日，某市召开安全生产视频会议。会议要求，各地要开展隐患排查。", None, "meeting_report"),
    ],
)
def test_pages_without_a_title(text, title, doc_type):
    meta = extract_fields(text).meta
    assert (meta.title, meta.doc_type) == (title, doc_type)
