"""A site's footer of fields between the page's chrome: its address, switchboard and office hours
under the share bar and over the browser note (issue 14, chrome87). Texts written for this project."""

import pytest

from .replayed_text import assert_keeps_and_drops

BODY = (
    "关于做好春节期间建筑工地安全防范工作的通知\n"
    "各乡镇公所、县府各局处：\n"
    "春节将至，各建筑工地应于封工前完成临时用电、脚手架和消防设施的全面检查，发现隐患立即整改。\n"
    "县工务处负责督导各公共工程工地落实检查，并于2月10日前将检查情形报县长室。\n"
)

# (case, page, what stays, what goes)
CASES = [
    (
        "address, switchboard and hours between the share bar and the browser note",
        BODY
        + "\n回上一页　　回首页　　友善列印　　分享：FB　LINE\n\n"
        + "发布机关：桐原县政府　地址：300XX桐原县中兴路二段8号　总机：(03)521-7XXX\n"
        + "服务时间：周一至周五 上午8:00至12:00、下午1:30至5:30\n"
        + "网站维护：桐原县政府资讯处　　隐私权保护政策｜政府网站资料开放宣告\n"
        + "最佳浏览解析度1280x768　　本网站已通过无障碍AA等级检测\n",
        ["县工务处负责督导各公共工程工地落实检查"],
        ["总机", "服务时间", "网站维护"],
    ),
    (
        "the site's name before its address, the browser note read as prose between",
        BODY
        + "\n回上一页　　友善列印　　分享：Facebook　LINE\n"
        + "──────────────────────────\n"
        + "桐原县政府　地址：300XX桐原县中兴路二段8号　总机：（03）521-7XXX\n"
        + "上班时间：周一至周五 08:00-12:00、13:30-17:30\n"
        + "本网站最佳浏览解析度为1280x1024以上　　隐私权政策　政府网站资料开放宣告\n"
        + "最后更新日期：115-01-21　　无障碍检测标章\n",
        ["并于2月10日前将检查情形报县长室"],
        ["总机", "上班时间"],
    ),
]

# near misses: the document's own closing fields stay
KEPT = [
    (
        "the document's contact person under the body, no chrome above",
        BODY + "联系人：林某　电话：(03)521-7XXX\n\n回上一页　　回首页　　友善列印\n",
        ["联系人：林某"],
        [],
    ),
    (
        "the document's contact person between the share bar and the browser note",
        BODY
        + "\n回上一页　　回首页　　友善列印　　分享：FB　LINE\n"
        + "联系人：林某　电话：(03)521-7XXX\n"
        + "服务时间：周一至周五\n"
        + "最佳浏览解析度1280x768　　本网站已通过无障碍AA等级检测\n",
        ["联系人：林某"],
        [],
    ),
    (
        "a prose line ending no sentence among the fields: no footer of fields",
        BODY
        + "\n回上一页　　回首页　　友善列印　　分享：FB　LINE\n"
        + "地址：300XX桐原县中兴路二段8号\n"
        + "各工地春节期间值班安排另行通知\n"
        + "最佳浏览解析度1280x768　　本网站已通过无障碍AA等级检测\n",
        ["各工地春节期间值班安排另行通知"],
        [],
    ),
    (
        "a signature and date between the share bar and the browser note",
        BODY
        + "\n回上一页　　回首页　　友善列印\n"
        + "桐原县政府\n"
        + "2026年1月20日\n"
        + "最佳浏览解析度1280x768　　本网站已通过无障碍AA等级检测\n",
        ["桐原县政府", "2026年1月20日"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "page", "stays", "goes"), CASES + KEPT)
def test_footer_fields_between_chrome(case, page, stays, goes):
    assert_keeps_and_drops(page, stays, goes, case)
