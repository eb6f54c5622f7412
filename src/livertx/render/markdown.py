"""Markdown output, for handouts and notes: GitHub-flavoured tables and lists. Text from the
data is escaped, so it reads as the characters it is, never as Markdown or HTML."""

from __future__ import annotations

import re

from livertx import phrasing
from livertx.dates import long_date
from livertx.notice import DISCLAIMER
from livertx.output import write_page
from livertx.render import text
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    Document = dict[str, Any]

# The characters Markdown or HTML could read as syntax anywhere in a line.
_SYNTAX = re.compile(r"([\\`*_\[\]<>|~&])")
# And at the start of a line, where text can begin one (a summary is a paragraph of its own):
# a heading, a list item, a quote, a code block.
_LINE_START = re.compile(r"^(?:([#+\-=])|(\d+)([.)]))")


def md(value: str) -> str:
    """Text, made visible and escaped; line breaks inside a table cell become <br>."""
    escaped = _SYNTAX.sub(r"\\\1", visible(value)).replace("\n", " ").strip()
    return _LINE_START.sub(_escape_line_start, escaped)


def autolink(url: str) -> str:
    """A link Markdown shows whole and clickable: <https://…>, with nothing that could close it."""
    safe = "".join(char for char in visible(url) if char not in "<> ")
    return f"<{safe}>"


def _escape_line_start(match: re.Match[str]) -> str:
    mark, number, dot = match.groups()
    return f"\\{mark}" if mark else f"{number}\\{dot}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _bullets(items: list[str]) -> list[str]:
    return [f"- {md(item)}" for item in items]


class MarkdownRenderer:
    def _emit(self, lines: list[str], source: Document) -> None:
        footer = f"*{md(text.credit_line(source))} {md(DISCLAIMER)}*"
        write_page("\n".join([*lines, "", footer]) + "\n")

    def _entry_lines(self, entry: Document, level: str = "#") -> list[str]:
        lines = [
            f"{level} {md(phrasing.display_name(entry))}",
            "",
            f"*{md(text.kind_line(entry))}*",
        ]
        if entry["summary"]:
            lines += ["", md(entry["summary"])]
        if entry["status"]:
            lines += ["", f"**{md(entry['status'].capitalize())}.**"]
        for title, items in text.entry_sections(entry):
            lines += ["", f"{level}# {title}", ""]
            for item, children in items:
                if title == text.TRIALS:  # a link stays whole: an autolink
                    described, _, url = item.rpartition(": ")
                    lines.append(f"- {md(described)}: {autolink(url)}")
                    continue
                lines.append(f"- {md(item)}")
                lines += [f"  - {md(child)}" for child in children]
        return lines

    def treatments(self, document: list[Document], source: Document) -> None:
        rows = [
            [
                f"**{md(t['name'])}**",
                md(t["summary"]),
                "<br>".join(md(place) for place in text.placements(t, brief=True))
                or md(text.NO_STAGE),
            ]
            for t in document
        ]
        intro = [md(" ".join(source["intro"])), ""] if source["intro"] else []
        table = _table(["Treatment", "From the page", md(text.STAGE_LISTS)], rows)
        self._emit(["# Treatment types", "", *intro, *table], source)

    def entry(self, document: Document, source: Document) -> None:
        self._emit(self._entry_lines(document), source)

    def stage(self, document: Document, source: Document) -> None:
        lines = [f"# {md(document['name'])}", ""]
        if document["group"]["id"] != document["id"]:
            lines += [f"*The page lists it under: {md(document['group']['name'])}*", ""]
        lines += [f"{md(document['lead'])}:", ""]
        for option in document["options"]:  # unnumbered, as the page lists them
            condition = f" — *{md(option['condition'])}*" if option["condition"] else ""
            types = phrasing.option_types(option)
            kind = f" ({md(types)})" if types else ""
            lines.append(f"- **{md(phrasing.option_title(option))}**{kind}{condition}")
            lines += [f"  - {md(item)}" for item in phrasing.option_items(option)]
        for option in document["excluded"]:
            lines += ["", f"> {md(text.excluded_note(option))}"]
        self._emit(lines, source)

    def stages(self, document: list[Document], source: Document) -> None:
        lines = ["# Stages"]
        for stage in document:
            lines += ["", f"## {md(stage['name'])}", ""]
            lines += [f"- {md(line)}" for line in text.stage_lines(stage)]
        self._emit(lines, source)

    def drugs(self, document: list[Document], source: Document) -> None:
        rows = [
            [
                f"**{md(drug['name'])}**",
                md(text.drug_class(drug)),
                "<br>".join(md(place) for place in text.placements(drug)) or "—",
            ]
            for drug in document
        ]
        header = ["Drug", "Class", md(f"{text.STAGE_LISTS}, with what and on what condition")]
        self._emit(["# Drugs", "", *_table(header, rows)], source)

    def matrix(self, document: Document, source: Document) -> None:
        notes = text.MatrixNotes()
        stages = document["stages"]
        rows = []
        for row in document["rows"]:
            name = md(phrasing.display_name(row))
            name = f"&nbsp;&nbsp;{name}" if row["part_of"] else f"**{name}**"
            if row["status"]:
                name += f" [{notes.number(row['status'])}]"
            cells = [name]
            for stage in stages:
                cell = row["cells"][stage["id"]]
                marks = "✓" if cell["listed"] else ""
                marks += "".join(f" [{notes.number(n)}]" for n in text.cell_notes(cell))
                cells.append(marks)
            rows.append(cells)
        lines = [
            "# Treatments by stage",
            "",
            *_table(
                ["Treatment or method"] + [md(n) for n in text.short_stage_names(stages)], rows
            ),
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
        if document["read_as"]:
            lines += [f"*{md(text.read_as_line(document))}*", ""]
        for hit in document["hits"]:
            where = f"{md(hit['kind'])}, `{md(hit['command'])}`"
            lines.append(f"- **{md(hit['name'])}** ({where}): {md(hit['snippet'])}")
        self._emit(lines, source)

    def about(self, document: Document, source: Document) -> None:
        page = document["source"]
        lines = [
            "# About livertx",
            "",
            f"- Source: “{md(page['title'])}”, {md(page['publisher'])}, {autolink(page['url'])}",
            f"- Updated: {md(long_date(page['updated']))}",
            f"- Credit: {md(page['credit'])}",
            f"- Knowledge file: {md(document['knowledge_file'])}",
            f"- Holds: {md(text.counts_line(document['counts']))}",
            f"- livertx {md(text.version_line(document))}",
            f"- Licence: {md(document['license'])}",
            f"- Notice: {md(document['notice'])}",
        ]
        if page["intro"]:
            lines += ["", md(" ".join(page["intro"]))]
        self._emit(lines, source)

    def sources(self, document: Document, source: Document) -> None:
        lines = [f"# {md(document['name'])}: where each statement stands", ""]
        lines += [f"- {md(line)}" for line in text.source_lines(document)]
        self._emit(lines, source)


def make_renderer(color: object) -> MarkdownRenderer:
    return MarkdownRenderer()
