"""find_sectors: canonical sectors of labels/sectors.tsv named in a text, in order of appearance."""

from __future__ import annotations

import pytest

from nlp_pipeline import resources
from nlp_pipeline.extract import extract_fields
from nlp_pipeline.extract.sectors import (
    document_sectors,
    find_sectors,
    industry_sectors,
    sentence_sectors,
    table_context_sectors,
    task_sectors,
)
from nlp_pipeline.extract.structure import document_structure


def test_keyword_table_uses_only_canonical_names(canonical_sectors):
    assert set(resources.sector_canonicals()) == canonical_sectors
    used = {s for sectors in resources.sector_keywords().values() for s in sectors if s}  # '': shield words
    assert used <= canonical_sectors
    assert set(resources.sector_rules()["list_heads"].values()) <= canonical_sectors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("非煤矿山", ["非煤矿山"]),
        ("对宗教活动场所、体育场馆开展消防检查。", ["人员密集场所", "消防"]),
        ("光荣院、残疾人托养机构要落实夜间值守。", ["养老机构"]),
        ("塔吊等起重设备要每日检查。", ["特种设备", "建筑施工"]),
        ("消防安全", ["消防"]),
        ("加强对煤矿、非煤矿山、危化品等重点行业领域的排查。", ["煤矿", "非煤矿山", "危险化学品"]),
        ("要突出交通运输、建筑施工、燃气等行业。", ["道路交通", "建筑施工", "城镇燃气"]),
        ("严防森林火灾和电气火灾。", ["自然灾害", "消防"]),
        ("抓好水上和道路交通安全。", ["水上交通", "道路交通"]),
        ("做好防汛工作。", ["自然灾害", "水利"]),
        ("粉尘涉爆企业要落实除尘系统检修。", ["工贸"]),
        ("严厉打击涉爆违法行为。", ["民用爆炸物品"]),
        # blasting operations are the use of civil explosives (爆破作业单位 hold an explosives permit)
        ("水库除险工程的爆破作业要落实警戒和清场。", ["水利", "民用爆炸物品"]),
        ("爆破作业单位要落实警戒和清场。", ["民用爆炸物品"]),
        ("对有限空间作业开展专项检查。", ["危险作业", "工贸"]),
        ("对校车、“两客一危”车辆开展检查。", ["道路交通"]),
        ("排查大型综合体、九小场所的安全出口。", ["人员密集场所", "消防"]),
        ("风电、光伏项目要落实安全措施。", ["新能源"]),
        ("对在用电梯、起重机械开展检验。", ["特种设备"]),
        ("加强养老院、幼儿园和医院安全管理。", ["养老机构", "学校", "医疗机构"]),
        ("开展经营性自建房安全排查。", ["城市运行"]),
        ("督促燃气企业开展入户安检。", ["城镇燃气"]),
        # an agency's name names no sector
        ("交通运输部门要加强监管。", []),
        ("公安、交通运输等部门要联合执法。", []),
        ("县消防救援大队要组织复查。", []),
        ("文化和旅游局、水利局要派员参加。", []),
        ("市应急管理局危化品监管科要汇总台账。", []),
        # a ministry (bare 部), a department named by its area and its supervision function, an office
        # named after two areas joined by 和 (dsect51) …
        ("应急管理部、住房城乡建设部、交通运输部联合印发指导意见。", []),
        ("国家铁路局、民航局和水利部派员参加会商。", []),
        ("农机监理、渔政执法等部门要加强巡查。", []),
        ("由县应急局危化和非煤矿山股牵头汇总。", []),
        # … but not a word that begins with 部, 科 or 办, nor areas joined by 和 before no body's head
        ("对建筑施工部位开展检查。", ["建筑施工"]),
        ("更换老化的燃气部件。", ["城镇燃气"]),
        ("交通运输部署了春运工作。", ["道路交通"]),
        ("开展消防和应急科普宣传。", ["消防"]),
        ("修订燃气和消防管理办法。", ["城镇燃气", "消防"]),
        ("加强危化品和烟花爆竹企业检查。", ["危险化学品", "烟花爆竹"]),
        ("燃气企业、公安等部门要建立联动机制。", ["城镇燃气"]),
        ("农机监理要加强源头管理。", ["农业机械"]),
        # a body named after several areas holds the keyword inside its name (sectors29)
        ("市文化旅游广电局、市卫生健康委要派员参加督查。", []),
        ("市交通运输和物流局牵头开展检查。", []),
        ("（责任单位：县文化旅游广电局；协助单位：县公安局）", []),
        # … but not a place or a business named after its area, nor a word that only ends in 局
        ("各旅游景区要落实限流措施。", ["旅游"]),
        ("市文化旅游广电局要对A级旅游景区开展检查。", ["旅游"]),
        ("服务全市旅游发展大局，做好景区安全。", ["旅游"]),
        ("市燃气公司要开展入户安检。", ["城镇燃气"]),
        # items of a list of another thing
        ("加强对建筑工地、公路、铁路、水利等工程的安全管控。", ["建筑施工"]),
        ("加强对餐饮用户、学校、养老院等用气场所的检查。", ["城镇燃气"]),
        # families of terms from the label definitions
        ("主汛期要加强地灾隐患点巡查，防范滑坡、泥石流。", ["自然灾害"]),
        ("遇寒潮、雷电等灾害性天气，停止户外作业。", ["自然灾害"]),
        ("各村要做好护林工作，严防山火。", ["自然灾害"]),
        ("承建商必须确保地盘棚架稳固。", ["建筑施工"]),
        ("营造业雇主要落实工地安全防护。", ["建筑施工"]),
        ("对冶炼、铸造车间开展检查。", ["工贸"]),
        ("对有限空间开展专项检查。", ["工贸", "危险作业"]),
        ("严格审批吊装作业、盲板抽堵作业。", ["危险作业"]),
        ("整治电动车飞线充电问题。", ["消防"]),
        ("加强矿山、危化、工贸等行业监管。", ["非煤矿山", "危险化学品", "工贸"]),
        ("做好春运期间安全工作。", ["道路交通"]),
        ("严禁违规燃放烟花，落实禁燃规定。", ["烟花爆竹"]),
        ("对施工升降机、起重机开展检验。", ["建筑施工", "特种设备"]),
        ("对校舍开展安全排查，做好学生安全教育。", ["学校"]),
        ("加强文旅场所安全管理。", ["旅游"]),
        # road sections, traffic control and coaches are road traffic (sectors22)
        ("对临水临崖路段设置警示桩。", ["道路交通"]),
        ("沿江大道今晚起实行交通管制。", ["道路交通"]),
        ("严查客车超员行为。", ["道路交通"]),
        # fire risks of daily life, weather named by its effect, lines, temples, old houses, hill ponds
        ("冬季要规范取暖用火用电。", ["消防"]),
        ("严禁在宿舍内明火取暖。", ["消防"]),
        ("天气炎热，户外作业要错峰安排。", ["自然灾害"]),
        ("严寒期间做好防冻保暖。", ["自然灾害"]),
        ("降雨期间加密监测频次。", ["自然灾害"]),
        ("对林区输电线路开展隐患排查。", ["自然灾害", "电力"]),
        ("对寺庙、宫观开展消防检查。", ["人员密集场所", "消防"]),
        ("对危旧房住户逐户走访。", ["城市运行"]),
        ("各村要对山塘逐一巡查。", ["水利"]),
        # 化 ending a verb before 工贸 is no 化工; the chemicals trade is
        ("深化工贸企业安全治理。", ["工贸"]),
        ("化工贸易企业要建立购销台账。", ["危险化学品"]),
        # negatives: a generator is equipment; parties of a list ending in 有关职能部门 are agencies; 高温 alone
        ("备好发电机和抽水泵。", []),
        ("公安、供电、发展改革等有关职能部门要联合执法。", []),
        ("高温时段要调整作息。", []),
        # "other than" names something else
        ("对城镇燃气以外的工业气体充装单位开展检查。", []),
        ("除学校之外，其他单位照常开放。", []),
        # a season before 前 is a time, not the topic
        ("各乡镇要在汛期前完成应急预案修订。", []),
        ("要在主汛期来临前完成水域救援队伍集训。", []),
        ("加强汛期安全管理。", ["自然灾害"]),
        # an activity word right after another sector's keyword is that sector's work
        ("加强海上风电施工安全管理。", ["新能源"]),
        ("冬季施工要防滑防冻。", ["建筑施工"]),
        ("未对施工人员进行安全交底。", []),
        # generic words
        # shield words: a longer word holding a keyword that names no sector
        ("检测可燃气体浓度。", []),
        ("对辖区内河塘设置警示标志。", []),
        ("在行业领域", []),
        ("要加强安全生产工作。", []),
        ("要加强教育培训。", []),
    ],
)
def test_find_sectors(text, expected):
    assert find_sectors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # flood control names the works and the hazard; its emergency response (plans, drills, rescue, funds)
        # is disaster work only
        ("各乡镇要在5月底前修订防汛应急预案。", ["自然灾害"]),
        ("6月中旬在城西泵站开展防汛抢险拉练。", ["城市运行", "自然灾害"]),
        ("县财政局要及时下拨防汛补助资金。", ["自然灾害"]),
        ("组织一次防汛综合演练。", ["自然灾害"]),
        # negatives: flood control itself, its works and its supplies stay both
        ("各乡镇要落实防汛责任制。", ["自然灾害", "水利"]),
        ("汛前完成防汛物资清点入库。", ["自然灾害", "水利"]),
        # parking and charging e-bikes is the fire risk; charging fees are not
        ("物业企业要清理楼道停放充电的电动车。", ["消防"]),
        ("查处违规停放充电行为。", ["消防"]),
        ("县发改局要规范充电收费。", []),
        # work at height and in confined spaces by their regional and other names
        ("对局限空间作业实施许可管理。", ["危险作业"]),
        ("高架作业人员须系妥安全带。", ["建筑施工"]),
        ("承建商须为高处工作的工人提供防堕装备。", ["建筑施工"]),
        ("严禁无防护进行高空作业。", ["建筑施工"]),
        ("屋顶作业前须搭设护栏。", ["建筑施工"]),
        ("不能局限于书面检查。", []),
        # a site's own flood protection is the site's work and the hazard, not water works
        ("各施工企业要在6月前完成工地防汛自查。", ["建筑施工", "自然灾害"]),
        ("对镇区在建工地防汛措施开展抽查。", ["建筑施工", "自然灾害"]),
        # negative: flood control of the works themselves
        ("水库管理单位要落实防汛值守。", ["水利", "自然灾害"]),
        # fire-risk dwellings: the fire codes' 三合一/多合一 places and flats let to many tenants
        ("对城郊的“三合一”场所逐户登记。", ["消防"]),
        ("街道要清查出租屋中的群租房和“多合一”场所。", ["消防"]),
        # negative: 合一 of something else
        ("推动多规合一，统筹编制村庄规划。", []),
        # passenger transport on water is water transport; on the road, road traffic
        ("加强库区水上客运安全监管。", ["水上交通"]),
        ("春节前检查水路客运船舶的救生设备。", ["水上交通"]),
        ("严查农村客运车辆超员。", ["道路交通"]),
        # a large public event gathers a crowd
        ("举办大型群众性活动须制定疏散预案。", ["人员密集场所"]),
        ("引导群众性体育健身活动有序开展。", []),
        # regional names of the labels' head words: LPG, Taiwan's bottled fuel gas, metros, ferries, buses,
        # landslides, escalators
        ("严禁在地铺内存放石油气罐。", ["城镇燃气"]),
        ("住户使用桶装瓦斯时须保持通风。", ["城镇燃气"]),
        ("捷运与港铁车站出入口要备好防水挡板。", ["城市轨道交通"]),
        ("渡轮公司须在开航前检查救生衣。", ["水上交通"]),
        ("巴士及小巴车长须遵守工时指引。", ["道路交通"]),
        ("山泥倾泻警告生效期间暂停斜坡维修。", ["自然灾害"]),
        ("商户须每月检查自动扶梯的梳齿板。", ["特种设备"]),
        # negative: 瓦斯 alone is the coal seam's gas
        ("加强矿井瓦斯抽采和监测。", ["煤矿"]),
        # lodgings and eating places are crowded places, as 宾馆 and 饭店 are; a long-term care home by its
        # Taiwan name is a care home
        ("乡村民宿须配齐灭火器和应急照明。", ["人员密集场所", "消防"]),
        ("对城区旅馆、招待所逐家核查安全出口。", ["人员密集场所", "消防"]),
        ("沿街餐馆后厨不得堆放杂物。", ["人员密集场所"]),
        ("各长照机构要每季演练夜间疏散。", ["养老机构"]),
        # negatives: the words inside a name or another word
        ("县旅游局负责景区引导。", ["旅游"]),
        ("严查无证经营的民间借贷。", []),
        # an anchorage is water transport, a fishing port the fishing fleet's; a site's foundation pit and
        # open edges are construction; heavy snow and the heat itself are the weather's hazards
        ("锚地值守人员要加强夜间巡查。", ["水上交通"]),
        ("各渔港要落实进出港登记。", ["渔业船舶"]),
        ("基坑开挖前须编制专项方案。", ["建筑施工"]),
        ("楼层临边须设置防护栏杆。", ["建筑施工"]),
        ("暴雪来临前加固临时工棚。", ["自然灾害"]),
        ("酷热时段暂停户外重体力劳动。", ["自然灾害"]),
        # negatives: a port, and 基 or 边 in other words
        ("港口企业要完善装卸作业规程。", []),
        ("夯实基层安全监管基础。", []),
        # a township's field office is a party, as a bureau is (ANNOTATION: 交通 in 交通运输部门 is a unit)
        ("各乡镇应急消防管理站要配齐专职人员。", []),
        ("农机管理站要每月汇总报表。", []),
        # negative: the place itself, not its office
        ("对辖区消防站开展执勤实力检查。", ["消防"]),
    ],
)
def test_sector_words(text, expected):
    assert find_sectors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of other things before a head noun names the head's sector
        ("公路、铁路、水利等工程要加强质量监督。", ["建筑施工"]),
        ("学校、养老院等用气场所要安装报警器。", ["城镇燃气"]),
        # negatives: a head word that ends a keyword of its own is the list's last item
        ("年底赶工时局限空间、屋顶作业、营造工程事故多发。", ["危险作业", "建筑施工"]),
        ("动火作业、水利工程", ["危险作业", "水利"]),
    ],
)
def test_list_heads(text, expected):
    assert find_sectors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # water works give 水利; flood-control work gives it too (labels/sectors.tsv lists 防汛 under 水利)
        ("各村要对山坪塘、塘坝逐一巡查。", ["水利"]),
        ("巡查员要守住两处山塘，水位超警立即报告。", ["水利"]),
        ("在建水利工程要落实度汛措施。", ["水利", "建筑施工"]),
        ("做好防汛工作。", ["自然灾害", "水利"]),
        # a season word that only times another sector's task names no sector
        ("山坪塘、水库汛前检查。", ["水利"]),
        ("6月10日前完成全市尾矿库汛前安全检查。", ["非煤矿山"]),
        ("汛前完成全部在建项目驻地选址安全复核。", ["建筑施工"]),
        ("涉水景区要建立雨情联动停业机制，汛期严禁组织游客进入未开放区域。", ["旅游"]),
        # … and is the topic alone, beside a hazard word too
        ("防火期内各县每日16:00前向市森防办报告当日火情。", ["自然灾害"]),
        ("主汛期要加强地灾隐患点巡查。", ["自然灾害"]),
        ("汛期要组织开展防汛设施检修。", ["自然灾害", "水利"]),
        # the hazard itself is the task
        ("在酷热天气警告生效期间调整工作时间。", ["自然灾害"]),
        ("热带气旋过后，工地复工前须进行安全评估。", ["自然灾害", "建筑施工"]),
        # tourist coaches and boats are transport
        ("开展农村客运、旅游包车专项整治。", ["道路交通"]),
        ("旅游船舶遇大雾一律停航。", ["水上交通"]),
        ("加强景区游客疏导。", ["旅游"]),
        # Taiwan and Hong Kong construction words; 营造 and 承揽 alone are no construction
        ("营造工程金额达5千万元以上者，应提交自主检查表。", ["建筑施工"]),
        ("督促承揽人落实坠落预防措施。", ["建筑施工"]),
        ("将工程交付承揽时，应事前告知危害因素。", ["建筑施工", "危险作业"]),
        ("施工架上帆布应暂时拆除。", ["建筑施工"]),
        ("要营造良好的安全氛围。", []),
        ("严禁车主私自承揽货运业务。", []),
        # plant and process words of a chemical works
        ("联锁摘除一律填写审批单。", ["危险化学品"]),
        ("储运部完成甲类仓库物料分区存放。", ["危险化学品"]),
        ("各车间对承包商作业必须安排监护人在场。", ["危险作业"]),
        # wind, fire and equipment words of the label definitions
        ("在天文台发出三号强风信号后，检查所有棚架。", ["自然灾害", "建筑施工"]),
        ("要加强风险防控。", []),
        ("楼道内电动车集中停放充电要随时劝阻。", ["消防"]),
        ("冷库夹芯板隔墙未做防火分隔。", ["工贸", "消防"]),
        ("风暴过后，承建商须检查棚架及电力装置。", ["建筑施工"]),
        ("对电网企业变电站开展检查。", ["电力"]),
        ("大风预警发布后，塔吊一律停止作业。", ["特种设备", "建筑施工"]),
        ("北关商贸城疏散通道堵塞。", ["人员密集场所", "消防"]),
        ("重点抓好禁鞭禁炮工作。", ["烟花爆竹"]),
        # drainage is the city's alone, a site's own beside the site's sector
        ("下穿通道雨后要及时排水。", ["城市运行"]),
        ("县城管局要对城区排水管网和易涝点开展排查。", ["城市运行"]),
        ("清除工地排水沟渠阻塞物。", ["建筑施工"]),
        ("工贸企业要在汛前清理厂区排水沟渠。", ["工贸"]),
        ("尾矿库要检查坝面排水沟和排洪井。", ["非煤矿山"]),
        # getting through the flood season: water works alone, a site's readiness beside it
        ("各地要确保今年安全度汛。", ["水利"]),
        ("生产技术部修订尾矿库度汛方案。", ["非煤矿山"]),
        ("镇规划建设办完成在建工地的度汛安全复查。", ["建筑施工"]),
        # medicines: the drug sector alone, workers' supplies on a site
        ("开展药品经营企业专项检查。", ["食品药品"]),
        ("工地要给工人备好防暑药品。", ["建筑施工"]),
        # 化 ending a verb before 工作 is no 化工
        ("各乡镇要逐项细化工作措施。", []),
        ("水利、气象等部门要强化工作合力。", []),
        ("化工作业人员须持证上岗。", ["危险化学品"]),
        ("化工企业要落实重大危险源包保责任。", ["危险化学品"]),
        # an extinguisher: fire safety alone, a site's own kit beside the site's sector
        ("宿舍楼的灭火器过期的要全部更换。", ["消防"]),
        ("各加油站要配齐灭火器。", ["危险化学品"]),
    ],
)
def test_sentence_sectors(text, expected):
    assert sentence_sectors(text) == expected


