"""The issuer speaking of itself: 本局, 我办 and the issuer's own sections (综合协调科, 局机关各科室,
执法大队) take the canonical unit of the document's issuer (ANNOTATION.md, units), which the
per-document context finds in the metadata; a document naming no issuer keeps none of them."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.context import issuer_canonical
from nlp_pipeline.extract.units import ISSUER, find_units, resolve_issuer_references
from nlp_pipeline.record import Meta, Unit

from .unit_views import pair, units_per_task


def mentions(sentence: str, *, listed: bool = False) -> list[tuple[str, str]]:
    return [(unit.mention, unit.canonical) for unit in find_units(sentence, listed=listed)]


@pytest.mark.parametrize(
    ("sentence", "listed", "expected"),
    [
        ("本局将于6月底前组织专项检查。", False, [("本局", ISSUER)]),
        ("我办要加强统筹调度。", False, [("我办", ISSUER)]),
        ("局机关各科室要认真落实。", False, [("局机关各科室", ISSUER)]),
        ("执法大队要加强夜间巡查。", False, [("执法大队", ISSUER)]),
        ("检查人员应以编组方式实施清查。", False, [("检查人员", ISSUER)]),
        ("综合协调科、执法监督科", True, [("综合协调科", ISSUER), ("执法监督科", ISSUER)]),
        # negative: 我们 names no party; 本单位 as an object is the enterprise's own, not an addressee
        ("我们要坚持人民至上、生命至上。", False, []),
        ("各工贸企业要对本单位有限空间开展辨识。", False, [("各工贸企业", "企业")]),
        # negative: a place before the team makes it a named body, not a section of the issuer
        ("县消防救援大队要加强检查。", False, [("县消防救援大队", "消防救援机构")]),
        ("县交通运输综合行政执法大队要加强巡查。", False, [("县交通运输综合行政执法大队", "交通运输部门")]),
        # negative: a section of another named body is that body's; 王科长 is a person
        ("县燃气专班设在县住建局城建股，负责日常调度。", False, [("县住建局城建股", "住房和城乡建设部门")]),
        ("区应急局王科长特别交代，要及时报告。", False, [("区应急局", "应急管理部门")]),
        # negative: 局长 is a person of the bureau, 科学 no section
        ("局长办公会议研究了有关事项。", False, []),
        ("要科学制定工作方案。", False, []),
    ],
)
def test_self_references_are_found_as_the_issuer(sentence, listed, expected):
    assert mentions(sentence, listed=listed) == expected


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("应急管理部门", [("本局", "应急管理部门"), ("县住建局", "住房和城乡建设部门")]),
        (None, [("县住建局", "住房和城乡建设部门")]),  # no issuer: the self-reference is dropped
    ],
)
def test_resolving_self_references(issuer, expected):
    units = [Unit("本局", ISSUER), Unit("县住建局", "住房和城乡建设部门"), Unit("本局", ISSUER)]
    assert [(u.mention, u.canonical) for u in resolve_issuer_references(units, issuer)] == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (Meta(title="青禾县应急管理局关于开展汛期安全检查的通知", issuer="青禾县应急管理局"), "应急管理部门"),
        (Meta(title="关于印发《临川市港航发展中心2025年安全生产工作要点》的通知"), "交通运输部门"),
        (Meta(title="石溪县人民政府办公室关于做好防汛工作的通知", issuer="石溪县人民政府办公室"), "政府"),
        (Meta(title="消防机关办理消防安全检查注意事项"), "消防救援机构"),  # a body opening the title
        # negative: a title that names no body or only a plural of bodies, and no issuer
        (Meta(title="各乡镇要加强汛期值守"), None),
        (Meta(title="在全县安全生产工作会议上的讲话"), None),
        (Meta(title=None), None),
    ],
)
def test_issuer_canonical_of_the_metadata(meta, expected):
    assert issuer_canonical(meta) == expected


NOTICE_BY_A_BUREAU = """青禾县应急管理局关于开展汛期危险化学品安全检查的通知

