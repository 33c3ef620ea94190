"""The task text (工作任务) starts and ends at words of its source, keeps the verb's object or manner, and
comes from the clause that acts (text53, issue 13 point 9). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.tasks import find_units, summarize

from ..conftest import load_module

REPO = Path(__file__).resolve().parents[2]


def summary(sentence: str) -> str:
    return summarize(sentence, find_units(sentence))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # what is taken off the front ends where a word of the segmenter ends
        ("各村要按时限报送排查台账。", "按时限报送排查台账"),  # 按时 would leave 限
        ("各班组每周五下午将隐患整改情况报安全科。", "每周五下午将隐患整改情况报安全科"),  # 每周 would leave 五
        ("仓库管理员刘某负责每日对消防器材检查一次。", "仓库管理员刘某负责每日对消防器材检查一次"),
        # 提前 and the length after it are one time: neither the adverb nor the time pattern's 前 takes 提前 alone
        ("商场须提前3天将客流管控方案报街道备案。", "提前3天将客流管控方案报街道备案"),
        ("要提前做好防汛物资储备。", "做好防汛物资储备"),
        # a party's name before its modal (厅要: no dictionary word) still goes; a compound's joint is a word end
        ("省交通运输厅要督促各地开展客运车辆检查。", "督促各地开展客运车辆检查"),
        ("要严格执行24小时值班制度。", "执行24小时值班制度"),
        # a leading time whose last character opens a word (前夕) stays: cut there the text would start inside 前夕
        ("消防局于国庆节前夕派员到各商场开展防火检查。", "于国庆节前夕派员到各商场开展防火检查"),
        ("于清明节前组织一次防火检查。", "组织一次防火检查"),
        # an adverb stays where the verb would be left alone
        ("（四）严格奖惩。", "严格奖惩"),
        ("全面排查。", "全面排查"),
        ("对拒不整改的，依法从严处罚。", "从严处罚"),
        ("县林业局、各乡镇配合。", "各乡镇配合"),
        # a series of adverbs joined by 、 goes whole
        ("各企业要按期、及时整改到位。", "整改到位"),
        # the clause that acts, not the condition, time or partner before it
        ("工人如出现中暑症状，应立即停止作业并到阴凉处休息。", "停止作业并到阴凉处休息"),
        ("未经安全科批准，不得擅自动火作业。", "不得擅自动火作业"),
        ("除责令限期改正外，对责任人依法处以罚款。", "对责任人依法处以罚款"),
        ("县消防救援大队亦会联同县住建局，于下月对高层住宅开展消防检查。", "于下月对高层住宅开展消防检查"),
        # a leading time found inside a parenthesis is no opening of the sentence
        ("6月：开展汛前设备检修，泵站试运行（6月20日前完成）。", "开展汛前设备检修"),
        # negative cases: 如期/如实 are manners, no conditions; a clause that acts comes first
        ("各企业要如期完成隐患整改，并报送整改报告。", "如期完成隐患整改"),
        ("各单位要如实填报隐患台账，每月5日前报送安委办。", "填报隐患台账"),
        ("县住建局要对全县在建工地开展拉网式检查，发现隐患的立即整改。", "对全县在建工地开展拉网式检查"),
    ],
)
def test_the_task_text_keeps_words_and_the_act(sentence, text):
    assert summary(sentence) == text


def test_a_numbered_item_keeps_the_word_its_adverb_opens():
    (task,) = extract_fields("关于做好巡查工作的通知\n（二）及时上报巡查记录。\n").tasks
    assert task.text == "上报巡查记录"  # LEFT_OF_UNITS' 及 stays on 及时, which goes as one adverb


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param(
            "各企业要紧盯有限空间作业等薄弱环节。",
            "紧盯有限空间作业等薄弱环节",
            marks=pytest.mark.xfail(strict=True, reason="jieba reads 要紧 as one word: the modal stays on"),
        ),
        pytest.param(
            "各企业要按期、彻底整改到位。",
            "按期、彻底整改到位",
            marks=pytest.mark.xfail(strict=True, reason="彻底 is no adverb of the list: the series stays whole"),
        ),
        pytest.param(
            "各工地于暴雨预警发布后，应将塔吊吊钩升至最高处。",
            "将塔吊吊钩升至最高处",
            marks=pytest.mark.xfail(strict=True, reason="将 goes as the future's adverb, not kept as 把"),
        ),
        pytest.param(
            "对外包队伍实行积分管理，每半年评价一次。",
            "对外包队伍实行积分管理",
            marks=pytest.mark.xfail(strict=True, reason="实行 is no act of the lexicon: the count's clause is taken"),
        ),
    ],
)
def test_task_texts_measured_and_left(sentence, text):
    assert summary(sentence) == text


@pytest.fixture(scope="module")
def check():
    return load_module("task_text_check", REPO / "scripts" / "task_text_check.py")


@pytest.mark.parametrize(
    ("text", "source", "defects"),
    [
        ("时上报巡查记录", "及时上报巡查记录。", {"cut_start"}),
        ("求各村上报台账", "要求各村上报台账。", {"cut_start"}),
        ("求各村上报台账", "会议一再要求各村上报台账。", {"cut_start"}),
        ("、彻底整改到位", "要按期、彻底整改到位。", {"cut_start"}),
        ("开展隐患排查整", "开展隐患排查整治。", {"cut_end"}),
        ("排查", "全面排查。", {"bare"}),
        ("5月6日—5月9日", "5月6日—5月9日\t县住建局", {"bare"}),
        ("如出现中暑症状", "工人如出现中暑症状，应立即停止作业。", {"wrong_clause"}),
        ("于暴雨预警发布后", "各工地于暴雨预警发布后，应停止吊装作业。", {"wrong_clause"}),
        ("亦会联同县住建局", "县消防救援大队亦会联同县住建局，于下月开展检查。", {"wrong_clause"}),
        ("完成）", "开展设备检修，泵站试运行（6月20日前完成）。", {"wrong_clause", "bare"}),
        ("评价一次", "对外包队伍实行积分管理，每半年评价一次。", {"wrong_clause"}),
        # sound rows: a compound's joint (严格执行), a name before its modal, a manner (如期)
        ("执行24小时值班制度", "要严格执行24小时值班制度。", set()),
        ("督促各地开展客运车辆检查", "省交通运输厅要督促各地开展客运车辆检查。", set()),
        ("如期完成隐患整改", "各企业要如期完成隐患整改。", set()),
        # an item's marker of a numeral and its modal taken away (一要 / 紧盯: jieba reads 要紧 across them)
        ("紧盯危化品运输领域", "一要紧盯危化品运输领域。", set()),
        ("紧盯校园周边领域", "会议强调，二要紧盯校园周边领域。", set()),
        ("停止作业并到阴凉处休息", "工人如出现中暑症状，应立即停止作业并到阴凉处休息。", set()),
        ("每周开展一次巡查", "每周开展一次巡查。", set()),
    ],
)
def test_the_checker_classes_a_row(check, text, source, defects):
    task = {"text": text, "source": source}
    assert {name for name, found in check.CHECKS.items() if found(task)} == defects
