"""Where each part of the page's treatment content starts and ends: after its heading, or,
when the page no longer has the heading the file names (a heading renamed), where the part's
first text stands, so that a heading renamed masks none of the other changes (#31): the new
heading is told, and every part is still laid with its texts. Pure.
"""

from __future__ import annotations

from livertx.problems import SHOWN, Problem, problem_at, shown
from livertx.proof.page_parts import Part
from livertx.proof.sections import heading_at
from livertx.records import Record
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node


class Headings(Record):
    """The headings the file names, in the page's order: each its words, its node, its path
    and its part's label; and the heading the first follows."""

    names: list[str]
    nodes: list[Node]
    paths: list[str]
    labels: list[str]
    opening: str
    # The page's table of contents as it reads, and the headings it lists in the file: a
    # renamed heading it lists is named there between its neighbours.
    contents: str = ""
    listed: tuple[str, ...] = ()


def part_bounds(
    text: str,
    found: list[int],
    headed: Headings,
    texts: list[list[str]],
    search_from: int,
    end: int,
) -> tuple[list[int], list[int], dict[int, list[Problem]]]:
    """Where each part's text starts and ends, its heading `found` (-1: not on the page), and
    the problem of each heading not found, by its part's number."""
    heads, starts_at = (
        [*found],
        [f + len(h) if f >= 0 else -1 for f, h in zip(found, headed.names, strict=True)],
    )
    before_part: dict[int, list[Problem]] = {}  # a part's heading's problem, before its own
    for at, place in enumerate(found):
        if place >= 0:
            continue
        # A heading renamed: its part starts where its first text stands; the few words between
        # the part before and them are its new heading.
        window = starts_at[at - 1] if at and starts_at[at - 1] >= 0 else search_from
        following = [f for f in found[at + 1 :] if f >= 0]
        stop = following[0] if following else end
        listed = _in_contents(headed, at)
        heading = heading_at(text, listed, window, stop) if listed is not None else -1
        if listed is not None and heading >= 0:
            anchor = heading + len(listed) + 1
        else:
            anchor = _anchor(text, texts[at], window, stop)
        heads[at] = starts_at[at] = anchor
        previous = headed.names[at - 1] if at else headed.opening
        message = (
            f'{headed.paths[at]}: the page has no heading "{headed.names[at]}" after "{previous}"'
        )
        known = texts[at - 1] if at else []
        renamed_to = _new_heading(text, anchor, window, known) if anchor >= 0 else None
        if listed is not None and heading >= 0:  # as the page's contents name it, in its place
            heads[at], renamed_to = heading, listed
            message += f'; the page has "{listed}" there'
        elif renamed_to is not None:  # the words after the last sentence before its texts
            heads[at] = anchor - len(renamed_to) - 1
            message += f'; the page has "{renamed_to}" there'
        elif anchor >= 0:
            message += f'; the page has "…{_words_before(text, anchor, window)}" before its texts'
        before_part[at] = [
            problem_at(
                headed.nodes[at],
                message,
                headed.labels[at],
                headed.paths[at],
                headed.names[at],
                renamed_to,
            )
        ]
    for at in reversed(range(len(heads))):  # a part whose texts are all gone: nothing of it
        if heads[at] < 0:
            heads[at] = starts_at[at] = heads[at + 1] if at + 1 < len(heads) else end
    return starts_at, [*heads[1:], end], before_part


def _in_contents(headed: Headings, at: int) -> str | None:
    """The new name of the heading `at`, when the page's contents list it: the words between
    the headings listed before and after it, as the contents read now."""
    name = headed.names[at]
    if name not in headed.listed:
        return None
    number = headed.listed.index(name)
    before = headed.listed[number - 1] if number else ""
    after = headed.listed[number + 1] if number + 1 < len(headed.listed) else ""
    start = headed.contents.find(before + " ") if before else -1
    if start < 0:
        return None
    start += len(before) + 1
    stop = headed.contents.find(" " + after, start) if after else len(headed.contents)
    found = headed.contents[start:stop].strip() if stop >= 0 else ""
    return found if found and found != name and len(found) <= 100 else None


def treatment_texts(part: Part) -> list[str]:
    """A treatment's texts as the page must have them (its part's pieces,
    livertx.proof.page_parts.treatment_part), in the file's order (the page's)."""
    return [p.text for p in sorted(part.pieces, key=lambda p: (p.line, p.column))]


def stage_texts(stage: Node, options: list[str]) -> list[str]:
    """A stage's lead and its options' words (livertx.proof.stage_lists.option_words_of)."""
    lead = stage.text("lead")
    return ([spaced(lead.value) + ":"] if lead is not None else []) + options


def _new_heading(text: str, at: int, start: int, before: list[str]) -> str | None:
    """The page's heading of a part whose texts start at `at`: the words after the sentence, or
    the last text of the part `before`, that comes before them, when they are few enough to be
    a heading (60 characters at most)."""
    stop = text.rfind(". ", start, at) + 2 if text.rfind(". ", start, at) >= 0 else -1
    for known in before:
        found = text.rfind(known + " ", start, at)
        if found >= 0 and text[found - 1 : found] in ("", " "):
            stop = max(stop, found + len(known) + 1)
    words = text[stop:at].strip() if stop >= 0 else ""
    return words if 0 < len(words) <= 60 and text[at - 1 : at] == " " else None


def _words_before(text: str, at: int, start: int) -> str:
    """The page's last words before `at` (not before `start`), whole words, up to 60 characters."""
    cut = max(start, at - 60)
    if cut > start and text[cut - 1] != " ":
        cut = text.find(" ", cut, at) + 1 or at
    return shown(text[cut:at].strip())


def _anchor(text: str, texts: list[str], start: int, end: int) -> int:
    """Where a record whose heading is gone starts in text[start:end]: where its first text
    found there stands, moved back over a sentence for each text of it before that one (those
    changed too); failing that, the sentence there most like its first text (all of its texts
    changed: matched sentence by sentence); -1 when nothing there is like any of them."""
    for number, wanted in enumerate(texts):
        at = heading_at(text, wanted, start, end) if wanted else -1
        if at < 0:
            continue
        for _ in range(number):
            back = text.rfind(". ", start, at - 1)
            at = back + 2 if back >= 0 else at
        return at
    return _most_like(text, texts[0], start, end) if texts else -1


def _most_like(text: str, wanted: str, start: int, end: int) -> int:
    """Where the sentence of text[start:end] most like `wanted` starts, if one is like enough
    to be it changed (as the tiling pairs a changed sentence with the file's)."""
    import difflib  # only for a sentence the page changed: not an unchanged page's start-up

    best, at = 0.6, -1
    position = start
    while position < end:
        stop = text.find(". ", position, end)
        stop = end if stop < 0 else stop + 1
        sentence = text[position:stop][:SHOWN]
        matcher = difflib.SequenceMatcher(None, wanted[:SHOWN], sentence, autojunk=False)
        if matcher.real_quick_ratio() > best and matcher.ratio() > best:
            # It starts where the file's first words do: a new heading may stand before them.
            first = next((b for _, b, size in matcher.get_matching_blocks() if size >= 3), 0)
            word = sentence.rfind(" ", 0, first) + 1
            best, at = matcher.ratio(), position + (word if word < len(sentence) else 0)
        position = stop + 1
    return at
