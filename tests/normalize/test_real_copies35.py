"""Real copies, round 35 (issue 14): a credit in brackets under the body; a metadata block copied a
cell a line (a block of labels without colons goes since meta84; labels with colons, strict xfail).

ANNOTATION.md removes "editor and reporter credits at the end": a credit in brackets on a line of its
own under the body's last line goes — a role before the names, a name with 报道, or names alone when
each is a person's name. A government site's metadata block copied from the browser puts every cell on
a line of its own (索引号 / value / 信息分类 / value / …): meta84's stacked block removes such a run
whole; a run whose labels end in colons keeps its values, written down as a strict xfail
(docs/normalization.md).
Every text here is invented."""

import pytest

from nlp_pipeline.normalize import normalize

BODY = "各乡镇人民政府，县直有关部门：\n为切实做好汛期安全防范工作，现将有关事项通知如下。\n一、各单位要立即开展隐患排查，确保不留死角。\n"


def lines_of(text: str) -> list[str]:
    return [line for line in normalize(text).text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("block", "title"),
    [
        # labels without colons, a category label among them, the title under 信息名称
        (
            "索引号\n11223344/2022-00518\n信息分类\n通知公告\n主题分类\n应急管理\n发布机构\n某某县应急局\n"
            "发布日期\n2022-04-18\n信息名称\n某某县应急管理局关于开展燃气安全专项检查的通知\n",
            "某某县应急管理局关于开展燃气安全专项检查的通知",
        ),
        # labels with colons, a document number and a value holding a 、
        pytest.param(
            "索引号：\n000123/2024-0045\n主题分类：\n安全生产、防灾减灾\n文号：\n青政办发〔2024〕12号\n"
            "发布机构：\n青川县人民政府办公室\n",
            None,
            marks=pytest.mark.xfail(strict=True, reason="a block whose labels end in colons keeps its values"),
        ),
        # a mining bureau's block with 公开方式 and 成文日期, the title printed as a line of its own below
        (
            "索引号\nKS-2023-0917\n公开方式\n主动公开\n成文日期\n2023年9月5日\n发布机构\n某某市自然资源局\n",
            None,
        ),
    ],
)
def test_a_metadata_block_printed_a_cell_a_line_goes(block, title):
    headline = "某某县关于做好汛期地质灾害防范工作的通知"
    page = block + ("" if title else headline + "\n") + "\n" + BODY
    out = lines_of(page)
    assert out[0] == (title or headline)
    for gone in ("索引号", "发布机构", "主动公开", "应急管理", "青川县人民政府办公室", "某某市自然资源局"):
        assert not any(line == gone or line.startswith(gone + "：") for line in out)
    assert BODY.split("\n")[1] in out


@pytest.mark.parametrize(
    "header",
    [
        # an official letter's own header: 发文字号 and 发文日期 are no site's labels
        "发文字号\n某安委办〔2024〕5号\n发文日期\n2024年5月6日\n",
        # a minutes' header printed a field a line: no block labels at all
        "时间\n2024年5月6日\n地点\n县政府三楼会议室\n主持\n副县长\n",
    ],
)
def test_a_documents_own_fields_printed_a_cell_a_line_stay(header):
    page = "某某县安全生产委员会会议纪要\n" + header + "\n" + BODY
    out = "\n".join(lines_of(page))
    for line in header.strip().split("\n"):
        assert line in out


def test_a_sentence_under_a_lone_label_is_no_value():
    page = (
        "某某县开展燃气安全大检查\n索引号\n11223344/2022-00518\n发布机构\n某某县应急局\n主题\n"
        "全县开展燃气安全大检查，各单位要立即行动。\n\n" + BODY
    )
    assert "全县开展燃气安全大检查，各单位要立即行动。" in lines_of(page)


def test_a_label_left_empty_in_a_block_of_fields_takes_no_value():
    # in a block of `label：value` lines a lone label is a field left empty: the title under it stays
    # the title line, above the block's date
    title = "某某县人民政府关于做好春节期间安全防范工作的通告"
    page = (
        "索引号: 11223344/2024-00031 分类:\n发文机关: 某某县人民政府 发文日期: 2024-02-05\n"
        f"名称: {title}\n文号 :\n{title}\n\n" + BODY
    )
    assert lines_of(page)[:2] == [title, "2024-02-05"]


