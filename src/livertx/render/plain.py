"""Plain lines for the maintainers' commands (`validate`, `verify-source`): one line per finding,
as compilers write them, so editors can jump to FILE:LINE:COLUMN; no Rich to import."""

from __future__ import annotations

from livertx.dates import long_date
from livertx.output import write_text
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.documents import Document


def _write(lines: list[str]) -> None:
    """One finding a line: a line break inside one (a file name can hold one) is shown as \\n."""
    write_text("".join(visible(line).replace("\n", "\\n") + "\n" for line in lines))


def problems(
    path: str, documents: list[Document], held_to_page: bool = True, unchecked: str | None = None
) -> None:
    lines = [f"{path}: no problems found"] if not documents else []
    if not documents and unchecked:
        lines.append(unchecked)
    if not documents and not held_to_page:
        lines.append(
            f"{path}: it names no capture of a page (source.capture), so its text is checked "
            "against no page, and livertx attributes it to no one"
        )
    for problem in documents:
        place = f"{problem['line']}:{problem['column']}:" if problem["line"] else ""
        lines.append(f"{path}:{place} {problem['message']}")
    _write(lines)


def _date(iso: str | None) -> str:
    return long_date(iso) if iso else "no date found"


# What each verdict on the dates says, after both dates.
DATES = {
    "same": "The dates are the same.",
    "older": "The page is older than the one the file was written from.",
    "newer": "The page is newer than the one the file was written from.",
    "unknown": "The dates cannot be compared.",
}


def source_report(document: Document) -> None:
    """What a new copy of the page says of the knowledge file: the dates, then each change with
    the file's words (the page's as they were) and the page's words now, under the page's part
    it is in, the parts in the page's order."""
    knowledge = document["knowledge_file"]
    written = document["page_date_written"]
    page = f"“{written}”, which is not a date" if written else _date(document["page_updated"])
    lines = [
        f"The page says: Updated: {page}; the knowledge file says: "
        f"{_date(document['knowledge_updated'])}.",
        DATES[document["dates"]],
    ]
    if document["hidden_by_style"]:
        hidden = document["hidden_by_style"]
        hidden = hidden if len(hidden) <= 200 else hidden[:199] + "…"
        lines.append(
            f"The page's style sheet hides “{hidden}”: a browser does not show it, so it is "
            "left out, never a change."
        )
    changes = document["changes"]
    if not changes:
        lines.append(
            "The page's treatment content is the one the knowledge file was checked against."
        )
    else:
        lines.append(f"Changes to the page's treatment content: {len(changes)}")
    parts: dict[str, list[Document]] = {}  # by the page's part, in the page's order
    for change in changes:
        parts.setdefault(change["part"], []).append(change)
    for part, in_part in parts.items():
        lines.append(f"In {part}:" if part else "On the page as a whole:")
        for change in in_part:
            place = f"{change['line']}:{change['column']}:" if change["line"] else ""
            lines.append(f"{knowledge}:{place} {change['message']}")
    update = document.get("update")
    if update is not None:
        lines += _update(knowledge, update)
    _write(lines)


def _update(knowledge: str, update: Document) -> list[str]:
    """What `--update` wrote, and what it leaves for a person, each at its place in the new
    file (where it fails validate)."""
    new, left = update["file"], update["for_a_person"]
    capture = f", the page's text beside it as {update['capture']}" if update["capture"] else ""
    lines = [
        f"Proposed: {new}{capture}.",
        f"Made in place: {len(update['made'])}. Review them with: git diff --no-index "
        f"{knowledge} {new}",
    ]
    if not left:
        lines.append(f"Left for a person: none; {new} passes validate against the page.")
    else:
        lines.append(f"Left for a person: {len(left)}, where {new} fails validate:")
    for problem in left:
        place = f"{problem['line']}:{problem['column']}:" if problem["line"] else ""
        lines.append(f"{new}:{place} {problem['message']}")
    return lines
