"""Readers: every format and encoding, with fixtures generated from text in the test."""

from __future__ import annotations

import io
import zipfile

import pytest

from nlp_pipeline.errors import (
    BinaryContent,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    MissingInput,
    NoTextLayer,
    UnreadableDocument,
    UnsupportedFormat,
)
from nlp_pipeline.readers import read_bytes, read_document
from nlp_pipeline.resources import opencc_converter

SIMPLIFIED = (
    "关于切实做好冬季安全生产工作的通知\n各乡镇人民政府，县直各有关单位：\n"
    "县应急管理局牵头，县消防救援大队配合，于12月底前完成全县人员密集场所消防安全检查。"
)
TRADITIONAL = opencc_converter("s2t").convert(SIMPLIFIED)


@pytest.mark.parametrize(
    "text, codec, expected_encoding",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-16", "utf-16"),
        (SIMPLIFIED, "utf-16-le", "utf-16"),
        (SIMPLIFIED, "utf-16-be", "utf-16"),
        (TRADITIONAL, "utf-16", "utf-16"),
    ],
)
def test_text_in_every_encoding(text, codec, expected_encoding):
    raw = read_bytes(text.encode(codec), "notice.txt")
    assert raw.text == text
    assert raw.encoding == expected_encoding
    assert raw.format == "txt"


def test_utf8_is_read_as_utf8_without_a_guess(monkeypatch):
    """A text that decodes as UTF-8 (cut inside its last character included) is UTF-8 whatever
    charset-normalizer would guess, so it is not asked; a GB18030 text still is (negative case)."""
    import charset_normalizer

    asked = []
    guess = charset_normalizer.from_bytes
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: asked.append(data) or guess(data))
    assert read_bytes(SIMPLIFIED.encode("utf-8"), "a.txt").encoding == "utf-8"
    assert read_bytes(SIMPLIFIED.encode("utf-8")[:-1], "cut.txt").text == SIMPLIFIED[:-1]
    assert not asked
    assert read_bytes(SIMPLIFIED.encode("gb18030"), "b.txt").encoding == "gb18030" and asked


@pytest.mark.parametrize(
    "data, binary",
    [
        (b"plain text\twith tabs\r\nand an escape \x1b[0m\x0c", False),  # the controls a text may hold
        (b"a" * 95 + b"\x01" * 5, False),  # 5 % controls: still text
        # negative cases: binary
        (b"a" * 94 + b"\x01" * 6, True),  # more than 5 % other controls
        (b"text with a NUL\x00 byte", True),
    ],
)
def test_binary_content_by_its_control_bytes(data, binary):
    from nlp_pipeline.readers.encoding import looks_binary

    assert looks_binary(data) is binary


def test_big5_is_not_mistaken_for_gb18030():
    # Most Big5 byte pairs are valid GB18030 too; the common-character score decides.
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # decodes without error, into nonsense
    assert read_bytes(data, "a.txt").text == TRADITIONAL


def test_html_keeps_paragraphs_and_tables_and_drops_chrome():
    page = """<!DOCTYPE html><html><head><meta charset="gbk"><title>通知</title>
    <script>var views = 1;</script><style>p {color: red}</style></head><body>
    <nav>首页 | 政务公开</nav><h1>关于开展燃气安全检查的通知</h1>
    <p>各乡镇要于<b>6月底前</b>完成排查。</p><p>县住建局牵头。<br>县城管局配合。</p>
    <table><tr><th>序号</th><th>工作任务</th></tr><tr><td>1</td><td>入户安检</td></tr></table>
    <footer>版权所有</footer></body></html>"""
    raw = read_bytes(page.encode("gbk"), "page.html")
    assert raw.format == "html" and raw.encoding == "gb18030"
    assert raw.text.splitlines() == [
        "关于开展燃气安全检查的通知",
        "各乡镇要于6月底前完成排查。",
        "县住建局牵头。",
        "县城管局配合。",
        "序号|工作任务",
        "1|入户安检",
    ]