def test_find_sectors_keeps_season_words():
    """find_sectors reads every keyword: the season that times another sector's work too."""
    assert find_sectors("6月10日前完成全市尾矿库汛前安全检查。") == ["非煤矿山", "自然灾害"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        # a season word beside another sector's keyword times that work: no flood document
        (["关于做好尾矿库安全管理的通知", "5月底前完成辖区尾矿库汛前排洪设施检查。"], ["非煤矿山"]),
        (["塔吊要在5月底前完成度汛专项检查。"], ["特种设备", "建筑施工"]),
        # a sentence about the season alone names it
        (["5月底前完成辖区尾矿库汛前排洪设施检查。", "汛期各村要坚持24小时值守。"], ["非煤矿山", "自然灾害"]),
        (["各地要确保今年安全度汛。"], ["水利"]),
        # negatives: the objects among the context words keep their sector in the document
        (["各加油站要配齐灭火器。"], ["危险化学品", "消防"]),
        (["工地排水沟渠要清淤。"], ["建筑施工", "城市运行"]),
        # bare works beside another sector's keyword are that sector's work: no construction document
        (["严防燃气管道被第三方施工挖断。"], ["城镇燃气"]),
        (["挖泥船须在大风前撤出施工水域，渔船回港避风。"], ["渔业船舶"]),
        # negatives: works alone, and a building site named as such, make one
        (["雨季前暂停室外施工。"], ["建筑施工"]),
        (["燃气管道改造工地要设置围挡。"], ["城镇燃气", "建筑施工"]),
        # generic vessel words in a fishing document are its fishing boats (labels/sectors.tsv: 水上交通 is
        # "not fishing"); built and measured in sectors29, it moved only the sets it was read from
        pytest.param(
            ["伏季休渔期间，渔港要加强值守。", "严厉打击三无船舶。"],
            ["渔业船舶"],
            marks=pytest.mark.xfail(strict=True, reason="船舶 in a fishing notice still reads as water transport"),
        ),
        (["台风来临前，各类船舶要进港避风。", "码头要停止装卸作业。"], ["自然灾害", "水上交通"]),
    ],
)
def test_document_sectors(sentences, expected):
    assert document_sectors(sentences) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 景区 qualifies the road here; the keyword table cannot see that
        pytest.param(
            "在景区周边道路增设临时执勤点。",
            [],
            marks=pytest.mark.xfail(strict=True, reason="景区 as a modifier still reads as tourism"),
        ),
    ],
)
def test_known_gaps(text, expected):
    assert find_sectors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # work at height in a list of special operations is a hazardous operation, not construction; as a
        # list head 特殊作业 lost a check set's document sector (sectors22, sectors24)
        pytest.param(
            "装置大修时，吊装作业与高处作业等特殊作业一律办票。",
            ["危险作业"],
            marks=pytest.mark.xfail(strict=True, reason="高处作业 in a special-operations list reads as construction"),
        ),
        # the members of a leading group are names, not the task's areas
        pytest.param(
            "领导小组由镇长任组长，卫生院院长和供电所所长任成员。",
            [],
            marks=pytest.mark.xfail(strict=True, reason="a group member's name names its sector"),
        ),
        # heat stress by its regional names: some gold sets count it as weather, others as occupational
        # health (a check set fell when it was added, sectors24)
        pytest.param(
            "雇主须评估户外工作的热压力风险并调整工时。",
            ["自然灾害"],
            marks=pytest.mark.xfail(strict=True, reason="heat-stress words are split between annotators"),
        ),
    ],
)
def test_known_sentence_gaps(text, expected):
    assert sentence_sectors(text) == expected


