"""A headline the page shows twice is chrome (issue 13, tasks80; docs/extraction.md): a line with no mark inside or
after it that stands twice in the body (a news card's headline over the body's, a kicker split from its headline and
the headline shown again) is the page's template, no directive. A line shown once, a numbered heading and a sentence
closed by its mark stay as the other rules read them. Every text here is written for the test."""

from __future__ import annotations

import pytest

from nlp_pipeline.extract import extract_fields


def task_texts(text: str) -> list[str]:
    return [task.source for task in extract_fields(text).tasks]


HEADLINE = "全力推进燃气管网隐患整治行动"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a kicker split from its headline, the headline shown again over the body
        (
            f"城关在行动！{HEADLINE}\n2025-03-04 09:10\n{HEADLINE}\n"
            "连日来，城关街道对辖区老旧小区的燃气管网开展排查。\n街道要求各社区要在3月底前完成入户检查。\n",
            HEADLINE,
        ),
        # the kicker on a line of its own, the headline shown again between the body's paragraphs
        (
            f"城关在行动！{HEADLINE}\n2025-03-04 09:10\n城关在行动！\n"
            "为落实全市燃气安全工作会议精神，连日来，城关街道对辖区老旧小区的燃气管网开展排查。\n"
            f"{HEADLINE}\n街道多次召开会议，要求各社区要在3月底前完成入户检查。\n",
            HEADLINE,
        ),
    ],
)
def test_a_headline_shown_twice_is_no_task(text, absent):
    assert all(absent not in task for task in task_texts(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the directive below the repeated headline stays a task
        (
            f"城关在行动！{HEADLINE}\n2025-03-04 09:10\n{HEADLINE}\n街道要求各社区要在3月底前完成入户检查。\n",
            "各社区要在3月底前完成入户检查",
        ),
        # a directive written twice with its closing mark is no headline
        (
            "关于做好燃气安全工作的通知\n各社区：\n各社区要在3月底前完成入户检查。\n"
            "请各物业公司配合。\n各社区要在3月底前完成入户检查。\n",
            "各社区要在3月底前完成入户检查",
        ),
    ],
)
def test_a_directive_beside_or_repeated_with_its_mark_stays(text, kept):
    assert any(kept in task for task in task_texts(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a news item's subheads: two short phrases set apart by a space, over the account
        (
            "街道推进燃气安全整治\n2025-03-04\n连日来，街道对辖区餐饮场所开展燃气安全检查。\n"
            "排查整改 消除隐患\n街道要求各社区要在3月底前完成入户检查。\n",
            "排查整改 消除隐患",
        ),
        (
            "街道推进燃气安全整治\n2025-03-04\n连日来，街道对辖区餐饮场所开展燃气安全检查。\n"
            "加强宣传　营造氛围\n街道要求各社区要在3月底前完成入户检查。\n",
            "加强宣传　营造氛围",
        ),
    ],
)
def test_a_pair_of_phrases_set_apart_by_spacing_is_no_task(text, absent):
    assert all(absent not in task for task in task_texts(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the same two phrases joined by a mark are a directive
        (
            "关于做好燃气安全工作的通知\n各社区：\n排查整改，消除隐患。\n请各物业公司配合。\n",
            "排查整改，消除隐患",
        ),
        # a numbered heading with a space is read by the heading rules
        (
            "关于做好燃气安全工作的通知\n各社区：\n一、排查整改 消除隐患\n各社区要在3月底前完成入户检查。\n",
            "排查整改 消除隐患",
        ),
    ],
)
def test_phrases_joined_by_a_mark_or_numbered_stay(text, kept):
    assert any(kept in task for task in task_texts(text))
