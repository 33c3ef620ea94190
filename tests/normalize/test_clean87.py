"""Issue 14 (clean87): runs a writer types from GBK's symbol rows are no misread. Full-width ASCII
forms side by side (`ＡＡＡ级`, `ＬＥＤ`, `Ｗｉ－Ｆｉ`, `ＧＢ５０１６`) and one symbol repeated
(`○○村`, `★★★级`) neither seed a region nor let a misread run over them; a misread's own
neighbouring symbols (`ūā`, one letter beside a mark) still do. Texts written for this project;
the damage is `scripts/damage.py`'s one-byte shift."""

import pytest

from nlp_pipeline.normalize import gbk_misalignment, normalize

from ..conftest import load_module

damage = load_module("damage", "scripts/damage.py")

COMMA_LINE = "各单位要落实责任，加强检查，及时整改。"


def with_lines(line: str) -> str:
    return "\n".join(["一、工作安排", COMMA_LINE, line, "二、工作要求"]) + "\n"


@pytest.mark.parametrize(
    ("text", "i", "written"),
    [
        ("评为ＡＡＡ级", 3, True),
        ("更换ＬＥＤ屏", 2, True),
        ("接入Ｗｉ－Ｆｉ网络", 4, True),  # the full-width hyphen is of the letters' row
        ("执行ＧＢ５０１６规范", 3, True),
        ("○○村委会", 0, True),
        ("评为★★★级", 3, True),
        ("鉴定为Ｃ级危房", 3, False),  # one letter alone
        ("拧紧Ｃ每项", 2, False),  # a mark's wreck beside Chinese
        ("整改Ｃ，及时", 2, False),  # a letter beside a mark of prose
        ("抽查结ūā", 3, False),  # a misread's pinyin letters: one row, two different letters
        ("标注Ａ○处", 2, False),  # two rows
    ],
)
def test_a_written_symbol_run(text, i, written):
    assert gbk_misalignment.in_written_symbol_run(text, i) is written


@pytest.mark.parametrize(
    "line",
    [
        "景区评为国家ＡＡＡ级旅游景区，游客量增长。",
        "全县新增ＡＡＡＡ级景区两家，节假日要加强客流管控。",
        "在路口设置ＬＥＤ显示屏，滚动播放安全提示。",
        "车间已安装ＵＳＢ接口充电柜，严禁私拉电线。",
        "各班组要开展ＱＣ小组活动，查找安全隐患。",
        "学校门卫室配备ＩＣ卡门禁，落实来访登记。",
        "仓库要按ＧＢ５００１６－２０１４设置防火分区。",
        "营业场所覆盖Ｗｉ－Ｆｉ信号，便于扫码报备。",
        "对１０ｋＶ线路开展巡查，清理树障。",
        "经查，ＸＸ公司未落实隐患整改。",
        "○○村要落实网格员巡查制度。",
        "获评★★★级农家乐的经营户要规范用气。",
        "对鉴定为Ｃ级、Ｄ级的危房一律停用。",
    ],
)
def test_clean_lines_stay(line):
    text = with_lines(line)
    assert gbk_misalignment.repair_gbk_misalignment(text)[0] == text
    assert normalize(text).text.split("\n")[2] == line


def test_a_misread_beside_a_written_run_is_repaired():
    damaged = "路口设置ＬＥＤ显示屏，" + damage.shift_one_byte("抓紧落实巡查责任。")
    assert "，" in damaged
    repaired = gbk_misalignment.repair_gbk_misalignment(with_lines(damaged))[0].split("\n")[2]
    assert repaired.startswith("路口设置ＬＥＤ显示屏，")
    assert repaired != damaged


def test_a_misread_stops_before_a_written_run():
    text = "危化股具体负责跟踪，ＧＢ５０１６要"
    assert gbk_misalignment.misread_end(text, 3) == text.index("Ｇ")