def sectors_of_tasks(text: str) -> dict[str, list[str]]:
    """task_sectors of every sentence of `text`, by its text."""
    return {s.text: task_sectors(s) for s in document_structure(text).sentences}


SECTOR_HEADINGS = """一、关于非煤矿山安全
对无证开采行为，由县自然资源局发现一起、取缔一起。
二、强化建筑施工和城镇燃气安全监管
省住房城乡建设厅要组织开展高支模专项检查。
各地要在9月底前完成老化管道更新改造。
三、加强值班值守
各单位要严格落实24小时值班制度。
"""


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the one sector of the heading above
        ("对无证开采行为，由县自然资源局发现一起、取缔一起。", ["非煤矿山"]),
        # a heading naming two sectors leaves the task to its own words
        ("省住房城乡建设厅要组织开展高支模专项检查。", ["建筑施工"]),
        ("各地要在9月底前完成老化管道更新改造。", []),
        # a heading naming none gives none, and the heading above it is not reached
        ("各单位要严格落实24小时值班制度。", []),
        # a heading is not its own parent
        ("二、强化建筑施工和城镇燃气安全监管", ["建筑施工", "城镇燃气"]),
    ],
)
def test_task_sectors_from_heading(sentence, expected):
    assert sectors_of_tasks(SECTOR_HEADINGS)[sentence] == expected


