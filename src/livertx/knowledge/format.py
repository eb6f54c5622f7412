"""The knowledge file's format, as data: each kind of record with its fields, their types and
whether each is required (FIELDS), which fields hold the page's own words (MEDICAL_TEXT), and which
kind of record each list holds (RECORD_KINDS). The loader's checks (livertx.knowledge.validation)
and the JSON Schema (livertx.knowledge.schema) are made from it, and the tests hold the proof to
MEDICAL_TEXT (tests/proof/excerpts.py): a new field is taught here once."""

from __future__ import annotations

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
# A link as livertx shows and follows it: http(s), then no white space, no control character
# and nothing a Markdown link or a terminal would end it at (a space in "…/ga rden" would make
# it another address).
LINK_PATTERN = r"^https?://[^\s<>\"`\x00-\x1f\x7f]+$"

STR, TEXTS, RECORDS, ISO_DATE, LINK = "text", "list of texts", "list", "date", "link"
BOOL = "true or false"

# For each kind of record: its fields, each with its type (or the kind of record it holds) and
# whether it is required. The loader's checks and the JSON Schema are both made from this.
FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "file": {"source": ("source", True), "treatments": (RECORDS, True), "stages": (RECORDS, True)},
    "source": {
        "title": (STR, True),
        "publisher": (STR, True),
        "url": (LINK, True),
        "updated": (ISO_DATE, True),
        "credit": (STR, True),
        "condition": (STR, False),
        "trial_search": (LINK, False),
        "capture": (STR, False),
        "intro": (TEXTS, False),
        "treatments_section": (STR, False),
    },
    "treatment": {
        "id": (STR, True),
        "name": (STR, True),
        "summary": (STR, True),
        "how": (TEXTS, False),
        "used": (TEXTS, False),
        "abbreviations": (TEXTS, False),
        "also_called": (TEXTS, False),
        "search_terms": (TEXTS, False),
        "status": (STR, False),
        "methods_lead": (STR, False),
        "items": (TEXTS, False),
        "learn_more": (TEXTS, False),
        # An editor's choice, pinned in tests/knowledge/test_added_words.py: false for a type
        # that is no treatment of the disease (surveillance, clinical trials), which no trial
        # registry is searched for as an intervention.
        "intervention": (BOOL, False),
        "methods": (RECORDS, False),
        "drugs": (RECORDS, False),
        "regimens": (RECORDS, False),
    },
    "method": {
        "id": (STR, True),
        "name": (STR, True),
        "summary": (STR, True),
        "how": (TEXTS, False),
        "abbreviations": (TEXTS, False),
        "also_called": (TEXTS, False),
        "search_terms": (TEXTS, False),
        "status": (STR, False),
        "learn_more": (TEXTS, False),
    },
    # No class: the page names the class of two drugs of one list ("the targeted therapy drug
    # bevacizumab or cabozantinib") and of no other drug of it; the list it is in is its type.
    "drug": {"id": (STR, True), "name": (STR, True), "search_terms": (TEXTS, False)},
    "regimen": {"id": (STR, True), "drugs": (TEXTS, True)},
    "stage": {
        "id": (STR, True),
        "name": (STR, True),
        "section": (STR, False),
        "lead": (STR, True),
        "aliases": (TEXTS, False),
        "parts": (RECORDS, False),
        "options": (RECORDS, True),
    },
    "part": {"id": (STR, True), "name": (STR, True), "aliases": (TEXTS, False)},
    "option": {
        "treatment": (STR, True),
        "text": (STR, False),
        "methods": (TEXTS, False),
        "drugs": (TEXTS, False),
        "regimens": (TEXTS, False),
        "with": (RECORDS, False),
        "condition": (STR, False),
        "only": (STR, False),
    },
    "with": {
        "treatment": (STR, True),
        "methods": (TEXTS, False),
        "drugs": (TEXTS, False),
        "regimens": (TEXTS, False),
    },
}

# The fields whose text is the page's own words, each a verbatim excerpt (the proof holds each in
# its place; tests/proof/excerpts.py walks them to see that it does). Every other text field is an
# id, a reference, a name or link data, exempt from that rule.
MEDICAL_TEXT: frozenset[tuple[str, str]] = frozenset(
    {
        ("source", "intro"),
        ("treatment", "summary"),
        ("treatment", "how"),
        ("treatment", "used"),
        ("treatment", "status"),
        ("treatment", "methods_lead"),
        ("treatment", "items"),
        ("treatment", "learn_more"),
        ("method", "summary"),
        ("method", "how"),
        ("method", "status"),
        ("method", "learn_more"),
        ("stage", "lead"),
        ("stage", "section"),
        ("source", "treatments_section"),
        ("option", "condition"),
        ("option", "text"),
    }
)

# The kind of record each list of records holds.
RECORD_KINDS = {
    "treatments": "treatment",
    "methods": "method",
    "drugs": "drug",
    "regimens": "regimen",
    "stages": "stage",
    "parts": "part",
    "options": "option",
    "with": "with",
}
