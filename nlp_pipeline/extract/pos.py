"""The first verb of a clause as jieba.posseg would tag it, without loading jieba.

`required_act` (tasks.py) needs one fact about the clause after a modal: the first word jieba's
part-of-speech tagger calls a verb. Loading jieba's dictionary and tagger costs about 0.8 s of CPU,
more than the rest of a cold `extract`, so this module repeats jieba's own segmentation (the most
probable route through the dictionary's words, jieba.Tokenizer.calc) over jieba's own dictionary (dict.txt), repacked
by scripts/build_pos_lexicon.py as nlp_pipeline/data/extract/pos_lexicon.tsv.gz, and re-cuts a run
of single characters that is no word (装尽装 → 装尽/装) with the tagger's hidden Markov model,
repacked as pos_hmm.tsv.gz and loaded only when such a run comes before the first verb. Agreement
with jieba.posseg is measured by `scripts/build_pos_lexicon.py --agreement` (docs/extraction.md).
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from math import log

from .. import model_cache, resources
from ..jieba_lexicon import Lexicon, lexicon

HMM = "extract/pos_hmm.tsv.gz"
# names `_read_artefact`'s result in the model cache: a new form of it needs a new version here
HMM_CACHE_NAME = "pos-hmm-1"
CHINESE = re.compile("([\u4e00-\u9fd5]+)")
# jieba.posseg segments only runs of these characters; the rest (punctuation, spaces) are tagged x
SEGMENTED_RUN = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&._]+")


@dataclass(frozen=True)
class Verb:
    word: str
    end: int  # offset in the clause just past the verb


def route(run: str) -> tuple[int, ...]:
    """jieba's best route (Tokenizer.get_DAG and calc) over the shipped lexicon: `ends[i]` is where the
    word starting at i ends. A word is looked for while some word begins with the characters so far; on
    equal probability the longer word wins, as in jieba's max over (probability, end)."""
    log_total = lexicon().log_total
    size = len(run)
    best: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
    for start in range(size - 1, -1, -1):
        candidates = []
        end = start + 1
        while end <= size and (frequency := prefix_frequency(run[start:end])) is not None:
            if frequency:
                candidates.append((frequency, end))
            end += 1
        best[start] = max(
            (log(frequency) - log_total + best[end][0], end) for frequency, end in candidates or [(1, start + 1)]
        )
    return tuple(end for _, end in best[:size])


@lru_cache(maxsize=1 << 16)
def prefix_frequency(prefix: str) -> int | None:
    """`Lexicon.prefix_frequency` of the shipped lexicon, kept (a pure memo, bounded): the routes of a
    document's runs look up the same characters and short words again (144k lookups on the realstyle
    documents were 32k prefixes), and each lookup is a bisection of 349k lines."""
    return lexicon().prefix_frequency(prefix)


RECENT_RUNS = 16  # runs whose routes a suffix may reuse: the task text's phrase and its rests (tasks.summarize)
_recent_routes: dict[str, tuple[int, ...]] = {}


@lru_cache(maxsize=4096)
def lexicon_route(run: str) -> tuple[int, ...]:
    """`route` over the shipped lexicon (a memo: a document's clauses recur). The route is found from the
    run's end backwards, so a suffix of a run has the run's route from there on: the task text cuts a phrase
    and tests the rests it leaves, each a suffix of it, and each reuses the phrase's route."""
    for longer, ends in reversed(_recent_routes.items()):
        if longer.endswith(run):
            shift = len(longer) - len(run)
            return tuple(end - shift for end in ends[shift:])
    found = route(run)
    if len(_recent_routes) >= RECENT_RUNS:
        del _recent_routes[next(iter(_recent_routes))]
    _recent_routes[run] = found
    return found


def route_pieces(run: str) -> Iterator[tuple[str, bool]]:
    """The run's words along the route, with True; a run of single characters that is no word itself
    comes whole, with False: the tagger's model re-cuts it into one word or more (`recut`)."""
    lex = lexicon()
    ends = lexicon_route(run)
    singles = ""
    start = 0
    while start <= len(run):
        end = ends[start] if start < len(run) else start + 1
        if end - start == 1 and start < len(run):
            singles += run[start]
        else:
            if len(singles) > 1 and not lex.frequency(singles):
                yield singles, False
            else:
                yield from ((char, True) for char in singles)
            singles = ""
            if start < len(run):
                yield run[start:end], True
        start = end


def placed_pieces(clause: str) -> Iterator[tuple[str, bool, int]]:
    """`route_pieces` of every segmented run of the clause, with the offset just past each piece."""
    for run in SEGMENTED_RUN.finditer(clause):
        offset = run.start()
        for piece, known in route_pieces(run.group()):
            offset += len(piece)
            yield piece, known, offset


def tag_of(word: str, lex: Lexicon) -> str:
    entry = lex.entry(word)
    return entry[1] if entry else "x"


State = tuple[str, str]
NEVER = -3.14e100  # jieba's floor for an emission it never saw


