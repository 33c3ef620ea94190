"""Case tables per normalization step: what each repairs, and what it must leave alone."""

from __future__ import annotations

import pytest

from nlp_pipeline import resources
from nlp_pipeline.chars import is_han
from nlp_pipeline.normalize import STEPS, gbk_misalignment, normalize, replay, spin
from nlp_pipeline.normalize.script import detect_script


def run_step(name: str, text: str) -> str:
    output, changes = STEPS[name](text)
    assert replay(text, changes) == output
    return output


@pytest.mark.parametrize(
    "text, expected",
    [
        ("安全\u200b生产", "安全生产"),
        ("\ufeff通知", "通知"),
        ("一、\u3000总体要求", "一、 总体要求"),
        ("第一行\r\n第二行", "第一行\n第二行"),
        # issue 14: separators a copy from a word processor or a web page leaves end lines ...
        ("第一行\u2028第二行\u2029第三行\u0085第四行", "第一行\n第二行\n第三行\n第四行"),
        # ... and bidi controls and the object replacement character carry no text
        ("\u202a县应急管理局\u202c\u2066要求\u2069\u202e排查\ufffc", "县应急管理局要求排查"),
        # ... and a `?` an encoder wrote for a no-break space is a space again
        (
            "三、分组情况\n???(一)第一检查督导组;\n责任领导:胡小波 ?杨 ?剑",
            "三、分组情况\n   (一)第一检查督导组;\n责任领导:胡小波  杨  剑",
        ),
        # ... and a Big5 page's small forms of clause marks are the full-width marks
        ("對工地進行檢查﹔對設備進行維修﹐如有疑問﹖", "對工地進行檢查；對設備進行維修，如有疑問？"),
        ("（一）防汛﹑防台﹙含山洪﹚", "（一）防汛、防台（含山洪）"),
        ("安全生产", "安全生产"),
        # negatives: full-width and half-width marks stay as they are
        ("检查；维修，培训、演练", "检查；维修，培训、演练"),
        ("大安办﹝2020﹞27号", "大安办﹝2020﹞27号"),
        ("县“两会”期间 ——2024年", "县“两会”期间 ——2024年"),
        ("真的整改了吗?还要再查。\n?shù)", "真的整改了吗?还要再查。\n?shù)"),
    ],
)
def test_unicode_hygiene(text, expected):
    assert run_step("unicode_hygiene", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14: a spam mirror's random runs between Chinese characters go
        ("各乡镇要立即组织kQ7z开展隐患排查。", "各乡镇要立即组织开展隐患排查。"),
        ("全面排查@x#3整治安全隐患", "全面排查整治安全隐患"),
        ("安全生Tq9w产大检查", "安全生产大检查"),
        # negatives: units, codes, standards, addresses, a word with its number, two classes only
        ("对10kV线路和3MPa管道开展巡检", "对10kV线路和3MPa管道开展巡检"),
        ("依据GB50016规范，采用Q235B钢材", "依据GB50016规范，采用Q235B钢材"),
        ("监测PM2.5浓度，报送至ab3@163.com邮箱", "监测PM2.5浓度，报送至ab3@163.com邮箱"),
        ("使用iOS系统和x7q编号", "使用iOS系统和x7q编号"),
        # negative: the Chinese around the run does not read on without it (no pair seen)
        ("某厂Ab3#氟", "某厂Ab3#氟"),
        # issue 14: the same junk printed letter-spaced, inside a sentence (it split a task)
        ("加强对河道、堤Q X 4 M B坝的巡查。", "加强对河道、堤坝的巡查。"),
        ("各村要切实做？ K ~好转移准备。", "各村要切实做好转移准备。"),
        # negatives: one class only, a list with 、, spaced letters set off from the Chinese
        ("按A B C类分级管理", "按A B C类分级管理"),
        ("分为A、B、C三类", "分为A、B、C三类"),
        ("型号 X 7 B 已停用", "型号 X 7 B 已停用"),
    ],
)
def test_injected_junk(text, expected):
    assert run_step("injected_junk", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14: a metadata block or a paragraph a copy-paste printed twice in a row keeps one copy
        (
            "发布时间：2024-05-06 来源：县应急管理局 浏览次数：\n发布时间：2024-05-06 来源：县应急管理局 浏览次数：\n正文",
            "发布时间：2024-05-06 来源：县应急管理局 浏览次数：\n正文",
        ),
        (
            "各单位要于5月底前完成隐患排查整治，建立台账。\n\n  各单位要于5月底前完成隐患排查整治，建立台账。 \n二、",
            "各单位要于5月底前完成隐患排查整治，建立台账。\n二、",
        ),
        # ... a block of two lines, wrapped the same way both times
        (
            "县安委办将每两个月调度一次\n整治进展，通报滞后单位。\n县安委办将每两个月调度一次\n整治进展，通报滞后单位。",
            "县安委办将每两个月调度一次\n整治进展，通报滞后单位。",
        ),
        # negatives: a short line said twice; a repeat with a paragraph between; one character differs
        ("同意。\n同意。", "同意。\n同意。"),
        (
            "| 各县（市、区）人民政府 |\n| 各县（市、区）人民政府 |",
            "| 各县（市、区）人民政府 |\n| 各县（市、区）人民政府 |",
        ),
        (
            "各单位要于5月底前完成隐患排查整治。\n各单位要建立台账。\n各单位要于5月底前完成隐患排查整治。",
            "各单位要于5月底前完成隐患排查整治。\n各单位要建立台账。\n各单位要于5月底前完成隐患排查整治。",
        ),
        (
            "各乡镇要于5月底前完成隐患排查整治工作。\n各街道要于5月底前完成隐患排查整治工作。",
            "各乡镇要于5月底前完成隐患排查整治工作。\n各街道要于5月底前完成隐患排查整治工作。",
        ),
    ],
)
def test_repeated_block(text, expected):
    assert run_step("repeated_block", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("召開會(huì)議", "召開會議"),
        ("安全生產(chǎn)責(zé)任", "安全生產責任"),
        ("關（guān）于", "關于"),
        # issue 14: toneless glosses, ü written as v or ü
        ("直(zhi)轄(xia)市的安(an)全", "直轄市的安全"),
        ("绿(lv)色通道、女(nü)职工", "绿色通道、女职工"),
        # negative cases: not a reading of the character before
        ("办法(试行)", "办法(试行)"),
        ("（2021）12号", "（2021）12号"),
        ("（一）加强领导", "（一）加强领导"),
        ("《规定》(以下简称《规定》)", "《规定》(以下简称《规定》)"),
        ("系统(ERP)上线", "系统(ERP)上线"),
        ("会(xiàn)议", "会(xiàn)议"),
        ("会(xian)议", "会(xian)议"),
        ("维生素(e)和氧(o2)", "维生素(e)和氧(o2)"),
    ],
)
def test_pinyin_annotation(text, expected):
    assert run_step("pinyin_annotation", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one byte of `。現` lost: the comma is 。's second byte plus 現's first, F its second
        ("大量工作,F(xiàn)在看,事故救援", "大量工作。現在看,事故救援"),
        # a byte read twice and the character lost to `?`, its reading left behind
        ("省長巴音朝魯?shù)綍?huì)并作重要講話", "省長巴音朝魯到會并作重要講話"),
        ("各項措施落實到位。一要?jiǎng)?wù)必高度重視", "各項措施落實到位。一要務必高度重視"),
        # nothing explains it: only the debris goes, the gap is left
        ("領域?qū)n}學習", "領域學習"),
        # negative cases: clean text, Latin that belongs there
        ("督促各A级景区暂停营业", "督促各A级景区暂停营业"),
        ("巴音朝鲁到会并作重要讲话", "巴音朝鲁到会并作重要讲话"),
        ("开展B超检查和CT检查", "开展B超检查和CT检查"),
        # issue 14: a lone rare character that ends a person's name (surname before it; a comma,
        # 、 or a title after it), and redaction marks
        ("出席会议的有副县长张晓嘇,县应急局局长李某", "出席会议的有副县长张晓嘇,县应急局局长李某"),
        ("办公室主任郑国偩,副主任王某", "办公室主任郑国偩,副主任王某"),
        ("要严格执行报告制度。\n来源:南湖日报\n责编:翟可", "要严格执行报告制度。\n来源:南湖日报\n责编:翟可"),
        ("关于做好x年度安全生产工作的通知", "关于做好x年度安全生产工作的通知"),
        ("关于做好××年度、**年度安全生产工作", "关于做好××年度、**年度安全生产工作"),
        # issue 14 (norm40): a lone letter that is part of the text stays where no realignment
        # explains it: o typed for 〇 between Chinese numerals, a letter after a seen pair (a brand);
        # a letter after characters that form no seen pair is still debris
        ("县二o二四年度安全生产工作要点", "县二o二四年度安全生产工作要点"),
        ("请到五楼五o三会议室领取材料", "请到五楼五o三会议室领取材料"),
        ("本次活动由汽车e族论坛协办", "本次活动由汽车e族论坛协办"),
        ("欢迎参加第三届骑行e家年会活动", "欢迎参加第三届骑行e家年会活动"),
        ("通过政务e网通平台办理", "通过政务e网通平台办理"),
        ("领域?qū)n}学习", "领域学习"),
        ("加强岬璁w管理工作", "加强岬璁管理工作"),
        # a bullet symbol where a clause starts is the writer's, not a misread pair
        (
            "做到精准排查;★二是相关职能部门要全力配合;★三是要加强宣传",
            "做到精准排查;★二是相关职能部门要全力配合;★三是要加强宣传",
        ),
        ("会议要求: ●各乡镇要立即开展排查", "会议要求: ●各乡镇要立即开展排查"),
    ],
)
def test_gbk_misalignment(text, expected):
    assert run_step("gbk_misalignment", text) == expected


