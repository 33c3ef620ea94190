"""Invented documents for the search tests, built as DocumentRecords directly."""

from __future__ import annotations

import numpy as np
import pytest

from nlp_pipeline.record import Deadline
from nlp_pipeline.search import Index
from tests.conftest import record_with_tasks

# (doc_id, title, date, doc_type, region, sectors, paragraphs, tasks as (text, units, deadline, sectors))
DOCUMENTS = [
    (
        "gas-notice",
        "关于开展城镇燃气安全专项整治的通知",
        "2024-03-05",
        "notice",
        "东川市",
        ["城镇燃气"],
        [
            "关于开展城镇燃气安全专项整治的通知",
            "各县区住建局：为切实防范燃气事故，决定在全市开展城镇燃气安全专项整治。",
            "住建部门要在6月30日前完成餐饮场所燃气管道和报警装置排查，建立问题隐患清单。",
            "市场监管部门负责液化石油气钢瓶充装环节的检查。",
        ],
        [
            (
                "完成餐饮场所燃气管道和报警装置排查",
                ["住房和城乡建设部门"],
                Deadline("6月30日前", "2024-06-30", "date"),
                ["城镇燃气"],
            ),
            ("负责液化石油气钢瓶充装环节的检查", ["市场监督管理部门"], None, []),
        ],
    ),
    (
        "fire-minutes",
        "全县消防安全工作会议纪要",
        "2023-11-20",
        "minutes",
        "西岭县",
        ["消防", "人员密集场所"],
        [
            "全县消防安全工作会议纪要",
            "会议听取了冬春火灾防控工作汇报，研究部署消防安全隐患排查。",
            "消防救援大队要立即开展人员密集场所消防检查，严禁封堵疏散通道。",
        ],
        [("开展人员密集场所消防检查", ["消防救援机构"], Deadline("立即", None, "immediate"), ["消防"])],
    ),
    (
        "safety-plan",
        "安全生产月活动方案",
        "2022-05-10",
        "plan",
        "东川市",
        ["道路交通", "危险化学品"],
        [
            "安全生产月活动方案",
            "围绕道路交通和危险化学品运输，开展安全宣传咨询日活动。",
            "交通运输部门要加强危险货物道路运输车辆的动态监控，每月通报一次。",
        ],
        [
            (
                "加强危险货物道路运输车辆的动态监控",
                ["交通运输部门"],
                Deadline("每月", None, "recurring"),
                ["道路交通", "危险化学品"],
            )
        ],
    ),
    (
        "mine-speech",
        None,
        None,
        "speech",
        None,
        ["非煤矿山"],
        ["在非煤矿山安全工作会上的讲话", "同志们，尾矿库和露天采场的边坡风险不容忽视，要常态化开展监测预警。"],
        [],
    ),
]


# Documents of the ranking cases (test_ranking.py, and on PostgreSQL test_postgres.py).
RANKING_DOCUMENTS = [
    (
        "hazard-verbatim",
        "关于开展隐患排查治理专项行动的通知",
        "2024-04-01",
        "notice",
        "南湖区",
        ["工贸"],
        ["关于开展隐患排查治理专项行动的通知", "各街道要在5月底前完成辖区企业隐患排查治理，建立台账。"],
        [],
    ),
    (
        "hazard-apart",
        "工贸企业安全检查工作方案",
        "2024-03-12",
        "plan",
        "南湖区",
        ["工贸"],
        ["工贸企业安全检查工作方案", "对检查中发现的隐患，企业要逐项排查原因，限期治理到位。"],
        [],
    ),
    (
        "hazard-two",
        "汛前检查情况通报",
        "2024-05-20",
        "notice",
        "北山镇",
        ["防汛"],
        ["汛前检查情况通报", "各村对山塘水库开展隐患排查，发现问题立即上报。"],
        [],
    ),
    (
        "governance-only",
        "城乡环境综合治理简报",
        "2024-06-02",
        "news",
        "北山镇",
        [],
        ["城乡环境综合治理简报", "本周集中治理占道经营和乱堆乱放。"],
        [],
    ),
    (
        "chemicals",
        "危险化学品企业复工复产安全指导意见",
        "2024-02-18",
        "notice",
        "临江市",
        ["危险化学品"],
        ["危险化学品企业复工复产安全指导意见", "危险化学品企业复产前要开展全面检修。"],
        [],
    ),
    (
        "rescue",
        "消防救援大队夏季火灾防控部署",
        "2024-06-15",
        "meeting_report",
        "临江市",
        ["消防"],
        ["消防救援大队夏季火灾防控部署", "县消防救援大队要加强高层建筑和大型商业综合体的防火检查。"],
        [],
    ),
    (
        "emergency",
        "县应急管理局关于加强汛期值班值守的通知",
        "2024-06-20",
        "notice",
        "桐溪县",
        ["防汛"],
        ["县应急管理局关于加强汛期值班值守的通知", "县应急管理局实行24小时值班和领导带班制度。"],
        [],
    ),
]

