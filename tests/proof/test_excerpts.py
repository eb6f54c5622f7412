"""The medical texts of a knowledge file (tests/proof/excerpts.py), and reading the page's
capture (livertx.knowledge.file). The check of each text in its place is livertx.knowledge.
proof's (tests/proof/test_proof.py); how texts are folded, tests/test_text_folding.py's."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from livertx.errors import KnowledgeError
from livertx.knowledge.file import bundled_path, read_capture
from livertx.knowledge.format import FIELDS, LINK, MEDICAL_TEXT, STR, TEXTS
from livertx.knowledge.model import Knowledge
from livertx.yaml_tree import Node, read_tree

from ..conftest import REPO, SOURCE_TEXT, Invoke
from .excerpts import Excerpt, excerpts_of

SHIPPED = REPO / "data" / "treatments.yaml"

# The text fields exempt from the rule, by kind: ids, names and other names (for lookup),
# references by id, and the source's link data. Every other text field must be in MEDICAL_TEXT,
# so that a new field cannot go unclassified.
EXEMPT = {
    "source": {"title", "publisher", "url", "credit", "condition", "trial_search", "capture"},
    "treatment": {"id", "name", "abbreviations", "also_called", "search_terms"},
    "method": {"id", "name", "abbreviations", "also_called", "search_terms"},
    "drug": {"id", "name", "search_terms"},
    "regimen": {"id", "drugs"},
    "stage": {"id", "name", "aliases"},
    "part": {"id", "name", "aliases"},
    "option": {"treatment", "methods", "drugs", "regimens", "only"},
    "with": {"treatment", "methods", "drugs", "regimens"},
}


def _tree(text: str) -> Node:
    root = read_tree(text)
    assert root is not None
    return root


def _shipped() -> tuple[str, Node, str]:
    """The shipped file's text, its tree and the text of the capture its `source` names."""
    text = SHIPPED.read_text(encoding="utf-8")
    root = _tree(text)
    return text, root, read_capture(str(SHIPPED), root.to_data()["source"]["capture"])


# The pure pieces, on text made here -----------------------------------------------------------


MADE_UP = """\
source:
  intro: [ablation therapy removes or destroys tissue]
treatments:
  - id: ablation
    name: Not on the page at all
    search_terms: [neither is this]
    summary: >-
      Ablation therapy
      REMOVES or destroys tissue.
    how: [Ablation therapy removes or destroys tissue., Ablation therapy removes tissue.]
stages:
  - lead: Treatment may include
    options:
      - {treatment: ablation, condition: may include}
      - with: [{treatment: ablation}]
        condition: [not text, so the shape check's to report]
"""


def test_excerpts_of_finds_every_medical_text_and_nothing_else() -> None:
    assert excerpts_of(_tree(MADE_UP)) == [
        Excerpt("ablation therapy removes or destroys tissue", 2, 11, "source.intro[0]"),
        Excerpt("Ablation therapy REMOVES or destroys tissue.", 7, 14, "treatments[0].summary"),
        Excerpt("Ablation therapy removes or destroys tissue.", 10, 11, "treatments[0].how[0]"),
        Excerpt("Ablation therapy removes tissue.", 10, 57, "treatments[0].how[1]"),
        Excerpt("Treatment may include", 12, 11, "stages[0].lead"),
        Excerpt("may include", 14, 42, "stages[0].options[0].condition"),
    ]


def test_every_text_field_is_medical_text_or_exempt_for_a_reason() -> None:
    text_fields = {
        (kind, field)
        for kind, fields in FIELDS.items()
        for field, (expected, _) in fields.items()
        if expected in (STR, TEXTS, LINK)
    }
    exempt = {(kind, field) for kind, fields in EXEMPT.items() for field in fields}
    assert MEDICAL_TEXT.isdisjoint(exempt)
    assert text_fields == MEDICAL_TEXT | exempt


def test_read_capture_is_relative_to_the_knowledge_files_real_folder(tmp_path: Path) -> None:
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "page.txt").write_text("The page.", encoding="utf-8")
    (tmp_path / "k.yaml").write_text("", encoding="utf-8")
    assert read_capture(str(tmp_path / "k.yaml"), "source/page.txt") == "The page."
    # The bundled file is a link into data/ in a checkout: its capture is found beside the target.
    assert read_capture(bundled_path(), "source/nci-liver-cancer-treatment.txt") == (
        SOURCE_TEXT.read_text(encoding="utf-8")
    )


def test_a_capture_must_be_a_file_in_the_folder_with_every_link_followed(
    tmp_path: Path,
) -> None:
    """A link inside the folder to a file outside it would have livertx quote that file."""
    (tmp_path / "k.yaml").write_text("", encoding="utf-8")
    (tmp_path / "passwd").symlink_to("/etc/passwd")
    for capture in ("passwd", "../etc/passwd", "/etc/passwd"):
        with pytest.raises(KnowledgeError) as caught:
            read_capture(str(tmp_path / "k.yaml"), capture)
        assert caught.value.problem == "not a file in the knowledge file's folder or below it"