SHIFTED = "大量工作,F(xiàn)在看\n"  # a byte-shift repair elsewhere: the document has the damage


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024年49日印发", "2024年4月9日印发"),
        ("于2024年1015日前完成", "于2024年10月15日前完成"),
        ("岚政办〔2024〕22\n关于", "岚政办〔2024〕22号\n关于"),
        ("2024年9月13\n", "2024年9月13日\n"),
        ("各乡镇要在630日前完成", "各乡镇要在6月30日前完成"),
        # issue 14 (gbk32): a year's 年 lost before its month, a document number's 〕 before its
        # serial, and a number's 〔 lost with its 号
        ("截至20263月31日，全市", "截至2026年3月31日，全市"),
        ("市应急局202310月9日印发", "市应急局2023年10月9日印发"),
        ("须于2027415日前报送", "须于2027年4月15日前报送"),
        ("完成时限:20281月20日前", "完成时限:2028年1月20日前"),
        ("印发日期：20229月28\n", "印发日期：2022年9月28日\n"),
        ("某区安办发〔202331号文件", "某区安办发〔2023〕31号文件"),
        ("某区安办2023〕31\n关于", "某区安办2023〕31号\n关于"),
        ("自71日起", "自71日起"),  # two digits: 71日 is no date to split
        ("于120日内完成整改", "于120日内完成整改"),
        # negative cases: no certain split, or a format that needs nothing
        ("2024年111日", "2024年111日"),
        ("15日前报送", "15日前报送"),
        ("〔2024〕22号文件", "〔2024〕22号文件"),
        ("岚政办〔2024〕22號\n", "岚政办〔2024〕22號\n"),  # issue 14: never 号 before 號
        ("共计120243月", "共计120243月"),  # a longer number is no year
        ("第20260月", "第20260月"),  # no month 0
        ("2026年3月31日，全市", "2026年3月31日，全市"),
        ("按2000日内", "按2000日内"),
        ("某区安办发〔2023〕31号", "某区安办发〔2023〕31号"),
    ],
)
def test_gbk_misalignment_restores_lone_characters_in_damaged_documents(text, expected):
    assert run_step("gbk_misalignment", SHIFTED + text).endswith(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14: the restored first character chosen as words, not as character pairs alone
        # (运输/等/企业, not 运输先企业)
        ("检查道路运输绕笠岛统∷52家", "检查道路运输等企业和场所52家"),
        # a region seeded one character early, where the first wrong character made an unseen
        # pair with an intact one (各|棵…)
        ("会议要求各棵偶忧恐蛋嘀凳。", "会议要求各部门加强值班值守。"),
        # a lost punctuation mark (lead byte 0xA3, trail lost) before digits: a label's colon after
        # a few characters, a clause's comma after more (issue 14, gbk32)
        ("完成毕蓿10月底前", "完成时限：10月底前"),
        ("觳槭奔洌2026年5月", "检查时间：2026年5月"),
        ("各地要在汛期前完成隐患挪椋6月底前报送结果。", "各地要在汛期前完成隐患排查，6月底前报送结果。"),
        ("全市共检查燃气经营笠担48家存在问题。", "全市共检查燃气经营企业，48家存在问题。"),
        ("交通运输部门要加强客运车辆动态嗫兀5月底前完成。", "交通运输部门要加强客运车辆动态监控，5月底前完成。"),
        ("矿山企业要落实领导带嘀贫龋3月起每月通报一次。", "矿山企业要落实领导带班制度，3月起每月通报一次。"),
        # before Chinese text the mark stays lost: nothing in the genre says which one it was
        pytest.param(
            "住建部门组织房屋安全鉴ǎ年底前完成80栋。",
            "住建部门组织房屋安全鉴定，年底前完成80栋。",
            marks=pytest.mark.xfail(strict=True),
        ),
        # negative cases: clean text and names with rare characters stay
        ("检查道路运输等企业和场所52家", "检查道路运输等企业和场所52家"),
        ("完成时限：10月底前", "完成时限：10月底前"),
        ("县长方志远、副县长张晓旸出席", "县长方志远、副县长张晓旸出席"),
        ("责编:翟可\n审核:闫旭", "责编:翟可\n审核:闫旭"),
        # what stays: a byte pair that fell into the user-defined rows right after a lone lead
        # at a line's end (政|府 lost with it), and dropped pairs inside a run (抄送 -> 惩, 生产)
        pytest.param("请各镇嗣裾\n完成", "请各镇人民政府\n完成", marks=pytest.mark.xfail(strict=True)),
        pytest.param("严格落实踩鹑沃啤\n", "严格落实安全生产责任制。\n", marks=pytest.mark.xfail(strict=True)),
        pytest.param(
            "各单位要把整改情龀拖匕参臁\n（二）",
            "各单位要把整改情况抄送县安委办。\n（二）",
            marks=pytest.mark.xfail(strict=True),
        ),
    ],
)
def test_gbk_misalignment_joint_completion(text, expected):
    assert run_step("gbk_misalignment", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14: a byte pair that fell into the user-defined rows inside a run, where the
        # character pairs gain too little alone and the words across the refill decide (长效黄,
        # 通道抗检 before)
        ("各镇要健全ばЩ啤\n二、", "各镇要健全长效机制。\n二、"),
        ("全面落实踩芾沓ばЩ啤\n", "全面落实安全管理长效机制。\n"),
        # 查: its trail byte is lost, 检查 and 检察 tie as words, and the text writes 检查 (gbk84)
        ("检查枭⑼ǖ揽辜觳12次", "检查疏散通道开展检查12次"),
        ("督查枭⑼ǖ揽辜觳12次", "督查疏散通道开展检12次"),  # the text writes neither: lost with no trace
        # negative cases: a realignment whose characters are all there is not split (亲自抓, not
        # 亲自转播, which gains as words too), nor a last character its reading confirms (嚴, not 國防)
        ("主要负责同志鬃宰ァ\n（二）", "主要负责同志亲自抓。\n（二）"),
        ("執法必!皣(yán)", "執法必。“嚴"),
    ],
)
def test_gbk_dropped_pairs_refilled_where_words_decide(text, expected):
    assert run_step("gbk_misalignment", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14 (gbk43): a heading whose numeral's bytes were all lost (its lead to the shift,
        # its trail to a user-defined pair with 、's lead) is numbered as the document numbers
        ("一、总体要求\n略。\n⒐ぷ鞔胧\n", "一、总体要求\n略。\n二、工作措施\n"),
        ("五、进度安排\n分三个阶段。\n⑵渌孪钏得\n", "五、进度安排\n分三个阶段。\n六、其他事项说明\n"),
    ],
)
def test_gbk_lost_heading_numeral_from_the_documents_numbering(text, expected):
    assert run_step("gbk_misalignment", text) == expected


