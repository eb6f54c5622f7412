"""What the knowledge file holds as part of the page's sentences, held to them: a status (the
end of its record's own sentence "NAME is …."), the names an "also called" sentence gives, a
definition in brackets after a name ("partial hepatectomy (surgery to remove …)"), an
abbreviation in brackets after one, and a list's drugs and combinations, read from its items
("atezolizumab with the targeted therapy drug bevacizumab or cabozantinib"). And what the file
names its records by: ids made of their names' words. Pure.
"""

from __future__ import annotations

from livertx.problems import Problem, problem_at, shown
from livertx.proof.pieces import Piece
from livertx.text_folding import holds, lower_first, names, words_of
from livertx.text_folding import normal_spacing as spaced
from livertx.yaml_tree import Node

ALSO_CALLED = " also called "
BEING = "being "  # "NAME is being studied in clinical trials.": a status, in any field


def sentence_parts(
    treatment: Node, owner: str, pieces: list[Piece], all_drugs: dict[str, str]
) -> list[Problem]:
    """A treatment's and its methods' statuses and "also called" names, and its list's drugs
    and combinations, against the sentences and items of its own part of the page."""
    problems: list[Problem] = []
    records = [(treatment, owner)]
    records += [(m, f"{owner}.methods[{i}]") for i, m in enumerate(treatment.records("methods"))]
    by_owner: dict[str, list[Piece]] = {}
    for piece in pieces:  # grouped once: a file of thousands of methods must not cost their square
        by_owner.setdefault(piece.owner, []).append(piece)
    for record, at in records:
        own = by_owner.get(at, [])
        problems += _status(record, at, own)
        problems += _also_called(record, at, [p.text for p in own])
    return problems + _list(treatment, owner, all_drugs)


def _status(record: Node, at: str, own: list[Piece]) -> list[Problem]:
    """A record's status is X where one of its own `how` sentences is "NAME is X."; and a
    record with such a sentence has that status. "NAME is being …." ("being studied in clinical
    trials") is a status in whatever field it is filed: moved to `summary`, it must not take
    its hedge off the views with it."""
    name = record.text("name")
    status = record.text("status")
    lead = f"{spaced(name.value)} is " if name is not None else "\0"
    said = [
        p.text[len(lead) : -1]
        for p in own
        if p.text.startswith(lead) and (p.field == "how" or p.text.startswith(BEING, len(lead)))
    ]
    if status is None:
        if said:
            return [problem_at(record, f"{at}: its sentence “{lead}{said[0]}.” gives it a status")]
        return []
    if spaced(status.value) not in said:
        message = f'{at}.status: no sentence of its own reads "{lead}{spaced(status.value)}."'
        return [problem_at(status, message)]
    return []


def _also_called(record: Node, at: str, sentences: list[str]) -> list[Problem]:
    called = [s for s in sentences if ALSO_CALLED in s]
    said = [spaced(n.value) for n in record.texts("also_called")]
    given = [n for s in called for n in _called_names(s)]
    if said == given:
        return []
    where = record.texts("also_called")
    anchor = where[0] if where else record.text("name") or record
    page = "; ".join(called) or "no “also called” sentence"
    return [problem_at(anchor, f"{at}.also_called: {said} is not what the page says: {page}")]


def _called_names(sentence: str) -> list[str]:
    """The names an "also called" sentence gives: "… is also called X and Y." -> [X, Y]."""
    listed = sentence.split(ALSO_CALLED, 1)[1].rstrip(".?!")
    for joining in (", and ", ", or ", " and ", " or "):
        listed = listed.replace(joining, ", ")
    return [name for name in listed.split(", ") if name]


def clauses(words: str) -> list[tuple[str, list[str]]]:
    """The clauses of a list's item, each (its head, what it is given with): "atezolizumab with
    bevacizumab or cabozantinib, durvalumab with tremelimumab, or pembrolizumab" ->
    [("atezolizumab", ["bevacizumab", "cabozantinib"]), ("durvalumab", ["tremelimumab"]),
    ("pembrolizumab", [])]."""
    found = []
    for clause in words.split(", "):
        for joining in ("or ", "and "):
            clause = clause.removeprefix(joining)
        head, _, given = clause.partition(" with ")
        found.append((head.strip(), [g.strip() for g in given.split(" or ")] if given else []))
    return found


