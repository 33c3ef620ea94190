"""A headline set off from its lede by a space on one line at the body's top (issue 14, chrome100).

A page copied without its line breaks leaves a headline, a space and the lede's first sentence on one line; the
layout step used to remove the space between Han characters and the headline ran into the body. At the body's
top (no line above holding a sentence's or clause's mark) a Han-only run of a title's length, with at most one
inner space and no clause's mark, before the space run just ahead of the line's first sentence end is the headline: the
space becomes its line break and the headline keeps its own space. Near misses: a line under a sentence, a
menu's row, a chrome credit, a name before its verb, a heading, a clause of obligation. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.normalize.layout import repair_layout
from nlp_pipeline.pipeline import process_raw, raw_from_text


def lines_of(text: str) -> list[str]:
    return repair_layout(text)[0].split("\n")


@pytest.mark.parametrize(
    ("text", "headline", "lede_opens"),
    [
        # a headline of two halves, then its lede with a comma
        (
            "整治老旧小区燃气管网 守住居民用气安全 为了消除燃气管网隐患，区住建局组织街道开展排查。",
            "整治老旧小区燃气管网 守住居民用气安全",
            "为了消除",
        ),
        # under a site's section label, the headline in one piece
        (
            "工作动态\n县应急管理局开展汛前危化企业专项检查 5月6日上午，县应急管理局对辖区危化企业开展专项检查。",
            "县应急管理局开展汛前危化企业专项检查",
            "5月6日",
        ),
        # a body that opens outside the body openers (春节将至): the structure decides, not the opener
        (
            "节前开展烟花爆竹专项检查 春节将至，镇安监站组织各村排查经营网点。",
            "节前开展烟花爆竹专项检查",
            "春节将至",
        ),
    ],
)
def test_a_headline_before_a_space_and_its_lede_is_a_line_of_its_own(text: str, headline: str, lede_opens: str) -> None:
    lines = lines_of(text)
    at = lines.index(headline)
    assert lines[at + 1].startswith(lede_opens)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # under a line that already holds a sentence: a space inside running text
        (
            "县安委会关于印发工作要点的通知\n各乡镇，县直各单位：\n深入贯彻落实党中央关于 安全生产的重要论述，压实各方责任。",
            "深入贯彻落实党中央关于安全生产的重要论述，压实各方责任。",
        ),
        # a clause's comma in the run: a sentence, no headline
        (
            "近日，县里印发了专项整治方案 为各单位开展工作提供依据。",
            "近日，县里印发了专项整治方案为各单位开展工作提供依据。",
        ),
        # a word's tail the space cut off: the lede's first clause too short
        (
            "会议传达学习了省委省政府的通知 精神，并对下一步工作作出部署。",
            "会议传达学习了省委省政府的通知精神，并对下一步工作作出部署。",
        ),
        # names before their verb, too short for a headline's last part
        ("王某 李某出席会议并讲话，要求各单位压实责任。", "王某李某出席会议并讲话，要求各单位压实责任。"),
        # a sentence's subject and time before the space, its predicate after it with no comma: no lede (found by
        # test_real_copies22 at the merge)
        (
            "全县各乡镇和有关部门在汛期 一、二级应急响应期间要加强值守。",
            "全县各乡镇和有关部门在汛期一、二级应急响应期间要加强值守。",
        ),
        # a clause of obligation before the space is no headline
        (
            "各乡镇要加强山区水库巡查 确保下游群众安全 县水利局将组织抽查，发现问题限期整改。",
            "各乡镇要加强山区水库巡查确保下游群众安全县水利局将组织抽查，发现问题限期整改。",
        ),
    ],
)
def test_a_near_miss_keeps_its_line(text: str, joined: str) -> None:
    assert lines_of(text)[-1] == joined


@pytest.mark.parametrize(
    "text",
    [
        # a menu's row of short words: more than one gap
        "首页 新闻中心 工作动态 区应急局组织开展危化品运输车辆检查，查处违法行为三起。",
        # a chrome credit with a handle
        "转自 @某某消防救援支队 公众号，原文有删节。",
    ],
)
def test_no_headline_is_broken_off_a_menu_or_a_credit(text: str) -> None:
    assert len(lines_of(text)) == 1


def test_the_title_is_found_on_the_broken_off_headline() -> None:
    text = "消防新闻\n\n加强危险物品场所安全检查 打造安全宜居城市 为了加强辖内场所公共安全,消防局会同多个单位组成联合检查小组。\n"
    assert process_raw(raw_from_text(text), doc_id="c100").meta.title == "加强危险物品场所安全检查 打造安全宜居城市"


def test_the_break_is_recorded() -> None:
    text = "整治老旧小区燃气管网 守住居民用气安全 为了消除燃气管网隐患，区住建局组织街道开展排查。"
    changes = repair_layout(text)[1]
    assert any(change.after == "\n" for change in changes)


@pytest.mark.xfail(
    strict=True,
    reason="a two-deck headline whose kicker holds a comma (r44 ry20: 送…上门,保…安全 + headline + a photo's caption): "
    "a comma in the run is read as a clause's (近日，…), left",
)
def test_a_headline_with_a_comma_in_its_kicker() -> None:
    text = "查隐患,保平安 镇安监站开展节前烟花爆竹专项检查 安监站人员检查仓库消防器材。 镇安监站于节前组织检查。\n"
    assert "查隐患，保平安 镇安监站开展节前烟花爆竹专项检查" in process_raw(
        raw_from_text(text), doc_id="c100"
    ).text.split("\n")


@pytest.mark.xfail(
    strict=True,
    reason="a lede whose first clause is shorter than LEDE_CLAUSE_MIN (近日，…) reads as a word's tail (…的通知 精神，): left",
)
def test_a_headline_before_a_two_character_opener() -> None:
    lines = lines_of("县应急管理局开展汛前危化企业专项检查 近日，县应急管理局对辖区危化企业开展专项检查。")
    assert lines[0] == "县应急管理局开展汛前危化企业专项检查"