@pytest.mark.parametrize(
    "text, start, repaired, expected",
    [
        ("一、目标\n", 5, "、措施", "二、措施"),
        ("一、目标\n二、任务\n", 10, "、保障", "三、保障"),
        ("\n三、时间安排", 0, "、职责分工", "二、职责分工"),  # numbered from the heading below
        # negative cases: a 、 inside a line is a list's, a document without numbered headings
        # says nothing, and nothing comes after 十 in a one-character numeral
        ("检查消防", 4, "、安全出口", "、安全出口"),
        ("第一条 为了加强管理\n", 11, "、组织领导", "、组织领导"),
        ("十、附则\n", 5, "、其他", "、其他"),
        ("一、目标\n", 5, "开展排查", "开展排查"),
    ],
)
def test_gbk_heading_numeral_follows_the_numbering(text, start, repaired, expected):
    assert gbk_misalignment.with_heading_numeral(text, start, repaired) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14 (gbk43), classes of the residue left: a character lost whole before the
        # first one the shift left (开 of 开展, 件 of 条件: its trail byte in a user-defined pair
        # with the next lead; tried with the pair's prior, it inserted more wrong characters than
        # right ones on seeds 13-20), a run's last character standing for two characters' halves
        # (季度 -> 径, 室。 -> 摇: common characters no seed finds), and a last character whose
        # lead byte survives but the words rank it too close to call (隐 kept, 患 lost)
        pytest.param("对照标准棺圆樽跃拦ぷ\n", "对照标准开展自查自纠工作\n", marks=pytest.mark.xfail(strict=True)),
        pytest.param("不符合条囊宦刹挥栊砜\n", "不符合条件的一律不予许可\n", marks=pytest.mark.xfail(strict=True)),
        pytest.param(
            "由市交通运输局牵头，三径\n", "由市交通运输局牵头，三季度\n", marks=pytest.mark.xfail(strict=True)
        ),
        pytest.param("报领导小组办公摇\n", "报领导小组办公室。\n", marks=pytest.mark.xfail(strict=True)),
        pytest.param("检查发现问庖12处", "检查发现问题隐患12处", marks=pytest.mark.xfail(strict=True)),
    ],
)
def test_gbk_residue_classes_left(text, expected):
    assert run_step("gbk_misalignment", text) == expected


@pytest.mark.parametrize(
    ("text", "seeded"),
    [
        # issue 14: a pinyin letter of GBK's row 0xA8 with no letter beside it is a misread pair
        # (建档 -> ǖ), like the kana and box-drawing symbols
        ("已完成辨识ǖ61家；全县", True),
        ("要求每周ū觳榍榭1次", True),
        # negative cases: readings and romanised names always have letters beside the toned one
        ("注音建(jiàn)档", False),
        ("北京Běijīng市", False),
        ("啊(ā)", False),
    ],
)
def test_gbk_wedged_pinyin_letter_is_a_seed(text, seeded):
    letters = {i for i, ch in enumerate(text) if ch in gbk_misalignment.PINYIN_LETTERS}
    assert bool(letters & gbk_misalignment.seed_positions(text)) is seeded


