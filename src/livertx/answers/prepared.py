"""The answers for one knowledge file: every command's document (livertx.answers.documents), the
name indexes (livertx.knowledge.names) and the words completion offers, worked out once per file.

For the shipped file they are worked out ahead of time and shipped beside it (data/answers.json,
made by `python -m livertx.answers.prepared`), so a call reads one JSON file and imports neither
the model nor PyYAML. They carry the size and checksums of the file they were made from: an
edited file never meets stale answers, it is answered in memory, as every other file (`--data`,
LIVERTX_DATA) is. Nothing is ever written at run time.
"""

from __future__ import annotations

import os
import stat
import sys

from livertx.knowledge.file import bundled_path, shipped
from livertx.safe_read import read_bytes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from livertx.answers import shapes
    from livertx.knowledge.names import NameIndex

PREBUILT = "answers.json"


class Answers:
    """A knowledge file's answers, each part made when first asked for (`stage recurrent` needs
    the stages, not every entry's document) and kept; `make` makes one from its key: read from
    the shipped answers (ShippedParts), or worked out from the model (in_memory.parts)."""

    def __init__(self, make: Callable[[str], Any]) -> None:
        self._make = make
        self._parts: dict[str, Any] = {}

    def _part(self, key: str) -> Any:
        if key not in self._parts:
            self._parts[key] = self._make(key)
        return self._parts[key]

    @property
    def source(self) -> shapes.SourceDoc:
        source: shapes.SourceDoc = self._part("source")
        return source

    @property
    def treatments(self) -> list[shapes.TreatmentDoc]:
        """`livertx list`: every treatment type."""
        treatments: list[shapes.TreatmentDoc] = self._part("list")
        return treatments

    @property
    def entries(self) -> dict[str, shapes.EntryDoc]:
        """`livertx show`'s document of every entry, by id."""
        entries: dict[str, shapes.EntryDoc] = self._part("entries")
        return entries

    @property
    def stages(self) -> dict[str, shapes.StageDoc]:
        """`livertx stage`'s document of every stage it takes, by id."""
        stages: dict[str, shapes.StageDoc] = self._part("stages")
        return stages

    @property
    def stage_list(self) -> list[shapes.StageListDoc]:
        stage_list: list[shapes.StageListDoc] = self._part("stage_list")
        return stage_list

    @property
    def drugs(self) -> list[shapes.DrugDoc]:
        drugs: list[shapes.DrugDoc] = self._part("drugs")
        return drugs

    @property
    def matrix(self) -> shapes.MatrixDoc:
        matrix: shapes.MatrixDoc = self._part("matrix")
        return matrix

    @property
    def counts(self) -> shapes.CountsDoc:
        """How much the file holds (`livertx about`)."""
        counts: shapes.CountsDoc = self._part("counts")
        return counts

    @property
    def page_words(self) -> list[str]:
        page_words: list[str] = self._part("page_words")
        return page_words

    @property
    def entry_index(self) -> NameIndex:
        """Every name of an entry, for livertx.knowledge.names.find and resolve."""
        entry_index: NameIndex = self._part("entry_index")
        return entry_index

    @property
    def stage_index(self) -> NameIndex:
        """Every name of a stage, for livertx.knowledge.names.find and resolve."""
        stage_index: NameIndex = self._part("stage_index")
        return stage_index

    @property
    def stage_choices(self) -> list[str]:
        """The ids `livertx stage` takes, in the page's order."""
        stage_choices: list[str] = self._part("stage_choices")
        return stage_choices

    @property
    def complete(self) -> shapes.CompletionWords:
        complete: shapes.CompletionWords = self._part("complete")
        return complete


def fingerprint(data: bytes) -> list[int]:
    """What tells the file the answers were made from from any other: its size and two
    checksums (zlib's, built in: hashlib's OpenSSL costs more to load than a whole answer)."""
    import zlib  # only to match the shipped answers: not another file's path (--data)

    return [len(data), zlib.crc32(data), zlib.adler32(data)]


# The shipped answers are a few hundred KB: anything far larger, or not a regular file (a FIFO
# would wait for ever), is a damaged install, answered from the knowledge file instead.
MAX_PREBUILT = 16 * 1024 * 1024


def _open_prebuilt() -> Any:
    """The shipped answers, opened for reading; OSError when they are not a regular file of a
    sensible size (or not there)."""
    path = shipped(PREBUILT)
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_PREBUILT:
        raise OSError(f"{path}: not the shipped answers")
    return open(path, "rb")


def _made_from(handle: Any, data: bytes) -> str | None:
    """The shipped answers' first line says which file they were made from (its fingerprint)
    and what `--version` says of it, with a checksum of what it says (a line cut short or
    changed is not believed); that line's summary, if they were made from these bytes."""
    import zlib  # as in fingerprint

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


