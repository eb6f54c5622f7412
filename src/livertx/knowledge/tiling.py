"""The page, tiled: every sentence, lead, label and list item of the page's treatment content is
one piece of the knowledge file (livertx.knowledge.pieces), in the section it stands in, and
every piece of the file is found there, whole, and nowhere else.

The page's content runs from its title to "Updated:": the introduction, the table of contents,
the section on the treatments (its heading, then one part per treatment, headed by its name), and
one section per stage group (headed by the stage's `section`). Each part is laid from its start
with the pieces that may stand there, longest first, each ending where a word ends: so a piece
starts and ends where the page's sentences and items do, nothing of the page is left over, and
a text moved, cut short, changed or dropped leaves words of the page or of the file unmatched.

Order is the page's: a list field's texts are met in the list's order, a stage's options in the
file's order. Pure: the problems are returned, each at its place in the file, naming the section
and the page's words there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from livertx.knowledge.excerpts import normal_spacing as spaced
from livertx.knowledge.pieces import (
    ITEM,
    LABEL,
    LEAD,
    Piece,
    label_of,
    records_of,
    statements,
    text_of,
    texts_of,
)
from livertx.knowledge.problems import Problem
from livertx.knowledge.yaml_tree import Node

CHECK = "page"
END = "Updated:"
CONTENTS = "On This Page"
SEPARATOR = " › "
# A part's own texts, each a sentence or a lead; a method's the same but its name is its label.
TREATMENT_FIELDS = ("summary", "used", "how", "methods_lead", "learn_more")
METHOD_FIELDS = ("summary", "how", "learn_more")
# How much of the page's words a problem quotes, and how many problems one part may report.
SHOWN = 200
MOST_PER_PART = 12


def shown(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


class Part:
    """One part of the page and the pieces that must tile it: its label, its stretch of the
    page's text, the methods it heads with a label (label text -> the method's path in the
    file), and where in the file a problem of the part as a whole is."""

    __slots__ = ("anchor", "end", "label", "labelled", "pieces", "start")

    def __init__(
        self,
        label: str,
        start: int,
        end: int,
        pieces: list[Piece],
        labelled: dict[str, str],
        anchor: tuple[int, int],
    ) -> None:
        self.label, self.start, self.end = label, start, end
        self.pieces, self.labelled, self.anchor = pieces, labelled, anchor


def _problem(message: str, line: int, column: int) -> Problem:
    return Problem(message, line, column, CHECK)


def treatment_part(treatment: Node, index: int) -> tuple[list[Piece], dict[str, str]]:
    """A treatment's pieces: its texts, its list (the page's items, or its drugs' names),
    and its methods' texts, labelled where the page introduces them with a lead."""
    owner = f"treatments[{index}]"
    pieces = statements(treatment, owner, TREATMENT_FIELDS)
    items = texts_of(treatment, "items")
    if items:
        pieces += [
            _item(node, f"{owner}.items[{i}]", owner, "items", i) for i, node in enumerate(items)
        ]
    else:
        for i, drug in enumerate(records_of(treatment, "drugs")):
            name = text_of(drug, "name")
            if name is not None:
                pieces.append(_item(name, f"{owner}.drugs[{i}].name", owner, "drugs", i))
    labelled: dict[str, str] = {}
    has_lead = text_of(treatment, "methods_lead") is not None
    for i, method in enumerate(records_of(treatment, "methods")):
        method_owner = f"{owner}.methods[{i}]"
        label = label_of(method)
        name = text_of(method, "name")
        if has_lead and label is not None and name is not None:
            labelled[label] = method_owner
            where = f"{method_owner}.name"
            pieces.append(Piece(label, LABEL, where, name.line, name.column, owner, "methods", i))
            pieces += statements(method, method_owner, METHOD_FIELDS)
        else:  # unlabelled: its summary is the page's definition in brackets, checked apart
            pieces += statements(method, method_owner, ("how", "learn_more"))
    return pieces, labelled


def _item(node: Node, where: str, owner: str, field_: str, order: int) -> Piece:
    return Piece(spaced(node.value), ITEM, where, node.line, node.column, owner, field_, order)


