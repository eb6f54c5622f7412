"""The knowledge file, proven against its page: every part of the page's treatment content
tiled by the file's texts (livertx.proof.tiling), every stage list read as its options
(livertx.proof.stage_lists), and what the file holds as part of a sentence (a status, the
names a sentence says a thing is "also called", a method's definition in brackets, the drugs in
a list's items) found in the sentence it comes from. The page's date and NCI's credit are
checked too. `validate` and every load of a file that names its capture run `prove`;
`verify-source` runs it against a new copy of the page. Pure.
"""

from __future__ import annotations

from datetime import date

from livertx.dates import MONTHS
from livertx.problems import Problem, problem_at, shown
from livertx.proof.option_words import entries_of, index_of
from livertx.proof.page_parts import Part, misfiled, treatment_part
from livertx.proof.part_bounds import Headings, part_bounds, stage_texts, treatment_texts
from livertx.proof.pieces import statements
from livertx.proof.sections import END, SEPARATOR, each_heading, find_headings, heading_at
from livertx.proof.sentence_parts import definitions, identities, sentence_parts
from livertx.proof.stage_lists import check_names, check_stage, option_words_of
from livertx.proof.tiling import MOST_PER_PART, tile
from livertx.text_folding import fold, names
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

CONTENTS = "On This Page"


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


def prove(
    root: Node,
    page_text: str,
    with_date: bool = True,
    most: int | None = MOST_PER_PART,
    spans: dict[str, tuple[int, int]] | None = None,
) -> list[Problem]:
    """Every way the file and the page's treatment content differ; and, `with_date`, the
    page's date and the file's. Each part reports at most `most` of the page's words unplaced
    (None: every one, as verify-source does). Given `spans`, where each part found stands in
    the page's text (spaced): part -> (start, end), for what else is held to its own part."""
    text = spaced(page_text)
    source = root.get("source") if root.kind == "mapping" else None
    if source is None or source.kind != "mapping":
        return []  # the shape check reports it
    # In the page's order: its treatment content, then its date and credit, which follow it.
    content = _content(root, source, text, most, {} if spans is None else spans)
    return content + (_date(source, text) if with_date else []) + _credit(source, text)


