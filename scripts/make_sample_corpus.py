"""Build `corpora/sample/` from the clean documents in `corpora/sample-src/`.

The sample corpus lets the demo exercise every reader and every repair: each clean document is
copied as UTF-8, and some are damaged (traditional script with pinyin glosses, GBK byte shift,
content-farm spinning, web chrome) or converted (GB18030, Big5, UTF-16, HTML, Word, PDF).
Output is byte-identical for a given seed (and library versions), so the generated files are
committed and a test regenerates them to check:

    python scripts/make_sample_corpus.py [--seed 0] [--out corpora/sample]
"""

from __future__ import annotations

import argparse
import codecs
import html
import io
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import damage

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "corpora" / "sample"
SRC = SAMPLE.parent / "sample-src"
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# a document's title line, below the issuing office's letterhead and the document number
TITLE = re.compile(r"^(关于|在).*(通知|方案|讲话|纪要|通报)$")
TABLE_ROW = "|"
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Document:
    name: str
    text: str

    @property
    def title(self) -> str:
        lines = self.text.split("\n")
        return next((line for line in lines if TITLE.match(line)), lines[0])

    @property
    def date(self) -> datetime:
        """The document's own date: the last full date in it (the 落款), else the first."""
        found = DATE.findall(self.text)
        year, month, day = map(int, found[-1])
        return datetime(year, month, day, 9, 0, 0)


Maker = Callable[[Document, random.Random], bytes]


# --- plain text in an encoding ---------------------------------------------------------------


def utf8(doc: Document, rng: random.Random) -> bytes:
    return doc.text.encode("utf-8")


def gb18030(doc: Document, rng: random.Random) -> bytes:
    return doc.text.encode("gb18030")


def utf16le_bom_crlf(doc: Document, rng: random.Random) -> bytes:
    """As Windows Notepad saves "Unicode": UTF-16 LE with a BOM and CRLF line ends."""
    return codecs.BOM_UTF16_LE + doc.text.replace("\n", "\r\n").encode("utf-16-le")


# --- damaged text ----------------------------------------------------------------------------


def traditional_pinyin_utf8(doc: Document, rng: random.Random) -> bytes:
    return damage.to_traditional_with_pinyin(doc.text, rng).encode("utf-8")


def traditional_pinyin_big5(doc: Document, rng: random.Random) -> bytes:
    # HKSCS, the Big5 extension that has the tone-marked letters pinyin glosses need
    return damage.to_traditional_with_pinyin(doc.text, rng).encode("big5hkscs")


def gbk_misaligned_utf8(doc: Document, rng: random.Random) -> bytes:
    glossed = damage.to_traditional_with_pinyin(doc.text, rng, rate=0.6)
    return damage.halfwidth_punctuation(damage.gbk_misalign(glossed, rng)).encode("utf-8")


def spun_gb18030(doc: Document, rng: random.Random) -> bytes:
    spun = damage.spin(doc.text)
    body = damage.break_some_lines(damage.scatter_spaces(spun, rng, rate=0.008), rng)
    page = damage.add_content_farm_frame(body, doc.title, keywords=("安全生产", "讲话稿", "工作会议"))
    return page.encode("gb18030")


