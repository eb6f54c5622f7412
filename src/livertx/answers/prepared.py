"""The answers for one knowledge file: every command's document (livertx.answers.documents), the
name indexes (livertx.knowledge.names) and the words completion offers, worked out once per file.

For the shipped file they are worked out ahead of time and shipped beside it (data/answers.json,
made by `python -m livertx.answers.prepared`), so a call reads one JSON file and imports neither the
model nor PyYAML. They carry the size and checksums of the knowledge file they were made from:
an edited file (in an editable install, say) never meets stale answers, it is answered in
memory, as every other file (`--data`, LIVERTX_DATA) is. Nothing is ever written at run time.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from livertx.knowledge.file import bundled_path, read_bytes, shipped

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.knowledge.model import Knowledge

PREBUILT = "answers.json"


def _builders() -> dict[str, Callable[[Knowledge], Any]]:
    """How each part of the answers is worked out from the knowledge."""
    from livertx.answers import documents, references
    from livertx.knowledge import lookup

    def stages(knowledge: Knowledge) -> dict[str, Any]:
        selections = lookup.all_stage_selections(knowledge)
        return {s.id: documents.stage_doc(knowledge, s) for s in selections}

    def entries(knowledge: Knowledge) -> dict[str, Any]:
        return {e.id: documents.entry_doc(knowledge, e) for e in knowledge.entries.values()}

    def complete(knowledge: Knowledge) -> dict[str, Any]:
        selections = lookup.all_stage_selections(knowledge)
        return {
            "names": completion_names(knowledge),
            "stages": [[s.id, s.name] for s in selections],
        }

    return {
        "source": lambda knowledge: references.source_doc(knowledge.source),
        "list": lambda knowledge: documents.treatments_doc(knowledge, knowledge.treatments),
        "entries": entries,
        "stages": stages,
        # `livertx stages`: a list, beside "stages", the documents `livertx stage` shows.
        "stage_list": documents.stages_doc,
        "drugs": documents.drugs_doc,
        "matrix": documents.matrix_doc,
        "counts": documents.counts_doc,
        "page_words": page_words,
        "entry_index": lookup.entry_index,
        "stage_index": lookup.stage_index,
        "stage_choices": lambda knowledge: list(lookup.stage_choices(knowledge)),
        "complete": complete,
    }


class Answers(dict[str, object]):
    """The answers for a file answered in memory, each part worked out when first asked for:
    `stage recurrent` needs the stages, not every entry's document."""

    def __init__(self, knowledge: Knowledge) -> None:
        super().__init__()
        self.knowledge = knowledge
        self.builders = _builders()

    def __missing__(self, key: str) -> object:
        value = self[key] = self.builders[key](self.knowledge)
        return value


def build(knowledge: Knowledge) -> dict[str, Any]:
    """Every part of the answers, worked out now (as shipped for the bundled file)."""
    answers = Answers(knowledge)
    return {key: answers[key] for key in answers.builders}


def page_words(knowledge: Knowledge) -> list[str]:
    """Every word of the page's capture: search never reads one of them as a typo."""
    from livertx.text_folding import words_of

    sections = knowledge.sections
    return sorted(set(words_of(sections.folded))) if sections else []


def completion_names(knowledge: Knowledge) -> list[list[str]]:
    """[word, help] for every word that completes to an entry: ids, abbreviations and other
    names that are one word (a space would need quoting at the prompt)."""
    from livertx.knowledge.lookup import entry_names

    words: dict[str, str] = {}
    for entry in knowledge.entries.values():
        help_text = f"{entry.name} ({entry.kind.value})"
        terms = frozenset(getattr(entry, "search_terms", ()))  # a set: thousands must not cost
        for name in entry_names(entry, knowledge):
            if " " not in name and name not in terms:
                words.setdefault(name.lower(), help_text)
    return [[word, help_text] for word, help_text in words.items()]


def fingerprint(data: bytes) -> list[int]:
    """What tells the file the answers were made from from any other: its size and two
    checksums (zlib's, built in: hashlib's OpenSSL costs more to load than a whole answer)."""
    import zlib

    return [len(data), zlib.crc32(data), zlib.adler32(data)]


# The shipped answers are a few hundred KB: anything far larger, or not a regular file (a FIFO
# would wait for ever), is a damaged install, answered from the knowledge file instead.
MAX_PREBUILT = 16 * 1024 * 1024


def _open_prebuilt() -> Any:
    """The shipped answers, opened for reading; OSError when they are not a regular file of a
    sensible size (or not there)."""
    import stat

    path = shipped(PREBUILT)
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_PREBUILT:
        raise OSError(f"{path}: not the shipped answers")
    return open(path, "rb")


def _made_from(handle: Any, data: bytes) -> str | None:
    """The shipped answers' first line says which file they were made from (its fingerprint)
    and what `--version` says of it, with a checksum of what it says (a line cut short or
    changed is not believed); that line's summary, if they were made from these bytes."""
    import zlib

    line: str = handle.readline(4096).decode("utf-8", "replace")
    made_from, _, rest = line.partition("\t")
    summary, _, check = rest.rstrip("\n").rpartition("\t")
    if made_from.split() != [str(number) for number in fingerprint(data)]:
        return None
    if check != str(zlib.crc32(summary.encode("utf-8"))):
        return None
    return summary


