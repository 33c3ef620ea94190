"""Chat copies: a work group's messages copied as text lose their sender lines and become paragraphs.

A copy of a chat group heads each message with a sender line (`县应急局-周明  7月11日 21:07`) and
wraps the message where its author pressed Enter. Where a text holds `min_senders` sender lines
or more, each followed by a message (data/normalize/chat_copy.toml), this step removes the sender
lines, the window's title bar (县防汛工作群(58)) and the attachment placeholders ([图片], [文件]
x.pdf) and joins each message's lines into one paragraph, breaking after a sentence's end and
before an item marker, a bullet or a bracketed label.
A text without such lines — nearly every document — passes untouched.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .edits import Edit, apply_edits, line_starts

STEP = "chat_copy"
SENDER_CLOCK_MARK = ":"  # the mark every sender line's time holds (chat_copy.toml's `sender`, tests check it)


@cache
def chat_rules() -> dict:
    spec = resources.read_rules("normalize/chat_copy.toml")
    return {key: re.compile(value) if isinstance(value, str) else value for key, value in spec.items()}


def sender_lines(lines: list[str]) -> list[int]:
    """The lines that head a message: a sender line whose next non-blank line is not another."""
    sender = chat_rules()["sender"]
    heads = [i for i, line in enumerate(lines) if sender.match(line.strip())]
    found = set(heads)
    senders = []
    for i in heads:
        following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if sender.match(lines[i].strip()).group("message").strip() or (
            following is not None and following not in found
        ):
            senders.append(i)
    return senders if len(senders) >= chat_rules()["min_senders"] else []


def may_hold_senders(text: str) -> bool:
    """Whether the text holds enough of the clock's colon for `min_senders` sender lines: each sender
    line shows its time (`21:07`, the pattern's one literal ":"), so a text with fewer colons has too
    few senders, and its lines need not be read."""
    return text.count(SENDER_CLOCK_MARK) >= chat_rules()["min_senders"]


def repair_chat_copy(text: str) -> tuple[str, list]:
    if not may_hold_senders(text):
        return text, []
    lines = text.split("\n")
    senders = sender_lines(lines)
    if not senders:
        return text, []
    rules = chat_rules()
    starts = line_starts(lines)
    edits: list[Edit] = []
    message_lines: set[int] = set()  # lines of a message's words, to be joined into paragraphs
    for i in range(senders[0]):  # the window's title bar above the first message
        if rules["window_title"].match(lines[i].strip()):
            edits.append(Edit(starts[i], starts[i] + len(lines[i]), ""))
    for n, head in enumerate(senders):
        found = rules["sender"].match(lines[head].strip())
        lead = len(lines[head]) - len(lines[head].lstrip())
        words = found.group("message")
        # the sender goes; a blank line stays in its place, so the messages remain apart
        cut = starts[head] + lead + found.start("message") + len(words) - len(words.lstrip())
        edits.append(Edit(starts[head], cut if words.strip() else starts[head] + len(lines[head]), ""))
        if words.strip():
            message_lines.add(head)
        end = senders[n + 1] if n + 1 < len(senders) else len(lines)
        for i in range(head + 1, end):
            if rules["attachment"].match(lines[i].strip()):
                edits.append(Edit(starts[i], starts[i] + len(lines[i]), ""))
            elif lines[i].strip():
                message_lines.add(i)
    for i in sorted(message_lines):
        following = i + 1
        if following in message_lines and following not in senders and message_goes_on(lines[i], lines[following]):
            indent = len(lines[following]) - len(lines[following].lstrip())
            edits.append(Edit(starts[i] + len(lines[i].rstrip()), starts[following] + indent, ""))
    return apply_edits(STEP, text, edits)


def message_goes_on(line: str, following: str) -> bool:
    """Whether a message's line runs on into the next: no sentence's end, no new item or label."""
    rules = chat_rules()
    return not rules["paragraph_end"].search(line.rstrip()) and not rules["paragraph_start"].match(following.strip())