@pytest.mark.parametrize(
    "text, seeds",
    [
        ("安全à生产", {2}),  # a toned vowel alone between Chinese characters: a misread byte pair
        # negative cases: toned vowels inside a syllable (an annotation), or at the text's ends
        ("会(huì)议安排", set()),
        ("安全生产（ān quán）", set()),
        ("检查ā", set()),
        ("ā检查", set()),
    ],
)
def test_gbk_misread_symbol_seeds(text, seeds):
    assert gbk_misalignment.seed_positions(text) == seeds


@pytest.mark.parametrize(
    "text",
    [
        # a box-drawing dash a writer put between a rare character and text that reads on is not
        # a misread (a real traditional page: 憾─ was read 胶东京)
        "本月主题「作业不留憾─建筑工地防坠落」宣传",
        "主題為「高處作業不生憾━建築工地防墜落」",
    ],
)
def test_gbk_writers_dash_before_text_that_reads_on_is_kept(text):
    assert run_step("gbk_misalignment", text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14: a window never reads past the decoder's recovery (the `|`): read with the
        # next cell, the shifted run took `|区` for 波東
        (
            "8|对医疗机构、学校南郎枋┖褪枭⑼ǖ揽辜觳|区卫生健康局",
            "8|对医疗机构、学校的消防设施和疏散通道开展检|区卫生健康局",
        ),
    ],
)
def test_gbk_window_stops_at_the_decoders_recovery(text, expected):
    assert run_step("gbk_misalignment", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue 14: the last character's lead byte and a dropped pair after it, decided by the
        # words of the clause (政 + 府, 要 + 求)
        ("请各乡镇人裾\n抓紧落实", "请各乡镇人民政府\n抓紧落实"),
        ("二、飨罟ぷ饕\n", "二、各项工作要求\n"),
        ("请于碌浊氨ㄋ拖卣\n", "请于月底前报送县政府\n"),
        # readings too close to call that agree on the lead byte's character keep it (为, 为了, 为。)
        ("非法充装⑽ス嫦坌形\n道路", "非法充装、违规销售行为\n道路"),
        # negative case: where words and pairs do not single one reading out the tail stays lost
        # (结果 or 结构, with or without the 。 a dropped pair may have hidden)
        ("每月通报一纬椴榻峁\n（六）", "每月通报一次抽查结\n（六）"),
        pytest.param(
            "严肃查处シㄎス嫘形\n",
            "严肃查处违法违规行为。\n",
            marks=pytest.mark.xfail(strict=True, reason="a line-end 。 after a dropped pair: neither model scores it"),
        ),
    ],
)
def test_gbk_run_end_read_by_words(text, expected):
    assert run_step("gbk_misalignment", text) == expected


@pytest.mark.parametrize(
    ("gain", "candidate", "left", "clear"),
    [
        (25.0, "部门加强", "要求各", True),
        # negative cases: a first character the model never saw after its neighbour (各|棵偶… read
        # from 各), and a gain too small to rule a late start out
        (25.0, "指鳙部门", "要求各", False),
        (15.0, "部门加强", "要求各", False),
    ],
)
def test_gbk_late_start_is_tried_unless_a_realignment_explains_clearly(gain, candidate, left, clear):
    assert gbk_misalignment.explains_clearly(gain, candidate, left) is clear


def test_gbk_step_on_clean_text_never_loads_the_word_model(monkeypatch):
    """jieba's dictionary is read only when a damaged region has readings to compare."""
    monkeypatch.setattr(gbk_misalignment, "word_plausibility", lambda text: model_forbidden())
    text = "各乡镇要在6月底前完成燃气管道隐患排查整治，由副县长张晓旸,县应急局督办。"
    assert run_step("gbk_misalignment", text) == text


def test_lone_characters_are_not_restored_in_clean_documents():
    assert run_step("gbk_misalignment", "2024年49日印发") == "2024年49日印发"


def test_gbk_misalignment_restores_dropped_bytes():
    assert run_step("gbk_misalignment", "嚴改!把杆佟本褪且⒓磫(dòng),馬上") == "嚴改。“迅速”就是要立即啟動,馬上"


def model_forbidden():
    raise AssertionError("the character model was loaded")


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇要在6月底前完成燃气管道隐患排查整治。",
        "嚴格落實安全生產責任制，確保不發生較大事故。",  # traditional, all frequent once simplified
        "Safety first: 2024-06-30",
    ],
)
def test_gbk_step_on_clean_text_never_loads_the_model(monkeypatch, text):
    """issue 16/19: the detector decides from the frequent characters before the model is read."""
    monkeypatch.setattr(gbk_misalignment, "char_lm", model_forbidden)
    assert run_step("gbk_misalignment", text) == text


@pytest.mark.parametrize(
    "text",
    [
        "嚴改!把杆佟本褪且⒓磫(dòng),馬上",  # a shifted run: rare characters and an orphan reading
        "副县长张晓旸,县应急局",  # one rare character is enough to ask the model (it is a name)
    ],
)
def test_gbk_step_on_damage_signs_asks_the_model(monkeypatch, text):
    monkeypatch.setattr(gbk_misalignment, "char_lm", model_forbidden)
    with pytest.raises(AssertionError, match="model was loaded"):
        run_step("gbk_misalignment", text)


def test_the_gate_scan_finds_every_character_that_can_seed():
    """issue 19: clean text is turned away by one regex scan for unusual characters; it must find
    every character a seed can hold (whatever GBK decodes a pair to, ASCII, tone marks)."""
    decoded = {
        bytes([lead, trail]).decode("gbk", errors="replace")
        for lead in range(0x81, 0xFF)
        for trail in range(0x40, 0xFF)
    }
    candidates = decoded | set(map(chr, range(128))) | set(gbk_misalignment.TONED)
    can_seed = {
        ch
        for ch in candidates
        if gbk_misalignment.is_rare_han(ch)
        or gbk_misalignment.MISREAD_SYMBOL.match(ch)
        or ch in gbk_misalignment.HARD_SIGN_CHARS
    }
    assert can_seed and all(gbk_misalignment.unusual_char().match(ch) for ch in can_seed)
    # negative cases: what clean text is made of
    assert not gbk_misalignment.unusual_char().findall(
        "各乡镇要在6月底前完成排查整治，（一）“两客一危”。 SAFETY A-B 2024"
    )


