"""The capture's mutation suite, and the proposed update proven on it (#31, item 3): every edit
of the page's treatment content (every word changed, removed or followed by a new one; every
sentence deleted) is reported by `verify-source`, and for every edit that changes only words,
numbers or removes a sentence or item, the file `propose` gives is the page's again, held to
the edited page as validate holds it. Each edited page is verified once for both, in parts
that parallel workers share (pytest-xdist).

"Only words" leaves out what is a person's: a name or a heading (a drug, a method, the names
an option or an item refers to, a stage part its condition names), a sentence the file reads
something from (a status, an "also called" sentence, a "Learn more" pointer), a sentence's end
(its last word and stop changed), and a removed summary or lead (a record's summary is
required, and which sentence it is, an editor's choice; a lead holds its methods' labels)."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import pytest
import yaml

from livertx.problems import Problem
from livertx.proof.page_check import verify
from livertx.proof.page_update import propose
from livertx.proof.prove import prove
from livertx.text_folding import normal_spacing
from livertx.yaml_tree import Node, read_tree

from ..conftest import REPO, SOURCE_TEXT

SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
DATA: dict[str, Any] = yaml.safe_load(SHIPPED)
PAGE = normal_spacing(SOURCE_TEXT.read_text(encoding="utf-8"))
START = PAGE.index("Liver Cancer Treatment There are different types")
END = PAGE.index("Updated:")
WORDS = [(m.start() + START, m.end() + START) for m in re.finditer(r"\S+", PAGE[START:END])]
SENTENCES = [s.strip() for s in re.split(r"(?<=[.:]) ", PAGE[START:END]) if s.strip()]


def tree(text: str) -> Node:
    root = read_tree(text)
    assert root is not None
    return root


SHIPPED_ROOT = tree(SHIPPED)


class Edit(NamedTuple):
    """One edit of the page: a word (its number in the treatment content) `changed`, `removed`
    or with one `added` after it, or a sentence (its number) `deleted`."""

    kind: str
    number: int

    @property
    def words(self) -> str:
        """The word or the sentence the edit is made at."""
        if self.kind == "deleted":
            return SENTENCES[self.number]
        start, end = WORDS[self.number]
        return PAGE[start:end]

    @property
    def name(self) -> str:
        return f"{self.kind} {self.number} “{self.words}”"

    @property
    def page(self) -> str:
        """The edited page."""
        if self.kind == "deleted":
            return PAGE.replace(self.words + " ", "", 1)
        start, end = WORDS[self.number]
        if self.kind == "changed":
            return PAGE[:start] + PAGE[start:end] + "s" + PAGE[end:]
        if self.kind == "removed":
            return PAGE[:start] + PAGE[end + 1 :]
        return PAGE[:end] + " also" + PAGE[end:]


def every_edit() -> list[Edit]:
    """The edits in the page's order: each word's three, then each sentence deleted."""
    words = [Edit(kind, n) for n in range(len(WORDS)) for kind in ("changed", "removed", "added")]
    return [*words, *(Edit("deleted", n) for n in range(len(SENTENCES)))]


# The edits of words in six parts, every sixth each; the sentences deleted the seventh.
WORD_PARTS = 6
PARTS = range(WORD_PARTS + 1)


def edits(part: int) -> list[Edit]:
    if part == WORD_PARTS:
        return [edit for edit in every_edit() if edit.kind == "deleted"]
    return [edit for edit in every_edit() if edit.kind != "deleted"][part::WORD_PARTS]


# The texts whose words are the page's and nothing else's.
TEXTS = re.compile(
    r"(source\.intro|treatments\[\d+\](\.methods\[\d+\])?\.(summary|used|how|methods_lead|"
    r"learn_more|items))(\[\d+\])?|stages\[\d+\]\.(lead|options\[\d+\])"
)
READ_FROM = ("also called", "being studied", "Learn more")


def only_words(edit: Edit, change: Problem) -> bool:
    """Whether the edit, reported as `change` alone, changes only words, numbers, or removes a
    sentence or item (the module's docstring says what is a person's)."""
    where, old, new = change.where, change.file_has, change.page_has
    if old is None or not TEXTS.fullmatch(where) or any(w in old for w in READ_FROM):
        return False
    if edit.kind in ("changed", "removed") and edit.words[-1] in ".:?!":
        return False
    if edit.kind == "deleted" and re.search(r"\.(summary|methods_lead)$", where):
        return False
    items = re.fullmatch(r"treatments\[(\d+)\]\.items\[\d+\]", where)
    if items and new is None and DATA["treatments"][int(items[1])].get("drugs"):
        return False  # its drugs are each a clause of its items
    option = re.fullmatch(r"stages\[(\d+)\]\.options\[(\d+)\]", where)
    if option:
        own = DATA["stages"][int(option[1])]["options"][int(option[2])]
        in_condition = new is not None and new.startswith(own.get("text", "\0") + " ")
        return "condition" in own and "only" not in own and in_condition
    return True


# Each part's edits of words only: 2,956 of the 4,330 edits, the rest a person's or several.
OF_WORDS_ONLY = {0: 484, 1: 484, 2: 484, 3: 489, 4: 491, 5: 491, WORD_PARTS: 33}


@pytest.mark.parametrize("part", PARTS)
def test_every_edit_is_reported_and_one_of_words_only_proposes_the_edited_page_s_file(
    part: int,
) -> None:
    missed, failed, words_only = [], [], 0
    for edit in edits(part):
        page = edit.page
        report = verify(SHIPPED_ROOT, page)
        if report.ok:
            missed.append(edit.name)
        elif len(report.changes) == 1 and only_words(edit, report.changes[0]):
            words_only += 1
            left = prove(tree(propose(SHIPPED, report.changes, None).text), page)
            if left:
                failed.append((edit.name, left[0].message))
    assert missed == []
    assert failed == []
    assert words_only == OF_WORDS_ONLY[part]


def test_the_suite_makes_every_edit_once_in_one_part() -> None:
    assert (len(WORDS), len(SENTENCES)) == (1415, 85)
    made = [edit for part in PARTS for edit in edits(part)]
    assert sorted(made) == sorted(set(every_edit()))
    assert len(made) == 1415 * 3 + 85 == 4330
    assert sum(OF_WORDS_ONLY.values()) == 2956