class ShippedParts:
    """Each part of the shipped answers, read when asked for (`stage recurrent` reads a tenth).
    A part missing, cut short or not UTF-8 is worked out from the knowledge file instead."""

    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self.worked_out: Callable[[str], Any] | None = None

    def __call__(self, key: str) -> Any:
        import json  # only a part read: not --version's path (docs/speed.md)

        try:
            # Decoded strictly: json.loads(bytes) would let a lone surrogate through.
            value = json.loads(self.parts[key].decode("utf-8"))
            if key in ("entries", "stages"):  # each document ends with the source, kept once
                source = self("source")
                for document in value.values():
                    document["source"] = source
        except (KeyError, ValueError, TypeError, AttributeError):
            if self.worked_out is None:
                self.worked_out = _worked_out(bundled_path(), read_bytes(bundled_path()))
            value = self.worked_out(key)
        return value


def _worked_out(where: str, data: bytes) -> Callable[[str], Any]:
    """Each part of a file's answers, worked out from its model (livertx.answers.in_memory)."""
    # The model, PyYAML and the proof only for a file not answered ahead: start-up
    from livertx.answers import in_memory
    from livertx.knowledge.build import load_from_bytes, with_page_sections

    return in_memory.parts(with_page_sections(load_from_bytes(data, where), where))


def prebuilt_for(data: bytes) -> Answers | None:
    """The shipped answers, if they were made from exactly these bytes."""
    try:
        with _open_prebuilt() as handle:
            if _made_from(handle, data) is None:
                return None
            # The completion words: livertx.cli.completion reads this line alone.
            complete = handle.readline()
            text = handle.read()
    except OSError:
        return None
    parts = {"complete": complete}
    for part in (b"\n" + text).split(PART.encode())[1:]:  # the first part follows the second line
        key, _, value = part.partition(b"\n")
        parts[key.decode("utf-8", "replace")] = value
    return Answers(ShippedParts(parts))


def shipped_summary() -> str:
    """What `--version` says of the shipped knowledge, from the first line of the shipped
    answers alone (no JSON to read), or worked out if the file changed since."""
    data = read_bytes(bundled_path())
    try:
        with _open_prebuilt() as handle:
            summary = _made_from(handle, data)
    except OSError:
        summary = None
    return summary if summary is not None else knowledge_summary(for_file(None).source)


def shipped_completion_words(data: bytes) -> shapes.CompletionWords | None:
    """The words completion offers for the shipped file, from the answers' second line."""
    import json  # as in ShippedParts

    try:
        with _open_prebuilt() as handle:
            if _made_from(handle, data) is None:
                return None
            words = json.loads(handle.readline())
    except (OSError, ValueError):
        return None
    return words if isinstance(words, dict) else None


def completion_words(data_path: str | None) -> shapes.CompletionWords:
    """The words completion offers for a knowledge file: for the shipped file, one short line
    of the shipped answers (a TAB should cost little), else worked out."""
    if data_path is None:
        words = shipped_completion_words(read_bytes(bundled_path()))
        if words is not None:
            return words
    return for_file(data_path).complete


def knowledge_summary(source: shapes.SourceDoc) -> str:
    """The knowledge in one line, for a bug report."""
    return f"knowledge: “{source['title']}”, {source['publisher']}, updated {source['updated']}"


def for_file(data_path: str | None) -> Answers:
    """The answers for a knowledge file: shipped ones for the shipped file, else worked out."""
    where = data_path if data_path is not None else bundled_path()
    data = read_bytes(where)
    if data_path is None:
        answers = prebuilt_for(data)
        if answers is not None:
            return answers
    return Answers(_worked_out(where, data))


def prebuilt_text() -> str:
    """What data/answers.json holds: a first line with the fingerprint of the file they were
    made from and what `--version` says of it; a second with the words completion offers; then
    each part of the answers after a `# KEY` line, one line per key and value (a change to the
    knowledge reads as a diff in review), without the source every document repeats."""
    # Only making the answers (python -m): none of this is on a command's path
    import json
    import zlib

    from livertx.answers.in_memory import builders

    where = bundled_path()
    data = read_bytes(where)
    make = _worked_out(where, data)
    answers = {key: make(key) for key in builders()}
    made_from = " ".join(str(number) for number in fingerprint(data))
    complete = answers.pop("complete")
    for documents in (answers["entries"], answers["stages"]):
        for document in documents.values():
            del document["source"]
    parts = "".join(
        f"{PART}{key}\n{json.dumps(value, ensure_ascii=False, indent=0)}"
        for key, value in answers.items()
    )
    summary = knowledge_summary(answers["source"])
    check = zlib.crc32(summary.encode("utf-8"))
    head = f"{made_from}\t{summary}\t{check}\n"
    return head + json.dumps(complete, ensure_ascii=False) + parts + "\n"


if __name__ == "__main__":
    sys.stdout.write(prebuilt_text())
