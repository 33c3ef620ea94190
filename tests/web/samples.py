"""Texts written for these tests (not taken from any corpus), and a hand-built record of one."""

from __future__ import annotations

from nlp_pipeline.record import Change, Deadline, DocumentRecord, Meta, Normalization, Source, Task, Unit

GAS_NOTICE = """关于开展城镇燃气安全隐患专项整治的通知
2024年3月5日
各县（市、区）人民政府，市直有关单位：
为深刻吸取近期燃气爆炸事故教训，切实保障人民群众生命财产安全，经市政府同意，决定在全市开展城镇燃气安全隐患专项整治。现将有关事项通知如下。
一、全面排查燃气管网隐患
市住房城乡建设局牵头，市应急管理局、市市场监管局配合，6月底前完成全市老旧燃气管道隐患排查，建立问题清单和整改台账。
二、加强餐饮场所用气安全
各县（市、区）人民政府负责督促餐饮经营单位安装燃气泄漏报警装置，9月底前实现全覆盖。
三、严格执法检查
市市场监管局要加强燃气器具和钢瓶质量监督抽查，严禁销售不合格燃气器具。
四、强化宣传教育
市委宣传部负责组织开展燃气安全宣传进社区活动，年底前覆盖全部城镇社区。
市安委办
2024年3月5日
"""

HOSTILE_TITLE = '<script>alert("x")</script>燃气检查'


def _task(
    text: str,
    number: int,
    source: str,
    task: str,
    units: list[Unit],
    deadline: Deadline | None,
    sectors: list[str],
    modality: str = "must",
) -> Task:
    start = text.index(source)
    return Task(
        id=f"T{number}",
        text=task,
        source=source,
        start=start,
        end=start + len(source),
        units=units,
        deadline=deadline,
        sectors=sectors,
        modality=modality,
        section="一、全面排查燃气管网隐患" if number == 1 else None,
    )


def gas_notice_record(title: str = "关于开展城镇燃气安全隐患专项整治的通知") -> DocumentRecord:
    """The record a perfect pipeline would give for GAS_NOTICE, with two recorded changes."""
    text = GAS_NOTICE.replace("关于开展城镇燃气安全隐患专项整治的通知", title, 1)
    first = "市住房城乡建设局牵头，市应急管理局、市市场监管局配合，6月底前完成全市老旧燃气管道隐患排查，建立问题清单和整改台账。"
    second = "市市场监管局要加强燃气器具和钢瓶质量监督抽查，严禁销售不合格燃气器具。"
    tasks = [
        _task(
            text,
            1,
            first,
            "完成全市老旧燃气管道隐患排查",
            [
                Unit("市住房城乡建设局", "住房和城乡建设部门", "lead"),
                Unit("市应急管理局", "应急管理部门", "cooperating"),
                Unit("市市场监管局", "市场监督管理部门", "cooperating"),
            ],
            Deadline("6月底前", "2024-06-30", "date"),
            ["城镇燃气"],
        ),
        _task(
            text,
            2,
            second,
            "严禁销售不合格燃气器具",
            [Unit("市市场监管局", "市场监督管理部门", "responsible")],
            None,
            ["城镇燃气"],
            "prohibit",
        ),
    ]
    # both edits keep the length, so their offsets are also their places in the final text
    changes = [Change("t2s", "燃氣", "燃气", text.index("燃气")), Change("punctuation", ",", "，", text.index("，"))]
    return DocumentRecord(
        doc_id="gas_notice",
        source=Source(format="txt", encoding="gb18030"),
        meta=Meta(title=title, date="2024-03-05", doc_type="notice", issuer="市安委办"),
        text=text,
        normalization=Normalization("mixed", changes, {"t2s": 1, "punctuation": 1}),
        sectors=["城镇燃气"],
        tasks=tasks,
    )