@dataclass(frozen=True)
class HiddenMarkovModel:
    """jieba.posseg's character tagger: states are (B/M/E/S, tag); log probabilities. What the
    model says of a character (its emissions, the states it is seen in) is read from the
    artefact's lines the first time that character is tagged: a text meets a few hundred of the
    6,648 characters, and reading all 96k of their lines took a cold `extract` 0.12-0.2 s."""

    start: dict[State, float]
    transitions: dict[State, dict[State, float]]
    char_lines: list[str]  # the `emit` and `allowed` lines, sorted: one character's lines together
    # s -> {p: log p→s}, the transitions by their target: a step weighs only the states that enter s (a
    # handful: B-v is entered from E-* and S-* alone), not every state of the last step (up to 256)
    entering: dict[State, dict[State, float]]
    read: dict[str, CharacterModel] = field(default_factory=dict, compare=False)

    def character(self, char: str) -> CharacterModel:
        found = self.read.get(char)
        if found is None:
            found = self.read[char] = _read_character(self.char_lines, char)
        return found


@dataclass(frozen=True)
class CharacterModel:
    emissions: dict[State, float]  # log probability of the character in each state that emits it
    allowed: frozenset[State] | None  # the states the character is seen in; None: never seen


def _state(text: str) -> State:
    position, tag = text.split("-", 1)
    return position, tag


def _read_character(lines: list[str], char: str) -> CharacterModel:
    """A character's `allowed char state…` line and `emit char state logp` lines, found by bisection."""
    allowed = None
    index = bisect_left(lines, f"allowed\t{char}\t")
    if index < len(lines) and lines[index].startswith(f"allowed\t{char}\t"):
        allowed = frozenset(map(_state, lines[index].split("\t")[2:]))
    emissions = {}
    key = f"emit\t{char}\t"
    for index in range(bisect_left(lines, key), len(lines)):
        if not lines[index].startswith(key):
            break
        _, _, state, logp = lines[index].split("\t")
        emissions[_state(state)] = float(logp)
    return CharacterModel(emissions, allowed)


@cache
def hidden_markov_model() -> HiddenMarkovModel:
    """The artefact: `start state logp`, `trans state state logp`, `emit char state logp` and
    `allowed char state…` lines, a state written as B-v; start and transitions read at once, the
    rest kept as sorted lines for `HiddenMarkovModel.character`. The command line keeps what
    `_read_artefact` derives in the user's cache (`model_cache`): a start then splits one text
    instead of decompressing, splitting and sorting the artefact (0.07-0.08 s)."""
    start, transitions, char_text = model_cache.derived(
        HMM_CACHE_NAME, resources.data_path(HMM).read_bytes(), _read_artefact
    )
    entering: dict[State, dict[State, float]] = {}
    for previous, following in transitions.items():
        for s, logp in following.items():
            entering.setdefault(s, {})[previous] = logp
    return HiddenMarkovModel(start, transitions, char_text.split("\n"), entering)


def _read_artefact(
    compressed: bytes,
) -> tuple[dict[State, float], dict[State, dict[State, float]], str]:
    """The artefact's start and transition tables, and its character lines sorted and joined by
    line breaks (one text: marshal writes and reads it whole, where 96,000 strings cost a split's time)."""
    start: dict[State, float] = {}
    transitions: dict[State, dict[State, float]] = {}
    char_lines = []
    for line in gzip.decompress(compressed).decode("utf-8").splitlines():
        if line.startswith(("emit\t", "allowed\t")):
            char_lines.append(line)
            continue
        kind, *fields = line.split("\t")
        if kind == "start":
            start[_state(fields[0])] = float(fields[1])
            transitions.setdefault(_state(fields[0]), {})
        elif kind == "trans":
            transitions[_state(fields[0])][_state(fields[1])] = float(fields[2])
    char_lines.sort()
    return start, transitions, "\n".join(char_lines)


def hmm_words(singles: str) -> Iterator[tuple[str, str]]:
    """jieba.posseg's re-cut of an unknown run: Chinese stretches by the model, the rest (digits,
    Latin letters) as words that are never verbs."""
    for piece in CHINESE.split(singles):
        if CHINESE.fullmatch(piece):
            yield from model_cut(piece)
        elif piece:
            yield piece, "x"


@lru_cache(maxsize=4096)
def model_cut(stretch: str) -> tuple[tuple[str, str], ...]:
    """`viterbi_words` of a Chinese stretch over the shipped model (a pure memo, bounded): the task text asks
    the same clause's unknown run for its word count, its word ends and the word at a place, and a document's
    clauses recur. viterbi_words finds the whole path before its first word, so a tuple costs nothing more."""
    return tuple(viterbi_words(stretch, hidden_markov_model()))