# --- a credit in brackets on a line of its own under the body (ANNOTATION.md: credits at the end) ---

NEWS = "某某镇召开防汛工作部署会\n\n6月3日，某某镇召开防汛工作部署会，安排汛期值班和隐患排查工作。\n会议要求，各村要落实巡查责任，确保安全度汛。\n"


@pytest.mark.parametrize(
    ("credit", "after"),
    [
        ("（文/张晓峰）", ""),
        ("（图/文：李梅）", "\n版权所有：某某融媒体中心\n"),
        ("(王建国报道)", ""),
        ("（周敏 报道）", "\n标签：防汛\n"),
        ("（赵丽 孙强）", ""),
        ("（撰稿：何平）", ""),
        ("（欧阳娜）", "\n相关新闻\n"),
    ],
)
def test_a_credit_in_brackets_under_the_body_goes(credit, after):
    out = lines_of(NEWS + "\n" + credit + "\n" + after)
    assert credit not in out
    assert out[-1] == "会议要求，各村要落实巡查责任，确保安全度汛。"


def test_a_name_in_brackets_under_the_signature_date_goes():
    page = "某某县应急管理局关于加强汛期值班的通知\n\n" + BODY + "某某县应急管理局\n2024年6月3日\n（刘洋）\n"
    assert lines_of(page)[-1] == "2024年6月3日"


@pytest.mark.parametrize(
    "note",
    [
        "（此件公开发布）",  # the document's own publication note
        "（盖章）",  # a signature's seal
        "（全文）",  # a word, not a name
        "（县应急局、县公安局）",  # offices, not persons
    ],
)
def test_a_documents_note_in_brackets_under_the_body_stays(note):
    page = "某某县应急管理局关于加强汛期值班的通知\n\n" + BODY + "某某县应急管理局\n2024年6月3日\n" + note + "\n"
    assert lines_of(page)[-1] == note


def test_a_name_in_brackets_inside_the_body_stays():
    # a list of the people on duty, above the body's last line
    page = NEWS.replace("会议要求", "值班人员：\n（张伟 李强）\n会议要求")
    assert "（张伟 李强）" in lines_of(page)


# --- a press release's publish fields over its contact line ---

RELEASE_BODY = "某某署加强工地巡查\n\n某某署今日表示，将于五月起巡查辖区建筑工地，督促承建商落实安全措施。\n"


@pytest.mark.parametrize(
    ("header", "date", "contact"),
    [
        (
            "某某署 新闻稿\n发布日期：2024年5月6日\n发布单位：职业安全处\n联络人：王先生 电话：2345 6789\n",
            "2024年5月6日",
            "联络人：王先生 电话：2345 6789",
        ),
        (
            "某某县应急管理局 新闻稿\n发布日期：2025-03-02\n发布单位：执法大队\n联系电话：0736-8830119\n",
            "2025-03-02",
            "联系电话：0736-8830119",
        ),
        (
            "某某市劳工局新闻稿\n发布时间：113年9月12日\n发布机构：劳动条件科\n联络人：陈科长 电话：(04)2228-9111\n",
            "113年9月12日",
            "联络人：陈科长 电话：(04)2228-9111",
        ),
    ],
)
def test_a_releases_publish_fields_go_beside_its_contact_line(header, date, contact):
    out = lines_of(header + "\n" + RELEASE_BODY)
    assert date in out and contact in out
    assert not any(line.startswith("发布") for line in out)


@pytest.mark.parametrize(
    "fields",
    [
        # a letter's own document number over its contact line
        "发文字号：某应急〔2024〕3号\n联系人：李某 电话：0736-8830119\n",
        # a letter's own document number beside its signer
        "发文字号：某应急〔2024〕3号\n签发人：张某\n联系人：李某 电话：0736-8830119\n",
    ],
)
def test_a_letters_own_fields_stay_beside_its_contact_line(fields):
    out = lines_of("某某县应急管理局关于加强汛期值班的通知\n" + fields + "\n" + BODY)
    for line in fields.strip().split("\n"):
        assert line in out
