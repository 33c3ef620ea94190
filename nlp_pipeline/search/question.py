"""The frame of a question typed as a sentence: the words that say what is asked about the
subject, not the subject itself.

哪个部门牵头整治电动自行车楼道充电 asks who leads; its subject is 电动自行车, 楼道, 充电, and
nearly every document of an archive writes 部门 and 牵头. The frame is read from the question's
grammar around an interrogative that asks for a thing, a party or a time (哪些, 哪个, 什么, 谁:
a pronoun of the query's stop words that does not ask how, data/search/question.toml), not from
a list of frame words:

- the noun the interrogative asks for, when it stands alone (哪个**部门**牵头, 哪些**单位**负责,
  完成哪些**工作**): the kind of answer wanted. A noun phrase of several words after it holds the
  subject (完成哪些**地质灾害隐患排查**);
- the verb of the interrogative's phrase: the one right before it (要**完成**哪些, **开展**哪些)
  and the one right after it or after its noun (由谁**负责**, 哪个部门**牵头**, 什么时候**完成**),
  particles, modal and place words between skipped.

A word is frame by its place, and only when it is a word of the general language (jieba's
dictionary count): 企业 in 企业要承担什么责任 is the verb's subject and stays a subject word,
however common; 牵头 in 哪个部门牵头 is in the frame's place but a word of offices, and the texts
that answer write it beside the subject, so it stays a subject word too. The ranking counts a question's coverage over its
subject words (search/ranking.py); the frame stays in BM25.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources

# jieba's part-of-speech tags read here: a pronoun (哪些/r), nouns (n, nr, ns, nz …) and nominal
# verbs (工作/vn), verbs (v) and the adjectives jieba gives some verbs (落实/a). A locality (前/f),
# a particle (了/ul), an adverb (都/d) or a preposition (在/p) between a verb and its
# interrogative leaves the phrase whole.
BETWEEN = ("f", "u", "d", "p")
VERB_TAGS = frozenset({"v", "vd", "vn", "a"})
CLAUSE_END = frozenset("，。？！；、,.?!;:：")

# jieba's dictionary count from which a word is of the general language: 部门 16,543, 完成 16,365,
# 工作 66,367 are; 牵头 208, 安全检查 44, 报警器 40 are not. Any count from 300 to 3,000 ranks the read
# sets alike (docs/search.md, search88).
GENERAL_COUNT = 1000

Tagged = list[tuple[str, str]]


def question_frame(question: str) -> frozenset[str]:
    """The frame words of `question` (simplified script): none when it asks for no thing."""
    if not _asks_for().search(question):
        return frozenset()
    stopwords = resources.query_stopwords()
    import jieba.posseg  # loading its dictionary takes a second: only for queries that need it

    words = [(pair.word, pair.flag) for pair in jieba.posseg.cut(question)]
    frame: set[str] = set()
    for at, (word, flag) in enumerate(words):
        if flag != "r" or word not in stopwords or _asks_how().match(word):
            continue
        before = _verb(words, range(at - 1, -1, -1), stopwords)
        after = None
        if not _nominal(words, at + 1):
            after = _verb(words, range(at + 1, len(words)), stopwords)
        elif not _nominal(words, at + 2):  # one noun: the kind asked for; a longer phrase holds the subject
            frame.add(words[at + 1][0])
            after = _verb(words, range(at + 2, len(words)), stopwords)
        frame.update(verb for verb in (before, after) if verb is not None)
    return frozenset(word for word in frame - stopwords if _general(word))


def _general(word: str) -> bool:
    """Whether `word` is a word of the general language (jieba's dictionary count): a frame word
    is the question's grammar (部门, 完成, 负责, 问题); a rare word in the frame's place names
    the subject's own business (由哪个部门**牵头**: 牵头 is a word of offices, written beside the
    subject's tasks)."""
    import jieba

    return jieba.dt.FREQ.get(word, 0) >= GENERAL_COUNT


@cache
def _asks_how() -> re.Pattern[str]:
    return re.compile(resources.read_rules("search/question.toml")["asks_how"])


@cache
def _asks_for() -> re.Pattern[str]:
    return re.compile(resources.read_rules("search/question.toml")["asks_for"])


def _nominal(words: Tagged, at: int) -> bool:
    return at < len(words) and (words[at][1].startswith("n") or words[at][1] == "vn") and words[at][1] != "ng"


def _verb(words: Tagged, places: range, stopwords: frozenset[str]) -> str | None:
    """The first verb of two characters or more at `places`, only particles, modal, place words
    and prepositions before it in the clause."""
    for at in places:
        word, flag = words[at]
        if word in CLAUSE_END:
            return None
        if flag in VERB_TAGS and word not in stopwords and len(word) > 1:
            return word
        if flag == "c" or not (word in stopwords or flag.startswith(BETWEEN)):  # 安全检查和培训: 培训 is asked for too
            return None
    return None
