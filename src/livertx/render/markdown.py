"""Markdown output, for handouts and notes: GitHub-flavoured tables and lists. Text from the
data is escaped, so it reads as the characters it is, never as Markdown or HTML."""

from __future__ import annotations

import re

from livertx import phrasing
from livertx.notice import DISCLAIMER
from livertx.output import write_text
from livertx.render import text
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    Document = dict[str, Any]

# The characters Markdown or HTML could read as syntax where livertx puts text: never at the
# start of a line, so "#", "-", "+" and "1." need no escape.
_SYNTAX = re.compile(r"([\\`*_\[\]<>|~&])")


def md(value: str) -> str:
    """Text, made visible and escaped; line breaks inside a table cell become <br>."""
    return _SYNTAX.sub(r"\\\1", visible(value)).replace("\n", " ")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _bullets(items: list[str]) -> list[str]:
    return [f"- {md(item)}" for item in items]


class MarkdownRenderer:
    def _emit(self, lines: list[str], source: Document) -> None:
        footer = f"*{md(text.credit_line(source))} {md(DISCLAIMER)}*"
        write_text("\n".join([*lines, "", footer]) + "\n")

    def _entry_lines(self, entry: Document, level: str = "#") -> list[str]:
        lines = [
            f"{level} {md(phrasing.display_name(entry))}",
            "",
            f"*{md(text.kind_line(entry))}*",
        ]
        lines += ["", md(entry["summary"])]
        if entry["status"]:
            lines += ["", f"**{md(entry['status'].capitalize())}.**"]
        is_drug = entry["kind"] == "drug"
        combinations = entry["given_with"] if is_drug else entry["combinations"]
        sections = [
            ("Also called", [", ".join(entry["also_called"])] if entry["also_called"] else []),
            ("How", entry["how"]),
            ("When used", entry["used"]),
            ("Methods", [phrasing.display_name(m) for m in entry["methods"]]),
            ("Drugs", [d["name"] for d in entry["drugs"]]),
            ("Combinations", [c["name"] for c in combinations]),
            ("Stages", self._places(entry)),
            ("Clinical trials", text.trial_links(entry)),
        ]
        for title, items in sections:
            if items:
                lines += ["", f"{level}# {title}", "", *_bullets(items)]
        return lines

    def _places(self, entry: Document) -> list[str]:
        places = []
        for found in entry["options"]:
            option = found["option"]
            line = f"{', '.join(option['applies_to'])}: {phrasing.option_line(option, focus=entry)}"
            places.append(line + (f", {option['condition']}" if option["condition"] else ""))
        return places

    def treatments(self, document: list[Document], source: Document) -> None:
        rows = [
            [f"**{md(t['name'])}**", md(t["summary"]), md(", ".join(t["stages"]) or "—")]
            for t in document
        ]
        self._emit(
            ["# Treatment types", "", *_table(["Treatment", "What it is", "Stages"], rows)], source
        )

    def entry(self, document: Document, source: Document) -> None:
        self._emit(self._entry_lines(document), source)

    def stage(self, document: Document, source: Document) -> None:
        lines = [f"# {md(document['name'])}", ""]
        if document["group"]["id"] != document["id"]:
            lines += [f"*The page lists it under: {md(document['group']['name'])}*", ""]
        lines += [f"{md(document['lead'])}:", ""]
        for number, option in enumerate(document["options"], start=1):
            condition = f" — *{md(option['condition'])}*" if option["condition"] else ""
            lines.append(f"{number}. **{md(phrasing.option_title(option))}**{condition}")
            lines += [f"   - {md(item)}" for item in phrasing.option_items(option)]
        for option in document["excluded"]:
            lines += ["", f"> {md(text.excluded_note(option))}"]
        self._emit(lines, source)

    def drugs(self, document: list[Document], source: Document) -> None:
        rows = [
            [
                f"**{md(drug['name'])}**",
                md(text.drug_class(drug)),
                md("; ".join(text.partners(drug)) or "—"),
                "<br>".join(md(place) for place in text.drug_places(drug)) or "—",
            ]
            for drug in document
        ]
        header = ["Drug", "Class", "Given with", "Where the page lists it"]
        self._emit(["# Drugs", "", *_table(header, rows)], source)

    def matrix(self, document: Document, source: Document) -> None:
        notes = text.MatrixNotes()
        stages = document["stages"]
        rows = []
        for row in document["rows"]:
            name = md(row["name"])
            name = f"&nbsp;&nbsp;{name}" if row["part_of"] else f"**{name}**"
            if row["status"]:
                name += f" [{notes.number(row['status'])}]"
            cells = [name]
            for stage in stages:
                cell = row["cells"][stage["id"]]
                marks = "✓" if cell["listed"] else ""
                marks += "".join(f" [{notes.number(n)}]" for n in cell["notes"])
                cells.append(marks)
            rows.append(cells)
        lines = [
            "# Treatments by stage",
            "",
            *_table(["Treatment or method"] + [md(s["id"]) for s in stages], rows),
        ]
        lines += ["", md(text.MATRIX_LEGEND)]
        lines += [""] + [f"{number}. {md(note)}" for number, note in notes.all] if notes.all else []
        self._emit(lines, source)

    def compare(self, document: list[Document], source: Document) -> None:
        lines = ["# Side by side"]
        for entry in document:
            lines += ["", *self._entry_lines(entry, level="##")]
        self._emit(lines, source)

    def search(self, document: Document, source: Document) -> None:
        lines = [f"# Found for “{md(document['query'])}”", ""]
        for hit in document["hits"]:
            lines.append(f"- **{md(hit['name'])}** ({md(hit['kind'])}): {md(hit['snippet'])}")
        self._emit(lines, source)

    def about(self, document: Document, source: Document) -> None:
        page = document["source"]
        lines = [
            "# About livertx",
            "",
            f"- Source: “{md(page['title'])}”, {md(page['publisher'])}, {md(page['url'])}",
            f"- Updated: {md(text.long_date(page['updated']))}",
            f"- Credit: {md(page['credit'])}",
            f"- Knowledge file: {md(document['knowledge_file'])}",
            f"- livertx {md(document['livertx'])}",
        ]
        self._emit(lines, source)


def make_renderer(color: object) -> MarkdownRenderer:
    return MarkdownRenderer()