def _list(treatment: Node, owner: str, all_drugs: dict[str, str]) -> list[Problem]:
    """A treatment's drugs and combinations, read from its items where the page gives them
    ("… include:" and a list): each drug a clause's head or what one is given with, each
    combination a head with one it is given with, in that order; without items, a list of
    drugs' names (which the page's list is) and no combination."""
    problems: list[Problem] = []
    items = [spaced(i.value) for i in treatment.texts("items")]
    drugs = all_drugs  # a combination may join a drug of another type's list
    regimens = treatment.records("regimens")
    if not items:
        for number, regimen in enumerate(regimens):
            message = f"{owner}.regimens[{number}]: its list gives no drug with another"
            problems.append(problem_at(regimen, message))
        return problems
    given = [clause for item in items for clause in clauses(item)]

    def drug_in(words: str) -> str | None:
        """The drug a head or an alternative is: its name, or its last words."""
        return next((d for d, n in drugs.items() if words == n or words.endswith(f" {n}")), None)

    heads = {drug_in(head) for head, _ in given}
    pairs = {(drug_in(head), drug_in(w)) for head, withs in given for w in withs}
    for number, drug in enumerate(treatment.records("drugs")):
        ident = drug.text("id")
        if ident is not None and ident.value not in heads | {b for _, b in pairs}:
            message = f"{owner}.drugs[{number}]: no clause of its list is this drug"
            problems.append(problem_at(drug, message))
    listed = []
    for number, regimen in enumerate(regimens):
        ident = regimen.text("id")
        pair = tuple(d.value for d in regimen.texts("drugs"))
        listed.append(pair)
        if len(pair) != 2 or pair not in pairs:
            shown_pair = " with ".join(drugs.get(d, d) for d in pair)
            message = f"{owner}.regimens[{number}]: its list does not give {shown_pair!r}"
            problems.append(problem_at(regimen, message))
        elif ident is not None and ident.value != "-with-".join(pair):
            message = f"{owner}.regimens[{number}].id: it is {'-with-'.join(pair)!r}, by its drugs"
            problems.append(problem_at(ident, message))
    for first, second in sorted((a, b) for a, b in pairs - set(listed) if a and b):
        message = f"{owner}.regimens: its list gives {drugs[first]} with {drugs[second]}"
        problems.append(problem_at(treatment, message))
    return problems


def definitions(
    treatments: list[Node], regions: dict[str, str], option_words: list[tuple[Node, str]]
) -> list[Problem]:
    """A method the page does not head with a label is defined in brackets after its name
    ("partial hepatectomy (surgery to remove …)"), in its treatment's part or in an option
    that refers to it: its summary is that definition. An abbreviation the page gives, it
    gives in brackets after the name (a labelled method's is in its label)."""
    problems: list[Problem] = []
    # Each option's words with the methods it refers to, read once, not once for each method.
    referring = [
        (words, {m.value for p in (option, *option.records("with")) for m in p.texts("methods")})
        for option, words in option_words
    ]
    for number, treatment in enumerate(treatments):
        owner = f"treatments[{number}]"
        labelled = treatment.text("methods_lead") is not None
        region = regions.get(owner, "")
        records: list[tuple[Node, str, Node | None]] = [(treatment, owner, None)]
        records += [
            (m, f"{owner}.methods[{i}]", m.text("id"))
            for i, m in enumerate(treatment.records("methods"))
        ]
        for record, at, ident in records:
            name = record.text("name")
            if name is None or (labelled and ident is not None):
                continue
            places = [region] + [
                words
                for words, methods in referring
                if ident is not None and ident.value in methods
            ]
            called = lower_first(spaced(name.value))
            summary = record.text("summary")
            if ident is not None and summary is not None:
                defined = f"{called} ({lower_first(spaced(summary.value))})"
                if not any(holds(place, defined) for place in places):  # letter case counts
                    message = f'{at}.summary: the page does not define it so: "{shown(defined)}"'
                    problems.append(problem_at(summary, message))
            for abbreviation in record.texts("abbreviations"):
                written = f"{called} ({spaced(abbreviation.value)})"
                if not any(names(place.casefold(), written.casefold()) for place in places):
                    message = f'{at}.abbreviations: the page does not write "{written}"'
                    problems.append(problem_at(abbreviation, message))
    return problems


def identities(root: Node) -> list[Problem]:
    """Ids made of their names' words (so an id cannot be swapped with another's), and stage
    and part ids used once among them."""
    problems: list[Problem] = []
    records = []
    for t, treatment in enumerate(root.records("treatments")):
        records.append((treatment, f"treatments[{t}]"))
        for key in ("methods", "drugs"):
            records += [
                (r, f"treatments[{t}].{key}[{i}]") for i, r in enumerate(treatment.records(key))
            ]
    stage_ids: set[str] = set()
    for s, stage in enumerate(root.records("stages")):
        staged = [(stage, f"stages[{s}]")]
        staged += [(p, f"stages[{s}].parts[{i}]") for i, p in enumerate(stage.records("parts"))]
        records += staged
        for record, at in staged:
            ident = record.text("id")
            if ident is not None and ident.value in stage_ids:
                problems.append(
                    problem_at(ident, f"{at}.id: {ident.value!r} names another stage too")
                )
            if ident is not None:
                stage_ids.add(ident.value)
    for record, at in records:
        ident, name = record.text("id"), record.text("name")
        if ident is None or name is None:
            continue
        words = set(words_of(name.value))
        if not set(ident.value.split("-")) <= words:
            message = f"{at}.id: {ident.value!r} is not made of words of its name {name.value!r}"
            problems.append(problem_at(ident, message))
    return problems