def viterbi_words(text: str, model: HiddenMarkovModel) -> Iterator[tuple[str, str]]:
    """The most probable state path, the ties broken as jieba's max over (probability, state)
    does; B…E spans a word, S a one-character word, a path left open ends in one more word."""
    every_state = frozenset(model.transitions)
    first = model.character(text[0])
    states = _or_every(first.allowed, every_state)
    scores = [{s: model.start[s] + first.emissions.get(s, NEVER) for s in states}]
    previous: list[dict[State, State]] = [{}]
    for char in text[1:]:
        seen = model.character(char)
        reachable = {following for s in states for following in model.transitions[s]}
        states = (_or_every(seen.allowed, every_state) & reachable) or reachable or every_state
        step: dict[State, float] = {}
        back: dict[State, State] = {}
        for s in states:
            step[s], back[s] = _best_entry(scores[-1], model, s, seen.emissions.get(s, NEVER))
        scores.append(step)
        previous.append(back)
    _, last = max((score, s) for s, score in scores[-1].items())
    path = [last]
    for back in reversed(previous[1:]):
        path.append(back[path[-1]])
    path.reverse()
    begin = emitted = 0
    for index, (position, tag) in enumerate(path):
        if position == "B":
            begin = index
        elif position in "ES":
            yield text[(begin if position == "E" else index) : index + 1], tag
            emitted = index + 1
    if emitted < len(text):
        yield text[emitted:], path[emitted][1]


def _or_every(allowed, every):
    """The states a character is seen in, or every state for a character the model never saw."""
    return every if allowed is None else allowed


def _best_entry(last: dict[State, float], model: HiddenMarkovModel, s: State, emission: float) -> tuple[float, State]:
    """max over the live states p (the last step's states with a transition out) of (score of p + p→s +
    emission, p), as jieba's viterbi takes it: the states with no transition into s score -inf there, so they
    can win only when every state does (then all the live states are weighed, the tie broken by the state as
    before). A state that enters s has a transition out, so the entering states of the last step are live."""
    entering = ((last[p] + t + emission, p) for p, t in model.entering.get(s, {}).items() if p in last)
    best = max(entering, default=None)
    if best is None or best[0] == float("-inf"):
        transitions = model.transitions
        live = (p for p in last if transitions[p])
        best = max((last[p] + transitions[p].get(s, float("-inf")) + emission, p) for p in live)
    return best


def tagged_words(clause: str) -> Iterator[tuple[str, str, int]]:
    """(word, tag, offset just past the word) of the clause's words as jieba.posseg cuts them with its HMM:
    punctuation and spaces are no words; a run of single characters along the route that is no word itself
    is re-cut by the tagger's hidden Markov model (loaded only then), other words keep their dictionary tag
    (x when unknown). A generator: the first verb spares the rest, and the model where it comes after."""
    lex = lexicon()
    for piece, known, end in placed_pieces(clause):
        if known:
            yield piece, tag_of(piece, lex), end
        else:
            yield from recut(piece, end)


def recut(piece: str, end: int) -> Iterator[tuple[str, str, int]]:
    """The tagger model's words of a piece `route_pieces` gives unknown, ending at `end` in its clause: (word,
    tag, offset just past the word)."""
    start = end - len(piece)
    for word, tag in hmm_words(piece):
        start += len(word)
        yield word, tag, start


def word_count(clause: str, most: int) -> int:
    """How many words `tagged_words` cuts the clause into, counted up to `most`, without the tagger's
    model where the count does not need it: a run the model re-cuts is one word at least, and the model
    is asked only when the clause has fewer than `most` words without its re-cuts (the task text asks
    whether a phrase still holds two words, summarize)."""
    counted = 0
    unknown: list[str] = []
    for piece, known, _ in placed_pieces(clause):
        counted += 1
        if not known:
            unknown.append(piece)
        if counted >= most:
            return most
    for piece in unknown:
        counted += sum(1 for _ in hmm_words(piece)) - 1
        if counted >= most:
            return most
    return counted


def word_ends_before(clause: str, limit: int) -> list[int]:
    """The offsets just past the clause's words (as `tagged_words` cuts it) that lie before `limit`; the
    tagger's model re-cuts only a run that starts there."""
    ends: list[int] = []
    for piece, known, end in placed_pieces(clause):
        start = end - len(piece)
        if start >= limit:
            break
        if known:
            ends.append(end)
        else:
            ends += [word_end for _, _, word_end in recut(piece, end)]
    return [end for end in ends if end < limit]


def word_at(clause: str, at: int) -> tuple[str, int]:
    """The first word of the clause (as `tagged_words` cuts it) that ends at `at` or after, with its end;
    ("", at) past the last word. The tagger's model re-cuts only the run that holds `at`."""
    for piece, known, end in placed_pieces(clause):
        if end < at:
            continue
        if known:
            return piece, end
        for word, _, word_end in recut(piece, end):
            if word_end >= at:
                return word, word_end
    return "", at


@lru_cache(maxsize=1024)
def first_verb(clause: str) -> Verb | None:
    """The first word tagged v (a pure memo)."""
    return next((Verb(word, end) for word, tag, end in tagged_words(clause) if tag == "v"), None)


@lru_cache(maxsize=1024)
def tagged(clause: str) -> tuple[tuple[str, str, int], ...]:
    """All of `tagged_words(clause)` (a pure memo): heading tests read the same clause's words more
    than once (names_a_topic, verb_heads with and without its adverbs)."""
    return tuple(tagged_words(clause))
