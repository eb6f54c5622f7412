"""Full-text search over everything livertx shows: every entry (treatment type, method, drug,
combination), every stage, and the page's introduction; by names, summaries and details.

Ranking, per thing found, the best of its matches (higher first; ties in the page's order):
  100  the query is one of its names, abbreviations or other names (case and punctuation aside)
   60  one of those names starts with the query
   40  every word of the query is in one of those names
   30  the query, as a phrase, is in its summary (a stage's lead, the page's introduction)
   20  every word of the query is in its summary
   15  the phrase is in its details: every other statement of the page it shows (how, when
       used, status, leads, titles), and each place the page lists it, with the option's
       condition and what it joins
   10  every word of the query is in its details
A word of the query that is on the page, or in what livertx shows, is taken as typed. Any other
word is read as its nearest near miss in what livertx shows (livertx.near_misses: a slip of
the keyboard, never a different word that looks alike), at half weight, and the answer says so
("frezze" read as "freeze"). Each hit carries the text where it matched best, whole (a cut
could drop a qualifier), the page section of that text where known, and the command that
shows it. Pure functions over plain data: the answers feed them.
"""

from __future__ import annotations

import re

from livertx.answers.phrasing import option_line, placement
from livertx.near_misses import near_misses
from livertx.text_folding import name_key, words_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Literal, Protocol

    from livertx.answers.shapes import (
        EntryDoc,
        Found,
        GroupDoc,
        HitDoc,
        ReadAsDoc,
        SearchDoc,
        SourceDoc,
        StageDoc,
        StatementDoc,
    )

    FieldName = Literal["name", "summary", "details"]
    # (field, text, weight for the phrase, weight for every word, the text's page section)
    Field = tuple[FieldName, str, int, int, str | None]

    class Searched(Protocol):
        """What search reads of a file's answers (livertx.answers.prepared.Answers)."""

        @property
        def source(self) -> SourceDoc: ...
        @property
        def entries(self) -> dict[str, EntryDoc]: ...
        @property
        def stages(self) -> dict[str, StageDoc]: ...
        @property
        def page_words(self) -> list[str]: ...


def _statement_sections(statements: list[StatementDoc]) -> dict[str, str | None]:
    return {s["text"]: s["section"] for s in statements}


def entry_fields(entry: EntryDoc) -> list[Field]:
    sections = _statement_sections(entry["statements"])
    names = [entry["name"], entry["id"], *entry["abbreviations"], *entry["also_called"]]
    fields: list[Field] = [("name", name, 60, 40, None) for name in names]
    if entry["summary"]:
        fields.append(("summary", entry["summary"], 30, 20, sections.get(entry["summary"])))
    texts = [
        *([entry["status"]] if entry["status"] else []),
        *([entry["methods_lead"]] if entry["methods_lead"] else []),
        *entry["how"],
        *entry["used"],
        *entry["learn_more"],
    ]
    fields += [("details", text, 15, 10, sections.get(text)) for text in texts]
    fields += [
        ("details", placement(found, entry), 15, 10, found["section"]) for found in entry["options"]
    ]
    return fields


def stage_fields(stage: StageDoc) -> list[Field]:
    names = [stage["name"], stage["id"]]
    if stage["group"]["id"] != stage["id"]:
        names.append(stage["group"]["name"])
    fields: list[Field] = [("name", name, 60, 40, None) for name in names]
    fields.append(("summary", stage["lead"], 30, 20, stage["section"]))
    for option in stage["options"]:
        # The page's item as it writes it, after its stage list's own lead.
        line = f"{option['lead']}: {option_line(option)}"
        if option["condition"]:
            line += f" {option['condition']}"
        fields.append(("details", line, 15, 10, option["section"]))
    return fields