def test_frequent_chars_agree_with_the_model():
    """data/normalize/frequent_chars.txt is derived from char_lm.tsv: rebuilt together."""
    counts = resources.char_lm_counts()
    derived = {ch for ch, n in counts.items() if len(ch) == 1 and is_han(ch) and n >= gbk_misalignment.RARE_COUNT}
    assert resources.frequent_chars() == derived


@pytest.mark.parametrize(
    "text, script",
    [
        ("會議審議通過了《地方黨政領導幹部安全生產責任制規定》", "traditional"),
        ("会议审议通过了安全生产责任制规定", "simplified"),
        ("乾隆年间的后街改造工程由市住建局负责", "simplified"),
    ],
)
def test_script_detection(text, script):
    assert detect_script(text) == script


@pytest.mark.parametrize(
    "text, expected",
    [
        ("會議審議通過了《規定》", "会议审议通过了《规定》"),
        # issue 14: every line that holds traditional-only characters, whatever the document's share
        (
            "各部门要加强排查。\n二、加強組織領導\n電子郵箱：aj@example.cn",
            "各部门要加强排查。\n二、加强组织领导\n电子邮箱：aj@example.cn",
        ),
        (
            "县安委辦要求各乡镇立即开展隐患排查整治，确保不留死角，及时消除各类安全隐患。",
            "县安委办要求各乡镇立即开展隐患排查整治，确保不留死角，及时消除各类安全隐患。",
        ),
        ("產", "产"),
        # ... and only the runs that hold one where a simplified line has a traditional name
        (
            "鍾某某在乾隆年间的后街改造工程现场检查安全生产工作，要求於某某立即整改。",
            "钟某某在乾隆年间的后街改造工程现场检查安全生产工作，要求於某某立即整改。",
        ),
        (
            "在这次安全生产大检查中，县应急管理局对各乡镇各部门的工作进行了全面督导，发现鍾某於某禮堂存在隐患。",
            "在这次安全生产大检查中，县应急管理局对各乡镇各部门的工作进行了全面督导，发现钟某於某礼堂存在隐患。",
        ),
        # negative cases: simplified characters OpenCC would change (乾, 後, 於) in simplified text
        ("乾隆年间的后街改造工程", "乾隆年间的后街改造工程"),
        ("於某某同志", "於某某同志"),
    ],
)
def test_t2s(text, expected):
    assert run_step("t2s", text) == expected


SIMPLIFIED_OPENING = "在这次安全生产大检查中，县应急管理局对各乡镇各部门的工作进行了全面督导，发现"


@pytest.mark.parametrize(
    "text, changes",
    [
        # a traditional line: OpenCC's runs closer than MERGE_GAP make one change, unchanged characters inside
        ("會議審議通過了《規定》", [("會議審議通過了《規", "会议审议通过了《规", 0)]),
        ("會議審議工作已經按照計劃完成", [("會議審議工作已經按照計劃", "会议审议工作已经按照计划", 0)]),
        # negative cases: runs of two lines never make one change ...
        ("會議\n通過", [("會議", "会议", 0), ("過", "过", 4)]),
        # ... nor two kept runs with a run left as it is between them (於 in a simplified line)
        (SIMPLIFIED_OPENING + "鍾某於某禮堂存在隐患。", [("鍾", "钟", 38), ("禮", "礼", 42)]),
        (SIMPLIFIED_OPENING + "鍾某某禮堂存在隐患。", [("鍾某某禮", "钟某某礼", 38)]),
    ],
)
def test_t2s_change_log(text, changes):
    _, log = STEPS["t2s"](text)
    assert [(change.before, change.after, change.offset) for change in log] == changes


def test_short_texts_are_converted():
    """issue 14: `normalize("安全生產(chǎn)")` kept 安全生產."""
    result = normalize("安全生產(chǎn)")
    assert (result.text, result.source_script) == ("安全生产", "traditional")


