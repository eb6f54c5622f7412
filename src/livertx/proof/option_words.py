"""One option of a stage list, read from its words: its `text` (the page's item before any
condition), the names it lists after a colon, its `condition`; against the entries of the file
it may refer to (`index_of`).

- The text starts with what it lists, never with a joining word ("and liver transplant" would
  split one item into two options); two names in it are joined by a comma, "and", "or" or
  "with" (two items run together would not be).
- A condition (for whom, as what) names no treatment, method or drug.
- Everything the option refers to is named in its text, and everything its text names, it refers
  to; a drug the page gives "with" another is referred to through that combination, and a
  combination is one the page gives ("atezolizumab with bevacizumab or cabozantinib": two).
- What it refers to comes in the order its words name it: its parts (the treatment listed,
  then each it joins with "and"), and within each its methods, combinations and drugs; the
  views list them in that order.
- An `only` is backed by the option's words naming that part of the stage, and words that
  name a part have its `only`. Pure.
"""

from __future__ import annotations

from itertools import pairwise

from livertx.problems import Problem, problem_at
from livertx.proof.sentence_parts import clauses
from livertx.records import Record
from livertx.text_folding import fold, holds, listed_after, names
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

JOINING_WORDS = frozenset({"and", "or", "with", "in", "as", "for", "to", "of", "but", "then"})


class Named:
    """An entry of the file an option may refer to: its kind, its name (and the name folded
    as the check compares it), its treatment's id, and for a combination its drugs' ids."""

    __slots__ = ("drugs", "folded", "kind", "name", "treatment")

    def __init__(self, kind: str, name: str, treatment: str, drugs: tuple[str, ...] = ()) -> None:
        self.kind, self.name, self.treatment, self.drugs = kind, name, treatment, drugs
        self.folded = fold(name)


def index_of(root: Node) -> dict[str, Named]:
    """Every treatment, method, drug and combination of the file, by id (the first of an id
    wins: the meaning check reports the others)."""
    index: dict[str, Named] = {}
    for treatment in root.records("treatments"):
        own = treatment.text("id")
        name = treatment.text("name")
        if own is None or name is None:
            continue
        index.setdefault(own.value, Named("treatment", name.value, own.value))
        for kind, key in (("method", "methods"), ("drug", "drugs")):
            for record in treatment.records(key):
                rid, rname = record.text("id"), record.text("name")
                if rid is not None and rname is not None:
                    index.setdefault(rid.value, Named(kind, rname.value, own.value))
        for regimen in treatment.records("regimens"):
            rid = regimen.text("id")
            drugs = tuple(d.value for d in regimen.texts("drugs"))
            if rid is not None:
                index.setdefault(rid.value, Named("combination", "", own.value, drugs))
    return index


class Entries(Record):
    """The index as every option's check reads it, made once a proof (`entries_of`), not once
    an option: the entries by id; those a text can name (not combinations), by id in the
    index's order; every entry's folded name, longest first; the drugs' ids by folded name.
    The names in an option's words are picked out with `in` before `holds` is asked of them:
    the one search rules out nearly every entry, for every option."""

    by_id: dict[str, Named]
    nameable: tuple[tuple[str, Named], ...]
    longest_first: tuple[str, ...]
    drug_of: dict[str, str]


def entries_of(index: dict[str, Named]) -> Entries:
    return Entries(
        index,
        tuple((ident, e) for ident, e in index.items() if e.kind != "combination"),
        tuple(sorted((e.folded for e in index.values() if e.folded), key=lambda f: -len(f))),
        {e.folded: ident for ident, e in index.items() if e.kind == "drug"},
    )


def _named(words: str, entries: Entries) -> list[tuple[str, Named]]:
    """The entries a text can name that `words` name, in the index's order."""
    return [(i, e) for i, e in entries.nameable if e.folded in words and holds(words, e.folded)]


