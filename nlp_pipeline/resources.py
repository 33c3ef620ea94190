"""The compiled resources: every data file of the package is loaded here, lazily and once.

Data (alias tables, spin pairs, boilerplate patterns, sector keywords, lexicons) lives in
`nlp_pipeline/data/` as TSV/JSON files; code asks this module for the compiled form and never
opens a data file itself. Nothing heavy happens at import time.
"""
from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(str(resources.files("nlp_pipeline") / "data"))


def data_path(name: str) -> Path:
    return DATA_DIR / name


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file with a header line; lines starting with # are comments."""
    with open(data_path(name), encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def read_json(name: str) -> Any:
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a plain list file."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# --- readers ---------------------------------------------------------------------------------

@cache
def common_chars() -> frozenset[str]:
    """The most frequent simplified characters (scripts/build_common_chars.py)."""
    return frozenset("".join(read_lines("readers/common_chars.txt")))


# --- search ---------------------------------------------------------------------------------

@cache
def search_synonyms() -> dict[str, tuple[str, ...]]:
    """Each field synonym (data/search/synonyms.tsv) and the other words of its set."""
    others: dict[str, tuple[str, ...]] = {}
    for line in read_lines("search/synonyms.tsv"):
        words = line.split("\t")
        for word in words:
            others[word] = tuple(other for other in words if other != word)
    return others


@cache
def query_stopwords() -> frozenset[str]:
    return frozenset(read_lines("search/query_stopwords.txt"))


# --- shared converters -----------------------------------------------------------------------

@cache
def opencc_converter(config: str = "t2s"):
    """One OpenCC converter per configuration (building one reads its dictionaries)."""
    import opencc

    return opencc.OpenCC(config)


# --- record ----------------------------------------------------------------------------------

def record_schema() -> dict:
    """The JSON Schema of the document record (CONTRACT.md)."""
    return read_json("record.schema.json")


# --- web -------------------------------------------------------------------------------------

@cache
def web_labels() -> dict[str, dict[str, str]]:
    """Chinese labels the web pages show for record codes (doc types, roles, steps, errors)."""
    return read_json("web/labels.json")


# --- normalize -------------------------------------------------------------------------------

@cache
def normalize_step_order() -> tuple[str, ...]:
    """Names of the normalization steps in the order they run (data/normalize/steps.json)."""
    return tuple(read_json("normalize/steps.json")["order"])


@cache
def char_lm_counts() -> dict[str, int]:
    """Character unigram and bigram counts (scripts/train_char_lm.py).

    Read as two plain columns rather than through `read_tsv`: 300 000 rows through DictReader
    cost half a second of every process's start."""
    lines = data_path("normalize/char_lm.tsv").read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    header = next(rows)
    if header != ["chars", "count"]:
        raise ValueError(f"char_lm.tsv: unexpected header {header}")
    return {chars: int(count) for chars, count in rows}


class LinePatterns:
    """Patterns a line is tested against, as two alternations: those anchored at the line's
    start are tried there only (`match`), the rest everywhere. One alternation of all of them
    would try every branch at every position of every line."""

    def __init__(self, patterns: list[str]) -> None:
        import re

        starts = [p[1:] for p in patterns if p.startswith("^") and not _has_top_level_alternation(p)]
        anywhere = [p for p in patterns if not p.startswith("^") or _has_top_level_alternation(p)]
        never = re.compile(r"(?!)")
        self.starts = re.compile("|".join(f"(?:{p})" for p in starts)) if starts else never
        self.anywhere = re.compile("|".join(f"(?:{p})" for p in anywhere)) if anywhere else never

    def search(self, line: str):
        return self.starts.match(line) or self.anywhere.search(line)


def _has_top_level_alternation(pattern: str) -> bool:
    """`^a|b` matches b anywhere: such a pattern is not anchored as a whole."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


@cache
def boilerplate_patterns() -> dict:
    """Compiled boilerplate regexes by kind (see the `_doc` of data/normalize/boilerplate.json):
    a `LinePatterns` per line kind, (pattern, replacement) pairs for `spans`."""
    import re

    spec = read_json("normalize/boilerplate.json")
    compiled: dict[str, Any] = {kind: LinePatterns(spec[kind])
                                for kind in ("lines", "tail_lines", "related_headers", "related_items")}
    compiled["spans"] = tuple((re.compile(p), replacement) for p, replacement in spec["spans"])
    return compiled


@cache
def lost_character_patterns() -> tuple[tuple[re.Pattern, str, bool], ...]:
    """(pattern, character to insert at its end, whether the match must split into month|day)."""
    import re

    spec = read_json("normalize/lost_characters.json")["patterns"]
    return tuple((re.compile(p["pattern"], re.M), p["insert"], p.get("split_month_day", False)) for p in spec)


@cache
def spin_pairs() -> tuple[dict[str, str], ...]:
    """Content-farm synonym swaps: spun, original, mode, context collocations, keep contexts."""
    return read_tsv("normalize/spin_pairs.tsv")


@cache
def censor_standins() -> tuple[dict[str, str], ...]:
    """Latin stand-ins for censored words with the contexts that identify them."""
    return read_tsv("normalize/censor_standins.tsv")


# --- extract: units, deadlines, sectors --------------------------------------------------------

@cache
def unit_canonicals() -> tuple[str, ...]:
    """The canonical unit names of the contract (labels/units.tsv)."""
    return read_lines("extract/unit_canonicals.txt")


@cache
def unit_aliases() -> dict[str, tuple[tuple[str, ...], bool]]:
    """alias -> (canonical names, strict); strict aliases are abbreviations that are also common words."""
    return {row["alias"]: (tuple(row["canonical"].split("+")), row["strict"] == "yes")
            for row in read_tsv("extract/unit_aliases.tsv")}


@cache
def unit_domains() -> tuple[Any, dict[str, str]]:
    """(one alternation of the domain words, longest first; word -> canonical) of
    data/extract/unit_domains.tsv: the department of a body that no alias names."""
    import re

    table = {row["word"]: row["canonical"] for row in read_tsv("extract/unit_domains.tsv")}
    words = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), table


@cache
def unit_rules() -> dict[str, Any]:
    """The context rules of data/extract/unit_rules.json with every regex compiled."""
    import re

    spec = read_json("extract/unit_rules.json")
    word_lists = ("prefixes", "separators", "leader_suffixes", "lead_words", "overseers")
    rules: dict[str, Any] = {key: tuple(spec[key]) for key in word_lists}
    for key, value in spec.items():
        if key not in word_lists and not key.startswith("_"):
            rules[key] = re.compile(value)
    return rules


@cache
def deadline_patterns() -> dict[str, Any]:
    """data/extract/deadline_words.json with every `*_re` regex compiled."""
    import re

    spec = read_json("extract/deadline_words.json")
    patterns = {key: re.compile(value) if key.endswith("_re") else value
                for key, value in spec.items() if not key.startswith("_")}
    patterns["ongoing"] = tuple((word, re.compile(not_after) if not_after else None)
                                for word, not_after in spec["ongoing"])
    return patterns


@cache
def sector_canonicals() -> tuple[str, ...]:
    """The canonical sector names of the contract (labels/sectors.tsv)."""
    return read_lines("extract/sector_canonicals.txt")


@cache
def sector_keywords() -> dict[str, tuple[str, ...]]:
    """keyword -> the sectors it names (data/extract/sector_keywords.tsv)."""
    return {row["keyword"]: tuple(row["sectors"].split("+")) for row in read_tsv("extract/sector_keywords.tsv")}


@cache
def sector_rules() -> dict[str, Any]:
    """Context rules of extract/sectors.py compiled, with the keyword regex (longest keyword first)."""
    import re

    spec = read_json("extract/sector_rules.json")
    heads = "|".join(map(re.escape, sorted(spec["list_heads"], key=len, reverse=True)))
    keywords = "|".join(map(re.escape, sorted(sector_keywords(), key=len, reverse=True)))
    return {"keywords": re.compile(keywords),
            "agency_after": re.compile(spec["agency_after"]),
            "list_heads": dict(spec["list_heads"]),
            "list_head_after": re.compile(spec["list_head_after"].replace("HEADS", heads))}


@cache
def genre_word_counts() -> dict[str, int]:
    """Word counts of the clean genre corpus (scripts/train_char_lm.py): the spin step's prior."""
    return {row["word"]: int(row["count"]) for row in read_tsv("normalize/genre_words.tsv")}