# (query, the ranking expected, best first): the same on every store.
PARTIAL_MATCHES = [
    # all three words, verbatim first, then apart; then two of three; then 治理 alone
    ("隐患排查治理", ["hazard-verbatim", "hazard-apart", "hazard-two", "governance-only"]),
    ("隱患排查治理", ["hazard-verbatim", "hazard-apart", "hazard-two", "governance-only"]),  # traditional
    ("隐患排查和治理", ["hazard-verbatim", "hazard-apart", "hazard-two", "governance-only"]),
    # a question: 企业 排查 隐患 限期 治理 (哪些, 要 dropped): five, four, two, one, one of them
    ("哪些企业排查隐患要限期治理", ["hazard-apart", "hazard-verbatim", "hazard-two", "governance-only", "chemicals"]),
    ("危化品", ["chemicals"]),
    ("危化品企业复产", ["chemicals", "hazard-apart", "hazard-verbatim"]),  # all three; then 企业
    ("消防队", ["rescue"]),
    ("安监局值班", ["emergency"]),
    # one of two each: as many occurrences, the shorter text first
    ("安监局 消防队", ["emergency", "rescue"]),
]


def make_record(doc_id, title, date, doc_type, region, sectors, paragraphs, tasks, *, version="1"):
    sourced = [
        (next(line for line in paragraphs if task_text in line), task_text, units, deadline, task_sectors)
        for task_text, units, deadline, task_sectors in tasks
    ]
    return record_with_tasks(
        doc_id,
        title=title,
        date=date,
        doc_type=doc_type,
        region=region,
        sectors=sectors,
        text="\n".join(paragraphs),
        tasks=sourced,
        version=version,
    )


def plain_notice(doc_id, title, lines):
    """A notice of one district with no tasks or sectors: the ranking tests' documents that differ in words alone."""
    return make_record(doc_id, title, "2025-03-05", "notice", "南湖区", [], lines, [])


@pytest.fixture
def records():
    return [make_record(*row) for row in DOCUMENTS]


@pytest.fixture
def index(tmp_path, records):
    with Index(tmp_path / "search.db") as built:
        built.update(records)
        yield built


