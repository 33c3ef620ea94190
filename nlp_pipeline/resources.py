"""The compiled resources: every data file of the package is loaded here, lazily and once.

Data (alias tables, spin pairs, boilerplate patterns, sector keywords, lexicons) lives in
`nlp_pipeline/data/` as TSV files and commented TOML rule files; code asks this module for the
compiled form and never opens a data file itself. Nothing heavy happens at import time.

A rule file carries examples beside its rules (`X_examples`, `X_non_examples` next to `X`,
CONTRIBUTING.md "Adding a rule"); `read_rules` leaves them out, tests/test_rules.py runs them.
"""

from __future__ import annotations

import array
import csv
import hashlib
import json
import re  # json imports it too: no cost at import time
import sys
from bisect import bisect_left
from collections.abc import ItemsView, Iterator, Mapping, ValuesView
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import model_cache, toml_cache
from .chars import HAN

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


EXAMPLE_SUFFIXES = ("_examples", "_non_examples")


# `{key}` in a rule stands for the rule `key` of the same table, written once (task_cues.toml
# issuer_future); a regex quantifier ({2,10}) holds no letters, so it is never taken for one
RULE_REFERENCE = re.compile(r"\{([a-z_]+)\}")


def _with_references(table: dict[str, Any]) -> dict[str, Any]:
    """The table with each `{key}` in its string rules replaced by that sibling rule; nested tables likewise."""

    def composed(value: Any) -> Any:
        if isinstance(value, str):
            return RULE_REFERENCE.sub(lambda found: table[found.group(1)], value)
        if isinstance(value, dict):
            return _with_references(value)
        if isinstance(value, list):
            return [composed(item) for item in value]
        return value

    return {key: composed(value) for key, value in table.items()}


def read_rules_with_examples(name: str) -> dict[str, Any]:
    """A TOML rule file as the rules read, examples included (the rule tests read it so): `{key}`
    references composed. Parsed through the command line's cache of parsed rule files (`toml_cache`)."""
    return _with_references(toml_cache.parse(data_path(name).read_bytes()))


def _without_examples(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_examples(item) for key, item in value.items() if not key.endswith(EXAMPLE_SUFFIXES)}
    if isinstance(value, list):
        return [_without_examples(item) for item in value]
    return value


@cache
def read_rules(name: str) -> dict[str, Any]:
    """A TOML rule file (data/**/*.toml) without its examples: what the code runs on."""
    return _without_examples(read_rules_with_examples(name))


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
    return read_rules("web/labels.toml")


# --- normalize -------------------------------------------------------------------------------


@cache
def normalize_step_order() -> tuple[str, ...]:
    """Names of the normalization steps in the order they run (data/normalize/steps.toml)."""
    return tuple(read_rules("normalize/steps.toml")["order"])


CHAR_LM_TSV = "normalize/char_lm.tsv"
CHAR_LM_COMPACT = "normalize/char_lm.bin"
CHAR_LM_MAGIC = b"nlp_pipeline char_lm counts v1\n"
# The name of the coded counts (`coded_counts`) in the user's model cache (`model_cache`): a change to
# what `coded_counts` returns needs a new name.
CHAR_LM_CACHE_NAME = "char-lm-coded-1"


@cache
def char_lm_counts() -> Mapping[str, int]:
    """Character unigram and bigram counts (scripts/train_char_lm.py).

    char_lm.tsv is the model as written; char_lm.bin, built from it by the same script, holds the
    same counts in a form that loads in about half the time (the parse was 0.2-0.3 s of every
    one-document `extract`). The compact form names the hash of the TSV it was built from and is
    used only while that still matches, so an edited TSV is never answered from a stale copy.

    Where the command line turned the user's model cache on (`model_cache`), the counts come as
    `CodedCounts`, kept there under the SHA-256 of the TSV's bytes: a start reads two arrays instead
    of building char_lm.bin's 312,000 strings and summing the unigrams (0.06-0.08 s of CPU,
    docs/benchmarks.md, speed69). A program that imports the library reads char_lm.bin as before:
    coding the keys once costs more than that, and only a cache pays it back."""
    tsv = data_path(CHAR_LM_TSV).read_bytes()
    if not model_cache.enabled():
        return _char_lm_read(tsv)
    return CodedCounts(*model_cache.derived(CHAR_LM_CACHE_NAME, tsv, lambda tsv: coded_counts(_char_lm_read(tsv))))


