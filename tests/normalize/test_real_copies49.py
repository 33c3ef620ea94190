"""Real copies, round 49 (issue 14).

- A body paragraph with an editorial sign-off glued after its last sentence (…落实到位。（编辑：某某 审核：
  某某 终审：某某）, …。【责任编辑：某某 审核：某某】): the sign-off's labels are chrome evidence, but
  they belong to the credit the boilerplate step cuts from the line, not to the sentences before it. The
  line is judged on what stays of it once that credit is cut: the paragraph stays (before, a last
  paragraph of several sentences went whole as a footer's "chrome in sentences", and a short one as
  chrome on its own), the credit goes. Editorial review roles (撰稿, 撰文, 初审, 复审, 终审, 校对, 审校)
  open such a credit as 记者 and 编辑 do.
- Chrome that is chrome in its sentences still goes: a footer's app prompt, a sign-off on a line of its
  own, a site's statement with a credit after it.

Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize

TITLE = "某县召开秋季消防安全工作推进会"
OPENING = "11月3日上午，某县召开秋季消防安全工作推进会，副县长王某出席并讲话。"
DIRECTIVE = "会议要求，各乡镇要于11月底前完成沿街商铺消防隐患排查，县消防救援大队加强督导检查。"
LAST = (
    "会议强调，要压实企业主体责任，严禁在楼道内停放电动自行车充电。各有关部门要加强联合执法，对发现的隐患一律限期整改。"
)


def lines_of(text: str) -> list[str]:
    return [line for line in normalize(text).text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "credit",
    [
        "（编辑：李某某 审核：赵某 终审：孙某某）",
        "(撰稿:周某,初审:吴某、郑某,终审:冯某)",
        "【责任编辑：高某 审核：陈某】",
        "（撰文：何某某，校对：钱某）",
        "（复审：韩某 终审：杨某某）",
    ],
)
def test_a_last_paragraph_keeps_its_sentences_without_the_sign_off(credit):
    page = f"{TITLE}\n{OPENING}\n{DIRECTIVE}\n{LAST}{credit}\n上一篇：某县开展燃气安全检查\n下一篇：没有了"
    assert lines_of(page) == [TITLE, normalize(OPENING).text, normalize(DIRECTIVE).text, normalize(LAST).text]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a short paragraph of one sentence in the middle of the body, a sign-off glued after it
        "各村要在入冬前完成取暖设施检查。（编辑：李某 审核：赵某 终审：孙某）",
        # traditional script, a factory's report
        "各車間須於本月底前完成配電箱檢修。（撰稿：周某，初審：吳某，終審：馮某）",
    ],
)
def test_a_short_paragraph_with_a_sign_off_stays(paragraph):
    page = f"{TITLE}\n{OPENING}\n{paragraph}\n{DIRECTIVE}"
    kept = lines_of(page)
    assert len(kept) == 4 and kept[2].endswith("。")


@pytest.mark.parametrize(
    "footer",
    [
        # a sign-off on a line of its own under the body
        "编辑：李某某 审核：赵某 终审：孙某某",
        # an app's prompt in sentences at the page's foot
        "扫一扫，在手机上打开本页。下载客户端，阅读更多新闻。",
        # a site's statement, a credit after it
        "本网站所载文章版权归本站所有，转载请注明来源。（编辑：李某）",
    ],
)
def test_footer_chrome_still_goes(footer):
    page = f"{TITLE}\n{OPENING}\n{DIRECTIVE}\n{footer}\n版权所有：某县人民政府 备案号：某ICP备12345678号"
    assert lines_of(page) == [TITLE, normalize(OPENING).text, normalize(DIRECTIVE).text]


@pytest.mark.parametrize(
    "sentence",
    [
        # editorial roles as words of a directive: no credit
        "各单位报送的信息须经初审、复审和终审三级把关后方可发布。",
        "县融媒体中心要落实稿件三审制度，编辑、审核人员对内容安全负责。",
    ],
)
def test_a_directive_about_review_stays_whole(sentence):
    page = f"{TITLE}\n{OPENING}\n{sentence}\n{DIRECTIVE}"
    assert normalize(sentence).text in lines_of(page)


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # a unit or a reporter with its role after it, glued after the last sentence: a credit
        ("各乡镇要于月底前完成排查。（某县应急管理局 供稿）", "各乡镇要于月底前完成排查。"),
        ("县交通运输局加强渡口巡查。（记者王某某报道）", "县交通运输局加强渡口巡查。"),
        ("各村落实网格员责任。（县委宣传部撰稿）", "各村落实网格员责任。"),
        # a unit in brackets after a task is the party that does it: no credit
        ("各单位完成整改。（县住建局负责）", "各单位完成整改。（县住建局负责）"),
        ("各乡镇完成排查。（县应急局牵头）", "各乡镇完成排查。（县应急局牵头）"),
        # a role inside the sentence
        ("请各单位报送新闻稿件（由县融媒体中心供稿）后审核。", "请各单位报送新闻稿件（由县融媒体中心供稿）后审核。"),
    ],
)
def test_a_credit_with_its_role_after_the_name(sentence, kept):
    assert normalize(sentence).text == kept
