"""The proposed update is proven (#31, item 3): the page-mutation suite's edits (every word of
the treatment content changed, removed or followed by a new one; every sentence deleted) go
through `propose`, and for every edit that changes only words, numbers or removes a sentence
or item, the proposed file is the page's again, held to the edited page as validate holds it.
A sample goes through `verify-source --update` itself, each result held to `validate` and to
the view that shows the changed text, which shows the page's new words.

"Only words" leaves out what is a person's: a name or a heading (a drug, a method, the names
an option or an item refers to, a stage part its condition names), a sentence the file reads
something from (a status, an "also called" sentence, a "Learn more" pointer), a sentence's end
(its last word and stop changed), and a removed summary or lead (a record's summary is
required, and which sentence it is, an editor's choice; a lead holds its methods' labels)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from livertx.problems import Problem
from livertx.proof.page_check import verify
from livertx.proof.page_update import propose
from livertx.proof.prove import prove
from livertx.text_folding import normal_spacing
from livertx.yaml_tree import Node, read_tree

from ..conftest import REPO, SOURCE_TEXT, Invoke

SHIPPED = REPO / "data" / "treatments.yaml"
TEXT = SHIPPED.read_text(encoding="utf-8")
DATA: dict[str, Any] = yaml.safe_load(TEXT)
PAGE = normal_spacing(SOURCE_TEXT.read_text(encoding="utf-8"))
START = PAGE.index("Liver Cancer Treatment There are different types")
END = PAGE.index("Updated:")
WORDS = [(m.start() + START, m.end() + START) for m in re.finditer(r"\S+", PAGE[START:END])]
SENTENCES = [s.strip() for s in re.split(r"(?<=[.:]) ", PAGE[START:END]) if s.strip()]


def _tree(text: str) -> Node:
    root = read_tree(text)
    assert root is not None
    return root


ROOT = _tree(TEXT)
# The texts whose words are the page's and nothing else's.
TEXTS = re.compile(
    r"(source\.intro|treatments\[\d+\](\.methods\[\d+\])?\.(summary|used|how|methods_lead|"
    r"learn_more|items))(\[\d+\])?|stages\[\d+\]\.(lead|options\[\d+\])"
)
READ_FROM = ("also called", "being studied", "Learn more")


def edits() -> Iterator[tuple[str, str]]:
    """The page-mutation suite's edits of words and sentences (tests/proof/test_proof.py)."""
    for number, (start, end) in enumerate(WORDS):
        word = PAGE[start:end]
        yield f"changed {number} {word}", PAGE[:start] + word + "s" + PAGE[end:]
        yield f"removed {number} {word}", PAGE[:start] + PAGE[end + 1 :]
        yield f"added {number} {word}", PAGE[:end] + " also" + PAGE[end:]
    for sentence in SENTENCES:
        yield f"deleted {sentence}", PAGE.replace(sentence + " ", "", 1)


def _only_words(name: str, change: Problem) -> bool:
    """Whether the edit `name`, reported as `change` alone, changes only words, numbers, or
    removes a sentence or item (the module's docstring says what is a person's)."""
    kind, _, word = name.split(" ", 2)
    where, old, new = change.where, change.file_has, change.page_has
    if old is None or not TEXTS.fullmatch(where) or any(w in old for w in READ_FROM):
        return False
    if kind in ("changed", "removed") and word[-1] in ".:?!":
        return False
    if kind == "deleted" and re.search(r"\.(summary|methods_lead)$", where):
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


@functools.cache
def proposed() -> list[tuple[str, str, Problem, str]]:
    """Each edit of words only: its name, the edited page, its change, the proposed file."""
    found = []
    for name, page in edits():
        changes = verify(ROOT, page).changes
        if len(changes) == 1 and _only_words(name, changes[0]):
            found.append((name, page, changes[0], propose(TEXT, changes, None).text))
    return found


def test_every_edit_of_words_only_gives_a_file_that_is_the_edited_page_s() -> None:
    failed = []
    for name, page, _, text in proposed():
        left = prove(_tree(text), page)
        if left:
            failed.append((name, left[0].message))
    assert failed == []
    assert len(proposed()) == 2956  # of the suite's 4,330 edits: the rest a person's, or several


def test_every_number_changed_gives_a_file_that_is_the_edited_page_s() -> None:
    numbers = [(s, e) for s, e in WORDS if re.fullmatch(r"\d+", PAGE[s:e])]
    assert [PAGE[s:e] for s, e in numbers] == ["1", "3", "1"]
    for start, end in numbers:
        page = PAGE[:start] + str(int(PAGE[start:end]) + 5) + PAGE[end:]
        proposal = propose(TEXT, verify(ROOT, page).changes, None)
        assert proposal.for_a_person == ()
        assert prove(_tree(proposal.text), page) == []


def test_an_edit_that_is_a_person_s_leaves_the_file_failing_there() -> None:
    page = PAGE.replace("sorafenib Learn more", "sorafenibs Learn more")  # a drug's name
    changes = verify(ROOT, page).changes
    proposal = propose(TEXT, changes, None)
    assert proposal.text == TEXT
    assert proposal.for_a_person == changes
    assert [p.message for p in prove(_tree(proposal.text), page)] == [c.message for c in changes]


VIEWS = {"treatments": "show", "stages": "stage"}


def _view_of(where: str) -> list[str]:
    """The command whose view shows the text at `where`."""
    if where.startswith("source."):
        return ["about"]
    found = re.match(r"(treatments|stages)\[(\d+)\](?:\.methods\[(\d+)\])?", where)
    assert found is not None, where
    record = DATA[found[1]][int(found[2])]
    if found[3] is not None:
        record = record["methods"][int(found[3])]
    return [VIEWS[found[1]], record["id"]]


def test_update_gives_a_valid_file_whose_view_shows_the_new_words(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A sample of the edits, one in 97, through the command, as a maintainer runs it."""
    sample = [edit for number, edit in enumerate(proposed()) if number % 97 == 0]
    assert len(sample) == 31
    for number, (name, page, change, _) in enumerate(sample):
        saved = tmp_path / f"page{number}.txt"
        saved.write_text(page, encoding="utf-8")
        new = tmp_path / f"proposed{number}" / "treatments.yaml"
        argv = ["--data", str(SHIPPED), "verify-source", str(saved), "--update", str(new)]
        assert invoke(*argv).exit_code == 0, name
        assert invoke("validate", str(new)).exit_code == 0, name
        view = invoke("--data", str(new), *_view_of(change.where))
        assert view.exit_code == 0, name
        shown = " ".join(view.stdout.split())
        old, new_words = change.file_has, change.page_has
        assert old is not None
        old = " ".join(old.removesuffix(":").split())
        if new_words is not None:
            new_words = " ".join(new_words.removesuffix(":").split())
            assert new_words in shown, name
        if new_words is None or old not in new_words:
            assert old not in shown, name
