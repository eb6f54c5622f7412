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
    write_text("".join(visible(line) + "\n" for line in lines))


def problems(path: str, documents: list[Document]) -> None:
    lines = [f"{path}: no problems found"] if not documents else []
    for problem in documents:
        place = f"{problem['line']}:{problem['column']}:" if problem["line"] else ""
        lines.append(f"{path}:{place} {problem['message']}")
    _write(lines)


def _date(iso: str | None) -> str:
    return long_date(iso) if iso else "no date found"


def source_report(document: Document) -> None:
    """What a new copy of the page says of the knowledge file."""
    page, knowledge = document["page_updated"], document["knowledge_file"]
    lines = [
        f"The page says: Updated: {_date(page)}; the knowledge file says: "
        f"{_date(document['knowledge_updated'])}."
    ]
    if page != document["knowledge_updated"]:
        lines.append("The dates differ: the page has been updated since the file was written.")
    missing = document["missing"]
    if not missing:
        lines.append("Every medical text of the knowledge file is still on the page.")
    else:
        lines.append(f"Medical texts of the knowledge file no longer on the page: {len(missing)}")
    for each in missing:
        lines.append(
            f"{knowledge}:{each['line']}:{each['column']}: {each['where']}: “{each['text']}”; "
            f"nearest sentence of the page: “{each['nearest']}”"
        )
    uncovered = document["uncovered"]
    if uncovered:
        lines.append(
            "Sentences of the page's treatment sections in no medical text of the file (for a "
            f"person to judge): {len(uncovered)}"
        )
        lines += [f"  {sentence}" for sentence in uncovered]
    _write(lines)