NESTED_HEADINGS = """一、道路交通安全
（一）加强源头管理
各地要对运输企业逐一排查。
（二）强化路面管控
公安机关要严查货车超载。
海事部门要同时做好渡口管理。
"""


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an item heading naming no sector passes to the section heading above it
        ("各地要对运输企业逐一排查。", ["道路交通"]),
        ("（一）加强源头管理", ["道路交通"]),
        # a sentence that names the heading's sector does not take it twice; its own others stay
        ("公安机关要严查货车超载。", ["道路交通"]),
        ("海事部门要同时做好渡口管理。", ["水上交通", "道路交通"]),
    ],
)
def test_task_sectors_through_nested_headings(sentence, expected):
    assert sectors_of_tasks(NESTED_HEADINGS)[sentence] == expected


ONE_TOPIC_HEADINGS = """一、关于汛期安全
（一）防汛准备
各村要在5月底前备齐抢险物资。
县住建局要检查在建工地的基坑支护。
（二）有限空间整治
二车间要在3日内更换井盖锁具。
三、道路交通和建筑施工
县公安局要在6月底前完成专项排查。
"""


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one word of the heading names two sectors: one topic, given whole to a task naming none
        ("各村要在5月底前备齐抢险物资。", ["自然灾害", "水利"]),
        ("二车间要在3日内更换井盖锁具。", ["工贸", "危险作业"]),
        # a task naming a sector of its own keeps to it
        ("县住建局要检查在建工地的基坑支护。", ["建筑施工"]),
        # two words, two topics: the task's own words decide, here none
        ("县公安局要在6月底前完成专项排查。", []),
    ],
)
def test_task_sectors_from_a_one_topic_heading(sentence, expected):
    assert sectors_of_tasks(ONE_TOPIC_HEADINGS)[sentence] == expected


