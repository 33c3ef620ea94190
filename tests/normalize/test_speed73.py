"""The normalizer's cheaper paths of speed73 (issue 19) give the answers of the slower ones: the GBK
detector's unseen-pair search, the pinyin gloss scan, the inline-chrome hint split in two, the line
openings read once per line, the repeated-headline and metadata-block passes' gates, the bar count."""

from __future__ import annotations

import itertools
import re

import pytest

from nlp_pipeline import resources
from nlp_pipeline.normalize import pinyin_annotation
from nlp_pipeline.normalize.gbk_misalignment import unseen_triples
from nlp_pipeline.normalize.lines import (
    BAR_CELL,
    BLANK_LINE,
    CHROME,
    COMPACT_OPENINGS,
    OPENINGS,
    bar_runs,
    classify_lines,
    line_features,
    metadata_blocks,
)


def all_unseen_triples(run: str, seen) -> list[int]:
    """The definition: every pair asked, each k whose three pairs around it are all unseen."""
    unseen = [not seen(a, b) for a, b in itertools.pairwise(run)]
    return [k for k in range(1, len(unseen) - 1) if unseen[k - 1] and unseen[k] and unseen[k + 1]]


@pytest.mark.parametrize("length", range(2, 10))
def test_unseen_triples_is_the_definition_for_every_pattern_of_seen_pairs(length: int) -> None:
    run = "".join(chr(0x4E00 + n) for n in range(length))  # distinct characters: one pair, one answer
    for pattern in itertools.product((True, False), repeat=length - 1):
        known = {run[p : p + 2]: seen for p, seen in enumerate(pattern)}

        def seen(a: str, b: str, known=known) -> bool:
            return known[a + b]

        assert list(unseen_triples(run, seen)) == all_unseen_triples(run, lambda a, b, known=known: known[a + b])


def test_unseen_triples_asks_few_pairs_of_a_run_the_model_knows() -> None:
    asked: list[str] = []

    def seen(a: str, b: str) -> bool:
        asked.append(a + b)
        return True

    assert list(unseen_triples("安全生产责任制落实到位", seen)) == []
    assert len(asked) <= 4  # every third pair of the ten


OLD_GLOSSES = re.compile(rf"(?:{pinyin_annotation.GLOSS})+")


@pytest.mark.parametrize(
    "text",
    [
        "會(huì)議",  # a reading
        "鄉(xiang)(xiang)鎮",  # a reading given twice
        "直（zhí）接(jie)",
        "《办法》(试行)",  # no reading
        "(2021)",
        "（一）",
        "Email (abc) 地址 (defghijk)",  # a word too long for a syllable
        "",
    ],
)
def test_gloss_scan_finds_the_spans_of_the_repeated_group(text: str) -> None:
    spans = [m.span() for m in pinyin_annotation.GLOSSES.finditer(text)]
    assert spans == [m.span() for m in OLD_GLOSSES.finditer(text)]


def test_gloss_scan_removes_a_reading_and_keeps_a_word() -> None:
    assert pinyin_annotation.remove_pinyin_annotations("會(huì)議(试行)")[0] == "會議(试行)"


@pytest.mark.parametrize(
    "line, hinted",
    [
        ("本网讯 9月3日，县应急局召开会议。", True),  # a lead credit: the lead pattern
        ("某某日报讯（记者 王某）会议要求，", True),
        ("落实到位。（记者 王某）", True),  # the hint's own branches
        ("温馨提示：请勿转载", True),
        ("附件：通知.pdf 197 kB", True),
        ("县住建局牵头，县市场监管局配合。", False),
        ("县应急局牵头，保障应急通讯畅通。", False),  # 讯 after a comma: no lead credit
        ("", False),
    ],
)
def test_inline_hint_in_two_patterns_answers_as_the_one_alternation(line: str, hinted: bool) -> None:
    shape = resources.line_kinds()
    old = re.compile(f"{shape['inline_hint'].pattern}|{shape['inline_hint_lead'].pattern}")
    split = bool(shape["inline_hint"].search(line) or shape["inline_hint_lead"].match(line))
    assert split == hinted == bool(old.search(line))


def opening_examples() -> list[tuple[str, str, bool]]:
    spec = resources.read_rules_with_examples("normalize/line_kinds.toml")
    cases = []
    for name in OPENINGS + COMPACT_OPENINGS:
        rules = spec if f"{name}_examples" in spec else spec["patterns"]
        cases += [(name, text, True) for text in rules[f"{name}_examples"]]
        cases += [(name, text, False) for text in rules.get(f"{name}_non_examples", [])]
    return cases


@pytest.mark.parametrize("name, text, opens", opening_examples())
def test_a_line_carries_the_openings_its_patterns_match(name: str, text: str, opens: bool) -> None:
    shape = resources.line_kinds()
    features = line_features(text)
    read = features.compact if name in COMPACT_OPENINGS else features.text
    assert (name in features.openings) == bool(shape[name].match(read))
    if opens:
        assert name in features.openings


def test_an_empty_line_and_plain_prose_open_with_nothing() -> None:
    assert BLANK_LINE.openings == frozenset()
    assert line_features("县住建局牵头，6月底前完成餐饮场所燃气安全检查。").openings == frozenset()
    assert all(not resources.line_kinds()[name].match("") for name in OPENINGS + COMPACT_OPENINGS)


def test_a_truncation_notice_still_ends_the_page() -> None:
    text = "关于开展燃气安全检查的通知\n各乡镇要在6月底前完成餐饮场所燃气安全检查，落实企业主体责任。\n（未完，全文共1772字，当前显示432字）\n注册会员查看全文"
    kinds = classify_lines(text)
    assert kinds[-2:] == [CHROME, CHROME]
    assert CHROME not in kinds[:2]


HEADLINE = "全县开展燃气安全隐患排查整治"
BODY = "县住建局牵头，县市场监管局配合，6月底前完成餐饮场所燃气安全检查，落实企业主体责任。"


def test_a_headline_printed_again_under_itself_goes() -> None:
    kinds = classify_lines(f"{HEADLINE}\n社会\n{HEADLINE}\n{BODY}")
    assert kinds[0] != CHROME
    assert kinds[2] == CHROME


def test_a_headline_printed_once_stays() -> None:
    kinds = classify_lines(f"{HEADLINE}\n社会\n全县开展燃气安全隐患排查整治行动\n{BODY}")
    assert CHROME not in (kinds[0], kinds[2])


def test_a_page_without_block_labels_has_no_metadata_block() -> None:
    features = [line_features(line) for line in (HEADLINE, BODY, "")]
    assert metadata_blocks(features, resources.line_kinds()) == set()


def test_a_metadata_block_is_still_found() -> None:
    lines = ["索引号：11510000/2024-00012", "发布机构：某某县应急管理局", "公开方式：主动公开", HEADLINE, BODY]
    features = [line_features(line) for line in lines]
    assert {0, 1, 2} <= metadata_blocks(features, resources.line_kinds())


@pytest.mark.parametrize("line", ["村名 | 姓名 | 手机号码 |", "｜序号｜工作任务｜", "a|b｜c", "无竖线", ""])
def test_bar_runs_count_the_bars_the_pattern_finds(line: str) -> None:
    bars = len(BAR_CELL.findall(line))
    runs = list(bar_runs([line_features(line), line_features(line)]))
    assert runs == ([[0, 1]] if bars >= 2 else [])