def _char_lm_read(tsv: bytes) -> Mapping[str, int]:
    """The counts of char_lm.bin where it was built from this TSV, else the TSV's own."""
    try:
        compact = data_path(CHAR_LM_COMPACT).read_bytes()
    except FileNotFoundError:
        compact = b""
    counts = read_char_lm_compact(compact, char_lm_tsv_hash(tsv))
    return counts if counts is not None else parse_char_lm_tsv(tsv)


def char_lm_tsv_hash(tsv: bytes) -> str:
    """SHA-256 of the TSV with LF line endings: a checkout with CRLF endings has the same model.
    The replacement only where there is a carriage return: `bytes.replace` of a two-byte pattern
    takes 0.02 s over the 3 MB TSV even where it finds nothing, a search for one byte 0.1 ms."""
    return hashlib.sha256(tsv.replace(b"\r\n", b"\n") if b"\r" in tsv else tsv).hexdigest()


def parse_char_lm_tsv(tsv: bytes) -> dict[str, int]:
    """char_lm.tsv's rows as two plain columns rather than through `read_tsv`: 300 000 rows
    through DictReader cost half a second. Lines starting with # are comments, as in every TSV."""
    rows = (line.split("\t") for line in tsv.decode("utf-8").splitlines() if line and not line.startswith("#"))
    header = next(rows)
    if header != ["chars", "count"]:
        raise ValueError(f"char_lm.tsv: unexpected header {header}")
    return {chars: int(count) for chars, count in rows}


def read_char_lm_compact(compact: bytes, tsv_hash: str) -> Mapping[str, int] | None:
    """The counts of char_lm.bin, or None where it is missing, damaged or built from another TSV."""
    return read_counts_compact(compact, CHAR_LM_MAGIC, tsv_hash)


def counts_compact(counts: dict[str, int], magic: bytes, source_sha256: str) -> bytes:
    """`counts` (keys without newlines, counts under 2**32) in the compact form `read_counts_compact`
    reads: `magic`; one line of JSON with the `sha256` of what the counts were built from, the
    number of `entries` and the length of the `keys` in bytes; one
    little-endian unsigned 32-bit count per entry (their zero bytes, early in the file, also tell
    git it is binary, so no checkout rewrites its line ends); then the keys in UTF-8, joined by
    newlines, in the dict's order. Building a dict from it takes a fraction of parsing text or
    unmarshalling the dict (char_lm.bin)."""
    if any("\n" in key for key in counts) or max(counts.values(), default=0) >= 2**32:
        raise ValueError("a key with a newline or a count over 32 bits has no compact form")
    keys = "\n".join(counts).encode("utf-8")
    values = array.array("I", counts.values())
    if sys.byteorder == "big":
        values.byteswap()
    header = {"sha256": source_sha256, "entries": len(counts), "keys": len(keys)}
    return magic + json.dumps(header).encode() + b"\n" + values.tobytes() + keys


