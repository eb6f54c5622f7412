"""Exact or absent: every medical text of a knowledge file must be a verbatim excerpt of the
captured page (a sentence or a clause of one), compared with white space and letter case folded.

Which fields hold medical text is livertx.knowledge.format.MEDICAL_TEXT. Pure: problems are
returned, never printed.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from livertx.errors import KnowledgeError
from livertx.knowledge.file import read_bytes
from livertx.knowledge.format import FIELDS, MEDICAL_TEXT, RECORD_KINDS, RECORDS, STR
from livertx.knowledge.validation import Problem
from livertx.knowledge.yaml_tree import STR_TAG, Node

# The capture has a space where the page had a link before a full stop or a comma
# ("an entire lobe , or"): white space before punctuation does not count.
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[.,;:!?)])")


def fold(text: str) -> str:
    """`text` with each run of white space made one space, none before punctuation, stripped
    and casefolded: the form in which a text and the page are compared."""
    return normal_spacing(text).casefold()


def normal_spacing(text: str) -> str:
    """`text` with each run of white space made one space, none before punctuation, stripped."""
    return _SPACE_BEFORE_PUNCTUATION.sub("", " ".join(text.split()))


@dataclass(frozen=True)
class Excerpt:
    """One medical text of a knowledge file, where it starts (line and column from 1) and its
    path in the file, like `treatments[3].methods[0].summary`."""

    text: str
    line: int
    column: int
    where: str


def excerpts_of(root: Node) -> list[Excerpt]:
    """Every medical text in the tree, in file order. Parts of the wrong shape are skipped: the
    shape checks report those."""
    return list(_excerpts(root, "file", ""))


def _excerpts(node: Node, kind: str, where: str) -> Iterator[Excerpt]:
    if node.kind != "mapping":
        return
    fields = FIELDS[kind]
    for key, value in node.pairs:
        if key.value not in fields:
            continue
        expected, _ = fields[key.value]
        path = f"{where}.{key.value}".lstrip(".")
        if (kind, key.value) in MEDICAL_TEXT:
            if expected == STR:
                texts = [(value, path)]
            else:
                texts = [(item, f"{path}[{index}]") for index, item in enumerate(value.items)]
            for text, at in texts:
                if text.kind == "scalar" and text.tag == STR_TAG:
                    yield Excerpt(text.value, text.line, text.column, at)
        elif expected == RECORDS:
            for index, item in enumerate(value.items):
                yield from _excerpts(item, RECORD_KINDS[key.value], f"{path}[{index}]")
        elif expected in FIELDS:
            yield from _excerpts(value, expected, path)


def page_sentences(page_text: str) -> list[str]:
    """The page's text cut into sentences, white space folded but letter case kept: a cut after
    every ".", ":" or "?" followed by a space. Rough (a heading runs into the sentence after it),
    which is enough to point at the sentence a text was meant to copy."""
    return [
        sentence for sentence in re.split(r"(?<=[.:?]) ", " ".join(page_text.split())) if sentence
    ]


# A page's "sentence" can be a whole file of text with no full stop: only this much of each is
# compared, and shown.
NEAREST_LENGTH = 300
CANDIDATES = 20


def nearest_sentence(text: str, sentences: list[str]) -> str:
    """The sentence most like `text` (difflib's ratio, on folded text); "" if there are none.
    A sentence longer than NEAREST_LENGTH is compared and returned cut there, with "…"."""
    folded = fold(text)
    shortened = [
        sentence if len(sentence) <= NEAREST_LENGTH else sentence[:NEAREST_LENGTH] + "…"
        for sentence in sentences
    ]

    def likeness(sentence: str) -> float:
        return difflib.SequenceMatcher(None, folded, fold(sentence)).ratio()

    # The few sentences sharing most words with the text: difflib on every one of a large
    # page's sentences, for every text, would take minutes.
    words = set(folded.split())
    shared = sorted(shortened, key=lambda s: -len(words & set(fold(s).split())))
    return max(shared[:CANDIDATES], key=likeness, default="")


def check_excerpts(root: Node, page_text: str) -> list[Problem]:
    """One problem for each medical text that is not a verbatim excerpt of `page_text`, at the
    text's place, naming the page's sentence nearest to it."""
    page = fold(page_text)
    sentences = page_sentences(page_text)
    problems: list[Problem] = []
    for excerpt in excerpts_of(root):
        if fold(excerpt.text) not in page:
            nearest = nearest_sentence(excerpt.text, sentences)
            message = f'{excerpt.where}: not on the page; nearest sentence: "{nearest}"'
            problems.append(Problem(message, excerpt.line, excerpt.column, "excerpt"))
    return problems


def read_capture(yaml_path: str, capture: str) -> str:
    """The text of the page's capture. `capture` is relative to the knowledge file's folder: its
    real folder, for a file reached through a link (as the bundled file is, in a checkout). It
    must stay inside that folder: a file could otherwise have livertx show any file it can read
    (/proc/self/environ) as "the nearest sentence". KnowledgeError, naming the capture, if it
    cannot be read."""
    folder = os.path.dirname(os.path.realpath(yaml_path))
    path = os.path.normpath(os.path.join(folder, capture))
    if os.path.isabs(capture) or not path.startswith(folder + os.sep):
        raise KnowledgeError(capture, "not a file in the knowledge file's folder or below it")
    return read_text(path)


def read_text(path: str) -> str:
    data = read_bytes(path)  # bounded in size, and every failure a KnowledgeError
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise KnowledgeError(path, "not UTF-8 text") from None


def excerpt_problems(path: str, root: Node, source: str | None) -> list[Problem]:
    """The excerpt check of the knowledge file at `path`: against `source` (a page as the user
    gave it: HTML or text, or - for standard input) or else the capture the file names; no
    check when it names none."""
    block = root.get("source") if root.kind == "mapping" else None
    named = block.get("capture") if block is not None and block.kind == "mapping" else None
    try:
        if source is not None:
            from livertx.knowledge.page_check import (
                read_page,  # HTML as saved, or text; - for stdin
            )

            page = read_page(source)
        elif named is not None and named.kind == "scalar":
            page = read_capture(path, named.value)
        else:
            return []
    except KnowledgeError as error:
        line, column = (named.line, named.column) if source is None and named else (None, None)
        message = f"the page's capture {error.path}: {error.problem}"
        return [Problem(message, line, column, "excerpt")]
    return check_excerpts(root, page)