@pytest.mark.parametrize(
    "text, script",
    [
        ("嚴格落實安全生產責任制。\n各單位要加強隱患排查。", "traditional"),
        ("各单位要加强隐患排查。\n严防《華僑日報》所报事故重演。\n各乡镇要在6月底前完成整治。", "mixed"),
        ("各单位要加强隐患排查。", "simplified"),
    ],
)
def test_normalize_records_the_script_the_t2s_step_read(text, script):
    """The script comes from the t2s step's own reading of the text it is given, not a second pass."""
    assert normalize(text).source_script == script == detect_script(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("首页 > 新闻中心\n正文第一段。", "正文第一段。"),
        ("标题\n2023-07-28 08:46:12  来源:某某日报  浏览次数:17\n正文。", "标题\n2023-07-28 08:46:12\n正文。"),
        ("正文。\n责任编辑:王某某\n【打印本页】 【关闭窗口】", "正文。\n"),
        ("正文。\n相关新闻:\n· 一条新闻\n· 又一条\n主办:某某办公室  ICP备案号:X", "正文。\n"),
        ("下面是小编为大家整理的讲话,供大家参考。\n在会议上的讲话", "在会议上的讲话"),
        ("落实到位。温馨提示:欲了解更多,请拨打13500000000咨询。", "落实到位。"),
        ("在分会场参会。(记者 张某 李某)", "在分会场参会。"),
        ("图为会议现场。 记者 张某 摄\n正文。", "正文。"),
        # issue 14: a dateline whose date comes last keeps it; a metadata block keeps its title and date
        (
            "县政府召开专题会议\n来源:县政府  作者:  时间:2025-09-18 09:21\n会议要求，各乡镇要立即开展排查。",
            "县政府召开专题会议\n2025-09-18 09:21\n会议要求，各乡镇要立即开展排查。",
        ),
        (
            "索引号：000014349/2024-00087\n主题分类：安全生产\n标题：关于做好汛期安全防范工作的通知\n发布日期：2024-06-13\n"
            "各乡镇人民政府：\n现将有关事项通知如下。",
            "关于做好汛期安全防范工作的通知\n2024-06-13\n各乡镇人民政府：\n现将有关事项通知如下。",
        ),
        # ... a site's name, a publish line in another order, a content farm's tail, credits
        (
            "石门新闻网\n我市部署城市生命线安全工程建设\n浏览次数：1276 | 作者：孙某 | 发布时间：2024-04-18 10:02\n"
            "市住建局牵头，年底前完成监测平台建设。【责任编辑：高某】\n会上，市城投集团作了表态发言。（记者 孙某 通讯员 周某）",
            "我市部署城市生命线安全工程建设\n2024-04-18 10:02\n市住建局牵头，年底前完成监测平台建设。\n"
            "会上，市城投集团作了表态发言。",
        ),
        (
            "有限空间作业专项治理方案\n各车间要在6月15日前完成辨识登记。\n本文标题：有限空间作业专项治理方案\n"
            "链接地址：http://www.example.com/a/1.html\n相关热词搜索：有限空间 方案\n相关文章：\n消防安全自查方案",
            "有限空间作业专项治理方案\n各车间要在6月15日前完成辨识登记。\n",
        ),
        # negative cases: the genre's own lines stay
        (
            "联系人：县应急管理局 张某 电话：0xxx-6621xxxx\n附件：统计表",
            "联系人：县应急管理局 张某 电话：0xxx-6621xxxx\n附件：统计表",
        ),
        (
            "白河镇安全生产工作例会纪要\n时间：2024年3月12日下午\n地点：镇政府三楼会议室\n会议听取了汇报。",
            "白河镇安全生产工作例会纪要\n时间：2024年3月12日下午\n地点：镇政府三楼会议室\n会议听取了汇报。",
        ),
        (
            "会议要求，各部门要立即关闭违规设施，下载安装监测软件。\n电子邮箱：yjj@example.gov.cn",
            "会议要求，各部门要立即关闭违规设施，下载安装监测软件。\n电子邮箱：yjj@example.gov.cn",
        ),
        ("共1.5万人，见附件.docx", "共1.5万人，见附件.docx"),
        ("（此件公开发布）", "（此件公开发布）"),
        # issue 14: a heading framed by rules keeps the heading; negatives: `==` inside a line
        (
            "各村完成入户排查。\n======== 柳河镇具体安排（镇应急办补充）========\n1、3月8日前，各村完成入户。",
            "各村完成入户排查。\n柳河镇具体安排（镇应急办补充）\n1、3月8日前，各村完成入户。",
        ),
        ("各村完成入户排查。\n标准值===未定，待县局答复。", "各村完成入户排查。\n标准值===未定，待县局答复。"),
        # review #9: a title field in a page's table cell keeps the title without the cell's bars
        (
            "索引号: | 000014/2024-00031 | 分类: | 安全生产 |\n发布机构: | 临江县人民政府办公室 | 文号: | 临政办发〔2024〕12号 |\n"
            "名称: | 临江县人民政府办公室关于印发《全县燃气安全专项整治方案》的通知 |\n各乡镇要完成燃气排查。",
            "临江县人民政府办公室关于印发《全县燃气安全专项整治方案》的通知\n各乡镇要完成燃气排查。",
        ),
        ("本报讯（记者周某）6月11日，市里召开会议。", "本报讯（记者周某）6月11日，市里召开会议。"),
        # issue 14: a letter's header printed as issued stays as the letter's own, empty archive fields too (conv62)
        (
            "档号：\n保存年限：\n\n某县政府 函\n\n承办人：某科 王某\n电话：(02)123xxxx\n\n"
            "发文日期：中华民国114年3月2日\n速别：普通件\n\n主旨：请于3月底前完成工地检查，请查照。",
            "档号：\n保存年限：\n\n某县政府 函\n\n承办人：某科 王某\n电话：(02)123xxxx\n\n"
            "发文日期：中华民国114年3月2日\n速别：普通件\n\n主旨：请于3月底前完成工地检查，请查照。",
        ),
        # negatives: one header label only; no subject line; a document's own contact line
        (
            "承办人：某科 王某\n电话：(02)123xxxx\n主旨：请于3月底前完成工地检查，请查照。",
            "承办人：某科 王某\n电话：(02)123xxxx\n主旨：请于3月底前完成工地检查，请查照。",
        ),
        (
            "档号：甲-12\n速别：普通件\n各单位要于3月底前完成工地检查。",
            "档号：甲-12\n速别：普通件\n各单位要于3月底前完成工地检查。",
        ),
        # issue 14: a mail's header and cover note above a document under a divider go
        (
            "发件人：县安委办 <a@example.cn>\n收件人：各乡镇安办\n主题：会议纪要，请查收\n\n"
            "各乡镇安办：\n附件为会议纪要，请抓好落实。\n\n-------- 正文 --------\n\n县安委会会议纪要\n会议要求各乡镇完成排查。",
            "\n\n\n县安委会会议纪要\n会议要求各乡镇完成排查。",
        ),
        # issue 14: what a phone's narrow wrap carried off a chrome line goes with it
        (
            "| 文号 | 望应急〔2\n025〕9号 |\n\n各乡镇要完成自查。",
            "\n各乡镇要完成自查。",
        ),
        ("各乡镇要完成自查。\n\n【分享到】 微信  微博\n  QQ空间\n", "各乡镇要完成自查。\n\n"),
        # negatives: a document number under a counter left empty; a sentence under an open label
        (
            "发布时间:2023-05-22  来源:县应急管理局  点击:\n青安委〔2023〕11号\n\n各乡镇：\n要立即开展排查。",
            "2023-05-22\n青安委〔2023〕11号\n\n各乡镇：\n要立即开展排查。",
        ),
        (
            "浏览次数：\n各乡镇要在5月10日前完成自查。",
            "各乡镇要在5月10日前完成自查。",
        ),
        # negative: without a mail's header above it, the note above a divider is the document's own
        (
            "各乡镇安办：\n附件为会议纪要。\n-------- 正文 --------\n县安委会会议纪要",
            "各乡镇安办：\n附件为会议纪要。\n县安委会会议纪要",
        ),
    ],
)
def test_boilerplate(text, expected):
    assert run_step("boilerplate", text) == expected