def unbracketed(text: str) -> str:
    """The text without what it says in brackets: a definition or an abbreviation."""
    if "(" not in text:  # most items: nothing in brackets, so nothing to read a character at a time
        return " ".join(text.split())
    kept, depth = [], 0
    for character in text:
        depth += character == "("
        if not depth:
            kept.append(character)
        depth -= character == ")" and depth > 0
    return " ".join("".join(kept).split())


def check_option(option: Node, stage: Node, at: str, entries: Entries) -> list[Problem]:
    index = entries.by_id
    text = option.text("text")
    condition = option.text("condition")
    words = spaced(text.value) if text is not None else ""
    methods = [index[m.value].name for m in option.texts("methods") if m.value in index]
    listed = " ".join(listed_after(words, methods)) if text is not None else ""
    own = f"{words} {listed}".casefold()
    problems = _references(option, own, at, entries) + _order(option, own, at, index)
    if text is not None and words.split(" ", 1)[0].casefold() in JOINING_WORDS:
        problems.append(
            problem_at(
                text, f"{at}.text: an item starts with what it lists, not {words.split()[0]!r}"
            )
        )
    if text is not None:
        bare = unbracketed(words).casefold()
        problems += _joined(text, bare, at, entries)
        problems += _combinations(option, bare, at, entries)
    if condition is not None:
        said = fold(condition.value)
        for _, entry in _named(said, entries):
            message = f"{at}.condition: it names {entry.name!r}: a condition names no treatment"
            problems.append(problem_at(condition, message))
    whole = f"{own} {fold(condition.value) if condition else ''}"
    return problems + _only(option, stage, whole, at)


def _references(option: Node, words: str, at: str, entries: Entries) -> list[Problem]:
    """What an option refers to is named in its words; what its words name, it refers to."""
    index = entries.by_id
    problems: list[Problem] = []
    referred: set[str] = set()
    for part in (option, *option.records("with")):
        treatment = part.text("treatment")
        named_within = False
        for key in ("methods", "drugs", "regimens"):
            for reference in part.texts(key):
                entry = index.get(reference.value)
                if entry is None:
                    continue  # the meaning check reports it
                named_within = True
                referred.add(reference.value)
                referred.update(entry.drugs)
                # `names`, with each name as the index folded it already
                named = [index[d] for d in entry.drugs if d in index] or [entry]
                for each in named:
                    if not holds(words, each.folded):
                        message = f"{at}: its words do not name {each.name!r}"
                        problems.append(problem_at(reference, message))
        if treatment is not None and treatment.value in index:
            referred.add(treatment.value)
            entry = index[treatment.value]
            if not named_within and not holds(words, entry.folded):
                message = f"{at}: its words do not name {entry.name!r}"
                problems.append(problem_at(treatment, message))
    for identifier, entry in _named(words, entries):
        if identifier not in referred:
            message = f"{at}: its words name {entry.name!r}, which it does not refer to"
            problems.append(problem_at(option, message))
    return problems


def _order(option: Node, words: str, at: str, index: dict[str, Named]) -> list[Problem]:
    """Parts, and each part's methods, combinations and drugs, in the order the words name them
    (where a combination's drugs stand; a reference its words do not name, `_references` tells).
    """
    problems: list[Problem] = []
    part_places: list[tuple[tuple[int, ...], str]] = []
    for number, part in enumerate((option, *option.records("with"))):
        where = at if number == 0 else f"{at}.with[{number - 1}]"
        within: list[tuple[int, ...]] = []
        for key in ("methods", "regimens", "drugs"):
            references = part.texts(key)
            if not references:
                continue
            found = [(_place(words, r.value, index), r.value) for r in references]
            found = [(place, ident) for place, ident in found if place]
            places = [p for p, _ in found]
            if places != sorted(places):
                page = ", ".join(ident for _, ident in sorted(found))
                message = f"{where}.{key}: not in the order its words name them ({page})"
                problems.append(problem_at(references[0], message))
            within += places
        treatment = part.text("treatment")
        if treatment is not None:
            place = min(within) if within else _place(words, treatment.value, index)
            if place:
                part_places.append((place, treatment.value))
    if [p for p, _ in part_places] != sorted(p for p, _ in part_places):
        page = ", ".join(ident for _, ident in sorted(part_places))
        message = f"{at}: its parts are not in the order its words name them ({page})"
        problems.append(problem_at(option, message))
    return problems


