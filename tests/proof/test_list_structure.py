"""The page's lists as it builds them (#31, item 4): a saved HTML page whose list items are
moved into or out of a sublist, split or merged has the same text, and verify-source reports
each with both structures."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from livertx.proof.list_structure import Items, file_lists, flat, shape
from livertx.proof.page_check import verify
from livertx.proof.saved_page import ListItem, read_document
from livertx.text_folding import normal_spacing

from ..conftest import SOURCE_TEXT, Invoke, shipped_tree

PAGE = normal_spacing(SOURCE_TEXT.read_text(encoding="utf-8"))


ROOT = shipped_tree()
LISTS = {own.where: own.items for own in file_lists(ROOT)}


def _markup(items: Items) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li>{html.escape(i.words)}{_markup(i.items) if i.items else ''}</li>" for i in items
        )
        + "</ul>"
    )


def as_html(built: dict[str, Items] | None = None) -> str:
    """The capture as a saved HTML page, each of the file's lists built as `built` gives it
    (as the file has it, by default), the rest of the text in paragraphs."""
    body = html.escape(PAGE)
    for where, items in LISTS.items():
        words = html.escape(flat(items))
        assert body.count(words) == 1, where
        own = (built or {}).get(where, items)
        assert flat(own) == flat(items), "a structure changed, never the words"
        body = body.replace(words, f"</p>{_markup(own)}<p>")
    return f"<!DOCTYPE html><html><body><p>{body}</p></body></html>"


def _changes(built: dict[str, Items]) -> list[tuple[str, str, str | None, str | None]]:
    page = read_document(as_html(built))
    changes = verify(ROOT, page.text, page.lists).changes
    return [(c.part, c.where, c.file_has, c.page_has) for c in changes]


def test_the_file_s_lists_are_the_page_s_and_the_page_built_as_the_file_says_verifies() -> None:
    assert list(LISTS) == [
        "treatments[5].drugs",
        "treatments[6].items",
        "stages[0].options",
        "stages[1].options",
        "stages[2].options",
    ]
    assert shape(LISTS["stages[0].options"]).endswith(
        '"liver transplant", "ablation of the tumor using:" ["radiofrequency ablation", '
        '"microwave therapy", "percutaneous ethanol injection", "cryoablation"], '
        '"radiation therapy"]'
    )
    page = read_document(as_html())
    assert page.text == PAGE
    assert verify(ROOT, page.text, page.lists).changes == ()


def _localized(moved_in: bool) -> Items:
    *first, ablation, radiation = LISTS["stages[0].options"]
    if moved_in:
        return (*first, ablation._replace(items=(*ablation.items, radiation)))
    *methods, last = ablation.items
    return (*first, ablation._replace(items=tuple(methods)), last, radiation)


def _split_condition() -> Items:
    first, *rest = LISTS["stages[1].options"]
    head, tail = first.words.split(" in people ")
    return (ListItem(head), ListItem("in people " + tail), *rest)


def _merged() -> Items:
    one, two, *rest = LISTS["treatments[5].drugs"]
    return (ListItem(f"{one.words} {two.words}"), *rest)


@pytest.mark.parametrize(
    ("where", "built"),
    [
        ("stages[0].options", _localized(moved_in=True)),
        ("stages[0].options", _localized(moved_in=False)),
        ("stages[1].options", _split_condition()),
        ("treatments[5].drugs", _merged()),
    ],
    ids=["moved-into-the-sublist", "moved-out-of-the-sublist", "condition-split", "merged"],
)
def test_a_list_built_otherwise_is_a_change_told_with_both_structures(
    where: str, built: Items
) -> None:
    (change,) = _changes({where: built})
    part = next(own.part for own in file_lists(ROOT) if own.where == where)
    assert change == (part, where, shape(LISTS[where]), shape(built))


def test_the_command_reports_it(invoke: Invoke, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(as_html({"stages[0].options": _localized(moved_in=True)}), "utf-8")
    result = invoke("verify-source", str(page))
    assert result.exit_code == 1
    assert "In Treatment of localized liver cancer:" in result.stdout
    assert "stages[0].options: the page builds this list of Treatment of localized liver" in (
        result.stdout
    )
    assert '"cryoablation", "radiation therapy"]]' in result.stdout


def test_a_list_is_held_to_the_list_in_its_own_part_not_to_one_with_its_words_elsewhere() -> None:
    """A list of the same words, built as the file's, elsewhere on the page (here after the
    page's date, outside its treatment content) does not stand for the part's own list: the
    part's list, built otherwise, is the change."""
    built = _localized(moved_in=True)
    decoy = _markup(LISTS["stages[0].options"])
    page = read_document(
        as_html({"stages[0].options": built}).replace("</body>", decoy + "</body>")
    )
    changes = verify(ROOT, page.text, page.lists).changes
    part = next(own.part for own in file_lists(ROOT) if own.where == "stages[0].options")
    assert [(c.part, c.where, c.file_has, c.page_has) for c in changes] == [
        (part, "stages[0].options", shape(LISTS["stages[0].options"]), shape(built))
    ]