def read_counts_compact(compact: bytes, magic: bytes, source_sha256: str) -> Mapping[str, int] | None:
    """The counts of a `counts_compact` form, or None where it is missing, damaged or built from
    another source than the one whose hash is `source_sha256`: a `SortedCounts` over the stored
    keys where they are in sorted order (char_lm.tsv's are), else a dict."""
    if not compact.startswith(magic):
        return None
    header_end = compact.find(b"\n", len(magic)) + 1
    counts = array.array("I")
    try:
        header = json.loads(compact[len(magic) : header_end])
        entries, keys_start = int(header["entries"]), header_end + counts.itemsize * int(header["entries"])
        if header["sha256"] != source_sha256 or len(compact) != keys_start + int(header["keys"]):
            return None
        keys = compact[keys_start:].decode("utf-8").split("\n")
    except (ValueError, KeyError, TypeError):  # a damaged header or keys: the caller reads the source
        return None
    if len(keys) != entries or counts.itemsize != 4:  # "I" is 32 bits wherever CPython runs
        return None
    counts.frombytes(compact[header_end:keys_start])
    if sys.byteorder == "big":
        counts.byteswap()
    if keys == sorted(keys):  # in C: one comparison per key for keys already in order
        return SortedCounts(keys, counts)
    return dict(zip(keys, counts.tolist(), strict=True))


class SortedCounts(Mapping[str, int]):
    """Counts over unique keys in sorted order (a `counts_compact` form's, which come from a dict),
    found by bisection. Built in a fraction of a dict's time: a dict of char_lm.bin hashes and
    stores 312,000 keys and their counts (0.09-0.14 s, most of a one-document `extract`'s
    character model), where a document asks about a few dozen of them and each answer is cached
    by the model (normalize/charlm.py). Iterates in key order, as the dict did."""

    def __init__(self, keys: list[str], counts: array.array) -> None:
        self._keys = keys
        self._counts = counts

    def _index(self, key: object) -> int:
        """Where `key` is, or -1."""
        if not isinstance(key, str):
            return -1
        index = bisect_left(self._keys, key)
        return index if index < len(self._keys) and self._keys[index] == key else -1

    def __getitem__(self, key: str) -> int:
        index = self._index(key)
        if index < 0:
            raise KeyError(key)
        return self._counts[index]

    def __contains__(self, key: object) -> bool:
        return self._index(key) >= 0

    def get(self, key: str, default: Any = None) -> Any:
        """One search, no KeyError raised and caught, no call of `_index`: the character model asks
        this 130,000 times on a damaged page (the GBK step's candidate pairs)."""
        keys = self._keys
        try:
            index = bisect_left(keys, key)
        except TypeError:  # not a string: no key of ours
            return default
        return self._counts[index] if index < len(keys) and keys[index] == key else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def values(self) -> ValuesView[int]:
        return CountsInOrderValues(self)

    def items(self) -> ItemsView[str, int]:
        return CountsInOrderItems(self)


class CountsInOrderValues(ValuesView[int]):
    """The counts in key order, without a search per key (`SortedCounts`, `CodedCounts`: each keeps its
    counts in its keys' order)."""

    _mapping: SortedCounts | CodedCounts

    def __iter__(self) -> Iterator[int]:
        return iter(self._mapping._counts)


class CountsInOrderItems(ItemsView[str, int]):
    """(key, count) in key order, without a search per key."""

    _mapping: SortedCounts | CodedCounts

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return zip(self._mapping, self._mapping._counts, strict=False)


# A key of one or two characters as one integer whose order is the strings' order: the first
# character's code point above `PAIR_BITS` bits that hold the second's plus one (0: none).
PAIR_BITS = 22
PAIR_MASK = (1 << PAIR_BITS) - 1


def key_code(key: str) -> int:
    """`key`'s code (ValueError for a key of more than two characters)."""
    if len(key) == 2:
        return ord(key[0]) << PAIR_BITS | ord(key[1]) + 1
    if len(key) == 1:
        return ord(key) << PAIR_BITS
    raise ValueError(f"{key!r}: only keys of one or two characters have a code")


def code_key(code: int) -> str:
    second = code & PAIR_MASK
    return chr(code >> PAIR_BITS) + (chr(second - 1) if second else "")


def unigram_sums(counts: Mapping[str, int]) -> tuple[int, int]:
    """The total count of the one-character keys and their number (`CodedCounts` keeps both)."""
    if isinstance(counts, CodedCounts):
        return counts.unigram_total, counts.unigrams
    singles = [count for key, count in counts.items() if len(key) == 1]
    return sum(singles), len(singles)


