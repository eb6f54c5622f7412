"""tools/data_flow.py: a knowledge file's bytes followed through the rooms of the code, as a
`--data` load takes them; the proof, once entered, never steps back into the knowledge file's
modules (the import rule of tests/test_architecture.py, seen at run time)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import REPO
from .knowledge.test_added_words import beside_its_capture


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("data_flow", REPO / "tools" / "data_flow.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def test_a_data_load_steps_down_the_rooms_and_never_from_the_proof_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = beside_its_capture(tmp_path)
    shipped = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    copy.write_text("# a copy: its answers are worked out\n" + shipped, encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["livertx"])  # the tool sets it; the test's is put back
    steps = TOOL.steps_of(["--data", str(copy), "list", "--json"])
    rooms = {(TOOL.room(a), TOOL.room(b)) for a, b in steps} - {(r, r) for r in TOOL.ROOMS}
    assert ("knowledge", "proof") in rooms  # the proof ran
    assert not {step for step in rooms if step[0] == "proof" and step[1] is not None}
    assert ("livertx.knowledge.checked", "livertx.proof.prove") in steps


def test_returns_count_the_steps_into_a_place_already_entered() -> None:
    steps = [("a", "b"), ("b", "c"), ("c", "b"), ("b", "a"), ("a", "d")]
    assert TOOL.returns(steps) == 2
    assert TOOL.returns([]) == 0
    assert TOOL.room("livertx.proof.tiling") == "proof"
    assert TOOL.room("livertx.render") == "render"
    assert TOOL.room("livertx.text_folding") is None


def test_a_run_that_fails_is_said_never_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["livertx"])
    with pytest.raises(RuntimeError, match="ended with 3"):
        TOOL.steps_of(["--data", str(tmp_path / "missing.yaml"), "list", "--json"])