SPUN = "平安生产工作会议。经济社会开展的大局。根底设施薄弱。要扎实开展平安生产大检查，" "对工作推进不力的进行催促。"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            SPUN,
            "安全生产工作会议。经济社会发展的大局。基础设施薄弱。要扎实开展安全生产大检查，"
            "对工作推进不力的进行督促。",
        ),
        (
            "平安生产。守法本钱低。坚持原那么。局部企业安全根底差。局部地区有大暴雨。",
            "安全生产。守法成本低。坚持原则。部分企业安全基础差。局部地区有大暴雨。",
        ),
        # pairs without any listed collocation: the model decides (准时 -> 及时, 催促 -> 督促);
        # the override table keeps 不容乐观
        (
            "平安生产形势不容乐观。要准时上报平安隐患，催促企业整改变乱隐患。",
            "安全生产形势不容乐观。要及时上报安全隐患，督促企业整改事故隐患。",
        ),
        # negative cases: an unspun document keeps its 平安, 开展, 局部, 进展
        (
            "确保社会大局平安稳定。要扎实开展隐患排查。局部大暴雨。工作取得进展。",
            "确保社会大局平安稳定。要扎实开展隐患排查。局部大暴雨。工作取得进展。",
        ),
    ],
)
def test_spin(text, expected):
    assert run_step("spin", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "确保社会大局平安稳定。要扎实开展隐患排查。",  # two stand-ins: fewer than the evidence asked
        "各乡镇要在6月底前完成燃气管道隐患排查整治。",  # none
    ],
)
def test_spin_step_on_too_few_stand_ins_never_loads_the_model(monkeypatch, text):
    """issue 19: evidence is a subset of the candidates, so a bound on them decides before the model."""
    monkeypatch.setattr(spin, "char_lm", model_forbidden)
    assert run_step("spin", text) == text


