"""An office named by its work and the head 所 (issue 13, units72).

所 ends the name of many a grass-roots office (a county's 海事所, a town's 农机安全监理所, 财政所) that no alias
names whole, and also common words (场所, 住所, 诊所). unit_rules.toml domain_body reads such a name only where a
domain word of unit_domains.tsv stands in it before its end, and that word decides its department (a place before
the office's kind, 东岭派出所, is units80's station named by its place). A team (队) read the same way
lowered a check set: left out, a strict xfail below. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.units import find_units

OFFICES = [
    # (sentence, (mention, canonical) found)
    ("县地方海事所要在汛前完成渡口渡船安全检查。", [("县地方海事所", "海事部门")]),
    ("镇农机安全监理所要加强拖拉机安全检验。", [("镇农机安全监理所", "农业农村部门")]),
    ("各乡镇、县地方海事所按职责做好停渡管理。", [("各乡镇", "乡镇街道"), ("县地方海事所", "海事部门")]),
    # negatives: a place, a home and a clinic end in 所 and name no body; an office whose name holds no domain word
    ("人员密集场所要落实消防安全主体责任。", [("人员密集场所", "企业")]),
    ("居民住所要配备简易灭火器材。", []),
    ("县律师事务所要做好法律咨询。", []),
    ("镇派出所要加强节日期间巡逻。", [("镇派出所", "公安机关")]),  # an alias reads it as before
    # a place before the office's kind (the domain word ends the name): the station rule's prefix (units80)
    ("东岭派出所要加强节日期间巡逻。", [("东岭派出所", "公安机关")]),
]


@pytest.mark.parametrize(("sentence", "found"), OFFICES)
def test_an_office_named_by_its_work(sentence, found):
    assert [(u.mention, u.canonical) for u in find_units(sentence)] == found


@pytest.mark.xfail(strict=True, reason="a team by its domain word (队) lowered realstyle_sealed7 (units72)")
def test_a_team_named_by_its_work():
    assert [(u.mention, u.canonical) for u in find_units("县森林消防专业队要保持一级战备状态。")] == [
        ("县森林消防专业队", "消防救援机构")
    ]
