"""The words views are made of (livertx.render.views builds the views from them; options
themselves are phrased in livertx.answers.phrasing), from the answer's documents only; and the
numbering of a grid's notes, which the layouts that draw a grid share."""

from __future__ import annotations

from livertx.answers.phrasing import display_name, placement, stage_names
from livertx.render import credit
from livertx.render.layout import Item, Link, Section
from livertx.text_folding import name_key

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable

    from livertx.answers.documents import Document


def excluded_note(option: Document) -> str:
    """Why an option of the page's section is not shown for this stage, in one sentence."""
    left_out = f"Left out here: “{option['label']}”, which the page lists"
    if option["condition"]:
        return f"{left_out} “{option['condition']}”."
    return f"{left_out} for {stage_names(option['stages'])} only."


# The head of the words a stage list's item ends with: a condition ("for lesions smaller than 1
# centimeter") or a purpose ("as palliative therapy …"), so a word true of both.
ADDS = "What the page adds"

# The day a handout was made.
MADE = "Handout made"
# An entry's section in a handout: the page's sections its statements stand in (--sources).
WHERE = "Where on the page"


def page_sections(document: Document) -> list[str]:
    """The sections of the page a document's statements stand in, each once, in their order."""
    sections: list[str] = []
    for statement in document["statements"]:
        section = statement["section"] or "section not found"
        if section not in sections:
            sections.append(section)
    return sections


def kind_line(entry: Document) -> str:
    """ "method, under Embolization therapy"."""
    parent = entry["part_of"]
    return f"{entry['kind']}, under {parent['name']}" if parent else entry["kind"]


def counts_line(counts: Document) -> str:
    return (
        f"{counts['treatments']} treatment types, {counts['methods']} methods, "
        f"{counts['drugs']} drugs, {counts['combinations']} combinations; "
        f"{counts['stage_sections']} sections of treatment by stage on the page, covering "
        f"{counts['stages']} stages (livertx stages lists each section and the stages it "
        "covers)"
    )


def version_line(about: Document) -> str:
    return f"{about['version']} (JSON contract {about['json_contract']})"


def source_lines(document: Document) -> list[str]:
    """Each statement a document shows, with the page section it stands in."""
    return [
        f"“{statement['text']}” ({statement['section'] or 'section not found'})"
        for statement in document["statements"]
    ]


def trial_links(entry: Document) -> list[Link]:
    """Where to search for clinical trials of an entry (links only; never a recommendation)."""
    trials = entry["trials"]
    checked = entry["source"]["checked"]
    links = []
    if trials["clinicaltrials_gov"]:
        condition = entry["source"]["condition"]
        search = f"ClinicalTrials.gov, searched for {entry['name']} in {condition} (livertx's link)"
        links.append(Link(search, trials["clinicaltrials_gov"]))
    if trials["nci"]:
        links.append(Link(credit.trial_search_label(trials["nci"], checked), trials["nci"]))
    return links


def listed_under(drug: Document) -> str:
    """The treatment type whose list names a drug (the page gives no drug a class of its own:
    this is where it stands on the page)."""
    return drug["part_of"]["name"] if drug["part_of"] else ""


def short_stage_names(stages: list[Document]) -> list[str]:
    """Column heads: the stages' names without the words they all end with ("Localized",
    "Metastatic" for "… liver cancer")."""
    names = [stage["name"].split() for stage in stages]
    shared = 0
    while (
        all(len(words) > shared + 1 for words in names)
        and len({tuple(words[len(words) - shared - 1 :]) for words in names}) == 1
    ):
        shared += 1
    return [" ".join(words[: len(words) - shared]) for words in names]


def placements(document: Document, brief: bool = False) -> list[str]:
    """Every place the page lists an entry (a list item, a `show` document, a drug)."""
    return [placement(option, document, brief) for option in document["options"]]


def with_colon(text: str) -> str:
    """A lead the page ends with a colon before its list (the excerpt stops before it)."""
    return text if text.endswith((".", ":", "?")) else f"{text}:"


