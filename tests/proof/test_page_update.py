"""The proposed update (#31, item 3) on a few pages: numbers changed, a person's edit, and a
sample of the capture's edits of words only (every one is proven in test_page_edits.py) through
`verify-source --update` itself, each result held to `validate` and to the view that shows the
changed text, which shows the page's new words."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from livertx.problems import Problem
from livertx.proof.page_check import verify
from livertx.proof.page_update import propose
from livertx.proof.prove import prove

from ..conftest import REPO, Invoke
from .test_page_edits import (
    DATA,
    PAGE,
    SHIPPED,
    SHIPPED_ROOT,
    WORDS,
    Edit,
    every_edit,
    only_words,
    tree,
)

SHIPPED_PATH = REPO / "data" / "treatments.yaml"


def test_every_number_changed_gives_a_file_that_is_the_edited_page_s() -> None:
    numbers = [(s, e) for s, e in WORDS if re.fullmatch(r"\d+", PAGE[s:e])]
    assert [PAGE[s:e] for s, e in numbers] == ["1", "3", "1"]
    for start, end in numbers:
        page = PAGE[:start] + str(int(PAGE[start:end]) + 5) + PAGE[end:]
        proposal = propose(SHIPPED, verify(SHIPPED_ROOT, page).changes, None)
        assert proposal.for_a_person == ()
        assert prove(tree(proposal.text), page) == []


def test_an_edit_that_is_a_person_s_leaves_the_file_failing_there() -> None:
    page = PAGE.replace("sorafenib Learn more", "sorafenibs Learn more")  # a drug's name
    changes = verify(SHIPPED_ROOT, page).changes
    proposal = propose(SHIPPED, changes, None)
    assert proposal.text == SHIPPED
    assert proposal.for_a_person == changes
    assert [p.message for p in prove(tree(proposal.text), page)] == [c.message for c in changes]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The procedure can be done", "The procedure also can be done"),
        ("make a 3-dimensional, or 3-D, picture", "make a 3-dimensional, or 3-D, image"),
    ],
)
def test_a_text_too_long_for_its_line_is_folded_within_the_file_s_width(old: str, new: str) -> None:
    """A reviewer reads the proposal in a diff: a changed text longer than its line is written
    as a folded block, its lines filled to the file's 100 columns and no further, each word
    (a hyphenated one too) whole."""
    assert PAGE.count(old) == 1
    page = PAGE.replace(old, new)
    proposal = propose(SHIPPED, verify(SHIPPED_ROOT, page).changes, None)
    assert proposal.for_a_person == ()
    lines, before = proposal.text.splitlines(), SHIPPED.splitlines()
    changed = next(n for n, line in enumerate(lines) if line != before[n])
    header = max(n for n in range(changed) if lines[n].endswith(">-"))
    indent = len(lines[header + 1]) - len(lines[header + 1].lstrip())
    block = []
    for line in lines[header + 1 :]:
        if len(line) - len(line.lstrip()) != indent:
            break
        block.append(line)
    assert all(len(line) <= 100 for line in block)
    assert all(len(line) + len(after.split()[0]) + 1 > 100 for line, after in pairwise(block))
    text = " ".join(line.strip() for line in block)
    assert new in text
    assert prove(tree(proposal.text), page) == []


def test_a_list_the_page_drops_whole_goes_with_its_key() -> None:
    """The page drops every item of a list of two or more: the proposal drops the list with its
    key, as for a list of one, never a key left holding nothing (a YAML null that fails
    `validate` with a problem no page change made)."""
    (number,) = [n for n, t in enumerate(DATA["treatments"]) if len(t.get("items", [])) > 1]
    items = DATA["treatments"][number]["items"]
    page = PAGE.replace(" ".join(items) + " ", "", 1)
    assert page != PAGE
    changes = verify(SHIPPED_ROOT, page).changes
    proposal = propose(SHIPPED, changes, None)
    listed = "    items:\n" + "".join(f"      - {item}\n" for item in items)
    assert SHIPPED.count(listed) == 1
    assert proposal.text == SHIPPED.replace(listed, "")
    assert {c.where for c in proposal.made} == {
        f"treatments[{number}].items[{i}]" for i in range(4)
    }


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


def _sample() -> list[tuple[Edit, Problem]]:
    """The edits of words only among one in 97 of the suite's edits, with their changes."""
    found = []
    for edit in every_edit()[::97]:
        changes = verify(SHIPPED_ROOT, edit.page).changes
        if len(changes) == 1 and only_words(edit, changes[0]):
            found.append((edit, changes[0]))
    return found


def test_update_gives_a_valid_file_whose_view_shows_the_new_words(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A sample of the edits of words only through the command, as a maintainer runs it."""
    sample = _sample()
    assert len(sample) == 31
    for number, (edit, change) in enumerate(sample):
        name = edit.name
        saved = tmp_path / f"page{number}.txt"
        saved.write_text(edit.page, encoding="utf-8")
        new = tmp_path / f"proposed{number}" / "treatments.yaml"
        argv = ["--data", str(SHIPPED_PATH), "verify-source", str(saved), "--update", str(new)]
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
