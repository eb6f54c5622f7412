"""The cache of checked knowledge and answers: it only ever saves time. A missing, stale,
corrupt or unwritable cache gives the same answers, quietly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from livertx import answers, cache, lookup
from livertx.knowledge import load_knowledge
from livertx.knowledge_file import bundled_path, read_bytes
from livertx.model import Knowledge

from .conftest import REPO, Invoke


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "livertx"


def _entries(folder: Path, kind: str = "*") -> list[Path]:
    return sorted(folder.glob(f"*.{kind}.json")) if folder.exists() else []


def test_a_run_fills_the_cache_and_the_next_gives_the_same(
    invoke: Invoke, cache_home: Path
) -> None:
    first = invoke("show", "tace", "--json")
    kinds = sorted(p.name.split(".", 1)[1] for p in _entries(cache_home))
    assert kinds == ["answers.json", "raw.json"]
    second = invoke("show", "tace", "--json")
    assert first.stdout == second.stdout
    assert invoke("show", "tace").stdout == invoke("show", "tace").stdout


def test_cached_answers_are_the_ones_worked_out_fresh(cache_home: Path) -> None:
    fresh = answers.build(load_knowledge(use_cache=False))
    answers.for_file(None)
    (entry,) = _entries(cache_home, answers.ANSWERS)
    assert cache.read(entry.name.split(".")[0], answers.ANSWERS) == json.loads(json.dumps(fresh))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[: len(b) // 2],
        lambda b: b.replace(b"Surveillance", b"Sorveillance", 1),
        lambda b: b"0" * 64 + b"\n{}",
        lambda b: b"\xff\xfe garbage",
    ],
)
def test_a_damaged_cache_is_passed_by(invoke: Invoke, cache_home: Path, damage: object) -> None:
    expected = invoke("list", "--json").stdout
    assert callable(damage)
    for entry in _entries(cache_home):
        entry.write_bytes(damage(entry.read_bytes()))
    result = invoke("list", "--json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")


def test_an_unwritable_cache_is_no_problem(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = invoke("stage", "recurrent", "--json")
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["id"] == "recurrent"


def test_no_cache_when_asked(invoke: Invoke, cache_home: Path) -> None:
    result = invoke("list", "--json", env={"LIVERTX_NO_CACHE": "1"})
    assert result.exit_code == 0
    assert _entries(cache_home) == []


def test_an_edited_file_is_never_answered_from_the_old_cache(
    invoke: Invoke, cache_home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "k.yaml"
    text = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = json.loads(invoke("--data", str(path), "show", "surveillance", "--json").stdout)
    path.write_text(text.replace("Follow-up every 3 months", "Follow-up every 6 months"))
    after = json.loads(invoke("--data", str(path), "show", "surveillance", "--json").stdout)
    assert "Follow-up every 3 months is common." in before["how"]
    assert "Follow-up every 6 months is common." in after["how"]


def test_the_key_follows_the_content_and_the_code() -> None:
    data = read_bytes(bundled_path())
    assert cache.key_for(data) == cache.key_for(data)
    assert cache.key_for(data) != cache.key_for(data + b"\n")


def test_old_entries_are_pruned(cache_home: Path) -> None:
    for number in range(cache.KEEP + 5):
        cache.write(f"{number:064x}", answers.ANSWERS, {"n": number})
    assert len(_entries(cache_home)) == cache.KEEP


def test_answers_resolve_every_name_as_the_model_does() -> None:
    knowledge: Knowledge = load_knowledge(use_cache=False)
    built = answers.build(knowledge)
    for entry in knowledge.entries.values():
        for name in lookup.entry_names(entry):
            expected = lookup.resolve_entry(knowledge, name).id
            assert answers.find(built, "show", name)["id"] == expected
    for selection in lookup.all_stage_selections(knowledge):
        for name in (selection.id, selection.name):
            assert (
                answers.find(built, "stage", name)["id"] == lookup.resolve_stage(knowledge, name).id
            )


def test_a_made_up_knowledge_file_answers_from_its_own_data(invoke: Invoke, tmp_path: Path) -> None:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    data["treatments"][0]["name"] = "Watchful waiting (made up for this test)"
    path = tmp_path / "made-up.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    listed = json.loads(invoke("--data", str(path), "list", "--json").stdout)
    assert listed[0]["name"] == "Watchful waiting (made up for this test)"