def test_spin_step_on_enough_stand_ins_asks_the_model(monkeypatch):
    monkeypatch.setattr(spin, "char_lm", model_forbidden)
    spin.word_margin.cache_clear()  # margins an earlier test scored would not ask the model again
    with pytest.raises(AssertionError, match="model was loaded"):
        run_step("spin", "平安生产。守法本钱低。坚持原那么。局部企业安全根底差。")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我们要本着对 D 和人民高度负责的态度", "我们要本着对党和人民高度负责的态度"),
        ("坚持D中央集中统一领导", "坚持党中央集中统一领导"),
        ("督促各A级景区暂停营业", "督促各A级景区暂停营业"),
        ("D级危险房屋", "D级危险房屋"),
        ("对鉴定为D级的危房一律停用", "对鉴定为D级的危房一律停用"),
        ("列为 D 类管理", "列为 D 类管理"),
    ],
)
def test_censor_standin(text, expected):
    assert run_step("censor_standin", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("标题\n\n正文第一段。\n\n正文第二段。", "标题\n正文第一段。\n正文第二段。"),
        ("要全面排查,\n对存在的问题立即整改。", "要全面排查,对存在的问题立即整改。"),
        (
            "　　全市各级各部门扎实做好各项防汛准备工作,累计排查整改\n各类安全隐患640余处,组织转移避险群众1.3万人次,实现\n"
            "了人员零伤亡。全市各级各部门扎实做好各项防汛准备工作,累计\n排查整改各类安全隐患640余处,组织转移避险群众1.3万\n"
            "人次,实现了人员零伤亡。全市各级各部门扎实做好各项防汛准备\n工作。",
            "全市各级各部门扎实做好各项防汛准备工作,累计排查整改各类安全隐患640余处,组织转移避险群众1.3万人次,实现"
            "了人员零伤亡。全市各级各部门扎实做好各项防汛准备工作,累计排查整改各类安全隐患640余处,组织转移避险群众1.3万"
            "人次,实现了人员零伤亡。全市各级各部门扎实做好各项防汛准备工作。",
        ),
        ("绝不能有丝毫麻痹大意\n。", "绝不能有丝毫麻痹大意。"),
        # a hard-wrapped text (width 24) whose numbered heading is nearly as long as its lines
        (
            "各地区各部门要深入贯彻落实安全生产责任制，切实\n加强组织领导，层层压实各方责任确保落实到位，各\n"
            "地区各部门要深入贯彻落实安全生产责任制，切实加\n强组织领导，层层压实各方责任确保落实到位，各地\n"
            "区各部门要深入贯彻落实安全生产责任制，切实加强\n组织领导。\n二、全面开展重点行业领域隐患排查整治工作\n各地区各部门要深入贯彻落实。",
            "各地区各部门要深入贯彻落实安全生产责任制，切实加强组织领导，层层压实各方责任确保落实到位，各"
            "地区各部门要深入贯彻落实安全生产责任制，切实加强组织领导，层层压实各方责任确保落实到位，各地"
            "区各部门要深入贯彻落实安全生产责任制，切实加强组织领导。\n二、全面开展重点行业领域隐患排查整治工作\n各地区各部门要深入贯彻落实。",
        ),
        ("深入不够 的问题 。", "深入不够的问题。"),
        ('他说 "安全第一" 的口号，要牢记。', '他说"安全第一"的口号，要牢记。'),  # quotes turn Chinese next
        ("这里,我讲三点意见: 第一,提高站位 今年,形势严峻。", "这里,我讲三点意见:\n第一,提高站位\n今年,形势严峻。"),
        # issue 14: wraps of several widths in one text; a wrap before a date written 7.16 or 7・16
        (
            "国庆假期将至，人员流动和聚集增多，消防、燃气\n和电梯安全风险上升。为确保节日期间辖区安全稳定，\n现提示如下。\n"
            "三、街道安办要会同派出所、市场监管所，对辖区瓶装液化\n气使用单位开展联合检查，发现使用不合格气瓶的\n立即责令停用。",
            "国庆假期将至，人员流动和聚集增多，消防、燃气和电梯安全风险上升。为确保节日期间辖区安全稳定，现提示如下。\n"
            "三、街道安办要会同派出所、市场监管所，对辖区瓶装液化气使用单位开展联合检查，发现使用不合格气瓶的立即责令停用。",
        ),
        (
            "各乡镇、各部门要深刻吸取去年发生的\n7.16事故教训，举一反三，全面排查。",
            "各乡镇、各部门要深刻吸取去年发生的7.16事故教训，举一反三，全面排查。",
        ),
        (
            "各乡镇、各部门要深刻吸取去年发生的\n7・16事故教训，举一反三，全面排查。",
            "各乡镇、各部门要深刻吸取去年发生的7・16事故教训，举一反三，全面排查。",
        ),
        ("会议强调，要深刻吸取 7・16 事故教训，全面排查。", "会议强调，要深刻吸取7・16事故教训，全面排查。"),
        # ... a time stays apart from its date; `label: value` fields are neither split nor run together
        (
            "2023-08-31 11:23 ，会议在县政府召开，县长出席会议并讲话。",
            "2023-08-31 11:23，会议在县政府召开，县长出席会议并讲话。",
        ),
        (
            "会议于2023年8月31日 11:23在县政府召开，县长出席会议并讲话。",
            "会议于2023年8月31日 11:23在县政府召开，县长出席会议并讲话。",
        ),
        ("索引号: 123 主题分类: 综合政务 发布机构: 县应急局", "索引号:123 主题分类:综合政务 发布机构:县应急局"),
        ("来源: 县应急管理局", "来源:县应急管理局"),
        # ... a title is never joined to the addressee or the dateline, even in a wrapped text
        (
            "关于做好汛期安全防范工作的通知\n各乡镇人民政府，县直各有关单位：\n为做好汛期安全防范工作，切实保障人民群众生\n"
            "命财产安全，现将有关事项通知如下。",
            "关于做好汛期安全防范工作的通知\n各乡镇人民政府，县直各有关单位：\n为做好汛期安全防范工作，切实保障人民群众生"
            "命财产安全，现将有关事项通知如下。",
        ),
        (
            "我县召开安全生产工作会议部署第二季度工作\n2024年6月13日\n6月12日，我县召开安全生产工作会议，部署第二季度\n"
            "重点工作。县长出席会议并讲话。",
            "我县召开安全生产工作会议部署第二季度工作\n2024年6月13日\n6月12日，我县召开安全生产工作会议，部署第二季度"
            "重点工作。县长出席会议并讲话。",
        ),
        # negative cases: table rows, titles with a space, short lines without punctuation, lists
        ("序号|工作任务|责任单位\n1|开展排查|县应急局", "序号|工作任务|责任单位\n1|开展排查|县应急局"),
        # ... a table copied from Word keeps its tabs (a continuation row loses only its leading empty cells),
        # and one whose columns runs of spaces line up keeps them, rows never joined
        (
            "序号\t工作任务\t责任单位\t完成时限\n1\t排查燃气管线\t县住建局\t6月底前\n\t\t复查整改\t县应急局\t7月底前",
            "序号\t工作任务\t责任单位\t完成时限\n1\t排查燃气管线\t县住建局\t6月底前\n复查整改\t县应急局\t7月底前",
        ),
        (
            "序号  检查事项          牵头单位    完成时限\n1     渡口渡船检查      镇交管站    5月20日",
            "序号  检查事项          牵头单位    完成时限\n1     渡口渡船检查      镇交管站    5月20日",
        ),
        # ... but one gap is no table: a stray tab or space run in a sentence still goes
        ("各村要对  危旧房屋开展排查。", "各村要对危旧房屋开展排查。"),
        ("各村要对\t危旧房屋开展排查。", "各村要对危旧房屋开展排查。"),
        (
            "检查重点：\n烟花爆竹经营储存场所\n人员密集场所\n道路运输企业",
            "检查重点：\n烟花爆竹经营储存场所\n人员密集场所\n道路运输企业",
        ),
        ("立即进入临战状态 全力以赴打赢防汛硬仗", "立即进入临战状态 全力以赴打赢防汛硬仗"),
        ("岚水县人民政府办公室\n关于印发方案的通知", "岚水县人民政府办公室\n关于印发方案的通知"),
    ],
)
def test_layout(text, expected):
    assert run_step("layout", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("今天下午,我省召开会议;省长出席。", "今天下午，我省召开会议；省长出席。"),
        ('要扎实开展以"打非"为重点的行动', "要扎实开展以“打非”为重点的行动"),
        ('严格执行""一岗双责""制', "严格执行“一岗双责”制"),
        ("令人十分悲痛。6·3”事故发生以来", "令人十分悲痛。“6·3”事故发生以来"),
        ("(记者 张某)会议指出", "（记者 张某）会议指出"),
        ("工作.下一步要加强排查.", "工作。下一步要加强排查。"),  # issue 14
        # a full stop before a unit's parenthesis, after a closing one, before a date's number
        ("严查翻新电池.(县市场监管局牵头)", "严查翻新电池。（县市场监管局牵头）"),
        ("（5月11日至9月30日）.对问题建立台账", "（5月11日至9月30日）。对问题建立台账"),
        ("实行销号管理.8月底前完成建设", "实行销号管理。8月底前完成建设"),
        # negative: a number's point, a section number, a version
        ("（2）.5万元", "（2）.5万元"),
        ("按第3.2条执行", "按第3.2条执行"),
        ("升级到V2.0版", "升级到V2.0版"),
        # negative cases: numbers, times, URLs, Latin text, table rows
        ("2021-06-12 09:04:13", "2021-06-12 09:04:13"),
        ("共1,000人", "共1,000人"),
        ("共1.5万人，见附件.docx或www.example.cn", "共1.5万人，见附件.docx或www.example.cn"),
        ("见http://www.example.gov.cn", "见http://www.example.gov.cn"),
        ("Copyright (c) 2024, All Rights Reserved", "Copyright (c) 2024, All Rights Reserved"),
        ("1|开展排查,整改|县应急局", "1|开展排查,整改|县应急局"),
    ],
)
def test_punctuation(text, expected):
    assert run_step("punctuation", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        SPUN,
        "今天下午,我省召開安全生產(chǎn)電視電話會(huì)議,工作,F(xiàn)在看。\n\n責任編輯:某某",
        "临汾新闻网讯 (记者 张浩) 6月11日,市里召开会议。\n序号|任务|单位\n1|排查|应急局",
        # a wrap decided on half-width marks the punctuation step widens afterwards (found by hypothesis)
        '一一一一一一一一一000?"00\x85一',
        "首页 > 新闻中心\n我县召开防汛会议\n2024-06-13 09:12 来源:某某日报\n会议要求,各地要立即开展排查\n整治。\n责任编辑:王某",
    ],
)
def test_idempotent_and_replayable(text):
    once = normalize(text)
    assert replay(text, once.changes) == once.text
    assert normalize(once.text).text == once.text
    assert once.counts == {step: sum(c.step == step for c in once.changes) for step in once.counts}


def test_gbk_repair_is_idempotent_beside_half_width_marks():
    """Once a strict xfail: a run of rare characters before a half-width mark was repaired only
    after the punctuation step had widened the mark. The best realignments are now refilled
    before one is chosen, and the first pass repairs it."""
    once = normalize("0一亣仓亻,").text
    assert normalize(once).text == once


@pytest.mark.parametrize(
    "text, expected",
    [
        # a box-drawn table: each row's wrapped slices joined, cells parted by `|`, rules gone
        (
            "┌──┬────┐\n│序号│措施    │\n├──┼────┤\n│1   │清理杂│\n│    │物    │\n└──┴────┘",
            "序号|措施\n1|清理杂物",
        ),
        ("│注：本表由各乡镇填报│", "│注：本表由各乡镇填报│"),  # one framed line is no table
        ("──────────", "──────────"),  # a divider alone
    ],
)
def test_box_table(text, expected):
    assert run_step("box_table", text) == expected
