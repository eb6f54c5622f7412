"""The words livertx adds that lead to an entry or a stage (an entry's `search_terms`, a stage's
or a part's `aliases`), held to one rule: an added word must not change what the page's own
words already find. Looked up by the page's words alone (names, abbreviations, "also called"
names, the initials of a name of three words or more; exactly, then by a whole word or the
start of a name, then as a near miss), an added word finds its own record, or several that
include it, or nothing; never another ("transplant" on Total hepatectomy finds Liver
transplant, "SBRT" on Proton beam radiation therapy finds Stereotactic body radiation therapy,
"metastases" on the locally advanced part finds the metastatic one). Nor is it a stage number
or letter: the page numbers no stage. A word the page's words do not find its record by alone
("RFA", "local") no rule can check: `validate` names those of any file but the shipped one,
whose are pinned in tests/knowledge/test_added_words.py, reviewed, as are its ids, which
`validate --against-shipped` holds any file to (`id_changes`). Pure.
"""

from __future__ import annotations

import re

from livertx.knowledge.names import is_stage_number
from livertx.knowledge.page_names import ENTRY, PageNames, one_meant
from livertx.problems import Problem
from livertx.text_folding import name_words

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.knowledge.page_names import PageName
    from livertx.yaml_tree import Node

# The fewest words a name has whose initials people type as a name of it ("PEI", "SBRT").
INITIALS_FROM = 3


# Each kind of record words lead to: (what the words find, the field livertx adds them in, the
# fields that hold the page's own names besides `name`).
KINDS = (
    (ENTRY, "search_terms", ("abbreviations", "also_called")),
    ("a stage", "aliases", ()),
)
# The fields whose sentence an editor chooses (the page decides a status, a "Learn more"
# sentence, an "also called" name, a list's lead and its items: the proof holds those).
CHOSEN_FIELDS = ("summary", "how", "used")


def added_word_problems(root: Node) -> list[Problem]:
    """Every added word that finds another record by the page's words, or is a stage number."""
    problems = []
    for what, added, page_fields in KINDS:
        records = _records(root, what)
        names = _page_names(records, page_fields, root if what == ENTRY else None)
        for record, identifier, _ in records:
            for word in record.texts(added):
                message = _problem(word.value, identifier, names, what)
                if message:
                    said = f"{added} {word.value!r}: {message}"
                    problems.append(Problem(said, word.line, word.column, "meaning"))
    return problems


def editor_choices(root: Node) -> tuple[int, list[str]]:
    """What no rule can check in a file: how many of its sentences an editor filed as a
    summary, how or used; and the words it adds that the page's words do not find its record
    by alone (they find nothing, or several things, its own among them)."""
    filed = sum(
        len(record.texts(field)) + (record.text(field) is not None)
        for record, _, _ in _records(root, ENTRY)
        for field in CHOSEN_FIELDS
    )
    unfound = []
    for what, added, page_fields in KINDS:
        records = _records(root, what)
        names = _page_names(records, page_fields, root if what == ENTRY else None)
        unfound += [
            word.value
            for record, identifier, _ in records
            for word in record.texts(added)
            if _meant_by_page(word.value, names, what) != identifier
        ]
    return filed, unfound


def _records(root: Node, what: str) -> list[tuple[Node, str, str]]:
    """(record, its id, its family's id) of every entry but combinations, or every stage and
    part: a method's or drug's family is its treatment type, a part's its stage."""
    groups, members = (
        ("treatments", ("methods", "drugs")) if what == ENTRY else ("stages", ("parts",))
    )
    found: list[tuple[Node, str, str]] = []
    for group in root.records(groups):
        family = group.text("id")
        if family is None:
            continue
        found.append((group, family.value, family.value))
        for key in members:
            for record in group.records(key):
                identifier = record.text("id")
                if identifier is not None:
                    found.append((record, identifier.value, family.value))
    return found


def _page_names(
    records: list[tuple[Node, str, str]], page_fields: tuple[str, ...], root: Node | None
) -> PageNames:
    """The page's names of these records; with the file's `root`, its combinations' too, as
    `livertx show` finds them ("atezolizumab with bevacizumab", its drugs in either order)."""
    names: list[PageName] = []
    for record, identifier, family in records:
        texts = [n.value for n in (record.text("name"),) if n is not None]
        texts += [n.value for field in page_fields for n in record.texts(field)]
        names += [(text, identifier, family) for text in texts]
        names += [(short, identifier, family) for text in texts if (short := _initials(text))]
    return PageNames(names + (_combination_names(root, records) if root is not None else []))


def _combination_names(root: Node, entries: list[tuple[Node, str, str]]) -> list[PageName]:
    drug_names = {
        identifier: name.value
        for record, identifier, _ in entries
        if (name := record.text("name")) is not None
    }
    names: list[PageName] = []
    for treatment in root.records("treatments"):
        family = treatment.text("id")
        for regimen in treatment.records("regimens"):
            identifier = regimen.text("id")
            drugs = [drug_names.get(d.value, "") for d in regimen.texts("drugs")]
            if family is None or identifier is None or not all(drugs):
                continue
            for order in (drugs, drugs[::-1]):
                texts = (" with ".join(order), " ".join(order))
                names += [(text, identifier.value, family.value) for text in texts]
    return names


def _initials(name: str) -> str:
    words = name_words(name)
    return "".join(word[0] for word in words) if len(words) >= INITIALS_FROM else ""


def _problem(word: str, owner: str, names: PageNames, what: str) -> str | None:
    if not word.isprintable():  # "stage\u200b4": what shows nothing still leads somewhere
        hidden = next(char for char in word if not char.isprintable())
        return f"U+{ord(hidden):04X} shows nothing or reorders the text: type the word plainly"
    if _is_a_stage_number(word):
        return (
            "a stage number or letter, which the page does not use: "
            "a word livertx adds never maps one to a group"
        )
    found = names.found(word)
    meant = _meant_by_page(word, names, what, found)
    if meant != owner and (meant is not None or (found and owner not in found)):
        finds = repr(meant) if meant else ", ".join(repr(i) for i in sorted(found))
        return (
            f"the page's own words find {finds} by it, not {owner!r}: "
            f"a word livertx adds must not lead {what} elsewhere"
        )
    # Each word of it is a whole word `show` finds its record by too: "irreversible
    # electroporation" on RFA would make `show electroporation` ask which of two is meant.
    parts = name_words(word)
    for part in parts if len(parts) > 1 else ():
        before = names.resolved(part, what)
        if before is not None and names.resolved(part, what, also=owner) != before:
            return (
                f"its word {part!r} would no longer find {before!r} alone: a word livertx "
                "adds must not change what the page's own words find"
            )
    return None


def _is_a_stage_number(word: str) -> bool:
    """A stage number or letter however it is written: "stage 4.", "(stage 4)", "stage_4",
    "IV.", a fullwidth "４" or "Ⅳ" (read as the name key reads them, punctuation aside)."""
    text = word
    if not text.isascii():
        import unicodedata  # only for a word that is not ASCII: off the common path

        text = unicodedata.normalize("NFKC", text)
    plain = " ".join(part for part in re.split(r"[\W_]+", text) if part)
    return is_stage_number(word, bare=True) or is_stage_number(plain, bare=True)


def _meant_by_page(
    word: str, names: PageNames, what: str, found: set[str] | None = None
) -> str | None:
    """The one record the page's words find for a word, or None (nothing, or several): for
    entries, a treatment type found with its own methods or drugs is the type, as `livertx
    show` resolves them (livertx.knowledge.names.resolve)."""
    return one_meant(names.found(word) if found is None else found, names.families, what)
