"""Full-text search over the entries' documents: names, other names, summaries and details.

Ranking, per entry, the best of its matches (higher first; ties in the page's order):
  100  the query is one of its names, abbreviations or other names (case and punctuation aside)
   60  one of those names starts with the query
   40  every word of the query is in one of those names
   30  the query, as a phrase, is in its summary
   20  every word of the query is in its summary
   15  the phrase is in its details (how it is done, when it is used, the conditions the page
       attaches where it is an option)
   10  every word of the query is in its details
and, for words that match nothing exactly, a near spelling (at least 0.8 alike) counts at half
weight, so "cryoablaton" still finds cryoablation. Each hit carries a snippet of the text where
it matched best. Pure functions over plain data: the answers cache feeds them.
"""

from __future__ import annotations

import difflib
import re

from livertx.names import normalize

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    Document = dict[str, Any]

SNIPPET = 70  # characters of context around a match
CLOSE = 0.8  # how alike a misspelled word must be to a real one
WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def _fields(entry: Document) -> list[tuple[str, str, int, int]]:
    """(field, text, weight for a phrase, weight for all words) of every text of an entry."""
    names = [entry["name"], entry["id"], *entry["abbreviations"], *entry["also_called"]]
    fields = [("name", name, 60, 40) for name in names]
    fields.append(("summary", entry["summary"], 30, 20))
    conditions = [found["option"]["condition"] or "" for found in entry["options"]]
    details = [*entry["how"], *entry["used"], *(c for c in conditions if c)]
    fields += [("details", text, 15, 10) for text in details]
    return fields


def _vocabulary(entries: list[Document]) -> set[str]:
    return {w for e in entries for _, text, _, _ in _fields(e) for w in _words(text)}


def _correct(words: list[str], vocabulary: set[str]) -> list[str]:
    """Each word as typed if it is a word of the data, else its nearest spelling (or itself)."""
    corrected = []
    for word in words:
        if word in vocabulary or any(v.startswith(word) for v in vocabulary):
            corrected.append(word)
            continue
        near = difflib.get_close_matches(word, list(vocabulary), n=1, cutoff=CLOSE)
        corrected.append(near[0] if near else word)
    return corrected


def _score_text(text: str, query: str, words: list[str], phrase: int, every: int) -> int:
    lowered = text.casefold()
    if query.casefold() in lowered:
        return phrase
    text_words = _words(text)
    if words and all(any(t.startswith(w) for t in text_words) for w in words):
        return every
    return 0


def _snippet(text: str, words: list[str]) -> str:
    lowered = text.casefold()
    found = [lowered.find(w) for w in words if w in lowered]
    if not found or len(text) <= SNIPPET:
        return text
    start = max(0, min(found) - SNIPPET // 3)
    if start:  # begin at a word, not inside one
        start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + SNIPPET)
    if end < len(text):  # end at a word too
        space = text.rfind(" ", start, end)
        end = space if space > min(found) else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def search(entries: list[Document], query: str) -> list[Document]:
    """The entries that match, best first, each {"id", "name", "kind", "score", "field",
    "snippet"}; empty when nothing matches."""
    typed = _words(query)
    if not typed:
        return []
    corrected = _correct(typed, _vocabulary(entries))
    exact = corrected == typed
    hits = []
    for order, entry in enumerate(entries):
        names = {normalize(text) for field, text, _, _ in _fields(entry) if field == "name"}
        best, field, where = 0, "", ""
        if normalize(query) in names:
            best, field, where = 100, "name", entry["name"]
        for name_field, text, phrase, every in _fields(entry):
            if name_field == "name" and normalize(text).startswith(normalize(query)) and best < 60:
                best, field, where = 60, "name", text
            score = _score_text(text, " ".join(corrected), corrected, phrase, every)
            if score > best:
                best, field, where = score, name_field, text
        if best:
            hits.append(
                (
                    -(best if exact else best // 2),
                    order,
                    {
                        "id": entry["id"],
                        "name": entry["name"],
                        "kind": entry["kind"],
                        "score": best if exact else best // 2,
                        "field": field,
                        "snippet": _snippet(where, corrected),
                    },
                )
            )
    hits.sort(key=lambda hit: (hit[0], hit[1]))
    return [hit for _, _, hit in hits]


def near_words(entries: list[Document], query: str) -> list[str]:
    """Words of the data spelled like the query's, to suggest when nothing matches."""
    vocabulary = list(_vocabulary(entries))
    near: list[str] = []
    for word in _words(query):
        for match in difflib.get_close_matches(word, vocabulary, n=3, cutoff=0.6):
            if match not in near:
                near.append(match)
    return near[:5]
