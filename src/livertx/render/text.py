"""Plain-text phrasing shared by the human-facing renderers. Derived from the data only."""

from __future__ import annotations

from livertx.lookup import StageSelection
from livertx.model import Drug, Entry, Knowledge, Method, Part, Source, StageOption


def display_name(entry: Entry) -> str:
    """A name with the page's abbreviation: "Transarterial chemoembolization (TACE)"."""
    if isinstance(entry, Method) and entry.abbreviations:
        return f"{entry.name} ({', '.join(entry.abbreviations)})"
    return entry.name


def part_items(knowledge: Knowledge, part: Part, focus: Entry | None = None) -> list[str]:
    """The methods, combinations and drugs a stage option names, in the page's order.

    With a focus, a part that names the focus keeps only what concerns it.
    """
    methods, regimens, drugs = part.method_ids, part.regimen_ids, part.drug_ids
    if isinstance(focus, Method) and focus.id in methods:
        methods, regimens, drugs = (focus.id,), (), ()
    elif isinstance(focus, Drug):
        with_focus = tuple(r for r in regimens if focus.id in knowledge.regimens[r].drug_ids)
        if focus.id in drugs or with_focus:
            methods, regimens = (), with_focus
            drugs = (focus.id,) if focus.id in drugs else ()
    items = [display_name(knowledge.entry(m)) for m in methods]
    items += [knowledge.regimen_name(r) for r in regimens]
    items += [knowledge.entry(d).name for d in drugs]
    return items


def part_title(knowledge: Knowledge, part: Part) -> str:
    """ "Surgery: partial hepatectomy" when one item is named, else the treatment's name."""
    name = knowledge.entry(part.treatment_id).name
    items = part_items(knowledge, part)
    return f"{name}: {items[0]}" if len(items) == 1 else name


def option_title(knowledge: Knowledge, option: StageOption) -> str:
    return " and ".join(part_title(knowledge, part) for part in option.parts)


def option_items(knowledge: Knowledge, option: StageOption) -> list[str]:
    """The items to list under an option's title (those not already in it)."""
    return [
        item
        for part in option.parts
        for item in part_items(knowledge, part)
        if len(part_items(knowledge, part)) > 1
    ]


def excluded_note(knowledge: Knowledge, selection: StageSelection, option: StageOption) -> str:
    only = next((p.name for p in selection.stage.parts if p.id == option.only), option.only)
    return (
        f"Not listed here: {option_line(knowledge, option)}, which the page lists only for "
        f"{str(only).lower()}."
    )


def option_line(knowledge: Knowledge, option: StageOption, focus: Entry | None = None) -> str:
    """An option on one line: "Embolization therapy: TACE and Targeted therapy: sorafenib"."""
    parts = []
    for part in option.parts:
        items = part_items(knowledge, part, focus)
        name = knowledge.entry(part.treatment_id).name
        parts.append(f"{name}: {'; '.join(items)}" if items else name)
    return " and ".join(parts)


def credit_line(source: Source) -> str:
    """NCI's requested credit, with the date of the page the data was written from."""
    updated = f"{source.updated:%B} {source.updated.day}, {source.updated.year}"
    return f"{source.credit} Page updated {updated}."


DISCLAIMER = "This is information from that page, not a recommendation for any one person's care."
