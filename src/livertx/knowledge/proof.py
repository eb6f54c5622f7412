"""The knowledge file, proven against its page: every part of the page's treatment content
tiled by the file's texts (livertx.knowledge.tiling), every stage list read as its options
(livertx.knowledge.stage_lists), and what the file holds as part of a sentence (a status, the
names a sentence says a thing is "also called", a method's definition in brackets, the drugs in
a list's items) found in the sentence it comes from. The page's date and NCI's credit are
checked too. `validate` and every load of a file that names its capture run `prove`;
`verify-source` runs it against a new copy of the page. Pure.
"""

from __future__ import annotations

from datetime import date

from livertx.dates import MONTHS
from livertx.knowledge.excerpts import normal_spacing as spaced
from livertx.knowledge.pieces import (
    SENTENCE,
    Piece,
    names,
    records_of,
    text_of,
    texts_of,
)
from livertx.knowledge.problems import Problem
from livertx.knowledge.stage_lists import check_names, check_stage, index_of, words_of
from livertx.knowledge.tiling import (
    CHECK,
    CONTENTS,
    END,
    SEPARATOR,
    Part,
    find_heading,
    shown,
    tile,
    treatment_part,
)
from livertx.knowledge.yaml_tree import Node

ALSO_CALLED = " also called "


def _at(node: Node, message: str) -> Problem:
    return Problem(message, node.line, node.column, CHECK)


def page_date(text: str) -> tuple[date | None, str | None]:
    """The page's "Updated:" date, and the words after "Updated:" when they are not a date
    written as the page writes dates ("May 15, 2024"); (None, None) when it has no such line."""
    words = spaced(text)
    at = words.find(END)
    if at < 0:
        return None, None
    written = " ".join(words[at + len(END) :].split()[:3])
    month, day, year = [*written.split(" "), "", "", ""][:3]
    if (
        month not in MONTHS
        or not _digits(day[:-1], 1, 2)
        or not day.endswith(",")
        or not _digits(year, 4, 4)
    ):
        return None, written
    try:
        return date(int(year), MONTHS.index(month) + 1, int(day[:-1])), None
    except ValueError:
        return None, written


def _digits(text: str, fewest: int, most: int) -> bool:
    return text.isascii() and text.isdigit() and fewest <= len(text) <= most


def prove(root: Node, page_text: str, with_date: bool = True) -> list[Problem]:
    """Every way the file and the page's treatment content differ; and, `with_date`, the
    page's date and the file's."""
    text = spaced(page_text)
    source = root.get("source") if root.kind == "mapping" else None
    if source is None or source.kind != "mapping":
        return []  # the shape check reports it
    problems = _credit(source, text) + (_date(source, text) if with_date else [])
    title = text_of(source, "title")
    heading = text_of(source, "treatments_section")
    treatments = records_of(root, "treatments")
    stages = records_of(root, "stages")
    names = [text_of(t, "name") for t in treatments]
    sections = [text_of(s, "section") for s in stages]
    if title is None or heading is None or None in names or None in sections or not names:
        message = "source.treatments_section and every stage's `section` name the page's headings"
        return [*problems, _at(heading or source, f"{message}: without them nothing is checked")]
    headings = [n.value for n in names if n] + [s.value for s in sections if s]
    heading_nodes = [n for n in names if n] + [s for s in sections if s]
    heading_paths = [f"treatments[{i}].name" for i in range(len(names))]
    heading_paths += [f"stages[{i}].section" for i in range(len(sections))]
    end = text.find(END)
    end = end if end >= 0 else len(text)
    body = text.rfind(f"{heading.value} {headings[0]}", 0, end)
    if body < 0:
        message = f'the page has no section "{heading.value}" that opens with "{headings[0]}"'
        return [*problems, _at(heading, f"source.treatments_section: {message}")]
    contents = text.rfind(CONTENTS, 0, body)
    contents = body if contents < 0 else contents
    listed = " ".join([CONTENTS, heading.value, *headings[len(names) :]])
    if contents < body and text[contents:body].strip() != listed:
        page = shown(text[contents:body].strip())
        message = f'the page\'s contents read "{page}", the file\'s "{listed}"'
        problems.append(_at(heading, f"source.treatments_section: {message}"))
    intro_node = source.get("intro") or source
    starts = text.rfind(title.value + " ", 0, contents)
    intro = statements_of_intro(source)
    if starts < 0:
        problems.append(_at(title, f'source.title: "{title.value}" does not head the page'))
    else:
        part = Part(title.value, starts + len(title.value), contents, intro, {}, _place(intro_node))
        tile(text, part, problems)
    positions: list[int] = []
    cursor = body + len(heading.value)
    for name, node, path in zip(headings, heading_nodes, heading_paths, strict=True):
        found = find_heading(text, name, cursor, end)
        if found < 0:
            previous = headings[len(positions) - 1] if positions else heading.value
            message = f'{path}: the page has no heading "{name}" after "{previous}"'
            return [*problems, _at(node, message)]
        positions.append(found)
        cursor = found + len(name)
    bounds = [*positions[1:], end]
    index = index_of(root)
    regions: dict[str, str] = {}
    for number, treatment in enumerate(treatments):
        name = headings[number]
        pieces, labelled = treatment_part(treatment, number)
        label = f"{heading.value}{SEPARATOR}{name}"
        start = positions[number] + len(name)
        part = Part(label, start, bounds[number], pieces, labelled, _place(treatment))
        tile(text, part, problems)
        regions[f"treatments[{number}]"] = text[start : bounds[number]]
        problems += _sentence_parts(treatment, f"treatments[{number}]", pieces)
    option_words: list[tuple[Node, str]] = []
    for number, stage in enumerate(stages):
        at = len(treatments) + number
        section = headings[at]
        region = text[positions[at] + len(section) : bounds[at]].strip()
        problems += check_stage(region, stage, f"stages[{number}]", index)
        option_words += [(o, words_of(o, index)) for o in records_of(stage, "options")]
        conditions = " ".join(
            spaced(c.value).casefold()
            for c in (text_of(o, "condition") for o in records_of(stage, "options"))
            if c is not None
        )
        problems += check_names(stage, section, f"stages[{number}]", conditions)
    problems += _definitions(treatments, regions, option_words)
    return problems