各乡镇人民政府，县直有关单位，各危险化学品生产经营企业：
为做好今年汛期安全防范工作，现将有关事项通知如下。
一、各危险化学品企业要在6月20日前完成储罐区防雷防静电设施检测。
二、本局将于6月下旬组织开展专项检查，对检查中发现的重大事故隐患挂牌督办。
三、局机关各科室要按照职责分工，加强对企业的指导服务。（责任科室：危化品监管科、执法监督科）

青禾县应急管理局
2025年6月5日
"""

SPEECH_WITH_WE = """在全县安全生产工作会议上的讲话

同志们：
我们要坚持人民至上、生命至上，把安全生产摆在更加突出的位置。
各乡镇要在7月底前完成辖区企业隐患排查。
"""

NO_ISSUER = """关于加强汛期安全工作的几点意见

一、本局将于6月底前组织开展专项检查。
二、各乡镇要在7月底前完成辖区企业隐患排查。
"""

COVER_LETTER = """关于印发《临川市港航发展中心2025年安全生产工作要点》的通知

中心各科室，各港航管理站：
现将要点印发给你们，请认真贯彻执行。
1.对全市渡口开展季度检查，年底前完成渡口设施改造。
责任科室：航政科
"""


def units_by_task(text: str) -> list[list[tuple[str, str]]]:
    return units_per_task(text, pair)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            NOTICE_BY_A_BUREAU,
            [
                [("各危险化学品企业", "企业")],
                [("本局", "应急管理部门")],
                [
                    ("局机关各科室", "应急管理部门"),
                    ("危化品监管科", "应急管理部门"),
                    ("执法监督科", "应急管理部门"),
                ],
            ],
        ),
        (SPEECH_WITH_WE, [[], [("各乡镇", "乡镇街道")]]),
        (NO_ISSUER, [[], [("各乡镇", "乡镇街道")]]),  # as before the issuer was known: 本局 is nobody
        (COVER_LETTER, [[("航政科", "交通运输部门")]]),
    ],
)
def test_documents_give_self_references_their_issuer(text, expected):
    assert units_by_task(text) == expected


def self_reference_units(text: str, task_start: str) -> list[tuple[str, str]]:
    (task,) = [task for task in extract_fields(text).tasks if task.source.startswith(task_start)]
    return [(unit.mention, unit.canonical) for unit in task.units]


@pytest.mark.parametrize(
    ("text", "task_start", "expected"),
    [
        # a report naming no issuer: the agency that opens the paragraph's latest sentence speaks of itself
        (
            "劳工处重申，保障工人安全是重点工作。未来当局会继续进行突击巡查。\n",
            "未来当局",
            [("当局", "人力资源和社会保障部门")],
        ),
        (
            "屋宇署表示，将加强对旧楼的巡查。署方会于下月公布巡查结果。\n",
            "署方",
            [("署方", "住房和城乡建设部门")],
        ),
        (
            "消防处今日起展开大厦消防装置巡查。如发现违规，处方会提出检控。\n",
            "如发现违规",
            [("处方", "消防救援机构")],
        ),
        # negatives: a kind of party speaks for no agency; the agency of another paragraph does not reach
        ("承建商须确保工人佩戴安全带。当局会继续进行突击巡查。\n", "当局会", []),
        ("劳工处重申，保障工人安全是重点工作。\n未来当局会继续进行突击巡查。\n", "未来当局", []),
    ],
)
def test_an_agencys_self_reference_takes_the_agency_that_opens_its_paragraph(text, task_start, expected):
    assert self_reference_units(text, task_start) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("未来当局会继续进行突击巡查。", [("当局", ISSUER)]),
        # negative: other authorities (有关当局) are no self-reference
        ("有关当局会继续跟进事件。", []),
    ],
)
def test_the_authorities_are_the_agency_speaking_of_itself(sentence, expected):
    assert mentions(sentence) == expected
