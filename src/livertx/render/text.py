"""Plain-text phrasing shared by the human-facing renderers, from the answer's documents only."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.documents import Document

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def display_name(reference: Document) -> str:
    """A name with the page's abbreviation: "Transarterial chemoembolization (TACE)"."""
    abbreviations = reference.get("abbreviations") or []
    return (
        f"{reference['name']} ({', '.join(abbreviations)})" if abbreviations else reference["name"]
    )


def part_items(part: Document, focus: Document | None = None) -> list[str]:
    """The methods, combinations and drugs a stage option names, in the page's order.

    With a focus (a method's or drug's own document), a part that names it keeps only what
    concerns it.
    """
    methods, combinations, drugs = part["methods"], part["combinations"], part["drugs"]
    if focus is not None and focus["kind"] == "method":
        if any(m["id"] == focus["id"] for m in methods):
            methods = [m for m in methods if m["id"] == focus["id"]]
            combinations, drugs = [], []
    elif focus is not None and focus["kind"] == "drug":
        with_focus = [c for c in combinations if focus["id"] in c["drugs"]]
        alone = [d for d in drugs if d["id"] == focus["id"]]
        if with_focus or alone:
            methods, combinations, drugs = [], with_focus, alone
    return (
        [display_name(m) for m in methods]
        + [c["name"] for c in combinations]
        + [d["name"] for d in drugs]
    )


def parts(option: Document) -> list[Document]:
    return [option, *option["with"]]


def part_title(part: Document) -> str:
    """ "Surgery: Partial hepatectomy" when one item is named, else the treatment's name."""
    items = part_items(part)
    return f"{part['name']}: {items[0]}" if len(items) == 1 else part["name"]


def option_title(option: Document) -> str:
    return " and ".join(part_title(part) for part in parts(option))


def option_items(option: Document) -> list[str]:
    """The items to list under an option's title (those not already in it)."""
    items: list[str] = []
    for part in parts(option):
        named = part_items(part)
        if len(named) > 1:
            items += named
    return items


def option_line(option: Document, focus: Document | None = None) -> str:
    """An option on one line: "Embolization therapy: TACE and Targeted therapy: sorafenib"."""
    lines = []
    for part in parts(option):
        items = part_items(part, focus)
        lines.append(f"{part['name']}: {'; '.join(items)}" if items else part["name"])
    return " and ".join(lines)


def excluded_note(option: Document) -> str:
    limit = option["condition"] or f"only for {', '.join(option['applies_to'])}"
    return f"Not listed here: {option_line(option)}; the page lists it {limit}."


def credit_line(source: Document) -> str:
    """NCI's requested credit, with the date of the page the data was written from."""
    return f"{source['credit']} Page updated {long_date(source['updated'])}."


def long_date(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{MONTHS[month - 1]} {day}, {year}"


def kind_line(entry: Document) -> str:
    """ "method, under Embolization therapy"."""
    parent = entry["part_of"]
    return f"{entry['kind']}, under {parent['name']}" if parent else entry["kind"]


def trial_links(entry: Document) -> list[str]:
    """Where to search for clinical trials of an entry (links only; never a recommendation)."""
    trials = entry["trials"]
    links = []
    if trials["clinicaltrials_gov"]:
        links.append(f"ClinicalTrials.gov: {trials['clinicaltrials_gov']}")
    if trials["nci"]:
        links.append(f"NCI's clinical trial search: {trials['nci']}")
    return links


def drug_class(drug: Document) -> str:
    if drug["drug_class"]:
        return str(drug["drug_class"]).capitalize()
    return drug["part_of"]["name"] if drug["part_of"] else ""


def partners(drug: Document) -> list[str]:
    """The combinations a drug is named in."""
    return [combination["name"] for combination in drug["given_with"]]


def drug_places(drug: Document) -> list[str]:
    """Each place the page lists a drug: stages, what it is listed with, the condition."""
    places = []
    for found in drug["options"]:
        option = found["option"]
        focus = {**drug, "kind": "drug"}  # the drugs view leaves out what every item shares
        line = f"{', '.join(option['applies_to'])}: {option_line(option, focus=focus)}"
        if option["condition"]:
            line += f", {option['condition']}"
        places.append(line)
    return places


def listed_stages(row: Document, stages: list[Document]) -> list[str]:
    """A matrix row in words: "localized (for lesions smaller than 1 centimeter)"."""
    listed = []
    for stage in stages:
        cell = row["cells"][stage["id"]]
        if cell["listed"]:
            notes = f" ({'; '.join(cell['notes'])})" if cell["notes"] else ""
            listed.append(stage["id"] + notes)
    return listed


class MatrixNotes:
    """Numbered footnotes, each text once."""

    def __init__(self) -> None:
        self.all: list[tuple[int, str]] = []

    def number(self, note: str) -> int:
        for number, known in self.all:
            if known == note:
                return number
        self.all.append((len(self.all) + 1, note))
        return len(self.all)


def query_words(query: str) -> list[str]:
    return [word for word in query.split() if word]
