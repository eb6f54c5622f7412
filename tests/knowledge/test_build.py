"""The loader: the shipped file loads, from the package or from this checkout; a broken file is
refused with its first problem, its place and a hint (tests/knowledge/test_validation.py has them
all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from livertx.errors import KnowledgeError
from livertx.knowledge.build import load_knowledge
from livertx.knowledge.checked import checked_tree
from livertx.knowledge.file import bundled_path

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "data" / "treatments.yaml"


def test_the_package_ships_the_repository_file() -> None:
    assert Path(bundled_path()).read_bytes() == (REPO / "data" / "treatments.yaml").read_bytes()


def test_shipped_file_loads_with_every_treatment() -> None:
    knowledge = load_knowledge()
    assert len(knowledge.treatments) == 9
    assert len(knowledge.stages) == 3


def test_an_editable_install_reads_the_repository_file_itself() -> None:
    import livertx

    if Path(livertx.__file__).resolve().parent != REPO / "src" / "livertx":
        pytest.skip("livertx is installed as a copy, not from this checkout")
    assert Path(bundled_path()).resolve() == REPO / "data" / "treatments.yaml"


def test_a_content_problem_has_its_place_and_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("source: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert (caught.value.line, caught.value.column) == (2, 1)
    assert str(caught.value).startswith(f"{path}:2:1: ")
    assert str(caught.value).endswith(f"(run 'livertx validate {path}' to see every problem)")


def test_a_file_that_cannot_be_read_has_no_place(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path / "absent.yaml")
    assert str(caught.value) == f"{tmp_path / 'absent.yaml'}: no such file"


def test_a_file_is_refused_with_its_first_problem_against_its_capture_unless_told() -> None:
    sentence = "There are different types of treatment for people with liver cancer."
    changed = SHIPPED.read_text(encoding="utf-8").replace(sentence, sentence[:-1] + " now.")
    data, where = changed.encode("utf-8"), str(SHIPPED)  # its capture, beside the file
    with pytest.raises(KnowledgeError) as caught:
        checked_tree(data, where)
    assert caught.value.problem.startswith("source.intro[0]: not the page's words")
    assert caught.value.line == 49
    # verify-source holds the file to a newer page instead of its capture
    assert checked_tree(data, where, hold_to_capture=False).kind == "mapping"


@pytest.mark.parametrize("hold_to_capture", [True, False])
def test_a_file_whose_shape_is_wrong_is_refused_either_way(hold_to_capture: bool) -> None:
    with pytest.raises(KnowledgeError) as caught:
        checked_tree(b"source: [\n", "k.yaml", hold_to_capture=hold_to_capture)
    assert (caught.value.path, caught.value.line, caught.value.column) == ("k.yaml", 2, 1)