def sectors_with_table_context(text: str) -> dict[str, list[str]]:
    """task_sectors of every sentence of `text`, by its text, table rows with their table's context."""
    structure = document_structure(text)
    context = table_context_sectors(structure)
    return {s.text: task_sectors(s, context) for s in structure.sentences}


LEAD_IN_NAMES_ONE = """关于开展成品油零售安全检查的通知
各乡镇人民政府：
各乡镇要配合做好加油站安全检查，分工如下：
序号\t工作任务\t责任单位\t完成时限
1\t逐站核对证照和管理台账\t县商务局\t6月底前
2\t开展一次道路运输车辆专项检查\t县交通运输局\t8月底前
各乡镇要明确专人负责，按时报送进展。
"""

DOCUMENT_NAMES_ONE = """关于做好汛期防范工作的通知
各村（社区）：
今年主汛期降水偏多，山洪、滑坡风险较高。
现将工作安排通知如下：
序号\t工作任务\t责任单位\t完成时限
1\t清点补充应急物资\t镇应急办\t6月10日前
各村要严格落实24小时值班制度。
"""

TITLE_NARROWS_LEAD_IN = """县住建局关于建筑工地安全检查情况的通报
各施工企业：
上月检查发现，部分工地文明施工有所改进，但起重机械管理问题较多，现将问题通报如下：
序号\t问题\t整改要求\t责任人\t期限
1\t连墙件缺失\t立即补设并验收\t项目经理\t3日内
"""