def coded_counts(counts: Mapping[str, int]) -> tuple[bytes, bytes, int, int]:
    """What `CodedCounts` is built from, in a form marshal keeps (`model_cache`): the keys' codes in
    order and their counts, as little-endian 64- and 32-bit arrays, and `unigram_sums`."""
    pairs = sorted((key_code(key), count) for key, count in counts.items())
    codes = array.array("Q", [code for code, _ in pairs])
    values = array.array("I", [count for _, count in pairs])
    if sys.byteorder == "big":
        codes.byteswap()
        values.byteswap()
    return (codes.tobytes(), values.tobytes(), *unigram_sums(counts))


class CodedCounts(Mapping[str, int]):
    """Counts over keys of one or two characters, held as two arrays (`coded_counts`): the keys'
    codes (`key_code`) in order, searched by bisection, and their counts. Read from bytes in
    milliseconds, where a `SortedCounts` builds 312,000 strings (char_lm.bin's keys, 0.03-0.05 s)
    for a document that asks about a few thousand of them. Iterates in key order, as the dict did."""

    def __init__(self, codes: bytes, counts: bytes, unigram_total: int, unigrams: int) -> None:
        self._codes = array.array("Q", codes)
        self._counts = array.array("I", counts)
        if sys.byteorder == "big":
            self._codes.byteswap()
            self._counts.byteswap()
        self.unigram_total = unigram_total
        self.unigrams = unigrams

    def get(self, key: str, default: Any = None) -> Any:
        """One search, no KeyError raised and caught: the character model asks this 130,000 times
        on a damaged page (the GBK step's candidate pairs)."""
        if not isinstance(key, str):
            return default
        # key_code written out: a call and a ValueError for a longer key cost more than the search here
        if len(key) == 2:
            code = ord(key[0]) << PAIR_BITS | ord(key[1]) + 1
        elif len(key) == 1:
            code = ord(key) << PAIR_BITS
        else:
            return default
        codes = self._codes
        index = bisect_left(codes, code)
        return self._counts[index] if index < len(codes) and codes[index] == code else default

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]  # get answers None for a non-string

    def __iter__(self) -> Iterator[str]:
        return map(code_key, self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def values(self) -> ValuesView[int]:
        return CountsInOrderValues(self)

    def items(self) -> ItemsView[str, int]:
        return CountsInOrderItems(self)


@cache
def frequent_chars() -> frozenset[str]:
    """The Han characters char_lm.tsv counts at least gbk_misalignment.RARE_COUNT times, written
    beside it by scripts/train_char_lm.py: the GBK step's detector reads them without the model."""
    return frozenset("".join(read_lines("normalize/frequent_chars.txt")))


@cache
def line_kinds() -> dict[str, Any]:
    """data/normalize/line_kinds.toml compiled: every pattern a regex, every word list one
    alternation (longest first), weights and limits as they are."""
    spec = read_rules("normalize/line_kinds.toml")

    def words(items: list[str]) -> str:
        return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))

    compiled: dict[str, Any] = {key: spec[key] for key in ("thresholds", "weights", "limits", "title", "decisive")}
    compiled.update({name: re.compile(pattern) for name, pattern in spec["patterns"].items()})
    for key in (
        "caption",
        "heading",
        "field",
        "empty_field",
        "bracket_field",
        "doc_number_value",
        "date_line",
        "carried_date",
        "related_header",
        "related_item",
        "site_name",
        "channel",
        "title_prefix",
        "stamped_title",
        "salutation",
        "addressee",
        "not_title",
        "contact",
        "file_fields",
        "inline_hint",
        "inline_hint_lead",
        "lead_credit",
        "farm_preface",
        "block_stub",
        "stacked_label",
        "category_trail",
    ):
        compiled[key] = re.compile(spec[key])
    compiled["farm_line"] = re.compile(spec["farm_lines"])
    compiled["strong_label"] = re.compile(f"(?:{words(spec['strong_labels'])})[:：】]")
    compiled["bare_label"] = re.compile(words(spec["bare_labels"]))
    compiled["weak_label"] = re.compile(f"(?<![{HAN}])(?:{words(spec['weak_labels'])})\\s*[:：]")
    weak_dates = [label for label in spec["date_labels"] if label in spec["weak_labels"]]
    strong_dates = [label for label in spec["date_labels"] if label not in weak_dates]
    compiled["date_label"] = re.compile(
        f"(?:{words(strong_dates)})\\s*[:：】]?|(?<![{HAN}])[{HAN}]{{0,2}}(?:{words(weak_dates)})\\s*[:：]"
    )  # 时间： also after a word of its own (入库时间：, 录入日期：)
    compiled["block_label"] = re.compile(words(spec["block_labels"]))
    compiled["block_label_cell"] = re.compile(f"(?:{words(spec['block_labels'])})[:：】]")  # 【发文机关】 too
    # a block's row copied from a table without its colons: each label a word of its own, then a
    # space and its value (组配分类 政府会议 发布机构 某某县人民政府)
    compiled["spaced_block_cell"] = re.compile(f"(?:^|(?<=\\s))(?:{words(spec['block_labels'])})\\s+(?=[^\\s:：])")
    compiled["site_block_label"] = re.compile(words(spec["site_block_labels"]))
    compiled["title_label_line"] = re.compile(f"^(?:{words(spec['title_labels'])})$")  # 信息名称 alone on its line
    # a site's field under a block's row copied without colons: a page label as the line's first word,
    # then a space and a value with no clause in it (来源 某某镇)
    page_labels = words(spec["strong_labels"] + spec["weak_labels"] + spec["bare_labels"])
    compiled["spaced_label_row"] = re.compile(f"^(?:{page_labels})\\s+[^\\s:：，,。；;！？]+$")
    compiled["title_field"] = re.compile(
        f"(?<![{HAN}])(?:{words(spec['title_labels'])})\\s*[:：]\\s*" f"(.+?)(?=\\s+[{HAN}]{{2,8}}\\s*[:：]|$)"
    )
    compiled["chrome_word"] = re.compile(f"(?<![{HAN}])(?:{words(spec['chrome_words'])})(?![{HAN}])")
    compiled["site_talk"] = re.compile(words(spec["site_talk"]))
    compiled["site_topics"] = tuple(map(re.compile, spec["site_topics"].values()))
    compiled["inline"] = tuple((re.compile(rule["pattern"]), rule["replacement"]) for rule in spec["inline"])
    return compiled