def web_chrome_utf8_bom(doc: Document, rng: random.Random) -> bytes:
    published = doc.date.replace(hour=rng.randint(7, 11), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    page = damage.add_web_chrome(
        doc.text, rng, site="南屏日报", published=f"{published:%Y-%m-%d %H:%M:%S}", editor="江小禾"
    )
    return codecs.BOM_UTF8 + page.encode("utf-8")


# --- other formats ---------------------------------------------------------------------------


def _blocks(text: str) -> list[str | list[list[str]]]:
    """Paragraph lines, with each run of `cell|cell` lines gathered into one table (rows of cells)."""
    blocks: list[str | list[list[str]]] = []
    for line in text.strip().split("\n"):
        if TABLE_ROW in line:
            table = blocks[-1] if blocks else None
            if not isinstance(table, list):
                table = []
                blocks.append(table)
            table.append(line.split(TABLE_ROW))
        else:
            blocks.append(line)
    return blocks


def html_gbk(doc: Document, rng: random.Random) -> bytes:
    """A government site's page: navigation, scripts and footer around the article, its task
    table as an HTML table, the 来源/浏览次数 line inside the article as sites print it."""
    published = f"{doc.date:%Y-%m-%d}"
    info = (
        f'<div class="info">发布时间：{published}　来源：梅川区人民政府办公室　'
        f"浏览次数：{rng.randint(100, 5000)}</div>"
    )
    body = []
    for block in _blocks(doc.text):
        if block == doc.title:
            body += [f"<h1>{html.escape(doc.title)}</h1>", info]
        elif isinstance(block, str):
            body.append(f"<p>{html.escape(block)}</p>")
        else:
            header, *rows = block
            body.append(
                '<table border="1">\n<tr>'
                + "".join(f"<th>{html.escape(c)}</th>" for c in header)
                + "</tr>\n"
                + "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
                + "\n</table>"
            )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{html.escape(doc.title)}_梅川区人民政府</title>
<script type="text/javascript">var _hits = {rng.randint(100, 5000)}; document.write("");</script>
<style>body {{ font-family: SimSun; }} .info {{ color: #666; }}</style>
</head>
<body>
<nav><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zcwj/">政策文件</a> | <a href="/hdjl/">互动交流</a></nav>
<header><div class="logo">梅川区人民政府门户网站</div></header>
<div class="article">
{chr(10).join(body)}
</div>
<aside><h3>相关文件</h3><ul><li><a href="#">关于开展城镇燃气安全排查的通知</a></li></ul></aside>
<footer>版权所有：梅川区人民政府办公室　ICP备案号：X ICP备{rng.randint(10000000, 99999999)}号-2</footer>
<script>/* 访问统计 */</script>
</body>
</html>
"""
    return page.encode("gbk")


def _deterministic_zip(data: bytes) -> bytes:
    """The same archive with fixed entry timestamps (python-docx stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, source.read(entry.filename))
    return out.getvalue()


def docx_with_table(doc: Document, rng: random.Random) -> bytes:
    """A Word file as offices send it: centred title, body paragraphs, the task table as a table."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.size = Pt(14)
    normal.element.rPr.get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    for block in _blocks(doc.text):
        if isinstance(block, str):
            paragraph = word.add_paragraph(block)
            if block == doc.title:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.runs[0].bold = True
        else:
            table = word.add_table(rows=len(block), cols=len(block[0]), style="Table Grid")
            for row, cells in zip(table.rows, block, strict=False):
                for cell, text in zip(row.cells, cells, strict=False):
                    cell.text = text
    properties = word.core_properties
    properties.title = doc.title
    properties.author = properties.last_modified_by = "梅川区人民政府办公室"
    properties.created = properties.modified = doc.date
    properties.revision = 1
    buffer = io.BytesIO()
    word.save(buffer)
    return _deterministic_zip(buffer.getvalue())


def pdf_wrapped(doc: Document, rng: random.Random) -> bytes:
    """A printed-to-PDF document in the built-in STSong CID font; long paragraphs wrap, so the text
    layer breaks lines mid-sentence. `invariant` fixes the dates and the document ID."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
    heading = ParagraphStyle(
        "heading", parent=body, fontSize=16, leading=28, firstLineIndent=0, alignment=TA_CENTER, spaceAfter=6
    )
    story: list[Flowable] = [
        Paragraph(html.escape(line), heading if line == doc.title else body) for line in doc.text.strip().split("\n")
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=28 * mm,
        rightMargin=26 * mm,
        topMargin=30 * mm,
        bottomMargin=30 * mm,
        title=doc.title,
        author="澄溪县人民政府办公室",
        creator="",
        producer="",
        invariant=1,
    ).build(story)
    return buffer.getvalue()


# --- the corpus ------------------------------------------------------------------------------

# (source document, output file name, maker); names say what each file exercises
VARIANTS: tuple[tuple[str, str, Maker], ...] = (
    ("speech-county-meeting", "speech-county-meeting.utf8.txt", utf8),
    ("speech-county-meeting", "speech-county-meeting.trad-pinyin.utf8.txt", traditional_pinyin_utf8),
    ("speech-county-meeting", "speech-county-meeting.spun.gb18030.txt", spun_gb18030),
    ("report-flood-season", "report-flood-season.utf8.txt", utf8),
    ("report-flood-season", "report-flood-season.gbk-misaligned.utf8.txt", gbk_misaligned_utf8),
    ("report-flood-season", "report-flood-season.web-chrome.utf8-bom.txt", web_chrome_utf8_bom),
    ("notice-fireworks", "notice-fireworks.utf8.txt", utf8),
    ("notice-fireworks", "notice-fireworks.trad-pinyin.big5.txt", traditional_pinyin_big5),
    ("plan-selfbuilt-housing", "plan-selfbuilt-housing.utf8.txt", utf8),
    ("plan-selfbuilt-housing", "plan-selfbuilt-housing.web.gbk.html", html_gbk),
    ("plan-selfbuilt-housing", "plan-selfbuilt-housing.table.docx", docx_with_table),
    ("minutes-confined-space", "minutes-confined-space.utf8.txt", utf8),
    ("minutes-confined-space", "minutes-confined-space.utf16le-bom.txt", utf16le_bom_crlf),
    ("minutes-confined-space", "minutes-confined-space.wrapped.pdf", pdf_wrapped),
    ("bulletin-inspection", "bulletin-inspection.utf8.txt", utf8),
    ("bulletin-inspection", "bulletin-inspection.gb18030.txt", gb18030),
)


def load_sources(src: Path) -> dict[str, Document]:
    return {path.stem: Document(path.stem, path.read_text(encoding="utf-8")) for path in sorted(src.glob("*.txt"))}


def build(src: Path, out: Path, seed: int) -> list[Path]:
    """Write every variant to `out`; each file draws from its own generator, seeded by the seed
    and its name, so one variant's output does not depend on the others."""
    sources = load_sources(src)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for source, name, make in VARIANTS:
        path = out / name
        path.write_bytes(make(sources[source], random.Random(f"{seed}:{name}")))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--src", type=Path, default=SRC, help="folder of clean UTF-8 documents")
    parser.add_argument("--out", type=Path, default=SAMPLE)
    args = parser.parse_args()
    written = build(args.src, args.out, args.seed)
    for path in written:
        print(f"{path.stat().st_size:>8}  {path}")
    print(f"{len(written)} files, {sum(p.stat().st_size for p in written)} bytes")


if __name__ == "__main__":
    main()
