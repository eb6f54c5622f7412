"""The handout's layout (`livertx handout`), built once for every format: its first page stands
alone (the stage's options with their conditions, the page's date and address, the credit, the
disclaimer, the day it was made); then each treatment type the options name, with the methods,
drugs and combinations they name under it; then clinical trials, once; then room for notes.
Every text is the page's, and none is printed twice: a text the handout holds already (a drug's
shared "Used" list, its type's "Learn more", a definition the option gives in brackets) is left
out where it would come again."""

from __future__ import annotations

from livertx.answers.phrasing import display_name
from livertx.dates import long_date
from livertx.render import credit, text
from livertx.render.layout import (
    MUTED,
    Addresses,
    Entry,
    Field,
    Fields,
    Heading,
    Item,
    Link,
    Paragraph,
    Room,
    Section,
    TreatmentGroup,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.documents import Document
    from livertx.render.layout import Block

TYPES = "What each treatment is, as the page describes it"
NOTES = "Notes"
UPDATED = "Page updated"
# The sections of an entry a handout prints (its stage lists are the first page's options, its
# trial searches the one block of them, its page sections the headings).
ALSO_CALLED = "Also called"
# An entry the handout gives because another one's text names it ("like TAE"): so that no one
# takes it for one of the stage's options.
REFERRED = "not in this stage's list; named in another treatment's text here"
PRINTED_SECTIONS = ("Details", "Used", "Learn more", ALSO_CALLED)


class Printed:
    """The texts a handout holds so far. A text is said again when the same text was printed
    (case aside), or when an option's item on the first page holds it whole (a definition the
    page gives in its brackets); never for a part of another entry's longer sentence, which may
    say it of something else."""

    def __init__(self, items: list[str]) -> None:
        self.items = [each.casefold() for each in items]
        self.texts: set[str] = set()

    def holds(self, words: str) -> bool:
        """Whether the handout holds `words` already."""
        folded = words.casefold()
        return folded in self.texts or any(folded in item for item in self.items)

    def new(self, words: str) -> bool:
        """Whether `words` are not yet printed; if so, they are from now on."""
        if not words or self.holds(words):
            return False
        self.texts.add(words.casefold())
        return True


def handout(document: Document, source: Document, stage: list[Block]) -> list[Block]:
    """`stage`: the stage's own view, which opens the handout."""
    stage_document = document["stage"]
    blocks = [*stage, Paragraph(f"Section of the page: {stage_document['section']}", MUTED)]
    blocks += _source(document, source)
    printed = Printed([option["item"] for option in stage_document["options"]])
    groups = [_group(group, printed) for group in document["types"]]
    blocks += [Heading(TYPES), *groups, *_trials(document, source, printed)]
    return [*blocks, Room(NOTES)]


def _source(document: Document, source: Document) -> list[Block]:
    """The first page's source: the page's date and address, the credit, the disclaimer and the
    day the handout was made."""
    made = [
        Field("Disclaimer", source["disclaimer"]),
        Field(text.MADE, long_date(document["made"])),
    ]
    if not source["checked"]:
        return [Fields((Field("Source", credit.UNCHECKED), *made))]
    page = Link(f"{UPDATED} {credit.updated(source, document['made'])}", source["url"])
    return [Addresses((page,)), Fields((Field("Credit", source["credit"]), *made))]


def _group(group: Document, printed: Printed) -> TreatmentGroup:
    """A type with what the options name under it: its methods in the page's order (one the
    named ones refer to among them), then its drugs and combinations as the options name them."""
    treatment = group["treatment"]
    order = [method["id"] for method in treatment["methods"]]
    parts = sorted(
        [*group["referred"], *group["named"]],
        key=lambda each: order.index(each["id"]) if each["id"] in order else len(order),
    )
    own = _entry(treatment, printed)
    referred = {each["id"] for each in group["referred"]}
    shown = tuple(
        entry._replace(kind=REFERRED) if each["id"] in referred else entry
        for each in parts
        if (entry := _entry(each, printed)).sections or entry.summary or entry.status
    )
    return TreatmentGroup(own, shown)


def _entry(document: Document, printed: Printed) -> Entry:
    """An entry with only what the handout does not hold yet."""
    summary = document["summary"] or ""
    summary = summary if printed.new(summary) else ""
    sections = []
    also = document["also_called"]
    own = " ".join([document["summary"] or "", *document["how"]]).casefold()
    for section in text.entry_sections(document):
        if section.label not in PRINTED_SECTIONS:
            continue
        if section.label == ALSO_CALLED and all(
            name.casefold() in own or printed.holds(name) for name in also
        ):
            continue  # "This type of treatment is also called cryotherapy and cryosurgery."
        items = tuple(item for item in section.items if _new_item(item, printed))
        if items:
            sections.append(Section(section.label, items))
    # Each entry's status, always: one method's "being studied in clinical trials" says
    # nothing of another's.
    status = document["status"] or ""
    status = status.capitalize() + "." if status else ""
    return Entry(display_name(document), "", summary, status, tuple(sections))


def _new_item(item: Item | Link, printed: Printed) -> bool:
    if isinstance(item, Link):
        return printed.new(item.url)
    return printed.new(item.text)


def _trials(document: Document, source: Document, printed: Printed) -> list[Block]:
    """Clinical trials, once: the page's sentences on them, NCI's search and ClinicalTrials.gov's
    for the page's condition."""
    trials = document["trials"]
    blocks: list[Block] = []
    if document["clinical_trials"]:
        blocks.append(TreatmentGroup(_entry(document["clinical_trials"], printed), ()))
    links = []
    if trials["nci"]:
        label = credit.trial_search_label(trials["nci"], source["checked"])
        links.append(Link(label, trials["nci"]))
    if trials["clinicaltrials_gov"]:
        label = f"ClinicalTrials.gov, searched for {source['condition']} (livertx's link)"
        links.append(Link(label, trials["clinicaltrials_gov"]))
    return [*blocks, *([Addresses(tuple(links))] if links else [])]
