"""Every rule file (nlp_pipeline/data/**/*.toml) loads, every regex in it compiles, and every rule
does what its examples say (CONTRIBUTING.md, "Adding a rule").

Beside a rule `X` a file may hold `X_examples` (texts the rule must match) and `X_non_examples`
(texts it must not match). A rule is a regex, or a list of regexes or words taken as one
alternation. "Matches" means a search finds a non-empty match: a rule that may match nothing at
all (an optional prefix such as meta's `region`) is tested on what it actually takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from nlp_pipeline import resources

RULE_FILES = sorted(path.relative_to(resources.DATA_DIR).as_posix() for path in resources.DATA_DIR.rglob("*.toml"))
REGEX_SYNTAX = frozenset("\\()[]^$?*+{}|")
# strings read as literal characters, never as a regex: each is escaped into a character class
# by its loader or tested with `in`, so an unbalanced ")" in them is no error
LITERAL_CHARACTERS = {
    ("extract/outline.toml", "sentence_end"),
    ("extract/outline.toml", "closing_marks"),
    ("extract/outline.toml", "split_before_marker_after"),
    ("extract/tables.toml", "cell_separator"),
    ("normalize/line_kinds.toml", "title.open_ends"),
    *(("normalize/inline_list.toml", f"kinds.{kind}.first") for kind in range(4)),
    ("normalize/name_cues.toml", "after"),
    ("normalize/name_cues.toml", "before"),
}


def tables(value: Any, path: str = "") -> Iterator[tuple[str, dict]]:
    """Every table of a rule file with its dotted path (array entries as key.N)."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from tables(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from tables(item, f"{path}.{index}")


def rule_strings(name: str) -> Iterator[tuple[str, str]]:
    """(dotted key, string) of every string a rule file holds outside its examples."""
    for path, table in tables(resources.read_rules(name)):
        for key, value in table.items():
            dotted = f"{path}.{key}" if path else key
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and (name, dotted) not in LITERAL_CHARACTERS:
                    yield dotted, text


def as_regex(rule: str | list[str]) -> re.Pattern:
    return re.compile(rule if isinstance(rule, str) else "|".join(f"(?:{item})" for item in rule))


def example_cases() -> Iterator[Any]:
    for name in RULE_FILES:
        for path, table in tables(resources.read_rules_with_examples(name)):
            for key, texts in table.items():
                for suffix, must_match in (("_non_examples", False), ("_examples", True)):
                    if key.endswith(suffix):
                        rule = key.removesuffix(suffix)
                        dotted = f"{path}.{rule}" if path else rule
                        for text in texts:
                            yield pytest.param(
                                name, dotted, table.get(rule), text, must_match, id=f"{name}:{dotted}:{text}"
                            )
                        break


def takes_something(pattern: re.Pattern, text: str) -> bool:
    return any(found.end() > found.start() for found in pattern.finditer(text))


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_regex_compiles(name):
    errors = []
    for key, text in rule_strings(name):
        try:
            re.compile(text)
        except re.error as error:
            errors.append(f"{name}: {key} = {text!r}: {error}")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_regex_has_examples(name):
    """A string with regex syntax is a rule, and a rule carries examples."""
    examples = {
        (f"{path}.{key}" if path else key).removesuffix("_examples")
        for path, table in tables(resources.read_rules_with_examples(name))
        for key in table
        if key.endswith("_examples") and not key.endswith("_non_examples")
    }
    missing = sorted({key for key, text in rule_strings(name) if set(text) & REGEX_SYNTAX and key not in examples})
    assert not missing, f"{name}: rules without `_examples`: {', '.join(missing)}"


@pytest.mark.parametrize("name", RULE_FILES)
def test_examples_sit_beside_a_rule(name):
    """`X_examples` names a rule `X` of the same table (a typo would silently test nothing)."""
    orphans = [
        f"{path}.{key}" if path else key
        for path, table in tables(resources.read_rules_with_examples(name))
        for key, value in table.items()
        if key.endswith(resources.EXAMPLE_SUFFIXES)
        and (not value or table.get(key.removesuffix("_non_examples").removesuffix("_examples")) is None)
    ]
    assert not orphans, f"{name}: examples without a rule beside them, or empty: {', '.join(orphans)}"


@pytest.mark.parametrize("name, key, rule, text, must_match", list(example_cases()))
def test_rule_examples(name, key, rule, text, must_match):
    matched = takes_something(as_regex(rule), text)
    verb = "must match" if must_match else "must not match"
    assert matched is must_match, f"{name}: {key} {verb} the example {text!r}"


def test_examples_are_left_out_of_what_the_code_reads():
    spec = resources.read_rules("extract/deadline_words.toml")
    assert "calendar_re" in spec
    assert not [key for key in spec if key.endswith(resources.EXAMPLE_SUFFIXES)]
    assert not [key for rule in spec["ongoing"] for key in rule if key.endswith(resources.EXAMPLE_SUFFIXES)]