def test_a_capture_that_cannot_be_read_is_a_knowledge_error(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Stra\xdfe".encode("latin-1"))
    yaml_path = str(tmp_path / "k.yaml")
    for capture, problem in (("absent.txt", "no such file"), ("latin1.txt", "not UTF-8 text")):
        with pytest.raises(KnowledgeError) as caught:
            read_capture(yaml_path, capture)
        assert str(caught.value) == f"{tmp_path / capture}: {problem}"


# The shipped file ----------------------------------------------------------------------------


def test_the_shipped_file_names_the_capture_in_the_repository() -> None:
    _, root, page = _shipped()
    assert root.to_data()["source"]["capture"] == "source/nci-liver-cancer-treatment.txt"
    assert page == SOURCE_TEXT.read_text(encoding="utf-8")


def test_the_shipped_file_has_the_pages_intro_leads_and_learn_more_titles() -> None:
    _, root, _ = _shipped()
    fields = {re.sub(r"\[\d+\]", "", e.where).rsplit(".", 1)[-1] for e in excerpts_of(root)}
    assert {"intro", "methods_lead", "learn_more", "lead", "condition"} <= fields


def test_the_check_sees_every_medical_text_the_model_holds(knowledge: Knowledge) -> None:
    """Against a walk of the tree that misses some: the model is read without
    tests/proof/excerpts.py."""
    held: list[str | None] = []
    for treatment in knowledge.treatments:
        held += [treatment.summary, *treatment.how, *treatment.used]
        held += [treatment.status, *treatment.learn_more]
        for method in treatment.methods:
            held += [method.summary, *method.how, method.status]
    for stage in knowledge.stages:
        held += [stage.lead, *(option.condition for option in stage.options)]
    _, root, _ = _shipped()
    assert not Counter(text for text in held if text) - Counter(e.text for e in excerpts_of(root))


# A text changed past its start ---------------------------------------------------------------

_SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")


def _longest_of_each_field() -> list[Excerpt]:
    """The shipped file's longest text of each kind of field, where its last word starts past
    the 60th character."""
    longest: dict[str, Excerpt] = {}
    for excerpt in excerpts_of(_tree(_SHIPPED_TEXT)):
        field = re.sub(r"\[\d+\]", "", excerpt.where).rsplit(".", 1)[-1]
        if field not in longest or len(excerpt.text) > len(longest[field].text):
            longest[field] = excerpt
    return [e for e in longest.values() if len(e.text.rsplit(" ", 1)[0]) >= 60]


def _last_word_at(text: str, excerpt: Excerpt) -> tuple[int, int]:
    """Where the excerpt's last word stands in the file's text: each word found in order from
    the text's start, so each is this text's own (a folded block runs over lines)."""
    lines = text.splitlines(keepends=True)
    position = sum(len(line) for line in lines[: excerpt.line - 1]) + excerpt.column - 1
    start = end = position
    for word in re.findall(r"[A-Za-z0-9]+", excerpt.text):
        found = re.compile(rf"(?<![A-Za-z0-9]){word}(?![A-Za-z0-9])").search(text, end)
        assert found is not None
        start, end = found.span()
    return start, end


@pytest.mark.parametrize("excerpt", _longest_of_each_field(), ids=lambda e: e.where)
def test_a_text_changed_only_after_its_60th_character_is_refused(
    invoke: Invoke, tmp_path: Path, excerpt: Excerpt
) -> None:
    start, end = _last_word_at(_SHIPPED_TEXT, excerpt)
    word = _SHIPPED_TEXT[start:end]
    # One letter of the last word, its length kept: the text still ends where the page's does.
    other = word[:-1] + ("x" if word[-1] != "x" else "z")
    changed = _SHIPPED_TEXT[:start] + other + _SHIPPED_TEXT[end:]
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / SOURCE_TEXT.name).write_text(
        SOURCE_TEXT.read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "treatments.yaml").write_text(changed, encoding="utf-8")
    result = invoke("validate", str(tmp_path / "treatments.yaml"))
    assert result.exit_code != 0, (excerpt.where, word)
    # At the text, or at the record it belongs to (an option's words are checked together).
    places = re.findall(r"\d+:\d+: ((?:source|treatments|stages)[^ ]*): ", result.output)
    assert any(excerpt.where.startswith(place) for place in places), (word, result.output)


def test_excerpts_of_walks_past_an_unknown_key_and_skips_what_is_not_text() -> None:
    # The shape checks report both; the texts after them are still medical texts to check.
    root = _tree(
        "unknown: 1\n"
        "source:\n"
        "  intro: [42, The page's first sentence.]\n"
        "treatments:\n"
        "  - id: care\n"
        "    colour: green\n"
        "    summary: Looking after plants.\n"
        "    how: [[nested], {a: b}, Cutting branches.]\n"
    )
    assert [(e.text, e.where) for e in excerpts_of(root)] == [
        ("The page's first sentence.", "source.intro[1]"),
        ("Looking after plants.", "treatments[0].summary"),
        ("Cutting branches.", "treatments[0].how[2]"),
    ]