def _docx_bytes(paragraphs, table=None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.add_paragraph("附件：任务分解表")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_table_rows_in_order():
    data = _docx_bytes(
        ["实施方案", "三、重点任务"],
        [["序号", "工作任务", "责任单位", "完成时限"], ["1", "开展隐患排查", "县应急管理局", "6月30日前"]],
    )
    raw = read_bytes(data, "plan.docx")
    assert raw.format == "docx"
    assert raw.text.splitlines() == [
        "实施方案",
        "三、重点任务",
        "序号|工作任务|责任单位|完成时限",
        "1|开展隐患排查|县应急管理局|6月30日前",
        "附件：任务分解表",
    ]


def test_docx_merged_cells_are_not_repeated():
    import docx

    document = docx.Document()
    grid = document.add_table(rows=2, cols=3)
    grid.cell(0, 0).merge(grid.cell(0, 2)).text = "重点任务分工"
    grid.cell(1, 0).text, grid.cell(1, 1).text, grid.cell(1, 2).text = "1", "排查", "县住建局"
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes(buffer.getvalue(), "t.docx").text.splitlines() == ["重点任务分工", "1|排查|县住建局"]


def _pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.setFont("STSong-Light", 12)
    for n, line in enumerate(lines):
        page.drawString(50, 800 - 20 * n, line)
    page.save()
    return buffer.getvalue()


def test_pdf_text_layer():
    raw = read_bytes(_pdf_bytes(["关于做好汛期安全防范工作的通知", "各乡镇要立即开展地质灾害隐患巡查。"]), "n.pdf")
    assert raw.format == "pdf" and raw.encoding is None
    assert raw.text.splitlines() == ["关于做好汛期安全防范工作的通知", "各乡镇要立即开展地质灾害隐患巡查。"]


def test_pdf_without_text_layer_is_an_error():
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.rect(100, 100, 200, 200, fill=1)
    page.save()
    with pytest.raises(NoTextLayer, match="没有文字层"):
        read_bytes(buffer.getvalue(), "scan.pdf")


def test_content_sniffing_overrides_a_wrong_suffix():
    data = _docx_bytes(["各乡镇要于6月底前完成排查。"])
    raw = read_bytes(data, "mislabelled.txt")
    assert raw.format == "docx" and "6月底前" in raw.text


def test_source_facts():
    data = SIMPLIFIED.encode("gb18030")
    raw = read_bytes(data, "notice.txt", path="in/notice.txt")
    import hashlib

    assert raw.sha256 == hashlib.sha256(data).hexdigest()
    assert raw.path == "in/notice.txt" and raw.name == "notice.txt"


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/huge.bin", b"\0" * (210 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, name, error, message",
    [
        (b"", "empty.txt", EmptyDocument, "空的"),
        (b"  \n\t \n", "blank.txt", EmptyDocument, "空的"),
        (bytes(range(256)) * 8, "binary.txt", BinaryContent, "二进制"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "image.png", UnsupportedFormat, "未知的扩展名"),
        (b"some text", "old.doc", UnsupportedFormat, "docx"),
        (b"PK\x03\x04truncated", "cut.docx", UnreadableDocument, "不完整或已损坏"),
        (b"not a zip at all", "fake.docx", UnreadableDocument, "格式标记"),
        (b"%PDF-1.4\n1 0 obj", "cut.pdf", DocumentError, "cut.pdf"),
        (
            b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
            "s.html",
            EmptyDocument,
            "没有正文",
        ),
    ],
)
def test_bad_input_gives_a_clear_error(data, name, error, message):
    with pytest.raises(error) as caught:
        read_bytes(data, name)
    assert message in str(caught.value) and name in str(caught.value)
    assert "\n" not in str(caught.value)


def test_zip_bomb_docx_is_refused():
    with pytest.raises(DocumentTooLarge, match="上限"):
        read_bytes(_zip_bomb(), "bomb.docx")


def test_undecodable_bytes(tmp_path):
    # Valid in no supported encoding: a lone GB18030 lead byte run cut off inside a character.
    data = "安全生产".encode()[:-1] + b"\xff\xfe\xfd" + "检查".encode("gb18030")[:1]
    with pytest.raises(DocumentError):
        read_bytes(data * 3, "bad.txt")


def test_files_on_disk(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    assert read_document(path).text == SIMPLIFIED
    with pytest.raises(MissingInput, match="找不到"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(UnsupportedFormat, match="文件夹"):
        read_document(tmp_path)


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    import nlp_pipeline.readers as readers

    monkeypatch.setattr(readers, "MAX_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-8") * 20)
    with pytest.raises(DocumentTooLarge, match="上限"):
        read_document(path)


# -- limits: each fails in seconds with a Chinese message that says what to do ------------------


def _docx_with_huge_xml(size: int) -> bytes:
    """A few hundred KB on disk whose document.xml unpacks to `size` bytes (a compressed run of spaces)."""
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>各乡镇要立即开展排查。</w:t></w:r></w:p>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml + " " * (size - len(xml) - 20) + "</w:body></w:document>")
    return buffer.getvalue()


