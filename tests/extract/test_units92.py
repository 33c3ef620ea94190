"""A firm's own offices, teams and staff named in forms the internal-party reader missed (issue 13, units92).

In an enterprise's own paper (extract/enterprise.py) a unit or a post that opens a clause or follows 由 is the party
of what follows, 企业. The reader now also takes: a post by its head morpheme 员 (材料员, 仓库保管员) and the post nouns
司机, 门卫, 监护人 (enterprise.toml `internal_party`); a team by its head 组 (设备组); a person's name after a unit as
well as after a post (前台服务部陶芳); and, after 由, any verb phrase as the party's act (由机修班于…前补装到位: 由 makes
the noun after it the agent). A name closed by a comma (组成联合检查组，) is no subject.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from .unit_views import mention, units_of_task_with

HEAD = "青禾精密铸造有限公司安全生产例会纪要\n一、会议议定事项\n"


def minutes(sentence: str) -> str:
    return HEAD + sentence + "\n"


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        # 由 hands the work to the unit: what follows is its act, whatever verb
        ("1.二号炉平台护栏松动，由维修班于5月20日前补焊到位；", "护栏松动", {"维修班"}),
        ("3.叉车通道标线磨损，由设备组联系厂家重新划线，月底前完成。", "标线磨损", {"设备组"}),
        # a post by its head morpheme 员, and the post nouns 司机, 门卫, 监护人
        ("材料员下午4点前把余料运回堆场，不得堆放在作业面。", "材料员", {"材料员"}),
        ("全厂铲车司机6月底前完成一次复训。", "铲车司机", {"全厂铲车司机"}),
        ("门卫实行双人值守，外来车辆一律登记。", "门卫", {"门卫"}),
        ("作业中出现异常，监护人立即命令撤离。", "监护人", {"监护人"}),
        # a person's name after a unit: the staff member who answers for it
        ("销售服务部吴宏伟负责在展厅增设禁烟标志，5月10日前完成。", "禁烟标志", {"销售服务部吴宏伟"}),
        # negative: 全员 and 动员 end no post
        ("第二，抓好全员培训。", "全员培训", set()),
        # negative: a team closed by a comma is what was formed, not the subject
        ("2.5月12日至16日，生产部会同安环部组成联合检查组，对各车间进行抽查。", "联合检查组", {"生产部", "安环部"}),
        # negative: a post's whole name, not the team before 长
        ("维修班长要每日检查焊机接地。", "焊机接地", {"维修班长"}),
    ],
)
def test_a_firms_own_unit_or_post_is_read(sentence, words, expected):
    assert units_of_task_with(minutes(sentence), words, mention) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a person's name alone after 由 (由马骏…提交): a place's name reads as one too (由江岚区…发送); not built",
)
def test_a_name_alone_after_you_is_the_party():
    sentence = "采购申请由孙立国5月12日前提交，5月25日前完成安装。"
    assert units_of_task_with(minutes(sentence), "采购申请", mention) == {"孙立国"}
