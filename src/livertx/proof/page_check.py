"""What in a knowledge file no longer holds on a new copy of its page: the core of
`livertx verify-source PAGE`.

A maintainer saves the page again (HTML, as a browser or curl saves it, or plain text); this
reads it, takes its visible text, and holds the knowledge file to it as `validate` holds it to
its capture (livertx.proof.prove): every sentence and item of the page's treatment content
is one text of the file, in its section, and every text of the file is whole in its place. Any
word inserted, removed or changed, any item or sentence added, dropped or moved, is a change.
The page's date is compared apart: a newer page whose content is unchanged verifies. Nothing is
printed: the report is returned.
"""

from __future__ import annotations

from datetime import date

from livertx.problems import Problem
from livertx.proof.list_structure import Items, list_changes
from livertx.proof.prove import CONTENTS, page_date, prove
from livertx.proof.sections import SEPARATOR
from livertx.records import Record
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


class SourceReport(Record):
    """What a new copy of the page says of the knowledge file: both dates (and the page's date
    as written when it is not a date), and every change to its treatment content."""

    page_updated: date | None
    page_date_written: str | None
    knowledge_updated: date | None
    changes: tuple[Problem, ...]

    @property
    def dates(self) -> str:
        """ "same", "older" or "newer" (the page's date against the file's), or "unknown"."""
        if self.page_updated is None or self.knowledge_updated is None:
            return "unknown"
        if self.page_updated == self.knowledge_updated:
            return "same"
        return "newer" if self.page_updated > self.knowledge_updated else "older"

    @property
    def ok(self) -> bool:
        """The page's treatment content is what the file was checked against, and its date can
        be read."""
        return not self.changes and self.page_date_written is None

    def document(
        self, knowledge_path: str, page_path: str, hidden_by_style: str = ""
    ) -> dict[str, Any]:
        """What `verify-source --json` prints; `hidden_by_style`, the words the page's style
        sheet hides (left out of its text, as a browser does)."""
        return {
            "page": page_path,
            "knowledge_file": knowledge_path,
            "page_updated": _iso(self.page_updated),
            "page_date_written": self.page_date_written,
            "knowledge_updated": _iso(self.knowledge_updated),
            "dates": self.dates,
            "changes": [change.change_document(knowledge_path) for change in self.changes],
            "hidden_by_style": hidden_by_style,
            "update": None,
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _knowledge_updated(root: Node) -> date | None:
    updated = root.record("source").text("updated")
    if updated is None:
        return None
    try:
        return date.fromisoformat(updated.value)
    except ValueError:  # validation reports it; here it is only unknown
        return None


def verify(root: Node, page_text: str, page_lists: tuple[Items, ...] = ()) -> SourceReport:
    """The knowledge file's tree (yaml_tree.read_tree) held to the new page's text, and to its
    lists as the page builds them (a saved HTML page's; none for plain text)."""
    updated, written = page_date(page_text)
    spans: dict[str, tuple[int, int]] = {}
    changes = prove(root, page_text, with_date=False, most=None, spans=spans)
    changes += list_changes(root, page_lists, spaced(page_text), spans)
    order = {part: number for number, part in enumerate(_parts_in_order(root))}
    changes.sort(key=lambda change: order.get(change.part, len(order)))  # stable
    return SourceReport(updated, written, _knowledge_updated(root), tuple(changes))


def _parts_in_order(root: Node) -> list[str]:
    """The page's parts, as changes name them, in the page's order."""
    source = root.record("source")
    title, heading = source.text("title"), source.text("treatments_section")
    opening = heading.value if heading is not None else ""
    names = [t.text("name") for t in root.records("treatments")]
    sections = [s.text("section") for s in root.records("stages")]
    return [
        title.value if title is not None else "",
        CONTENTS,
        opening,
        *(f"{opening}{SEPARATOR}{name.value}" for name in names if name is not None),
        *(section.value for section in sections if section is not None),
    ]
