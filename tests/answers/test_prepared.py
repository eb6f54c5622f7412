"""The answers shipped with the package: made from the shipped knowledge file by the code as it
is, and never used for any other bytes (an edited file in an editable install included)."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import pytest

from livertx.answers import in_memory
from livertx.answers import prepared as answers
from livertx.knowledge.build import load_knowledge, with_page_sections
from livertx.knowledge.file import bundled_path, shipped

from ..conftest import REPO, unchecked

# Every part of a file's answers, as callers ask for it.
PARTS = [name for name, value in vars(answers.Answers).items() if isinstance(value, property)]


def test_the_shipped_answers_are_those_of_the_shipped_file() -> None:
    """If this fails: `python -m livertx.answers.prepared > src/livertx/data/answers.json`."""
    on_disk = Path(shipped(answers.PREBUILT)).read_text(encoding="utf-8")
    assert on_disk == answers.prebuilt_text()


def test_the_shipped_file_is_answered_from_the_shipped_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_building(*_: Any) -> Any:
        raise AssertionError("the shipped file was worked out again")

    monkeypatch.setattr(in_memory, "parts", no_building)
    found = answers.for_file(None)
    assert found.stages["recurrent"]["id"] == "recurrent"
    for part in PARTS:
        assert getattr(found, part), part


def test_an_edited_shipped_file_is_never_answered_from_stale_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    summary = load_knowledge().treatment("surveillance").summary
    edited = tmp_path / "treatments.yaml"
    edited.write_text(
        unchecked(text).replace("name: Surveillance", "name: Watchful waiting"), "utf-8"
    )
    monkeypatch.setattr(answers, "bundled_path", lambda: str(edited))
    found = answers.for_file(None)
    assert found.entries["surveillance"]["name"] == "Watchful waiting"
    assert found.entries["surveillance"]["summary"] == summary


def test_another_file_is_answered_in_memory(tmp_path: Path) -> None:
    copy = tmp_path / "copy.yaml"
    copy.write_bytes((REPO / "tests" / "corpus" / "garden.yaml").read_bytes())
    found = answers.for_file(str(copy))
    assert found.source["title"] != "Liver Cancer Treatment"


def test_damaged_shipped_answers_are_passed_by(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = (REPO / "data" / "treatments.yaml").read_bytes()
    good_first_line = " ".join(str(n) for n in answers.fingerprint(data)) + "\tknowledge\n"
    for damage in ("", "[1, 2]", "0 0 0\tx\n{}\n{}", "not json", good_first_line + "{}\n["):
        (tmp_path / answers.PREBUILT).write_text(damage, encoding="utf-8")
        monkeypatch.setattr(answers, "shipped", lambda name: str(tmp_path / name))
        assert answers.for_file(None).stages["recurrent"]["id"] == "recurrent"
    made_from = answers.prebuilt_text().split("\t")[0]
    assert made_from == f"{len(data)} {zlib.crc32(data)} {zlib.adler32(data)}"


@pytest.mark.parametrize(
    ("where", "damage"),
    [
        (b"\n# stages\n{", b"\xff"),  # a byte no UTF-8 text has
        # A lone surrogate, encoded: json.loads(bytes) would take it ("surrogatepass") and show
        # <U+D800> in a stage's lead.
        (
            b'\n# stages\n{\n"localized": {\n"id": "localized",\n"kind": "stage",\n"name": "',
            b"\xed\xa0\x80",
        ),
    ],
)
def test_a_part_of_the_shipped_answers_that_is_not_utf_8_is_worked_out_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: bytes, damage: bytes
) -> None:
    """Parts are decoded when asked for: a damaged one is worked out from the knowledge file,
    and the others are still read."""
    expected = answers.for_file(None).stages["recurrent"]
    shipped_text = Path(shipped(answers.PREBUILT)).read_bytes()
    damaged = shipped_text.replace(where, where + damage, 1)
    assert damaged != shipped_text
    (tmp_path / answers.PREBUILT).write_bytes(damaged)
    monkeypatch.setattr(answers, "shipped", lambda name: str(tmp_path / name))
    found = answers.for_file(None)
    parts = found._make
    assert isinstance(parts, answers.ShippedParts)
    assert found.stage_choices[-1] == "recurrent"
    assert parts.worked_out is None  # read from the shipped answers
    assert found.stages["recurrent"] == expected
    assert parts.worked_out is not None  # the damaged part alone was worked out


def test_version_reads_only_the_first_line_and_knows_an_edit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert answers.shipped_summary().endswith("updated 2024-05-15")
    edited = tmp_path / "treatments.yaml"
    text = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    edited.write_text(
        unchecked(text).replace('updated: "2024-05-15"', 'updated: "2025-01-02"'), "utf-8"
    )
    monkeypatch.setattr(answers, "bundled_path", lambda: str(edited))
    assert answers.shipped_summary().endswith("updated 2025-01-02")


@pytest.mark.parametrize("kept", [0.0, 0.3, 0.5, 0.75, 0.9, 0.99, 0.9999])
def test_shipped_answers_cut_short_give_the_same_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kept: float
) -> None:
    """A partial install or a full disk: the first line intact (made from this very file),
    the rest cut anywhere. Every part is still the right answer, worked out where it is cut."""
    whole = Path(shipped(answers.PREBUILT)).read_bytes()
    first_line = whole.index(b"\n") + 1
    cut = first_line + int((len(whole) - first_line) * kept)
    (tmp_path / answers.PREBUILT).write_bytes(whole[:cut])
    knowledge = with_page_sections(load_knowledge(), bundled_path())
    expected = answers.Answers(in_memory.parts(knowledge))
    monkeypatch.setattr(answers, "shipped", lambda name: str(tmp_path / name))
    found = answers.for_file(None)
    for part in PARTS:
        assert getattr(found, part) == getattr(expected, part), part


def test_every_part_the_answers_ship_is_one_callers_ask_for() -> None:
    keys = {"list": "treatments"}  # the part `livertx list` answers with
    assert sorted(keys.get(key, key) for key in in_memory.builders()) == sorted(PARTS)


def test_shipped_answers_that_are_not_a_regular_file_are_passed_by(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A FIFO in their place would wait for ever; a huge file would fill the memory."""
    import os

    os.mkfifo(tmp_path / answers.PREBUILT)
    monkeypatch.setattr(answers, "shipped", lambda name: str(tmp_path / name))
    assert answers.for_file(None).stages["recurrent"]["id"] == "recurrent"
    assert answers.shipped_summary().endswith("updated 2024-05-15")


@pytest.mark.parametrize("cut", [40, 80, 113])
def test_a_first_line_cut_short_is_not_believed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cut: int
) -> None:
    whole = Path(shipped(answers.PREBUILT)).read_bytes()
    (tmp_path / answers.PREBUILT).write_bytes(whole[:cut])
    monkeypatch.setattr(answers, "shipped", lambda name: str(tmp_path / name))
    assert answers.shipped_summary() == (
        "knowledge: “Liver Cancer Treatment”, National Cancer Institute, updated 2024-05-15"
    )
