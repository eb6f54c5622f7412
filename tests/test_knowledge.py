"""The loader: the shipped file loads; broken files are refused with a message naming the
problem, never a traceback."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from livertx.errors import KnowledgeError
from livertx.knowledge import load_knowledge
from livertx.knowledge_file import bundled_path

REPO = Path(__file__).resolve().parents[1]


def _shipped() -> dict[str, object]:
    loaded = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _problem(tmp_path: Path, content: str | bytes) -> str:
    path = tmp_path / "k.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert caught.value.path == str(path)
    return caught.value.problem


def _edited(tmp_path: Path, edit: object) -> str:
    data = _shipped()
    assert callable(edit)
    edit(data)
    return _problem(tmp_path, yaml.safe_dump(data, sort_keys=False))


def test_the_package_ships_the_repository_file() -> None:
    assert Path(bundled_path()).read_bytes() == (REPO / "data" / "treatments.yaml").read_bytes()


def test_shipped_file_loads_with_every_treatment(tmp_path: Path) -> None:
    knowledge = load_knowledge()
    assert len(knowledge.treatments) == 9
    assert len(knowledge.stages) == 3


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "the file: expected a mapping of fields"),
        (b"- a\n- b\n", "the file: expected a mapping of fields"),
        (b"\xff\xfe\x00junk", r"not UTF-8 text \(byte 0\)"),
        # libyaml and the pure-Python loader word this one differently; the place is the same.
        (b"a: [1, 2\n", "line 2, column 1: .*expected ',' or ']'"),
        (
            b"!!python/object/apply:os.system ['true']\n",
            "line 1, column 1: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system'",
        ),
    ],
)
def test_broken_files(tmp_path: Path, content: bytes, problem: str) -> None:
    assert re.fullmatch(problem, _problem(tmp_path, content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no such file"):
        load_knowledge(tmp_path / "absent.yaml")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="is a directory, not a file"):
        load_knowledge(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "k.yaml"
    path.write_text("a: 1\n")
    path.chmod(0)
    with pytest.raises(KnowledgeError, match="permission denied"):
        load_knowledge(path)


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    assert _problem(tmp_path, b"#" * (3 * 1024 * 1024)) == "larger than 2 MiB"


def test_missing_required_field(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        del data["treatments"][0]["summary"]

    assert _edited(tmp_path, edit) == "the file.treatments[0]: missing required field 'summary'"


def test_unknown_field(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["treatments"][1]["sumary"] = "typo"

    assert _edited(tmp_path, edit) == "the file.treatments[1]: unknown field 'sumary'"


def test_unquoted_date_is_a_type_error(tmp_path: Path) -> None:
    text = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    problem = _problem(tmp_path, text.replace('updated: "2024-05-15"', "updated: 2024-05-15"))
    assert problem == (
        'the file.source.updated: expected a quoted date like "2024-05-15", '
        "got the date 2024-05-15 (quote it to make it text)"
    )


def test_bad_id(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["treatments"][0]["id"] = "Watch It"

    assert _edited(tmp_path, edit) == (
        "the file.treatments[0].id: 'Watch It' is not a lowercase slug like 'liver-transplant'"
    )


def test_option_naming_an_unknown_treatment(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["stages"][0]["options"][0]["treatment"] = "magic"

    assert _edited(tmp_path, edit) == "stage 'localized', option 1: no treatment with id 'magic'"


def test_option_naming_a_method_of_another_treatment(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["stages"][0]["options"][1]["methods"] = ["cryoablation"]

    assert _edited(tmp_path, edit) == (
        "stage 'localized', option 2: method 'cryoablation' belongs to 'ablation-therapy', "
        "not to 'surgery'"
    )


def test_only_must_name_a_part_of_its_stage(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["stages"][1]["options"][0]["only"] = "recurrent"

    assert _edited(tmp_path, edit) == (
        "stage 'locally-advanced-or-metastatic', option 1: 'only' names 'recurrent', which is "
        "not a part of this stage"
    )


def test_duplicate_id(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["treatments"][1]["id"] = "surveillance"

    assert _edited(tmp_path, edit) == "id 'surveillance' is used twice"


def test_two_entries_answering_to_one_name(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["treatments"][0]["also_called"] = ["Cryo-therapy"]

    assert _edited(tmp_path, edit) == (
        "'cryoablation' and 'surveillance' both answer to the name 'cryotherapy'"
    )


def test_combination_of_an_unknown_drug(tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["treatments"][6]["regimens"][0]["drugs"] = ["atezolizumab", "aspirin"]

    assert _edited(tmp_path, edit) == (
        "combination 'atezolizumab-with-bevacizumab': no drug with id 'aspirin'"
    )


def test_an_editable_install_reads_the_repository_file_itself() -> None:
    import livertx

    if Path(livertx.__file__).resolve().parent != REPO / "src" / "livertx":
        pytest.skip("livertx is installed as a copy, not from this checkout")
    assert Path(bundled_path()).resolve() == REPO / "data" / "treatments.yaml"