def test_a_docx_whose_xml_unpacks_past_the_xml_cap_is_refused_before_parsing():
    from nlp_pipeline.readers.docx import MAX_XML_BYTES

    data = _docx_with_huge_xml(MAX_XML_BYTES + 1024)
    assert len(data) < 1024 * 1024
    with pytest.raises(DocumentTooLarge, match=r"XML.*上限 32 MB") as caught:
        read_bytes(data, "bomb.docx")
    assert "拆分" in str(caught.value)


def _pdf_of_pages(count: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, invariant=1)
    for number in range(count):
        document.drawString(50, 800, f"page {number}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def test_a_pdf_past_the_page_cap_is_refused_before_its_text_is_read(monkeypatch):
    import nlp_pipeline.readers.pdf as pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    assert read_bytes(_pdf_of_pages(3), "three.pdf").text.count("page") == 3
    with pytest.raises(DocumentTooLarge, match="4 页，上限 3 页"):
        read_bytes(_pdf_of_pages(4), "four.pdf")


def test_a_pdf_stops_being_read_once_its_text_passes_the_character_cap(monkeypatch):
    import nlp_pipeline.readers as readers

    monkeypatch.setattr(readers, "MAX_CHARACTERS", 10)
    with pytest.raises(DocumentTooLarge, match="前 2 页已超过 10 字"):
        read_bytes(_pdf_of_pages(5), "long.pdf")


def _pdf_of_objects(objects: list[str]) -> bytes:
    """A PDF with a correct cross-reference table around the given object bodies."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("ascii"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii"))
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii"))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii"))
    return out.getvalue()


def test_pypdfs_own_limit_errors_are_an_unreadable_document():
    # a page tree 110 levels deep: pypdf stops at 100 with its LimitReachedError
    depth = 110
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    objects += [f"<< /Type /Pages /Kids [{level + 3} 0 R] /Count 1 >>" for level in range(depth)]
    objects.append("<< /Type /Page /MediaBox [0 0 10 10] >>")
    with pytest.raises(UnreadableDocument, match="LimitReachedError") as caught:
        read_bytes(_pdf_of_objects(objects), "deep.pdf")
    assert "另存" in str(caught.value)


def test_a_text_past_the_character_cap_is_refused_after_reading(monkeypatch):
    import nlp_pipeline.readers as readers

    monkeypatch.setattr(readers, "MAX_CHARACTERS", 50)
    with pytest.raises(DocumentTooLarge, match="正文 110 字，上限 50 字"):
        read_bytes(("各乡镇要立即开展排查。" * 10).encode("gb18030"), "long.txt")


# Page source pasted into a .txt (tasks45): tags are layout when the text closes an HTML element.
@pytest.mark.parametrize(
    "pasted, lines",
    [
        ('<div class="article">各镇要于7月底前完成排查。</div>', ["各镇要于7月底前完成排查。"]),
        (
            '<p style="text-indent:2em">会议要求：<strong>一是</strong>压实责任；</p>\n<p>二是加强巡查。</p>',
            ["会议要求：一是压实责任；", "二是加强巡查。"],
        ),
        ("<p>码头作业区&nbsp;禁止吸烟。<br/>违者依规处理。</p>", ["码头作业区\xa0禁止吸烟。", "违者依规处理。"]),
        ('Port notice <span class="x">No. 3</span> issued', ["Port notice No. 3 issued"]),
        ("学校要开展<b>消防</b>演练。</P><P>食堂要落实燃气报警。", ["学校要开展消防演练。", "食堂要落实燃气报警。"]),
    ],
)
def test_page_source_in_a_txt_is_read_as_layout(pasted, lines):
    raw = read_bytes(pasted.encode("utf-8"), "paste.txt")
    assert raw.format == "txt"
    assert [line for line in raw.text.splitlines() if line.strip()] == lines


@pytest.mark.parametrize(
    "text",
    [
        "依据<安全生产法>第二十一条，企业要建立全员责任制。",
        "气温<5℃时停止外墙涂装，>35℃时调整作业时间。",
        "请在回执中填写<b>栏目，a<b 时视为未达标。",
        "化工园区 <p> 区块 要开展评估。",
    ],
)
def test_angle_brackets_without_a_closed_element_stay_text(text):
    assert read_bytes(text.encode("utf-8"), "note.txt").text == text