# Field synonyms by class (data/search/synonyms.tsv): each text uses one name only; a query
# word finds the text that uses the other name, and a near word (broader, narrower, or another
# region's word for something else) finds nothing. Run on a PostgreSQL store too
# (tests/distributed/test_postgres.py).
FIELD_SYNONYM_DOCUMENTS = [
    (doc_id, text, "2024-03-01", "notice", "南湖区", [], [text], [])
    for doc_id, text in [
        ("ebike", "严禁电动自行车在楼道内停放充电"),
        ("lpg", "餐饮场所液化石油气钢瓶必须安装泄漏报警装置"),
        ("crane", "塔式起重机安装拆卸须由具备资质的单位实施"),
        ("fireworks", "春节期间严禁在禁放区域燃放烟花爆竹"),
        ("brigade", "县消防救援大队开展夜查行动"),
        ("three-in-one", "开展住宿与生产储存经营合用场所专项整治"),
        ("quality", "质量技术监督局负责锅炉压力容器安全监察"),
        ("scaffold", "脚手架搭设完毕必须验收合格"),
        ("taxi", "出租汽车驾驶员安全培训"),
        ("hazmat", "危险货物道路运输车辆须安装卫星定位装置"),
        ("hydrant", "室外消火栓被圈占遮挡"),
        ("elevator", "电梯维保单位每半月检查一次"),
        ("natural-gas", "天然气管道巡查"),
        ("duty", "各企业落实安全生产主体责任"),
    ]
]
# A rare word of a short query is also searched by its nearest words under the static embedding
# (search/neighbours.py), an occurrence counting half: the text using the query's own word first,
# then the one using only a neighbour; a date word, a common word (关闭) and the words of a longer
# query get none. Run on a PostgreSQL store too (tests/distributed/test_postgres.py).
NEIGHBOUR_DOCUMENTS = [
    (doc_id, text, "2024-03-01", "notice", "南湖区", [], [text], [])
    for doc_id, text in [
        ("own", "尾矿库安全度汛工作部署"),
        ("flood", "汛期前完成尾矿库隐患排查"),
        ("quarry", "露天采场一律停止使用"),
        ("alarm", "餐饮场所安装可燃气体报警仪"),
        ("third", "三季度督查通报"),
        ("heat", "高温天气做好防暑降温，预防中暑"),
    ]
]
NEIGHBOUR_MATCHES = [
    ("尾矿库度汛", ["own", "flood"]),  # 度汛 → 汛期: the text with the query's own word first
    ("度汛", ["own", "flood"]),
    ("采石场", ["quarry"]),  # 采石场 → 采场
    ("报警器", ["alarm"]),  # 报警器 → 报警仪
    ("二季度", []),  # a date word: its neighbours are other dates (三季度)
    ("关闭", []),  # a common word (停止使用 is near): none
    ("度汛 值班 巡查 报告", ["own"]),  # four terms: a long query's words get none (not flood)
    pytest.param(
        "热射病",
        ["heat"],
        marks=pytest.mark.xfail(
            strict=True, reason="热射病 is outside the static vocabulary: its pieces' sum is near 射, not 中暑"
        ),
    ),
]
# A query word glued to a party's name by the cutting (安监局 + 约 + 谈 → 安监局约谈) is split at
# the name (search/tokenize.py `_split_at_name`): a text naming the party and the rest apart is
# found first; a known name whole (消防救援大队) stays one word. Run on a PostgreSQL store too.
GLUED_NAME_DOCUMENTS = [
    (doc_id, text, "2024-03-01", "notice", "南湖区", [], [text], [])
    for doc_id, text in [
        ("talk", "县应急管理局对三家企业负责人进行集体约谈"),
        ("training", "企业负责人安全培训考核"),
        ("brigade", "县消防救援大队开展夜查检查"),
        ("police", "消防救援人员与交警大队联合检查"),
        ("forklift", "仓库叉车撞弯货架须立即整改"),
    ]
]
GLUED_NAME_MATCHES = [
    ("安监局约谈企业负责人", ["talk", "training"]),  # 安监局 + 约谈: the text with both first
    ("企业负责人约谈安监局", ["talk", "training"]),  # the name at the end
    ("叉车撞弯", ["forklift"]),  # 叉车 (a sector word) + 撞弯
    ("消防救援大队检查", ["brigade", "police"]),  # a known name whole, not 消防救援 + 大队: 交警大队 after
    ("应急管理局约谈", ["talk"]),  # nothing before: 应急管理局约谈 was one phrase
]
FIELD_SYNONYM_MATCHES = [
    ("电瓶车", ["ebike"]),  # class 2: everyday and standard names
    ("煤气罐", ["lpg"]),
    ("塔吊", ["crane"]),
    ("鞭炮", ["fireworks"]),
    ("消防栓", ["hydrant"]),
    ("消防大队", ["brigade"]),  # class 1: agency names before and after the reform
    ("市场监管局", ["quality"]),
    ("三合一场所", ["three-in-one"]),  # class 3: abbreviations
    ("危货运输", ["hazmat"]),
    ("天秤", ["crane"]),  # class 4: Hong Kong and Taiwan names
    ("鹰架", ["scaffold"]),
    ("的士", ["taxi"]),
    ("升降机", []),  # near words: 施工升降机 on the mainland, not 电梯
    ("棚架", []),  # a shed frame on the mainland, not 脚手架
    ("燃气", []),  # broader than 天然气
    ("危险品", []),  # broader than 危险货物
    ("职安", []),  # narrower than 安全生产
]


EMBEDDING_DIMENSIONS = 32


def bag_of_characters(text: str) -> np.ndarray:
    """A stand-in embedding for tests that must not load the model: each character a fixed random vector
    (seeded by its code point), summed and normalized, so texts sharing characters lie close."""
    vector = np.zeros(EMBEDDING_DIMENSIONS, np.float32)
    for char in text:
        vector += np.random.default_rng(ord(char)).standard_normal(EMBEDDING_DIMENSIONS).astype(np.float32)
    return vector / (np.linalg.norm(vector) or 1.0)