# Each part of the shipped answers starts on a line of its own with this and its key: JSON
# written with indent=0 never starts a line with "#".
PART = "\n# "


class PrebuiltAnswers(dict[str, object]):
    """The shipped answers, each part read from its JSON when first asked for: `stage
    recurrent` reads the stages, not every entry's document. A part that is missing or cut
    short (a partial install, a full disk) is worked out from the knowledge file instead: the
    same answer, a little slower."""

    def __init__(self, parts: dict[str, str]) -> None:
        super().__init__()
        self.parts = parts
        self.worked_out: Answers | None = None

    def __missing__(self, key: str) -> object:
        import json  # not on --version's path

        try:
            value = json.loads(self.parts[key])
            if key in ("entries", "stages"):  # each document ends with the source, kept once
                for document in value.values():
                    document["source"] = self["source"]
        except (KeyError, ValueError, TypeError, AttributeError):
            value = self._worked_out()[key]
        self[key] = value
        return value

    def _worked_out(self) -> Answers:
        if self.worked_out is None:
            from livertx.knowledge.build import load_from_bytes, with_page_sections

            where = bundled_path()
            knowledge = load_from_bytes(read_bytes(where), where)
            self.worked_out = Answers(with_page_sections(knowledge, where))
        return self.worked_out


def prebuilt_for(data: bytes) -> dict[str, Any] | None:
    """The shipped answers, if they were made from exactly these bytes."""
    try:
        with _open_prebuilt() as handle:
            if _made_from(handle, data) is None:
                return None
            handle.readline()  # the completion words (livertx.cli.completion reads them alone)
            text = handle.read().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    parts = {}
    for part in ("\n" + text).split(PART)[1:]:  # the first part follows the second line
        key, _, value = part.partition("\n")
        parts[key] = value
    return PrebuiltAnswers(parts)


def shipped_summary() -> str:
    """What `--version` says of the shipped knowledge, from the first line of the shipped
    answers alone (no JSON to read), or worked out if the file changed since."""
    data = read_bytes(bundled_path())
    try:
        with _open_prebuilt() as handle:
            summary = _made_from(handle, data)
    except OSError:
        summary = None
    return summary if summary is not None else knowledge_summary(for_file(None)["source"])


def shipped_completion_words(data: bytes) -> dict[str, Any] | None:
    """The words completion offers for the shipped file, from the answers' second line."""
    import json  # not on --version's path

    try:
        with _open_prebuilt() as handle:
            if _made_from(handle, data) is None:
                return None
            words = json.loads(handle.readline())
    except (OSError, ValueError):
        return None
    return words if isinstance(words, dict) else None


def completion_words(data_path: str | None) -> dict[str, Any]:
    """The words completion offers for a knowledge file: for the shipped file, one short line
    of the shipped answers (a TAB should cost little), else worked out."""
    if data_path is None:
        words = shipped_completion_words(read_bytes(bundled_path()))
        if words is not None:
            return words
    complete: dict[str, Any] = for_file(data_path)["complete"]
    return complete


def knowledge_summary(source: dict[str, Any]) -> str:
    """The knowledge in one line, for a bug report."""
    return f"knowledge: “{source['title']}”, {source['publisher']}, updated {source['updated']}"


def for_file(data_path: str | None) -> dict[str, Any]:
    """The answers for a knowledge file: shipped ones for the shipped file, else worked out."""
    where = data_path if data_path is not None else bundled_path()
    data = read_bytes(where)
    if data_path is None:
        answers = prebuilt_for(data)
        if answers is not None:
            return answers
    from livertx.knowledge.build import load_from_bytes, with_page_sections

    return Answers(with_page_sections(load_from_bytes(data, where), where))


def prebuilt_text() -> str:
    """What data/answers.json holds: a first line with the fingerprint of the file they were
    made from and what `--version` says of it; a second with the words completion offers; then
    each part of the answers after a `# KEY` line, one line per key and value (a change to the
    knowledge reads as a diff in review), without the source every document repeats."""
    import json

    from livertx.knowledge.build import load_from_bytes, with_page_sections

    where = bundled_path()
    data = read_bytes(where)
    answers = build(with_page_sections(load_from_bytes(data, where), where))
    made_from = " ".join(str(number) for number in fingerprint(data))
    complete = answers.pop("complete")
    for documents in (answers["entries"], answers["stages"]):
        for document in documents.values():
            del document["source"]
    parts = "".join(
        f"{PART}{key}\n{json.dumps(value, ensure_ascii=False, indent=0)}"
        for key, value in answers.items()
    )
    import zlib

    summary = knowledge_summary(answers["source"])
    check = zlib.crc32(summary.encode("utf-8"))
    return (
        f"{made_from}\t{summary}\t{check}\n"
        + json.dumps(complete, ensure_ascii=False)
        + parts
        + "\n"
    )


if __name__ == "__main__":
    import sys

    sys.stdout.write(prebuilt_text())
