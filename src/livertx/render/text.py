"""Plain-text pieces shared by the human-facing renderers (options themselves are phrased in
livertx.phrasing), from the answer's documents only."""

from __future__ import annotations

from livertx.phrasing import option_line

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
        line = f"{', '.join(option['applies_to'])}: {option_line(option, focus=drug)}"
        if option["condition"]:
            line += f", {option['condition']}"
        places.append(line)
    return places


MATRIX_LEGEND = (
    "A mark: the page lists it for that stage. A method without a mark where its treatment "
    "has one: the page does not name that method there."
)


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