@cache
def lost_character_patterns() -> tuple[tuple[re.Pattern, str, bool], ...]:
    """(pattern, character to insert at its end, whether the match must split into month|day)."""
    spec = read_rules("normalize/lost_characters.toml")["patterns"]
    return tuple((re.compile(p["pattern"], re.M), p["insert"], p.get("split_month_day", False)) for p in spec)


@cache
def name_cues() -> dict[str, Any]:
    """Surnames, name-opening and name-ending marks and titles (data/normalize/name_cues.toml):
    `surnames` as a set with `longest_surname`, `titles` as a regex matched after a name,
    `title_before` as one that ends where a name opens."""
    spec = read_rules("normalize/name_cues.toml")
    titles = "|".join(map(re.escape, sorted(spec["titles"], key=len, reverse=True)))
    return {
        "surnames": frozenset(spec["surnames"]),
        "longest_surname": max(map(len, spec["surnames"])),
        "after": frozenset(spec["after"]),
        "before": frozenset(spec["before"]),
        "titles": re.compile(titles),
        "title_before": re.compile(f"(?:{titles})$"),
    }


@cache
def line_end_punctuation() -> dict[int, str]:
    """Lead byte -> the punctuation mark a GBK shift lost at a line's end (data/normalize/lost_characters.toml)."""
    return lost_punctuation("line_end_punctuation")


@cache
def before_digits_punctuation() -> dict[int, str]:
    """Lead byte -> the punctuation mark a GBK shift lost before ASCII digits (data/normalize/lost_characters.toml)."""
    return lost_punctuation("before_digits_punctuation")