def method_line(method: Document) -> str:
    """A method with its abbreviation and, where the page gives one, its status."""
    status = f" ({method['status']})" if method.get("status") else ""
    return display_name(method) + status


# How to read the matrix, a line each, in plain words; a renderer writes its own mark for
# "{mark}" and its mark of notes 2 and 3 for "{notes}".
MATRIX_LEGEND = (
    "{mark}  the stage's list on the page (“may include”) names it.",
    "{notes}  notes 2 and 3 below: what the page says with it (a condition, a status, or the"
    " list's item).",
    "No {mark} on a method whose treatment type has one: the list names the type, not that method.",
)


def cell_notes(cell: Document) -> list[str]:
    """What a matrix cell says beyond its mark: where the mark stands for an item that joins
    another treatment or for several items, each item (so "total hepatectomy … and liver
    transplant" is never read as all of Surgery); and the page's conditions. The one item a
    cell stands for comes with its condition, as the page writes them: "transarterial
    chemoembolization (TACE) and sorafenib as palliative therapy …"."""
    items = cell["items"] if cell["joined"] or len(cell["items"]) > 1 else []
    conditions = cell["conditions"]
    if len(items) == 1 and conditions:
        return [" ".join([items[0], *conditions])]
    return [*items, *conditions]


class MatrixNotes:
    """Numbered footnotes, each text once; marked "[1]", "[2,3]": one mark for all of a cell's
    notes, so "[2,3]" is never read as note 23."""

    def __init__(self) -> None:
        self.all: list[tuple[int, str]] = []

    def number(self, note: str) -> int:
        for number, known in self.all:
            if known == note:
                return number
        self.all.append((len(self.all) + 1, note))
        return len(self.all)

    def marked(self, notes: Iterable[str]) -> str:
        """The one mark of a cell's notes, numbered as they come ("" for none)."""
        numbers = [str(self.number(note)) for note in notes]
        return f"[{','.join(numbers)}]" if numbers else ""


def legend_lines(lines: Iterable[str], mark: str) -> list[str]:
    """A grid's legend with a renderer's mark in it, and the mark of notes 2 and 3."""
    return [line.format(mark=mark, notes="[2,3]") for line in lines]


def stage_lines(stage: Document) -> list[str]:
    """What `livertx stages` says of one stage: its id, the section of the page that lists its
    options, and what a group covers or which group a stage is part of."""
    lines = [f"livertx stage {stage['id']}", f"Section of the page: {stage['section']}"]
    if stage["covers"]:
        lines.append("Covers: " + ", ".join(part["name"] for part in stage["covers"]))
    if stage["part_of"]:
        lines.append(f"Part of: {stage['part_of']['name']}")
    lines.append(f"{stage['lead']}:")
    return lines


def read_as_line(document: Document) -> str:
    """Which words of a search were read as another spelling (no entry has them as typed)."""
    pairs = [f"“{pair['typed']}” as “{pair['read_as']}”" for pair in document["read_as"]]
    return f"No entry has every word as typed; read {', '.join(pairs)}."


def group_line(document: Document) -> str:
    """Which words of a search name one of the page's groups, shown first; and, where no text
    holds every word, that the rest were searched on their own."""
    group = document["group"]
    # Read as handlers._is_everyday reads it: the stage's id or name itself is no reading.
    known = name_key(group["typed"]) in (name_key(group["id"]), name_key(group["read_as"]))
    said = "names" if known else "is read as"
    unnamed = " or ".join(f"“{word}”" for word in group["unnamed"])
    # What the page does not name is said first: it places no such case in a group.
    line = f"The page does not name {unnamed}. " if unnamed else ""
    line += f"“{group['typed']}” {said} the page's “{group['read_as']}”."
    if group["rest"] and len(document["hits"]) > 1:
        line += f" No text has every word: that group first, then what “{group['rest']}” finds."
    elif group["rest"]:
        line += f" No text has every word, and “{group['rest']}” finds nothing on its own."
    return line


