"""Stage options in words, from their documents (livertx.answers.documents): shared by the
documents (a matrix cell's notes), search and the views (livertx.render.views), so an option
reads the same everywhere. Derived from the data only."""

from __future__ import annotations

from livertx.text_folding import lower_first, words_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence

    from livertx.answers.shapes import Readable


def display_name(reference: Readable) -> str:
    """A name with the page's abbreviation: "Transarterial chemoembolization (TACE)"."""
    abbreviations = reference.get("abbreviations") or []
    return (
        f"{reference['name']} ({', '.join(abbreviations)})" if abbreviations else reference["name"]
    )


def part_items(part: Readable, focus: Readable | None = None) -> list[str]:
    """The methods, combinations and drugs a stage option names, in the page's order.

    With a focus (a method's or drug's own document), a part that names it keeps only what
    concerns it.
    """
    methods, combinations, drugs = part["methods"], part["combinations"], part["drugs"]
    if focus is not None and focus["kind"] == "method":
        if any(m["id"] == focus["id"] for m in methods):
            methods = [m for m in methods if m["id"] == focus["id"]]
            combinations, drugs = [], []
    elif focus is not None and focus["kind"] == "combination":
        if any(c["id"] == focus["id"] for c in combinations):
            methods, combinations, drugs = [], [focus], []
    elif focus is not None and focus["kind"] == "drug":
        with_focus = [c for c in combinations if focus["id"] in [d["id"] for d in c["drugs"]]]
        alone = [d for d in drugs if d["id"] == focus["id"]]
        if with_focus or alone:
            methods, combinations, drugs = [], with_focus, alone
    return (
        [display_name(m) for m in methods]
        + [c["name"] for c in combinations]
        + [d["name"] for d in drugs]
    )


def parts(option: Readable) -> Sequence[Readable]:
    """The treatment the page lists, then each it joins into the same item with "and"."""
    parts: Sequence[Readable] = option["parts"]
    return parts


def part_title(part: Readable) -> str:
    """ "Surgery: Partial hepatectomy" when one item is named, else the treatment's name."""
    items = part_items(part)
    name: str = part["treatment"]["name"]
    return f"{name}: {items[0]}" if len(items) == 1 else name


def _unnamed_items(option: Readable) -> list[str]:
    """What an option names that its page text does not ("ablation of the tumor using:" and
    the four methods the page lists under it)."""
    words = set(words_of(option["text"]))
    named = [item for part in parts(option) for item in part_items(part)]
    return [item for item in named if not set(words_of(item)) <= words]


def option_title(option: Readable) -> str:
    """The page's own list item where the file gives it; else the treatments and the one item
    each names ("Surgery: Partial hepatectomy")."""
    if option.get("text"):
        return with_colon_if(option["text"], bool(_unnamed_items(option)))
    return " and ".join(part_title(part) for part in parts(option))


def with_colon_if(text: str, listed: bool) -> str:
    return f"{text}:" if listed and not text.endswith(":") else text


def option_items(option: Readable) -> list[str]:
    """The items to list under an option's title (those not already in it): under the page's
    own item, as its list writes them ("radiofrequency ablation" under "ablation of the tumor
    using:"), as option_line and the proof have them."""
    if option.get("text"):
        return [lower_first(item) for item in _unnamed_items(option)]
    items: list[str] = []
    for part in parts(option):
        named = part_items(part)
        if len(named) > 1:
            items += named
    return items


def option_types(option: Readable) -> str:
    """The treatment types of an option that its title does not name ("Targeted therapy"
    beside "bevacizumab, cabozantinib, …"), so a reader can look them up; "" if none."""
    title = option_title(option).casefold()
    names = [part["treatment"]["name"] for part in parts(option)]
    return ", ".join(name for name in names if name.casefold() not in title)


def option_line(option: Readable, focus: Readable | None = None) -> str:
    """An option on one line: the page's own item where the file gives it ("transarterial
    chemoembolization (TACE) and sorafenib"), with what it lists after a colon; else
    "Embolization therapy: TACE and Targeted therapy: sorafenib"."""
    if option.get("text"):
        # The names it lists, as the page writes them after its colon ("ablation of the tumor
        # using: radiofrequency ablation, …"), as the proof holds them (livertx.proof.pieces).
        items = [lower_first(item) for item in _unnamed_items(option)]
        title = option_title(option)
        return f"{title} {', '.join(items)}" if items else title
    lines = []
    for part in parts(option):
        items = part_items(part, focus)
        name = part["treatment"]["name"]
        lines.append(f"{name}: {'; '.join(items)}" if items else name)
    return " and ".join(lines)


def placement(option: Readable, focus: Readable, brief: bool = False) -> str:
    """One place the page lists an entry, as the page writes it: its stage list's lead, then
    the item with every qualifier ("Treatment options for recurrent primary liver cancer may
    include: transarterial chemoembolization (TACE) and sorafenib as palliative therapy …"),
    never a lead livertx composes. Brief (for a list of treatments, under a heading that says
    "may include"): the stage's name, and the option itself only where it joins another
    treatment."""
    label = option_line(option, focus=focus)
    condition = option["condition"]
    if not brief:
        return f"{option['lead']}: {label}" + (f" {condition}" if condition else "")
    line = stage_names(option["stages"])
    if label.casefold() != focus["name"].casefold():
        return f"{line}: {label}" + (f" {condition}" if condition else "")
    return f"{line} ({condition})" if condition else line


def stage_names(stages: Sequence[Readable]) -> str:
    """Stages as the page writes them, for people: "Locally advanced liver cancer, Metastatic
    liver cancer" (ids are for scripts and completion)."""
    return ", ".join(stage["name"] for stage in stages)