NO_CONTEXT = """县安委办关于近期工作的通知
各成员单位：
近期道路交通、消防、燃气事故多发，请各单位抓好落实。
三、责任分工
序号\t工作任务\t责任单位\t完成时限
1\t组织一次专题培训\t县人社局\t6月底前
"""


@pytest.mark.parametrize(
    "text, sentence, expected",
    [
        # a row naming no sector takes the one sector of the lead-in just above its table
        (LEAD_IN_NAMES_ONE, "1\t逐站核对证照和管理台账\t县商务局\t6月底前", ["危险化学品"]),
        # a row with a sector word of its own keeps only its own
        (LEAD_IN_NAMES_ONE, "2\t开展一次道路运输车辆专项检查\t县交通运输局\t8月底前", ["道路交通"]),
        # a lead-in naming none: the document's sector, as the document names exactly one
        (DOCUMENT_NAMES_ONE, "1\t清点补充应急物资\t镇应急办\t6月10日前", ["自然灾害"]),
        # a plain sentence task without sector words stays without, though the document names one
        (DOCUMENT_NAMES_ONE, "各村要严格落实24小时值班制度。", []),
        (LEAD_IN_NAMES_ONE, "各乡镇要明确专人负责，按时报送进展。", []),
        # a lead-in naming several gives those the title names too
        (TITLE_NARROWS_LEAD_IN, "1\t连墙件缺失\t立即补设并验收\t项目经理\t3日内", ["建筑施工"]),
        # a heading naming none above the table, in a document of several sectors: no context
        (NO_CONTEXT, "1\t组织一次专题培训\t县人社局\t6月底前", []),
    ],
)
def test_table_row_takes_its_table_context(text, sentence, expected):
    assert sectors_with_table_context(text)[sentence] == expected


