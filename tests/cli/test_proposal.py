"""`verify-source PAGE --update NEW_FILE` (#31, items 2 and 6): the proposed file and the page's
text beside it written, the original never touched; what needs a person listed where the new
file fails validate (exit 1); an older page, or a NEW_FILE that would overwrite the knowledge
file or its capture, refused (exit 2); a write that fails is exit 74, never a success."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import REPO, SOURCE_TEXT, Invoke

SHIPPED = REPO / "data" / "treatments.yaml"
CAPTURE = SOURCE_TEXT.read_text(encoding="utf-8")
CHANGED = CAPTURE.replace(
    "Follow-up every 3 months is common.", "Follow-up every 6 months is common."
).replace("Updated: May 15, 2024", "Updated: June 3, 2025")


def _page(tmp_path: Path, text: str = CHANGED) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return str(page)


def test_an_update_of_words_writes_a_file_that_passes_validate(
    invoke: Invoke, tmp_path: Path
) -> None:
    before = SHIPPED.read_bytes()
    new = tmp_path / "proposed" / "treatments.yaml"
    result = invoke("--data", str(SHIPPED), "verify-source", _page(tmp_path), "--update", str(new))
    assert result.exit_code == 0, result.output
    assert SHIPPED.read_bytes() == before
    text = new.read_text(encoding="utf-8")
    assert text == before.decode().replace(
        "- Follow-up every 3 months is common.", "- Follow-up every 6 months is common."
    ).replace('updated: "2024-05-15"', 'updated: "2025-06-03"')
    written = (new.parent / "source" / SOURCE_TEXT.name).read_text(encoding="utf-8")
    assert written == " ".join(CHANGED.split())  # the page's text as read: spaces folded
    assert f"Left for a person: none; {new} passes validate against the page." in result.stdout
    assert invoke("validate", str(new)).exit_code == 0


def test_a_new_treatment_is_left_for_a_person_where_the_new_file_fails(
    invoke: Invoke, tmp_path: Path
) -> None:
    page = CHANGED.replace(
        "Clinical trials For some people",
        "Chemotherapy Chemotherapy uses drugs to stop the growth of cancer cells. "
        "Clinical trials For some people",
    )
    new = tmp_path / "proposed" / "treatments.yaml"
    argv = ["--data", str(SHIPPED), "verify-source", _page(tmp_path, page), "--update", str(new)]
    result = invoke(*argv)
    assert result.exit_code == 1
    said = (
        "Types of treatment › Radiation therapy: the page's words \"Chemotherapy Chemotherapy "
        'uses drugs to stop the growth of cancer cells." are in no text of the file'
    )
    assert f"Left for a person: 1, where {new} fails validate:" in result.stdout
    (left,) = [line for line in result.stdout.splitlines() if line.startswith(f"{new}:")]
    assert left.endswith(said)
    validated = invoke("validate", str(new))
    assert validated.exit_code == 3
    assert left in validated.stdout
    document = json.loads(invoke(*argv, "--json").stdout)
    assert [p["message"] for p in document["update"]["for_a_person"]] == [said]
    assert [c["where"] for c in document["update"]["made"]] == ["treatments[0].used[1]"]


@pytest.mark.parametrize(
    ("old", "new", "part"),
    [
        (  # a new drug in a treatment's list, and so in a stage's
            "regorafenib sorafenib Learn more",
            "regorafenib sorafenib tivozanib Learn more",
            "Types of treatment › Targeted therapy",
        ),
        (  # a new stage section
            "Treatment of recurrent liver cancer Treatment options",
            "Treatment of liver cancer in children Treatment may include: surgery "
            "Treatment of recurrent liver cancer Treatment options",
            "Treatment of locally advanced or metastatic liver cancer",
        ),
        (  # a new method of a treatment
            "Electroporation therapy: Electrical",
            "Histotripsy: Sound waves are used to destroy the tumor. Electroporation therapy: "
            "Electrical",
            "Types of treatment › Ablation therapy",
        ),
    ],
    ids=["drug", "stage", "method"],
)
def test_what_is_new_on_the_page_is_a_person_s_where_the_new_file_fails(
    invoke: Invoke, tmp_path: Path, old: str, new: str, part: str
) -> None:
    assert old in CHANGED
    new_file = tmp_path / "proposed" / "treatments.yaml"
    page = _page(tmp_path, CHANGED.replace(old, new, 1))
    argv = ["--data", str(SHIPPED), "verify-source", page, "--update", str(new_file), "--json"]
    result = invoke(*argv)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    left = document["update"]["for_a_person"]
    assert left
    assert [c for c in document["changes"] if c["part"] == part and c["file_has"] is None]
    validated = json.loads(invoke("validate", str(new_file), "--json").stdout)
    assert [(p["line"], p["message"]) for p in validated] == [
        (p["line"], p["message"]) for p in left
    ]


def test_an_older_page_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    page = _page(tmp_path, CAPTURE.replace("Updated: May 15, 2024", "Updated: May 1, 2023"))
    new = tmp_path / "proposed.yaml"
    result = invoke("--data", str(SHIPPED), "verify-source", page, "--update", str(new))
    assert result.exit_code == 2
    assert "is older than the knowledge file's" in result.stderr
    assert not new.exists()


def test_the_knowledge_file_and_its_capture_are_never_overwritten(
    invoke: Invoke, tmp_path: Path
) -> None:
    copy = tmp_path / "treatments.yaml"
    copy.write_bytes(SHIPPED.read_bytes())
    (tmp_path / "source").mkdir()
    capture = tmp_path / "source" / SOURCE_TEXT.name
    capture.write_text(CAPTURE, encoding="utf-8")
    page = _page(tmp_path)
    for target in (copy, capture, tmp_path / "beside.yaml"):  # beside: its capture is the same
        result = invoke("--data", str(copy), "verify-source", page, "--update", str(target))
        assert result.exit_code == 2, target
        assert "would overwrite" in result.stderr
    assert copy.read_bytes() == SHIPPED.read_bytes()
    assert capture.read_text(encoding="utf-8") == CAPTURE
    assert not (tmp_path / "beside.yaml").exists()


def test_a_write_that_fails_is_an_output_error(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    new = tmp_path / "a-file" / "treatments.yaml"  # its folder is a file
    page = _page(tmp_path)
    result = invoke("--data", str(SHIPPED), "verify-source", page, "--update", str(new))
    assert result.exit_code == 74
    assert result.stdout == ""
    assert "could not write" in result.stderr


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_new_file_that_is_there_and_no_regular_file_is_refused_before_any_write(
    invoke: Invoke, tmp_path: Path, kind: str
) -> None:
    """A folder or a FIFO where NEW_FILE would go: refused, and nothing written (a FIFO once
    held the run for ever, after its capture was written)."""
    import os

    out = tmp_path / "out"
    out.mkdir()
    new = out / "proposed.yaml"
    new.mkdir() if kind == "folder" else os.mkfifo(new)
    page = _page(tmp_path)
    result = invoke("--data", str(SHIPPED), "verify-source", page, "--update", str(new))
    assert result.exit_code == 2
    assert "not a regular file" in result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["proposed.yaml"]


def test_a_write_that_fails_leaves_neither_file(invoke: Invoke, tmp_path: Path) -> None:
    """The capture's folder cannot be made (a file stands where it would be): exit 74, and
    neither the new file nor a capture is left."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "source").write_text("", encoding="utf-8")
    page = _page(tmp_path)
    result = invoke(
        "--data", str(SHIPPED), "verify-source", page, "--update", str(out / "proposed.yaml")
    )
    assert result.exit_code == 74
    assert sorted(path.name for path in out.iterdir()) == ["source"]