def statements_of_intro(source: Node) -> list[Piece]:
    from livertx.knowledge.pieces import statements

    return statements(source, "source", ("intro",))


def _place(node: Node) -> tuple[int, int]:
    return (node.line, node.column)


def _date(source: Node, text: str) -> list[Problem]:
    problems: list[Problem] = []
    updated = text_of(source, "updated")
    on_page, unreadable = page_date(text)
    if unreadable is not None:
        message = f'the page\'s date "Updated: {unreadable}" is not a date like "May 15, 2024"'
        problems.append(_at(updated or source, message))
    elif on_page is None:
        problems.append(_at(updated or source, 'the page has no "Updated:" date'))
    elif updated is not None and updated.value != on_page.isoformat():
        message = f"source.updated: the page says it was updated {on_page.isoformat()}"
        problems.append(_at(updated, message))
    return problems


def _credit(source: Node, text: str) -> list[Problem]:
    credit = text_of(source, "credit")
    if credit is not None and spaced(credit.value) not in text:
        return [_at(credit, "source.credit: not the credit the page asks for")]
    return []


def _own_sentences(pieces: list[Piece], owner: str) -> list[str]:
    return [p.text for p in pieces if p.owner == owner and p.kind == SENTENCE]


def _sentence_parts(treatment: Node, owner: str, pieces: list[Piece]) -> list[Problem]:
    """A status ends one of its record's own sentences; "also called" names are the ones its
    own "also called" sentence gives; a list's drugs are named in its items."""
    problems: list[Problem] = []
    records = [(treatment, owner)]
    records += [
        (m, f"{owner}.methods[{i}]") for i, m in enumerate(records_of(treatment, "methods"))
    ]
    for record, at in records:
        sentences = _own_sentences(pieces, at)
        status = text_of(record, "status")
        if status is not None and not any(
            s[:-1].endswith(" " + spaced(status.value)) for s in sentences
        ):
            problems.append(_at(status, f"{at}.status: it ends no sentence of its own part"))
        called = [s for s in sentences if ALSO_CALLED in s]
        said = [spaced(n.value) for n in texts_of(record, "also_called")]
        given = [n for s in called for n in _called_names(s)]
        if said != given:
            where = texts_of(record, "also_called")
            anchor = where[0] if where else text_of(record, "name") or record
            page = "; ".join(called) or "no “also called” sentence"
            problems.append(
                _at(anchor, f"{at}.also_called: {said} is not what the page says: {page}")
            )
    items = [spaced(i.value).casefold() for i in texts_of(treatment, "items")]
    if items:
        for number, drug in enumerate(records_of(treatment, "drugs")):
            name = text_of(drug, "name")
            if name is not None and not any(names(item, name.value) for item in items):
                problems.append(_at(name, f"{owner}.drugs[{number}]: named in no item of its list"))
        drug_names = {
            d.value: n.value
            for d, n in (
                (text_of(r, "id"), text_of(r, "name")) for r in records_of(treatment, "drugs")
            )
            if d is not None and n is not None
        }
        for number, regimen in enumerate(records_of(treatment, "regimens")):
            drugs = [drug_names.get(d.value, d.value) for d in texts_of(regimen, "drugs")]
            if not any(" with " in item and all(names(item, d) for d in drugs) for item in items):
                message = (
                    f"{owner}.regimens[{number}]: no item of its list gives {' with '.join(drugs)}"
                )
                problems.append(_at(regimen, message))
    return problems


def _called_names(sentence: str) -> list[str]:
    """The names an "also called" sentence gives: "… is also called X and Y." -> [X, Y]."""
    listed = sentence.split(ALSO_CALLED, 1)[1].rstrip(".?!")
    for joining in (", and ", ", or ", " and ", " or "):
        listed = listed.replace(joining, ", ")
    return [name for name in listed.split(", ") if name]


def _definitions(
    treatments: list[Node], regions: dict[str, str], option_words: list[tuple[Node, str]]
) -> list[Problem]:
    """A method the page does not head with a label is defined in brackets after its name
    ("partial hepatectomy (surgery to remove …)"), in its treatment's part or in an option
    that refers to it: its summary is that definition."""
    problems: list[Problem] = []
    for number, treatment in enumerate(treatments):
        if text_of(treatment, "methods_lead") is not None:
            continue
        region = regions.get(f"treatments[{number}]", "").casefold()
        for index, method in enumerate(records_of(treatment, "methods")):
            ident, name, summary = (text_of(method, k) for k in ("id", "name", "summary"))
            if ident is None or name is None or summary is None:
                continue
            defined = f"{spaced(name.value)} ({spaced(summary.value)})".casefold()
            places = [region] + [
                words.casefold()
                for option, words in option_words
                if ident.value
                in {
                    m.value
                    for p in (option, *records_of(option, "with"))
                    for m in texts_of(p, "methods")
                }
            ]
            if not any(defined in place for place in places):
                at = f"treatments[{number}].methods[{index}].summary"
                problems.append(
                    _at(summary, f'{at}: the page does not define it so: "{shown(defined)}"')
                )
    return problems
