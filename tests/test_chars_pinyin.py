"""chars.pinyin_readings: one character's readings, pypinyin imported without its phrase dictionary."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from nlp_pipeline.chars import pinyin_readings


@pytest.mark.parametrize(
    ("char", "toned", "readings"),
    [
        ("會", True, {"huì", "kuài", "kuò"}),  # traditional, three readings
        ("绿", False, {"lv", "lu"}),  # toneless: ü written v, as pypinyin writes it
        ("的", True, {"de", "dī", "dí", "dì"}),  # the neutral tone has no mark
        ("行", False, {"xing", "hang", "heng"}),
        # negative cases: what has no reading is given back as it is
        ("a", True, {"a"}),
        ("，", False, {"，"}),
        ("ab", True, {"ab"}),  # not one character: pypinyin's own reading
    ],
)
def test_readings_of_one_character(char, toned, readings):
    assert pinyin_readings(char, toned=toned) == readings


def test_every_character_of_pypinyins_table_reads_as_pypinyin_reads_it():
    """pinyin_readings reads pypinyin's character table and style converter directly: for every
    character the table holds, in both styles, it answers as `pypinyin.pinyin` does (a pypinyin
    release that reads one character otherwise fails here)."""
    from pypinyin import Style, pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    differing = [
        (chr(point), toned)
        for point in sorted(pinyin_dict)
        for toned in (True, False)
        if pinyin_readings(chr(point), toned=toned)
        != frozenset(pinyin(chr(point), style=Style.TONE if toned else Style.NORMAL, heteronym=True)[0])
    ]
    assert len(pinyin_dict) > 20_000 and differing == []


PROBE = """
import json, os, sys
if sys.argv[1] == "pypinyin first":
    import pypinyin
from nlp_pipeline.chars import pinyin_readings
readings = sorted(pinyin_readings("重", toned=True))
from pypinyin.constants import PHRASES_DICT
print(json.dumps({"readings": readings, "phrases": len(PHRASES_DICT) > 0,
                  "variable": os.environ.get("PYPINYIN_NO_PHRASES")}))
"""


@pytest.mark.parametrize(
    ("case", "environment", "seen"),
    [
        ("ours first", None, {"phrases": False, "variable": None}),  # the variable is set for the import only
        # negative cases: pypinyin imported before, or the variable set by the user, are left as they are
        ("pypinyin first", None, {"phrases": True, "variable": None}),
        ("ours first", "yes", {"phrases": False, "variable": "yes"}),
    ],
)
def test_pypinyin_is_imported_without_phrases_only_by_us(case, environment, seen):
    env = {key: value for key, value in os.environ.items() if key != "PYPINYIN_NO_PHRASES"}
    if environment is not None:
        env["PYPINYIN_NO_PHRASES"] = environment
    result = subprocess.run([sys.executable, "-c", PROBE, case], capture_output=True, text=True, check=True, env=env)
    assert json.loads(result.stdout) == {"readings": ["chóng", "tóng", "zhòng"], **seen}