def tile(text: str, part: Part, problems: list[Problem]) -> list[Piece]:
    """Lay `part`'s pieces over its stretch of `text`; the problems found are appended. Returns
    the pieces laid, in page order."""
    region = text[part.start : part.end].strip()
    remaining = list(part.pieces)
    laid: list[Piece] = []
    method: str | None = None  # the labelled method whose text the page is in
    previous = ""
    position = 0
    reported = 0
    while position < len(region) and reported < MOST_PER_PART:
        allowed = [p for p in remaining if _may_stand(p, method, previous, part)]
        found = _longest_at(region, position, allowed)
        if found is not None:
            remaining.remove(found)
            laid.append(found)
            problems.extend(_out_of_order(found, laid, part))
            if found.kind == LABEL:
                method = part.labelled.get(found.text)
            previous = found.kind
            position += len(found.text) + 1
            continue
        # Words of the page that no piece starts: up to where an allowed piece starts again,
        # else to the end of the sentence.
        stop = _next_start(region, position + 1, allowed)
        words = region[position:stop].strip()
        nearest = _nearest(words, remaining)
        reported += 1
        if nearest is not None:
            remaining.remove(nearest)
            message = (
                f"{nearest.where}: not the page's words in {part.label}; "
                f'the file has "{shown(nearest.text)}", the page has "{shown(words)}"'
            )
            problems.append(_problem(message, nearest.line, nearest.column))
        else:
            message = f'{part.label}: the page\'s words "{shown(words)}" are in no text of the file'
            problems.append(_problem(message, *part.anchor))
        previous = ""
        position = stop
    for left in remaining[: max(MOST_PER_PART - reported, 1)]:
        message = (
            f'{left.where}: "{shown(left.text)}" is not a whole sentence, lead or item '
            f"of {part.label}, in its place"
        )
        problems.append(_problem(message, left.line, left.column))
    problems.extend(_broken_runs(laid, part))
    return laid


def _broken_runs(laid: list[Piece], part: Part) -> list[Problem]:
    """A field of a record is one run of the page's sentences: which field holds a sentence is
    the file's reading, and this much of it the page's order can hold."""
    problems: list[Problem] = []
    for owner in dict.fromkeys(piece.owner for piece in laid):
        own = [piece for piece in laid if piece.owner == owner]
        seen: set[str] = set()
        for before, piece in zip([None, *own], own, strict=False):
            if before is not None and before.field == piece.field:
                continue
            if piece.field in seen:
                message = (
                    f"{piece.where}: in {part.label} the page puts other sentences between it "
                    f"and the rest of {owner}.{piece.field}"
                )
                problems.append(_problem(message, piece.line, piece.column))
            seen.add(piece.field)
    return problems


def _may_stand(piece: Piece, method: str | None, previous: str, part: Part) -> bool:
    """Whether `piece` may be the next on the page: a list item only in a list (after a lead or
    another item); inside a labelled method's text, only that method's texts, the next labels
    and the treatment's closing "Learn more"."""
    if piece.kind == ITEM and previous not in (LEAD, ITEM):
        return False
    if method is None or piece.kind == LABEL:
        return True
    return piece.owner == method or piece.field == "learn_more"


def _longest_at(region: str, position: int, pieces: Iterable[Piece]) -> Piece | None:
    best: Piece | None = None
    for piece in pieces:
        end = position + len(piece.text)
        # startswith first: a piece longer than what is left of the region cannot stand there.
        whole = region.startswith(piece.text, position) and region[end : end + 1] in ("", " ")
        if whole and (best is None or len(piece.text) > len(best.text)):
            best = piece
    return best


def _next_start(region: str, position: int, pieces: list[Piece]) -> int:
    """Where, after `position`, the next sentence ends or an allowed piece starts (at a word);
    the region's end if neither does."""
    ending = re.compile(r"[.:?!](?= |$)").search(region, position)
    stop = ending.end() + 1 if ending else len(region)
    if pieces:
        alternatives = "|".join(
            re.escape(p.text) for p in sorted(pieces, key=lambda p: -len(p.text))
        )
        start = re.compile(rf"(?<= )(?:{alternatives})(?= |$)").search(region, position, stop)
        if start is not None:
            return start.start()
    return min(stop, len(region))


def _nearest(words: str, pieces: list[Piece]) -> Piece | None:
    """The piece most like the page's `words`, if any is like enough to be the same text
    changed."""
    import difflib

    best: tuple[float, Piece | None] = (0.6, None)
    for piece in pieces:
        matcher = difflib.SequenceMatcher(None, piece.text[:SHOWN], words[:SHOWN], autojunk=False)
        if matcher.real_quick_ratio() > best[0] and matcher.ratio() > best[0]:
            best = (matcher.ratio(), piece)
    return best[1]


def _out_of_order(found: Piece, laid: list[Piece], part: Part) -> list[Problem]:
    later = [
        p
        for p in laid[:-1]
        if p.owner == found.owner and p.field == found.field and p.order > found.order
    ]
    if not later:
        return []
    message = (
        f"{found.where}: {part.label} has it before {later[0].where}; "
        "keep the list in the page's order"
    )
    return [_problem(message, found.line, found.column)]


def find_heading(text: str, heading: str, start: int, end: int) -> int:
    """Where `heading` stands as words of its own (a space or nothing on either side) in
    text[start:end], or -1."""
    found = text.find(heading, start, end)
    while found >= 0:
        after = found + len(heading)
        if text[found - 1 : found] in ("", " ") and text[after : after + 1] in ("", " "):
            return found
        found = text.find(heading, found + 1, end)
    return -1