def _items(texts: list[str]) -> list[Item]:
    return [Item(text) for text in texts]


def entry_sections(entry: Document, keep_empty: bool = False) -> list[Section]:
    """The sections of an entry (`show`, `compare`), each a label and its items, in the order
    every human format shows them; empty ones are left out unless asked for. The one place that
    knows them."""
    methods_lead = entry["methods_lead"]
    how = list(entry["how"])
    if methods_lead and not entry["methods"]:  # "There are different types of clinical trials"
        how.insert(0, methods_lead)
    # The page's own list after "… include:" where the file gives it, else its entries' names.
    listed = list(entry["items"]) or [item["name"] for item in entry["listed"]]
    used = _items(entry["used"])
    if listed and used:  # the page's "… include:" and its list
        used[-1] = Item(with_colon(used[-1].text), tuple(_items(listed)))
    elif listed:
        used = [Item("Listed on the page:", tuple(_items(listed)))]
    methods = [method_line(method) + _joined_only(entry, method) for method in entry["methods"]]
    methods_items = (
        [Item(with_colon(methods_lead), tuple(_items(methods)))]
        if methods_lead and methods
        else _items(methods)
    )
    drugs = [drug["name"] for drug in entry["drugs"]] if entry["kind"] == "combination" else []
    # A treatment type's combinations are in its list already (`listed`, under "Used").
    paired = [c["name"] for c in entry["combinations"]] if entry["kind"] == "drug" else []
    sections: list[tuple[str, list[Item] | list[Link]]] = [
        ("Also called", _items([", ".join(entry["also_called"])] if entry["also_called"] else [])),
        ("Details", _items(how)),
        ("Used", used),
        ("Methods", methods_items),
        ("Drugs", _items(drugs)),
        ("Combinations", _items(paired)),
        ("Learn more", _items(entry["learn_more"])),
        (STAGE_LISTS, _items(stage_list_lines(entry))),
        (TRIALS, trial_links(entry)),
    ]
    return [Section(label, tuple(items)) for label, items in sections if items or keep_empty]


TRIALS = "Clinical trial searches"
# Each place the page lists an entry is an item of a stage's list, which "may include" it.
STAGE_LISTS = "Stage lists (“may include”)"
NO_STAGE = "The page's stage lists do not name it."
# Under "From the page", when it is empty for every entry compared (drugs, combinations).
NO_OWN_TEXT = "The page gives none of these a text of its own; it names them in its lists."


def stage_list_lines(entry: Document) -> list[str]:
    """Where the page's stage lists name an entry, then each list that does not; or, for a
    method no list names, the lists that name its treatment type on its own. Facts about the
    page's lists only: never "not used", never "ruled out"."""
    named = placements(entry)
    if named:
        unlisted = [lowered(stage["name"]) for stage in entry["unlisted"]]
        return named + [f"The list for {name} does not name it." for name in unlisted]
    if entry["type_listed"] and entry["part_of"]:
        lists = ", and ".join(f"for {lowered(stage['name'])}" for stage in entry["type_listed"])
        return [
            f"The stage lists name its treatment type, {entry['part_of']['name']} ({lists}),"
            f" not this {entry['kind']} on its own."
        ]
    return [NO_STAGE]


def lowered(name: str) -> str:
    """A name inside a sentence: "Recurrent liver cancer" → "recurrent liver cancer"; an
    abbreviation's capitals ("TACE …") stay."""
    return name if name[1:2].isupper() else name[:1].lower() + name[1:]


def _joined_only(entry: Document, method: Document) -> str:
    """ " — the page lists it only as “… and liver transplant”", for a method the page names
    only joined with another treatment (total hepatectomy)."""
    options = [
        option
        for option in entry["options"]
        if any(named["id"] == method["id"] for named in option["parts"][0]["methods"])
    ]
    if not options or any(len(option["parts"]) == 1 for option in options):
        return ""
    return " — the page lists it only as " + " and ".join(f"“{o['label']}”" for o in options)
