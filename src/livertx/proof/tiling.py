"""The page, tiled: every sentence, lead, label and list item of the page's treatment content is
one piece of the knowledge file (livertx.proof.pieces), in the section it stands in, and
every piece of the file is found there, whole, and nowhere else.

The page's content runs from its title to "Updated:": the introduction, the table of contents,
the section on the treatments (its heading, then one part per treatment, headed by its name), and
one section per stage group (headed by the stage's `section`). Each part (livertx.proof.
page_parts) is laid from its start with the pieces that may stand there, longest first, each
ending where a word ends: so a piece starts and ends where the page's sentences and items do,
nothing of the page is left over, and a text moved, cut short, changed or dropped leaves words of
the page or of the file unmatched.

Order is the page's: a list field's texts are met in the list's order, a stage's options in the
file's order. Pure: the problems are returned, each at its place in the file, naming the section
and the page's words there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from livertx.problems import PAGE_CHECK, SHOWN, WHOLE, Problem, problem_at, shown
from livertx.proof.page_parts import Part
from livertx.proof.pieces import ITEM, LABEL, LEAD, SENTENCE, Piece
from livertx.text_folding import names

# Where a sentence ends: a full stop (then a space, or the region's end: the rest of the
# sentence's last word), or "?", "!" or ":" before a space.
_SENTENCE_END = re.compile(r"\.\S* |\.\S*$|[?!:] ")
# A sentence's end inside a text (before its last character): two sentences in one text.
_INNER_END = re.compile(r"[.?!] ")
# How many problems one part may report when a file is loaded or validated; verify-source,
# which tells a maintainer every change to a new page, reports every one (most=None).
MOST_PER_PART = 12


def tile(
    text: str, part: Part, problems: list[Problem], most: int | None = MOST_PER_PART
) -> list[Piece]:
    """Lay `part`'s pieces over its stretch of `text`; the problems found are appended, at
    most `most` of the page's words unplaced (None: every one). Returns the pieces laid, in page
    order. Linear in the page and the pieces: the pieces that may start at a place are found by
    their first word."""
    limit = most if most is not None else len(text) + 1
    problems.extend(_not_one_sentence(part))
    region = text[part.start : part.end].strip()
    remaining = set(part.pieces)
    by_first: dict[str, list[Piece]] = {}
    for piece in part.pieces:
        by_first.setdefault(piece.text.split(" ", 1)[0], []).append(piece)
    laid: list[Piece] = []
    method: str | None = None  # the labelled method whose text the page is in
    previous = ""
    position = 0
    reported = 0
    highest: dict[tuple[str, str], Piece] = {}  # (owner, field) -> its piece met last
    owners = set(part.labelled.values())

    def longest_at(at: int) -> Piece | None:
        """The longest piece that may stand at `at` and stands there whole (the first of the
        longest), or None."""
        word = region[at : (region.find(" ", at) + 1 or len(region) + 1) - 1]
        best: Piece | None = None
        for piece in by_first.get(word, ()):
            if piece in remaining and _may_stand(piece, method, previous, part, owners):
                end = at + len(piece.text)
                # startswith first: a piece longer than what is left cannot stand there.
                whole = region.startswith(piece.text, at) and region[end : end + 1] in ("", " ")
                if whole and (best is None or len(piece.text) > len(best.text)):
                    best = piece
        return best

    while position < len(region) and reported < limit:
        found = longest_at(position)
        if found is not None:
            remaining.discard(found)
            key = (found.owner, found.field)
            before = highest.get(key)
            if before is None or before.order < found.order:
                highest[key] = found
            else:
                problems.append(_out_of_order(found, before, part))
            laid.append(found)
            if found.kind == LABEL:
                method = part.labelled.get(found.text)
            previous = found.kind
            position += len(found.text) + 1
            continue
        # Words of the page that no piece starts: up to where an allowed piece starts again,
        # else to the end of the sentence.
        stop = _next_start(region, position, longest_at)
        words = region[position:stop].strip()
        pool = [
            p for p in part.pieces if p in remaining and _may_stand(p, method, "", part, owners)
        ]
        nearest = _nearest(words, pool)
        reported += 1
        if nearest is not None:
            remaining.discard(nearest)
            message = (
                f"{nearest.where}: not the page's words in {part.label}; "
                f'the file has "{shown(nearest.text, WHOLE)}", '
                f'the page has "{shown(words, WHOLE)}"'
            )
            problems.append(
                problem_at(
                    nearest,
                    message,
                    part.label,
                    nearest.where,
                    nearest.text,
                    words,
                )
            )
        else:
            message = f'{part.label}: the page\'s words "{shown(words)}" are in no text of the file'
            problems.append(Problem(message, *part.anchor, PAGE_CHECK, part.label, page_has=words))
        previous = ""
        position = stop
    left = [piece for piece in part.pieces if piece in remaining]
    for piece in left[: max(limit - reported, 1)]:
        message = (
            f'{piece.where}: "{shown(piece.text)}" is not a whole sentence, lead or item '
            f"of {part.label}, in its place"
        )
        problems.append(problem_at(piece, message, part.label, piece.where, piece.text))
    problems.extend(_out_of_the_files_order(laid, part))
    problems.extend(_unlabelled_unnamed(laid, part))
    return laid


def _not_one_sentence(part: Part) -> list[Problem]:
    """A text is one sentence (or one lead): two would cover the page's words between them,
    a heading included, whatever they say. And "Learn more about TREATMENT …" is the
    treatment's own, though the page gives it after its last method's texts."""
    problems = []
    owner, name = part.treatment
    about = f"Learn more about {name[:1].lower()}{name[1:]} " if name else "\0"
    for piece in part.pieces:
        if piece.field == "learn_more" and piece.text.startswith(about) and piece.owner != owner:
            message = f"{piece.where}: it is about {name!r}: give it to {owner}"
            problems.append(problem_at(piece, message, part.label, piece.where))
        if (
            piece.kind in (SENTENCE, LEAD)
            and _INNER_END.search(piece.text, 0, len(piece.text) - 1) is not None
        ):
            message = f"{piece.where}: more than one sentence; give each its own text"
            problems.append(problem_at(piece, message, part.label, piece.where))
        if not piece.exact:
            message = f"{piece.where}: white space other than single spaces between words"
            problems.append(problem_at(piece, message, part.label, piece.where))
    return problems


def _out_of_the_files_order(laid: list[Piece], part: Part) -> list[Problem]:
    """Each record's texts come on the page field by field, in the order the file gives its
    fields: which field holds a sentence is the file's reading, and the page's order holds it
    (a sentence moved from `how` to `used`, or the page's sentences reordered, breaks it)."""
    problems: list[Problem] = []
    by_owner: dict[str, list[Piece]] = {}
    for piece in laid:
        by_owner.setdefault(piece.owner, []).append(piece)
    for owner, own in by_owner.items():
        met: list[str] = []
        for piece in own:
            if not met or met[-1] != piece.field:
                met.append(piece.field)
        expected = [f for f in part.orders.get(owner, []) if f in met]
        if met != expected:
            first = own[0]
            message = (
                f"{owner}: {part.label} gives its texts in the order {', '.join(met)}; "
                f"the file's order is {', '.join(expected)}"
            )
            problems.append(problem_at(first, message, part.label, first.where))
    return problems


def _unlabelled_unnamed(laid: list[Piece], part: Part) -> list[Problem]:
    """A method the page heads with no label owns the sentences that follow one naming it
    ("A partial hepatectomy (…) may be done. A wedge of tissue … is removed.")."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for before, piece in zip([None, *laid], laid, strict=False):
        name = part.unlabelled.get(piece.owner)
        if name is None or piece.owner in seen:
            continue
        seen.add(piece.owner)
        if before is None or not names(before.text.casefold(), name):
            message = f"{piece.where}: the page's sentence before it does not name {name!r}"
            problems.append(problem_at(piece, message, part.label, piece.where))
    return problems


def _may_stand(
    piece: Piece, method: str | None, previous: str, part: Part, owners: set[str]
) -> bool:
    """Whether `piece` may be the next on the page: a list item only in a list (after a lead or
    another item); a labelled method's texts only after its label, and before the next; there,
    besides, only the next labels and the treatment's closing "Learn more" ("Learn more about
    radiation therapy …" is the treatment's, even after its last method's texts)."""
    if piece.kind == ITEM and previous not in (LEAD, ITEM):
        return False
    if piece.kind == LABEL:
        return True
    if piece.owner in owners:  # a labelled method's
        return piece.owner == method
    if method is None:
        return True
    return piece.field == "learn_more" and piece.owner == part.treatment[0]


def _next_start(region: str, position: int, longest_at: Callable[[int], Piece | None]) -> int:
    """Where, after `position`, an allowed piece starts at a word, before the end of the
    sentence; else the end of the sentence (or of the region)."""
    # One search for the first end of a sentence: each mark looked for through the rest of a
    # long page, for every sentence, was quadratic on 2 MB of short sentences.
    end = _SENTENCE_END.search(region, position)
    stop = end.end() if end else len(region)
    at = region.find(" ", position)
    while 0 <= at < stop - 1:
        if longest_at(at + 1) is not None:
            return at + 1
        at = region.find(" ", at + 1)
    return min(stop, len(region))


def _nearest(words: str, pieces: list[Piece]) -> Piece | None:
    """The piece most like the page's `words`, if any is like enough to be the same text
    changed."""
    import difflib  # only for a text the page changed, as in part_bounds

    best: tuple[float, Piece | None] = (0.6, None)
    # One matcher with the page's words as its second sequence, which difflib indexes once, not
    # once a piece; quick_ratio bounds ratio from above, so a piece it rules out is no nearer.
    matcher = difflib.SequenceMatcher(None, "", words[:SHOWN], autojunk=False)
    for piece in pieces:
        matcher.set_seq1(piece.text[:SHOWN])
        if (
            matcher.real_quick_ratio() > best[0]
            and matcher.quick_ratio() > best[0]
            and matcher.ratio() > best[0]
        ):
            best = (matcher.ratio(), piece)
    return best[1]


def _out_of_order(found: Piece, before: Piece, part: Part) -> Problem:
    """A piece of a list met after one that follows it in the file's list (`before`)."""
    message = (
        f"{found.where}: {part.label} has it before {before.where}; "
        "keep the list in the page's order"
    )
    return problem_at(found, message, part.label, found.where)