def _place(words: str, identifier: str, index: dict[str, Named]) -> tuple[int, ...]:
    """Where the words name an entry (a combination: each of its drugs), or () if they do not."""
    entry = index.get(identifier)
    if entry is None:
        return ()
    named = [index[d].folded for d in entry.drugs if d in index] or [entry.folded]
    places = tuple([_start(words, name) for name in named])
    return () if -1 in places else places  # _start gives -1 for a name the words do not hold


def _start(words: str, wanted: str) -> int:
    """Where folded `words` first hold `wanted` as words of their own (`holds`), or -1."""
    start = words.find(wanted) if wanted else -1
    while start >= 0 and not holds(words[max(start - 1, 0) : start + len(wanted) + 1], wanted):
        start = words.find(wanted, start + 1)
    return start


def _joined(text: Node, words: str, at: str, entries: Entries) -> list[Problem]:
    """Two names in an item's text are joined by a comma, "and", "or" or "with"."""
    places: list[tuple[int, int]] = []
    for name in [n for n in entries.longest_first if n in words]:
        start = words.find(name)
        while start >= 0:
            end = start + len(name)
            if holds(words[max(start - 1, 0) : end + 1], name) and not any(
                s < end and start < e for s, e in places
            ):
                places.append((start, end))
            start = words.find(name, start + 1)
    places.sort()
    for (_, end), (start, _) in pairwise(places):
        gap = words[end:start]
        if "," not in gap and gap.strip() not in ("and", "or", "with"):
            message = f'{at}.text: "{gap.strip()}" joins two names: two items run together'
            return [problem_at(text, message)]
    return []


def _combinations(option: Node, words: str, at: str, entries: Entries) -> list[Problem]:
    """The drugs an item gives alone and with another, read from its clauses, against the
    drugs and combinations the option refers to."""
    index, drug_of = entries.by_id, entries.drug_of
    if not any(holds(words, folded) for folded in [f for f in drug_of if f in words]):
        return []
    pairs, alone = set(), set()
    for head, withs in clauses(words):
        if withs:
            pairs |= {(drug_of.get(head), drug_of.get(w)) for w in withs}
        else:
            alone |= {i for folded, i in drug_of.items() if folded in head and holds(head, folded)}
    given_pairs, given_alone = set(), set()
    for part in (option, *option.records("with")):
        given_alone |= {d.value for d in part.texts("drugs")}
        for regimen in part.texts("regimens"):
            entry = index.get(regimen.value)
            if entry is not None:
                given_pairs.add(tuple(entry.drugs))
    if (given_pairs, given_alone) == (pairs, alone):
        return []
    page = sorted(" with ".join(str(d) for d in p) for p in pairs) + sorted(alone)
    message = f"{at}: its words give {', '.join(page)}; the option refers to others"
    return [problem_at(option, message)]


def _only(option: Node, stage: Node, words: str, at: str) -> list[Problem]:
    only = option.text("only")
    problems: list[Problem] = []
    for part in stage.records("parts"):
        part_id, name = part.text("id"), part.text("name")
        if part_id is None or name is None:
            continue
        named = names(words, name.value)
        if only is not None and only.value == part_id.value and not named:
            message = f"{at}.only: its words do not name {name.value!r}"
            problems.append(problem_at(only, message))
        elif named and (only is None or only.value != part_id.value):
            message = f"{at}: its words name {name.value!r}: give it `only: {part_id.value}`"
            problems.append(problem_at(option.text("condition") or option, message))
    return problems