def _content(
    root: Node, source: Node, text: str, most: int | None, spans: dict[str, tuple[int, int]]
) -> list[Problem]:
    problems: list[Problem] = []
    title = source.text("title")
    heading = source.text("treatments_section")
    treatments = root.records("treatments")
    stages = root.records("stages")
    treatment_names = [t.text("name") for t in treatments]
    sections = [s.text("section") for s in stages]
    if (
        title is None
        or heading is None
        or None in treatment_names
        or None in sections
        or not treatment_names
    ):
        message = "source.treatments_section and every stage's `section` name the page's headings"
        return [
            *problems,
            problem_at(heading or source, f"{message}: without them nothing is checked"),
        ]
    headings = [n.value for n in treatment_names if n] + [s.value for s in sections if s]
    heading_nodes = [n for n in treatment_names if n] + [s for s in sections if s]
    heading_paths = [f"treatments[{i}].name" for i in range(len(treatment_names))]
    heading_paths += [f"stages[{i}].section" for i in range(len(sections))]
    body, _, end = find_headings(text, heading.value, headings)
    search_from = body + len(heading.value)
    index = index_of(root)
    renamed: list[Problem] = []
    if body < 0:
        # The treatments' heading renamed: its part is found by the first treatment's heading,
        # so every other change is reported in the same run.
        message = f'the page has no section "{heading.value}" that opens with "{headings[0]}"'
        renamed = [problem_at(heading, f"source.treatments_section: {message}", heading.value)]
        body = heading_at(text, headings[0], max(text.find(CONTENTS), 0), end)
        if body < 0:
            return renamed
        search_from = body
    later: list[Problem] = []  # the contents' problem and the heading's, after the introduction's
    contents = text.rfind(CONTENTS, 0, body)
    contents = body if contents < 0 else contents
    listed = " ".join([CONTENTS, heading.value, *headings[len(treatment_names) :]])
    if contents < body and text[contents:body].strip() != listed:
        page = shown(text[contents:body].strip())
        message = f'the page\'s contents read "{page}", the file\'s "{listed}"'
        later.append(
            problem_at(
                heading,
                f"source.treatments_section: {message}",
                CONTENTS,
                file_has=listed,
                page_has=text[contents:body].strip(),
            )
        )
    intro_node = source.get("intro") or source
    starts = text.rfind(title.value + " ", 0, contents)
    intro = statements(source, "source", ("intro",))
    if starts < 0:
        problems.append(problem_at(title, f'source.title: "{title.value}" does not head the page'))
    else:
        part = Part(title.value, starts + len(title.value), contents, intro, _place(intro_node))
        part.orders["source"] = ["intro"]
        tile(text, part, problems, most)
    problems += later + renamed
    labels = [f"{heading.value}{SEPARATOR}{name}" for name in headings[: len(treatments)]]
    labels += headings[len(treatments) :]
    # Each treatment's pieces and each option's words, made once: the part's bounds, its
    # tiling and the checks of its sentences and list all read them.
    parts = [Part(labels[n], 0, 0, [], _place(t)) for n, t in enumerate(treatments)]
    for number, (treatment, part) in enumerate(zip(treatments, parts, strict=True)):
        treatment_part(treatment, number, part)
    options_words = [[option_words_of(o, index) for o in s.records("options")] for s in stages]
    texts = [treatment_texts(part) for part in parts]
    texts += [stage_texts(s, words) for s, words in zip(stages, options_words, strict=True)]
    found = each_heading(text, headings, search_from, end)
    listed_in_contents = (CONTENTS, heading.value, *headings[len(treatments) :])
    headed = Headings(
        headings,
        heading_nodes,
        heading_paths,
        labels,
        heading.value,
        text[contents:body].strip(),
        listed_in_contents,
    )
    starts_at, bounds, before_part = part_bounds(text, found, headed, texts, search_from, end)
    drugs = {ident: named.name for ident, named in index.items() if named.kind == "drug"}
    regions: dict[str, str] = {}
    for number, treatment in enumerate(treatments):
        start, stop = starts_at[number], max(bounds[number], starts_at[number])
        problems += before_part.get(number, [])
        part = parts[number]
        part.start, part.end = start, stop
        spans[labels[number]] = (start, stop)
        tile(text, part, problems, most)
        regions[f"treatments[{number}]"] = text[start:stop]
        own = sentence_parts(treatment, f"treatments[{number}]", part.pieces, drugs)
        own += misfiled(part.pieces)
        problems += [p._replace(part=p.part or labels[number]) for p in own]
    option_words: list[tuple[Node, str]] = []
    entries = entries_of(index)
    for number, stage in enumerate(stages):
        at = len(treatments) + number
        section = headings[at]
        problems += before_part.get(at, [])
        spans[section] = (starts_at[at], max(bounds[at], starts_at[at]))
        region = text[slice(*spans[section])].strip()
        words = options_words[number]
        own = check_stage(region, stage, f"stages[{number}]", entries, words)
        option_words += zip(stage.records("options"), words, strict=True)
        conditions = " ".join(
            fold(c.value)
            for c in (o.text("condition") for o in stage.records("options"))
            if c is not None
        )
        own += check_names(stage, section, f"stages[{number}]", conditions)
        problems += [p._replace(part=p.part or section) for p in own]
    problems += definitions(treatments, regions, option_words)
    problems += identities(root)
    return problems


def _place(node: Node) -> tuple[int, int]:
    return (node.line, node.column)


def _date(source: Node, text: str) -> list[Problem]:
    problems: list[Problem] = []
    updated = source.text("updated")
    on_page, unreadable = page_date(text)
    if unreadable is not None:
        message = f'the page\'s date "Updated: {unreadable}" is not a date like "May 15, 2024"'
        problems.append(problem_at(updated or source, message))
    elif on_page is None:
        problems.append(problem_at(updated or source, 'the page has no "Updated:" date'))
    elif updated is not None and updated.value != on_page.isoformat():
        message = f"source.updated: the page says it was updated {on_page.isoformat()}"
        problems.append(problem_at(updated, message))
    return problems


def _credit(source: Node, text: str) -> list[Problem]:
    """The credit is the one the page asks for, in its quotation marks ("credit … using the
    original product's title; e.g., “… was originally published by …”"); the title and the
    publisher are the credit's."""
    credit = source.text("credit")
    if credit is None:
        return []
    said = spaced(credit.value)
    if f"“{said}”" not in text:
        return [
            problem_at(credit, "source.credit: not the credit the page asks for, in its quotes")
        ]
    problems = []
    for key in ("title", "publisher"):
        node = source.text(key)
        if node is not None and not names(said.casefold(), node.value):
            problems.append(problem_at(node, f"source.{key}: not the {key} its credit names"))
    title = source.text("title")
    if title is not None and not said.startswith(spaced(title.value) + " "):
        problems.append(problem_at(title, "source.title: the credit does not begin with it"))
    return problems
