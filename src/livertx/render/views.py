"""Each view, built once from its document (livertx.answers.documents) as a format-neutral layout
(livertx.render.layout): what it says, in which order, with every condition beside its option.
The terminal, the stacked layout, Markdown and HTML only lay it out, so a section added here
shows in all of them. (JSON is the document itself.)"""

from __future__ import annotations

from livertx.answers import phrasing
from livertx.dates import long_date
from livertx.render import credit, text
from livertx.render.formats import View
from livertx.render.layout import (
    MUTED,
    WARNING,
    Bullets,
    Cell,
    Column,
    Compare,
    Entry,
    Field,
    Fields,
    Grid,
    GridRow,
    Group,
    Groups,
    Hit,
    Hits,
    Item,
    Layout,
    Link,
    Options,
    Paragraph,
    Record,
    Records,
    Section,
    Title,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from livertx.answers.documents import Document
    from livertx.render.formats import ViewName
    from livertx.render.layout import Block


def build(view: ViewName, document: Document, source: Document, today: str | None = None) -> Layout:
    """A view of a document, ending with the source's credit, how old the page is when it is a
    year old or more (as of `today`), and the disclaimer (a handout holds them in its blocks, in
    their place); each printed page names the source."""
    blocks = BUILDERS[view](document, source)
    footer = (
        () if view == View.HANDOUT else (credit.credit_line(source, today), source["disclaimer"])
    )
    return Layout(tuple(blocks), footer, credit.page_foot(source))


def treatments(document: list[Document], source: Document) -> list[Block]:
    intro = [Paragraph(" ".join(source["intro"]))] if source["intro"] else []
    columns = (Column("Treatment"), Column("From the page"), Column(text.STAGE_LISTS))
    rows = tuple(
        Record(treatment["name"], (treatment["summary"],), _placements(treatment, brief=True))
        for treatment in document
    )
    return [Title("Treatment types", handout_only=True), *intro, Records(columns, rows)]


def entry(document: Document, source: Document) -> list[Block]:
    return [entry_block(document)]


def entry_block(document: Document, where: bool = False) -> Entry:
    """An entry in full; `where`: with the sections of the page its statements stand in, as
    --sources gives them."""
    status = document["status"].capitalize() + "." if document["status"] else ""
    sections = text.entry_sections(document)
    if where:
        sections.append(Section(text.WHERE, tuple(_items(text.page_sections(document)))))
    return Entry(
        phrasing.display_name(document),
        text.kind_line(document),
        document["summary"] or "",
        status,
        tuple(sections),
    )


def _items(texts: list[str]) -> list[Item]:
    return [Item(each) for each in texts]


def compare(document: list[Document], source: Document) -> list[Block]:
    entries = tuple(entry_block(each) for each in document)
    shown = {section.label for each in entries for section in each.sections}
    every = text.entry_sections(document[0], keep_empty=True)
    labels = tuple(section.label for section in every if section.label in shown)
    links = tuple(
        Section(f"{section.label} for {each.name}", section.items)
        for each in entries
        for section in each.sections
        if any(isinstance(item, Link) for item in section.items)
    )
    heads = ("Kind", "From the page")
    blocks: list[Block] = [Title("Side by side", handout_only=True)]
    if not any(each.summary or each.status for each in entries):  # drugs, combinations
        blocks.append(Paragraph(text.NO_OWN_TEXT, MUTED))
    return [*blocks, Compare(entries, labels, heads, links)]


def stage(document: Document, source: Document) -> list[Block]:
    blocks: list[Block] = [Title(document["name"])]
    if document["read_as"]:  # livertx's reading of the words typed, said so
        read = document["read_as"]
        said = f"“{read['typed']}” is read as the page's “{read['read_as']}”."
        blocks.append(Paragraph(said, MUTED))
    group = document["group"]
    if group["id"] != document["id"]:
        blocks.append(Paragraph(f"The page lists it under: {group['name']}", MUTED))
    blocks.append(Paragraph(f"{document['lead']}:"))
    options = tuple(_option(option) for option in document["options"])
    blocks.append(Options(options, ("Option", text.ADDS)))
    blocks += [Paragraph(text.excluded_note(option), WARNING) for option in document["excluded"]]
    return blocks


def _option(option: Document) -> Item:
    types = phrasing.option_types(option)
    return Item(
        phrasing.option_title(option),
        tuple(Item(each) for each in phrasing.option_items(option)),
        option["condition"] or "",
        f"({types})" if types else "",
    )


def stages(document: list[Document], source: Document) -> list[Block]:
    groups = tuple(Group(each["name"], tuple(text.stage_lines(each))) for each in document)
    return [Title("Stages", handout_only=True), Groups(groups)]


def drugs(document: list[Document], source: Document) -> list[Block]:
    columns = (
        Column("Drug"),
        Column("Listed under", under_name=True),
        Column(text.STAGE_LISTS),
    )
    rows = tuple(
        Record(drug["name"], (text.listed_under(drug),), _placements(drug)) for drug in document
    )
    return [Title("Drugs", handout_only=True), Records(columns, rows)]


def _placements(document: Document, brief: bool = False) -> tuple[Item, ...]:
    return tuple(Item(place) for place in text.placements(document, brief) or [text.NO_STAGE])


def matrix(document: Document, source: Document) -> list[Block]:
    stages = document["stages"]
    rows = tuple(
        GridRow(
            phrasing.display_name(row),
            bool(row["part_of"]),
            tuple(_cell(row["cells"][each["id"]]) for each in stages),
            row["status"] or "",
        )
        for row in document["rows"]
    )
    grid = Grid(
        "Treatment or method",
        tuple(text.short_stage_names(stages)),
        tuple(each["name"] for each in stages),
        rows,
        text.MATRIX_LEGEND,
        "not named in a stage's list",
    )
    lead = "Where each stage's list on the page (“may include”) names each treatment and method:"
    return [Title("Treatments by stage", handout_only=True), Paragraph(lead, MUTED), grid]


def _cell(cell: Document) -> Cell:
    return Cell(bool(cell["listed"]), tuple(text.cell_notes(cell)))


def search(document: Document, source: Document) -> list[Block]:
    query = document["query"]
    blocks: list[Block] = [Title(f"Found for “{query}”", handout_only=True)]
    if document["group"]:
        blocks.append(Paragraph(text.group_line(document), WARNING))
    if document["read_as"]:
        blocks.append(Paragraph(text.read_as_line(document), WARNING))
    blocks.append(Paragraph(f"{len(document['hits'])} found for “{query}”:", MUTED))
    hits = tuple(
        Hit(hit["name"], hit["kind"], hit["snippet"], hit["command"]) for hit in document["hits"]
    )
    return [*blocks, Hits(hits)]


def about(document: Document, source: Document) -> list[Block]:
    page = document["source"]
    fields = [
        Field("Source", f"“{page['title']}”, {page['publisher']}"),
        Field("Page", page["url"], link=True),
        Field("Updated", long_date(page["updated"])),
        Field("Credit", page["credit"]),
    ]
    if not page["checked"]:
        fields = [Field("Source", credit.UNCHECKED)]
    if page.get("trial_search"):
        fields.append(Field("Trial search", page["trial_search"], link=True))
    fields.append(Field("Knowledge file", document["knowledge_file"]))
    if page["intro"]:
        fields.append(Field("Introduction", " ".join(page["intro"])))
    fields += [
        Field("Holds", text.counts_line(document["counts"])),
        Field("livertx", text.version_line(document)),
        Field("Licence", document["license"]),
        # The notice speaks of NCI's text: a file held to no page is not shown as NCI's.
        *([Field("Notice", document["notice"])] if page["checked"] else []),
    ]
    return [Title("About livertx", handout_only=True), Fields(tuple(fields))]


def sources(document: Document, source: Document) -> list[Block]:
    """Each statement a `show` or `stage` document holds, with its page section."""
    lines = text.source_lines(document) or ["No statements."]
    return [
        Title(f"{document['name']}: where each statement stands"),
        Paragraph(
            f"on the page “{source['title']}”:" if source["checked"] else credit.UNCHECKED, MUTED
        ),
        Bullets(tuple(Item(line) for line in lines)),
    ]


def handout(document: Document, source: Document) -> list[Block]:
    """A stage's options as `stage` shows them, then the rest of the handout
    (livertx.render.handout)."""
    from livertx.render.handout import handout as rest  # only a handout's layout: not show's

    return rest(document, source, stage(document["stage"], source))


BUILDERS: dict[ViewName, Callable[[Any, Document], list[Block]]] = {
    View.LIST: treatments,
    View.SHOW: entry,
    View.STAGE: stage,
    View.STAGES: stages,
    View.DRUGS: drugs,
    View.MATRIX: matrix,
    View.COMPARE: compare,
    View.SEARCH: search,
    View.ABOUT: about,
    View.SOURCES: sources,
    View.HANDOUT: handout,
}