def searchables(answers: Searched) -> list[tuple[Found, list[Field]]]:
    """(what a hit names, its fields) for everything livertx shows, in the page's order."""
    found: list[tuple[Found, list[Field]]] = []
    source = answers.source
    if source["intro"]:
        page: Found = {
            "id": "intro",
            "name": "The page's introduction",
            "kind": "page",
            "command": "livertx list",
        }
        found.append((page, [("summary", " ".join(source["intro"]), 30, 20, source["title"])]))
    for entry in answers.entries.values():
        command = f"livertx show {entry['id']}"
        what: Found = {
            "id": entry["id"],
            "name": entry["name"],
            "kind": entry["kind"],
            "command": command,
        }
        found.append((what, entry_fields(entry)))
    for stage in answers.stages.values():
        command = f"livertx stage {stage['id']}"
        what = {"id": stage["id"], "name": stage["name"], "kind": "stage", "command": command}
        found.append((what, stage_fields(stage)))
    return found


def _vocabulary(found: list[tuple[Found, list[Field]]]) -> dict[str, None]:
    """Every word livertx shows, in the page's order (so near misses tie in that order)."""
    return {w: None for _, fields in found for _, text, _, _, _ in fields for w in words_of(text)}


def _as_typed(word: str, vocabulary: dict[str, None], page_words: set[str]) -> bool:
    """Whether a word is taken as typed: the page or livertx has it, or a word livertx shows
    starts with it."""
    return word in vocabulary or word in page_words or any(v.startswith(word) for v in vocabulary)


# Shorter words are read as typed, never as another: they are often abbreviations, where one
# letter makes another treatment ("TARE" is not "TAE"). They are offered near misses instead.
SHORTEST_READ_AS = 5


def _read_as(word: str, vocabulary: dict[str, None], page_words: set[str]) -> str:
    """A word as typed when the page or livertx has it, else its nearest near miss."""
    if _as_typed(word, vocabulary, page_words) or len(word) < SHORTEST_READ_AS:
        return word
    near = near_misses(word, vocabulary, 1)
    return near[0] if near else word


def _score_text(text: str, query: str, words: list[str], phrase: int, every: int) -> int:
    # The phrase where a word starts: "iv" is not in "liver", as "art" is not in "heart".
    if re.search(r"(?<!\w)" + re.escape(query.casefold()), text.casefold()):
        return phrase
    text_words = words_of(text)
    if words and all(any(t.startswith(w) for t in text_words) for w in words):
        return every
    return 0


def _named_and_said(
    fields: list[Field], words: list[str]
) -> tuple[int, FieldName, str, str | None]:
    """An entry whose name holds some of the words and one of whose texts holds the rest
    ("side effects sorafenib": sorafenib's "Learn more about targeted therapy and its side
    effects at …"), scored as that text's every-word weight; (0, …) if none does."""
    named = {
        word for text in (t for f, t, _, _, _ in fields if f == "name") for word in words_of(text)
    }
    rest = [w for w in words if not any(known.startswith(w) for known in named)]
    if not rest or len(rest) == len(words):
        return 0, "name", "", None
    for field, text, _, every, section in fields:
        if field != "name" and _score_text(text, "\0", rest, 0, every):
            return every, field, text, section
    return 0, "name", "", None