def test_table_context_only_on_table_lines():
    context = table_context_sectors(document_structure(LEAD_IN_NAMES_ONE))
    assert sorted(context) == [3, 4, 5]
    assert all(sectors == ["危险化学品"] for sectors in context.values())


def test_extracted_table_row_task_carries_its_context():
    tasks = {task.source: task.sectors for task in extract_fields(LEAD_IN_NAMES_ONE).tasks}
    assert tasks["1\t逐站核对证照和管理台账\t县商务局\t6月底前"] == ["危险化学品"]


INDUSTRIES = [
    # (an enterprise's name, its industry's sector)
    ("金石矿业有限责任公司", ["非煤矿山"]),
    ("青禾供应链管理（临江）有限公司", ["工贸"]),
    ("红岭煤业有限公司", ["煤矿"]),  # 煤业 before 矿
    ("岚溪精细化工有限公司", []),  # no industry word
    (None, []),
]


@pytest.mark.parametrize(("name", "sectors"), INDUSTRIES)
def test_industry_sectors(name, sectors):
    assert industry_sectors(name) == sectors


MINE_MINUTES = """金石矿业有限责任公司
安全生产例会纪要

1.调度中心负责建立督办台账，每周五汇总完成情况。
2.机动部对机修车间行车开展特种设备检验。
"""

