"""Plain-text pieces shared by the human-facing renderers (options themselves are phrased in
livertx.phrasing), from the answer's documents only."""

from __future__ import annotations

from livertx.phrasing import display_name, option_line

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


def counts_line(counts: Document) -> str:
    return (
        f"{counts['treatments']} treatment types, {counts['methods']} methods, "
        f"{counts['drugs']} drugs, {counts['combinations']} combinations; "
        f"{counts['stage_sections']} stage sections ({counts['stages']} stages)"
    )


def version_line(about: Document) -> str:
    return f"{about['livertx']} (JSON contract {about['json_contract']})"


def source_lines(document: Document) -> list[str]:
    """Each statement a document shows, with the page section it stands in."""
    return [
        f"“{statement['text']}” ({statement['section'] or 'section not found'})"
        for statement in document["statements"]
    ]


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


def placement(found: Document, focus: Document, brief: bool = False) -> str:
    """One place the page lists an entry, with every qualifier: "recurrent: Embolization
    therapy: Transarterial chemoembolization (TACE) and Targeted therapy: sorafenib, as
    palliative therapy …". Brief (for a list of treatments): the option itself only where it
    joins another treatment."""
    option = found["option"]
    line = ", ".join(option["applies_to"])
    if not brief or option["with"]:
        line += f": {option_line(option, focus=focus)}"
    if option["condition"]:
        line += f", {option['condition']}"
    return line


def placements(document: Document, brief: bool = False) -> list[str]:
    """Every place the page lists an entry (a list item, a `show` document, a drug)."""
    return [placement(found, document, brief) for found in document["options"]]


def with_colon(text: str) -> str:
    """A lead the page ends with a colon before its list (the excerpt stops before it)."""
    return text if text.endswith((".", ":", "?")) else f"{text}:"


def method_line(method: Document) -> str:
    """A method with its abbreviation and, where the page gives one, its status."""
    status = f" ({method['status']})" if method.get("status") else ""
    return display_name(method) + status


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


def read_as_line(document: Document) -> str:
    """Which words of a search were read as another spelling (no entry has them as typed)."""
    pairs = [f"“{pair['typed']}” as “{pair['read_as']}”" for pair in document["read_as"]]
    return f"No entry has every word as typed; read {', '.join(pairs)}."


def query_words(query: str) -> list[str]:
    return [word for word in query.split() if word]


# An item of a section: its text, and the items listed under it ("… include:" and its drugs).
Item = tuple[str, list[str]]


def _items(texts: list[str]) -> list[Item]:
    return [(text, []) for text in texts]


def entry_sections(entry: Document, keep_empty: bool = False) -> list[tuple[str, list[Item]]]:
    """The sections of an entry (`show`, `compare`), each a label and its items, in the order
    every human format shows them; empty ones are left out unless asked for. The one place that
    knows them."""
    methods_lead = entry["methods_lead"]
    how = list(entry["how"])
    if methods_lead and not entry["methods"]:  # "There are different types of clinical trials"
        how.insert(0, methods_lead)
    listed = [item["name"] for item in entry["listed"]]
    used = _items(entry["used"])
    if listed and used:  # the page's "… include:" and its list
        used[-1] = (with_colon(used[-1][0]), listed)
    elif listed:
        used = [("Listed on the page:", listed)]
    methods = [method_line(method) for method in entry["methods"]]
    methods_items = (
        [(with_colon(methods_lead), methods)] if methods_lead and methods else _items(methods)
    )
    if entry["kind"] == "combination":
        drugs = _items([drug["name"] for drug in entry["drugs"]])
    else:
        drugs = []
    sections = [
        ("Also called", _items([", ".join(entry["also_called"])] if entry["also_called"] else [])),
        ("How", _items(how)),
        ("When used", used),
        ("Methods", methods_items),
        ("Drugs", drugs),
        ("Combinations", _items([c["name"] for c in entry["given_with"]])),
        ("Learn more", _items([f"“{title}”" for title in entry["learn_more"]])),
        ("Stages", _items(placements(entry) or [no_stage_note(entry)])),
        ("Clinical trials", _items(trial_links(entry))),
    ]
    return [(label, items) for label, items in sections if items or keep_empty]


def no_stage_note(entry: Document) -> str:
    note = "The page lists it for no stage by this name."
    parent = entry["part_of"]
    if parent:
        note += f" See {parent['name']} (livertx show {parent['id']})."
    return note