def search(answers: Searched, query: str) -> SearchDoc:
    """{"query", "read_as", "group", "hits"}: the things that match, best first, each {"id", "name",
    "kind", "command", "score", "field", "snippet", "section"}; `read_as` lists the words read
    as another spelling, each {"typed", "read_as"}."""
    typed = words_of(query)
    found = searchables(answers)
    page_words = set(answers.page_words)
    vocabulary = _vocabulary(found)
    corrected = [_read_as(word, vocabulary, page_words) for word in typed]
    respelled: list[ReadAsDoc] = [
        {"typed": word, "read_as": read} for word, read in zip(typed, corrected, strict=True)
    ]
    respelled = [pair for pair in respelled if pair["typed"] != pair["read_as"]]
    exact = not respelled
    phrase = " ".join(corrected)
    hits: list[tuple[int, int, HitDoc]] = []
    for order, (what, fields) in enumerate(found if typed else []):
        names = {name_key(text) for field, text, _, _, _ in fields if field == "name"}
        best, where, section = 0, "", None
        field: FieldName = "name"  # read only once a field matched
        if name_key(query) in names:
            best, field, where = 100, "name", what["name"]
        for name_field, text, phrase_weight, every, text_section in fields:
            if name_field == "name" and name_key(text).startswith(name_key(query)) and best < 60:
                best, field, where, section = 60, "name", text, None
            score = _score_text(text, phrase, corrected, phrase_weight, every)
            if score > best:
                best, field, where, section = score, name_field, text, text_section
        if not best:  # "side effects sorafenib": its name, and the rest in one of its texts
            best, field, where, section = _named_and_said(fields, corrected)
        if best:
            score = best if exact else best // 2
            # The whole statement: a cut one could drop a qualifier ("… and whose tumor has not
            # spread outside the liver"); a name, with the status the page gives it.
            if field == "name":
                where = _with_status(answers, what, where)
            hit: HitDoc = {
                **what,
                "score": score,
                "field": field,
                "snippet": where,
                "section": section,
            }
            hits.append((-score, order, hit))
    hits.sort(key=lambda hit: (hit[0], hit[1]))
    return {
        "query": query,
        "read_as": respelled,
        "group": None,
        "hits": [hit for _, _, hit in hits],
    }


def group_first(
    answers: Searched,
    query: str,
    found: SearchDoc,
    typed: str,
    stage_id: str,
    rest: str,
    unnamed: list[str],
) -> SearchDoc:
    """A search whose words name one of the page's groups ("came back", "spread"): that group
    first, then what was found, each snippet whole ("… whose tumor has not spread outside the
    liver" stays as the page says it). `found` is the search for the whole query, or, where
    that found nothing, for the other words (`rest`), of which `unnamed` the page does not use
    ("lungs": the page places no such case in a group, and the answer says so first)."""
    stage = answers.stages[stage_id]
    first: HitDoc = {
        "id": stage_id,
        "name": stage["name"],
        "kind": "stage",
        "command": f"livertx stage {stage_id}",
        "score": 100,
        "field": "name",
        "snippet": stage["name"],
        "section": None,
    }
    others = [hit for hit in found["hits"] if hit["id"] != stage_id]
    group: GroupDoc = {
        "typed": typed,
        "read_as": stage["name"],
        "id": stage_id,
        "rest": rest,
        "unnamed": unnamed,
    }
    return {**found, "query": query, "group": group, "hits": [first, *others]}


def _with_status(answers: Searched, what: Found, name: str) -> str:
    """ "Electroporation therapy (being studied in clinical trials)": a name found keeps the
    qualifier the page gives the entry, as every view shows it."""
    entry = answers.entries.get(what["id"]) if what["kind"] not in ("stage", "page") else None
    return f"{name} ({entry['status']})" if entry and entry["status"] else name


def missed(answers: Searched, query: str) -> tuple[list[str], list[str]]:
    """For a search that found nothing: the near misses of the query's words that neither the
    page nor livertx has (three a word, five in all; a word on the page needs none: "how long"
    is offered nothing); and, when there are none, those words of them the page does not use
    at all, read only where the page's words were (never for a file held to no page; "stage"
    starts "stages", so the page uses it)."""
    vocabulary = _vocabulary(searchables(answers))
    page_words = set(answers.page_words)
    near: list[str] = []
    unused: list[str] = []
    for word in dict.fromkeys(words_of(query)):
        if _as_typed(word, vocabulary, page_words):
            continue
        matches = near_misses(word, vocabulary, 3)
        near += [match for match in matches if match not in near]
        if not matches and page_words and not any(known.startswith(word) for known in page_words):
            unused.append(word)
    return near[:5], [] if near else unused