CITY_MINUTES = """临江县应急管理局
安全生产例会纪要

1.调度中心负责建立督办台账，每周五汇总完成情况。
"""


def test_an_enterprise_industry_goes_to_every_task():
    tasks = extract_fields(MINE_MINUTES).tasks
    assert [t.sectors for t in tasks] == [["非煤矿山"], ["特种设备", "非煤矿山"]]
    assert [t.sectors for t in extract_fields(CITY_MINUTES).tasks] == [[]]  # not an enterprise's own


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the parties called in to help name who helps, not what the task is about
        ("县应急管理局牵头，卫生院、供电所配合，在庙会设立咨询点。", []),
        ("镇应急管理办牵头，卫生院、供电所配合，开展燃气安全宣传。", ["城镇燃气"]),
        # negatives: the doer's own name is its area's work; a helper's own task word stays
        ("各学校要在6月底前完成应急疏散演练。", ["学校"]),
        ("县住建局负责督促，县供电公司配合做好电力保障。", ["电力"]),
        ("县供电公司要在汛前完成线路巡查。", ["电力"]),
        pytest.param(
            "由镇长任组长，派出所、供电所、卫生院为成员，成立活动领导小组。",
            [],
            marks=pytest.mark.xfail(strict=True, reason="a leading group's members still name their sectors"),
        ),
    ],
)
def test_cooperating_parties_name_no_sector(sentence, expected):
    # end to end: the task's own resolved units (with their roles) say who only helps
    tasks = extract_fields(f"关于开展安全宣传月活动的通知\n各乡镇、各有关部门：\n{sentence}\n").tasks
    assert [task.sectors for task in tasks] == [expected]


SENTENCE_ITEMS = """镇劳动检查组本月巡查各营造工地，发现以下违规情况：
（一）部分工地外架连墙件缺失，未按专项方案设置；
（二）在高温天气下未按规定为外墙作业工人安排轮换休息和补水。
检查组表示，将对违规单位发出停工通知并依法检控。
各承建商应于每日开工前检查工作平台和防护栏杆。
"""

TITLES_AND_INLINE_ITEMS = """各村（社区）：
（一）高温天气户外作业
各村要调整户外劳动时段，中午暂停田间作业。
（二）接到暴雨红色预警后，各村一律停止户外集体活动并组织人员撤离危险区域。预警解除后由村干部逐户确认安全。
"""


@pytest.mark.parametrize(
    "text, sentence, expected",
    [
        # a numbered item written as a whole sentence heads no paragraph after it: the report goes on
        (SENTENCE_ITEMS, "检查组表示，将对违规单位发出停工通知并依法检控。", []),
        (SENTENCE_ITEMS, "各承建商应于每日开工前检查工作平台和防护栏杆。", ["建筑施工"]),
        # negatives: a section's title heads its paragraphs; a sentence item heads its own paragraph
        (TITLES_AND_INLINE_ITEMS, "各村要调整户外劳动时段，中午暂停田间作业。", ["自然灾害"]),
        (TITLES_AND_INLINE_ITEMS, "预警解除后由村干部逐户确认安全。", ["自然灾害"]),
    ],
)
def test_a_sentence_item_heads_only_its_own_paragraph(text, sentence, expected):
    assert sectors_of_tasks(text)[sentence] == expected