@cache
def after_label_punctuation() -> dict[int, str]:
    """Lead byte -> the punctuation mark a GBK shift lost between a label and digits (data/normalize/lost_characters.toml)."""
    return lost_punctuation("after_label_punctuation")


def lost_punctuation(table: str) -> dict[int, str]:
    return {int(lead, 16): mark for lead, mark in read_rules("normalize/lost_characters.toml")[table].items()}


@cache
def spin_pairs() -> tuple[dict[str, str], ...]:
    """Content-farm synonym swaps: spun, original, mode, context collocations, keep contexts."""
    return read_tsv("normalize/spin_pairs.tsv")


@cache
def variant_chars() -> dict[str, str]:
    """Regional variant forms OpenCC's tables lack → the standard character (one each)."""
    return {row["variant"]: row["standard"] for row in read_tsv("normalize/variant_chars.tsv")}


@cache
def censor_standins() -> tuple[dict[str, str], ...]:
    """Latin stand-ins for censored words with the contexts that identify them."""
    return read_tsv("normalize/censor_standins.tsv")


# --- extract: units, deadlines, sectors --------------------------------------------------------


def longest_first(words) -> str:
    """A regex alternation of literal words that matches as `|`.join of them longest first does —
    at a position, the longest word that is there, and on backtracking the next shorter one — written
    as a trie (安全(?:生产|检查)?) that the regex engine walks one character at a time instead of
    trying every word in turn: a sector keyword list of ~470 words is searched in about half the time."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) > 1:
        body = f"(?:{'|'.join(branches)})"
    else:
        body = branches[0] if "" not in node else f"(?:{branches[0]})"
    # where a word also ends here, the longer ones are tried first, then this one
    return body + "?" if "" in node else body


@cache
def unit_canonicals() -> tuple[str, ...]:
    """The canonical unit names of the contract (labels/units.tsv)."""
    return read_lines("extract/unit_canonicals.txt")


@cache
def unit_aliases() -> dict[str, tuple[tuple[str, ...], bool]]:
    """alias -> (canonical names, strict); strict aliases are abbreviations that are also common words."""
    return {
        row["alias"]: (tuple(row["canonical"].split("+")), row["strict"] == "yes")
        for row in read_tsv("extract/unit_aliases.tsv")
    }


@cache
def unit_level_variants() -> dict[str, tuple[tuple[str, ...], bool]]:
    """The names of a department's body at the other levels, from one level's name in the alias table: 公安局 →
    公安部, 公安厅, 公安总局; 建设局 → 建设厅 (unit_rules.toml `level_heads`: the stem before the head names the
    domain). Names the table holds itself keep their row; the search's vocabulary is the table's alone."""
    table = unit_aliases()
    heads = unit_rules()["level_heads"]
    head = re.compile(f"(?:{'|'.join(sorted(heads, key=len, reverse=True))})$")
    variants: dict[str, tuple[tuple[str, ...], bool]] = {}
    for alias, entry in table.items():
        found = head.search(alias)
        if found and found.start() >= 2:
            variants |= {alias[: found.start()] + other: entry for other in heads}
    return {name: entry for name, entry in variants.items() if name not in table}


@cache
def unit_domains() -> tuple[Any, dict[str, str]]:
    """(one alternation of the domain words, longest first; word -> canonical) of
    data/extract/unit_domains.tsv: the department of a body that no alias names."""
    table = {row["word"]: row["canonical"] for row in read_tsv("extract/unit_domains.tsv")}
    return re.compile(longest_first(table)), table


@cache
def unit_functions() -> dict[str, str]:
    """Function morpheme -> domain word of unit_domains.tsv, from data/extract/unit_functions.tsv: the work a
    station's or an office's shortened name names where the department vocabulary lacks the morpheme (林站)."""
    return {row["morpheme"]: row["domain"] for row in read_tsv("extract/unit_functions.tsv")}


@cache
def unit_rules() -> dict[str, Any]:
    """The context rules of data/extract/unit_rules.toml with every regex compiled."""
    spec = read_rules("extract/unit_rules.toml")
    word_lists = ("prefixes", "separators", "leader_suffixes", "lead_words", "overseers", "level_heads")
    rules: dict[str, Any] = {key: tuple(spec[key]) for key in word_lists}
    for key, value in spec.items():
        if key == "pattern_heads":
            rules[key] = {name: re.compile(words) for name, words in value.items()}
        elif key not in word_lists:
            rules[key] = re.compile(value)
    return rules


@cache
def enterprise_rules() -> dict[str, Any]:
    """The rules of data/extract/enterprise.toml (an enterprise's own documents and internal
    parties) with every regex compiled."""
    spec = read_rules("extract/enterprise.toml")
    return {key: value if isinstance(value, int) else re.compile(value) for key, value in spec.items()}


@cache
def deadline_patterns() -> dict[str, Any]:
    """data/extract/deadline_words.toml with every `*_re` regex compiled."""
    spec = read_rules("extract/deadline_words.toml")
    patterns = {key: re.compile(value) if key.endswith("_re") else value for key, value in spec.items()}
    # one list of festival names, the [holidays] table's, for both the timing and the names a text holds
    names = longest_first(spec["holidays"])
    patterns["holiday_name_re"] = re.compile(names)
    patterns["holiday_re"] = re.compile(f"“?(?P<name>{names}){spec['holiday_when_re']}")
    patterns["ongoing"] = tuple(
        (
            rule["word"],
            re.compile(rule["not_after"]) if rule["not_after"] else None,
            re.compile(rule["not_before"]) if rule.get("not_before") else None,
            rule.get("kind", "ongoing"),
            rule.get("word_of_its_own_not_before_noun", False),
        )
        for rule in spec["ongoing"]
    )
    return patterns


@cache
def sector_canonicals() -> tuple[str, ...]:
    """The canonical sector names of the contract (labels/sectors.tsv)."""
    return read_lines("extract/sector_canonicals.txt")


@cache
def sector_keywords() -> dict[str, tuple[str, ...]]:
    """keyword -> the sectors it names (data/extract/sector_keywords.tsv), with each institution's keyword under
    the other heads such a body is named by (sector_rules.toml institution_head: 养老服务机构 also as 养老服务中心)."""
    listed = {row["keyword"]: tuple(row["sectors"].split("+")) for row in read_tsv("extract/sector_keywords.tsv")}
    rules = read_rules("extract/sector_rules.toml")
    head = rules["institution_head"]
    variants = {
        keyword.removesuffix(head) + other: sectors
        for keyword, sectors in listed.items()
        if keyword.endswith(head) and keyword != head and sectors
        for other in rules["institution_heads_also"]
    }
    return {**variants, **listed}


@cache
def sector_rules() -> dict[str, Any]:
    """Context rules of extract/sectors.py compiled, with the keyword regex and the industries
    (longest keyword first)."""
    spec = read_rules("extract/sector_rules.toml")
    heads = longest_first(spec["list_heads"])
    keywords = longest_first(sector_keywords())
    return {
        "keywords": re.compile(keywords),
        "agency_after": re.compile(spec["agency_after"]),
        "body_name_after": re.compile(spec["body_name_after"]),
        "except_after": re.compile(spec["except_after"]),
        "destination_before": re.compile(spec["destination_before"]),
        "project_name_after": re.compile(spec["project_name_after"]),
        "project_sector": spec["project_sector"],
        "activity_words": tuple(spec["activity_words"]),
        "operation_heads": tuple(spec["operation_heads"]),
        "season_words": frozenset(spec["season_words"]),
        "timing_after": re.compile(spec["timing_after"]),
        "sentence_item": re.compile(spec["sentence_item"]),
        "paragraph_label": re.compile(spec["paragraph_label"]),
        "context_sectors": {word: frozenset(sectors) for word, sectors in spec["context_sectors"].items()},
        "document_context": {
            **{word: frozenset(spec["context_sectors"][word]) for word in spec["season_context"]},
            **{word: frozenset(sectors) for word, sectors in spec["document_context_sectors"].items()},
        },
        "list_heads": dict(spec["list_heads"]),
        "counted_machines": dict(spec["counted_machines"]),
        "office_head_after": re.compile(spec["office_head_after"]),
        "office_in_list_after": re.compile(spec["office_in_list_after"]),
        "office_in_list_before": re.compile(spec["office_in_list_before"]),
        "party_areas": dict(spec["party_areas"]),
        "party_area_words": re.compile(longest_first(spec["party_areas"])),
        "party_rescue": re.compile(spec["party_rescue"]),
        "counted_machine_words": re.compile(longest_first(spec["counted_machines"])),
        "counted_before": re.compile(spec["counted_before"]),
        "machine_part_after": re.compile(spec["machine_part_after"]),
        "kind_generic_words": {kind: frozenset(words) for kind, words in spec["kind_generic_words"].items()},
        # longest word first, as industry_sectors tries them: a longer word wins over one inside it
        "industries": dict(sorted(spec["industries"].items(), key=lambda item: len(item[0]), reverse=True)),
        "addressed_firm_trades": dict(spec["addressed_firm_trades"]),
        "service_trades": frozenset(spec["meeting_firm_trades"]["service"]),
        "title_subject_firm": re.compile(spec["title_subject_firm"]),
        "annex_marker": re.compile(spec["annex_marker"]),
        "annex_title": re.compile(spec["annex_title"]),
        "annex_note": re.compile(spec["annex_note"]),
        "division_heading": re.compile(spec["division_heading"]),
        "list_head_after": re.compile(f"{spec['list_head_after']}(?P<head>{heads})(?!{spec['list_head_compound']})"),
        "topic": {
            **spec["topic"],
            "administrative": re.compile(spec["topic"]["administrative"]),
            "topic_watch": re.compile(spec["topic"]["topic_watch"]),
            "public_address": re.compile(spec["topic"]["public_address"]),
            "titled_list": re.compile(spec["topic"]["titled_list"]),
            "weather_words": frozenset(spec["topic"]["weather_words"]),
            "issuer_institutions": {
                sector: re.compile(heads) for sector, heads in spec["topic"]["issuer_institutions"].items()
            },
            "institution_voices": {
                sector: re.compile(voice) for sector, voice in spec["topic"]["institution_voices"].items()
            },
            "institution_own_parts": {
                sector: re.compile(parts) for sector, parts in spec["topic"]["institution_own_parts"].items()
            },
        },
    }


@cache
def genre_word_counts() -> dict[str, int]:
    """Word counts of the clean genre corpus (scripts/train_char_lm.py): the spin step's prior."""
    return {row["word"]: int(row["count"]) for row in read_tsv("normalize/genre_words.tsv")}


# --- ledger ----------------------------------------------------------------------------------


@cache
def ledger_spec() -> dict[str, Any]:
    """data/ledger/ledger.toml: recurrence cycles and the labels of statuses, states and standing reasons."""
    return read_rules("ledger/ledger.toml")


# --- align -----------------------------------------------------------------------------------


@cache
def align_spec() -> dict[str, Any]:
    """data/align/align.toml: the weights, thresholds and word lists of the 承接对照 matcher."""
    return read_rules("align/align.toml")


TASK_CLASSIFIER = "models/task_classifier.npz"


@cache
def task_classifier_arrays() -> dict[str, Any] | None:
    """The learned task-sentence classifier's arrays (weights, bias, low, high; written by
    scripts/train_task_classifier.py), or None when the model file is absent: the rules decide alone."""
    path = data_path(TASK_CLASSIFIER)
    if not path.exists():
        return None
    import numpy as np  # only where a model is present: the rules alone never pay for it

    with np.load(path) as model:
        return {name: model[name] for name in model.files}
