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
from bisect import bisect_left

from livertx.knowledge.names import is_stage_number
from livertx.knowledge.pieces import records_of, text_of, texts_of
from livertx.knowledge.problems import Problem
from livertx.near_misses import SHORTEST_START, miss, slips_allowed
from livertx.text_folding import name_key, name_words

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.knowledge.yaml_tree import Node

    # (a page name's text, the id it names, the id of its family: its treatment type or group)
    PageName = tuple[str, str, str]

# The fewest letters two words share at their start to be read as one word's forms
# ("metastases", "metastatic"; "recurrence", "recurrent").
STEM = 6
# The fewest words a name has whose initials people type as a name of it ("PEI", "SBRT").
INITIALS_FROM = 3


# Each kind of record words lead to: (what the words find, the field livertx adds them in, the
# fields that hold the page's own names besides `name`).
KINDS = (
    ("an entry", "search_terms", ("abbreviations", "also_called")),
    ("a stage", "aliases", ()),
)
ENTRY, STAGE = KINDS[0][0], KINDS[1][0]
# The fields whose sentence an editor chooses (the page decides a status, a "Learn more"
# sentence, an "also called" name, a list's lead and its items: the proof holds those).
CHOSEN_FIELDS = ("summary", "how", "used")


def added_word_problems(root: Node) -> list[Problem]:
    """Every added word that finds another record by the page's words, or is a stage number."""
    problems = []
    for what, added, page_fields in KINDS:
        records = _records(root, what)
        names = _page_names(records, page_fields)
        for record, identifier, _ in records:
            for word in texts_of(record, added):
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
        len(texts_of(record, field)) + (text_of(record, field) is not None)
        for record, _, _ in _records(root, ENTRY)
        for field in CHOSEN_FIELDS
    )
    unfound = []
    for what, added, page_fields in KINDS:
        records = _records(root, what)
        names = _page_names(records, page_fields)
        unfound += [
            word.value
            for record, identifier, _ in records
            for word in texts_of(record, added)
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
    for group in records_of(root, groups):
        family = text_of(group, "id")
        if family is None:
            continue
        found.append((group, family.value, family.value))
        for key in members:
            for record in records_of(group, key):
                identifier = text_of(record, "id")
                if identifier is not None:
                    found.append((record, identifier.value, family.value))
    return found


def _page_names(records: list[tuple[Node, str, str]], page_fields: tuple[str, ...]) -> PageNames:
    names: list[PageName] = []
    for record, identifier, family in records:
        texts = [n.value for n in (text_of(record, "name"),) if n is not None]
        texts += [n.value for field in page_fields for n in texts_of(record, field)]
        names += [(text, identifier, family) for text in texts]
        names += [(_initials(text), identifier, family) for text in texts if _initials(text)]
    return PageNames(names)


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
    if meant == owner or (meant is None and (not found or owner in found)):
        return None
    finds = repr(meant) if meant else ", ".join(repr(i) for i in sorted(found))
    return (
        f"the page's own words find {finds} by it, not {owner!r}: "
        f"a word livertx adds must not lead {what} elsewhere"
    )


def _is_a_stage_number(word: str) -> bool:
    """A stage number or letter however it is written: "stage 4.", "(stage 4)", "stage_4",
    "IV.", a fullwidth "４" or "Ⅳ" (read as the name key reads them, punctuation aside)."""
    text = word
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFKC", text)
    plain = " ".join(part for part in re.split(r"[\W_]+", text) if part)
    return is_stage_number(word, bare=True) or is_stage_number(plain, bare=True)


def _meant_by_page(
    word: str, names: PageNames, what: str, found: set[str] | None = None
) -> str | None:
    """The one record the page's words find for a word, or None (nothing, or several): for
    entries, a treatment type found with its own methods or drugs is the type, as `livertx
    show` resolves them (livertx.knowledge.names.resolve)."""
    found = names.found(word) if found is None else found
    if len(found) == 1:
        return next(iter(found))
    families = {names.families[identifier] for identifier in found}
    if what == ENTRY and len(found) > 1 and len(families) == 1 and families <= found:
        return next(iter(families))
    return None


class PageNames:
    """The page's names of one kind of record (name, abbreviations, "also called" names,
    initials), indexed for what an added word is looked up by: exactly; else by a whole word or
    the start of a name (as livertx.knowledge.names resolves); else, for one word, as a near
    miss (livertx.near_misses), or as another form of a word of a name (its stem). Indexed
    so that W words against N names cost about W + N, not W times N: every load runs it."""

    __slots__ = (
        "_buckets",
        "_exact",
        "_keys",
        "_known",
        "_known_ids",
        "_stems",
        "_words",
        "families",
    )

    def __init__(self, names: list[PageName]) -> None:
        self.families: dict[str, str] = {}
        self._exact: dict[str, set[str]] = {}  # a name's key
        self._words: dict[str, set[str]] = {}  # each word of a name
        self._stems: dict[str, set[str]] = {}  # the start of each long word of a name
        self._known_ids: dict[str, set[str]] = {}  # a name's key and each of its words
        for text, identifier, family in names:
            self.families[identifier] = family
            key, words = name_key(text), name_words(text)
            self._exact.setdefault(key, set()).add(identifier)
            for known in (key, *words):
                self._known_ids.setdefault(known, set()).add(identifier)
            for word in words:
                self._words.setdefault(word, set()).add(identifier)
                if len(word) >= STEM:
                    self._stems.setdefault(word[:STEM], set()).add(identifier)
        self._keys = sorted(self._exact)
        self._known = sorted(self._known_ids)
        # A near miss keeps the first letter and is at most two letters longer or shorter.
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for known in self._known:
            self._buckets.setdefault((known[:1], len(known)), []).append(known)

    def found(self, word: str) -> set[str]:
        """The ids the page's names find for a word."""
        key = name_key(word)
        if not key:
            return set()
        if key in self._exact:
            return set(self._exact[key])
        loose = set(self._words.get(key, ()))
        if len(key) >= SHORTEST_START:
            loose |= _starting(self._keys, key, self._exact)
        # A near miss or another form is of one word ("metastases"), as a name's typed slip is.
        if loose or len(name_words(word)) > 1:
            return loose
        near = _starting(self._known, key, self._known_ids) if len(key) >= SHORTEST_START else set()
        most = slips_allowed(key)
        for length in range(len(key) - most, len(key) + most + 1):
            for known in self._buckets.get((key[:1], length), ()):
                if miss(key, known) is not None:
                    near |= self._known_ids[known]
        if near or len(key) < STEM:
            return near
        return set(self._stems.get(key[:STEM], ()))


def _starting(ordered: list[str], start: str, ids: dict[str, set[str]]) -> set[str]:
    """The ids of every string of `ordered` (sorted) that begins with `start`."""
    found: set[str] = set()
    for known in ordered[bisect_left(ordered, start) :]:
        if not known.startswith(start):
            break
        found |= ids[known]
    return found


def id_changes(root: Node, shipped: Node) -> list[Problem]:
    """Every id of a file that the shipped file lacks in the same role (a treatment, a method
    or drug of the same treatment, a stage, a part of the same stage), at its place, and every
    id of the shipped file that it lacks so: scripts depend on the shipped ids
    (`validate --against-shipped`). A group's id swapped with its part's is two changes."""
    ids, theirs = _ids(root), _ids(shipped)
    problems = [
        Problem(f"{_named(key)} is not the shipped file's", *_at(node), "ids")
        for key, node in ids.items()
        if key not in theirs
    ]
    lacks = [_named(key) for key in theirs if key not in ids]
    if lacks:
        said = f"the shipped file's {', '.join(lacks)}: not in this file"
        problems.append(Problem(said, check="ids"))
    return problems


def _named(key: tuple[str, str, str]) -> str:
    role, parent, identifier = key
    return f"{role} id {identifier!r}" + (f" of {parent!r}" if parent != identifier else "")


def _at(node: Node) -> tuple[int, int]:
    return node.line, node.column


def _ids(root: Node) -> dict[tuple[str, str, str], Node]:
    """(role, the id of its treatment or stage, id) -> its node, of every entry (combinations
    too) and every stage and part."""
    found: dict[tuple[str, str, str], Node] = {}
    groups = (
        (
            "treatments",
            "treatment",
            (("methods", "method"), ("drugs", "drug"), ("regimens", "combination")),
        ),
        ("stages", "stage", (("parts", "part"),)),
    )
    for key, role, members in groups:
        for group in records_of(root, key):
            own = text_of(group, "id")
            if own is None:
                continue
            found.setdefault((role, own.value, own.value), own)
            for field, member_role in members:
                for record in records_of(group, field):
                    identifier = text_of(record, "id")
                    if identifier is not None:
                        found.setdefault((member_role, own.value, identifier.value), identifier)
    return found
