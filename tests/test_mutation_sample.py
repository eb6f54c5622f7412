"""tools/mutation_sample.py: the seeded draw the mutation report rests on, the order of the
tests it runs, and its count."""

from __future__ import annotations

import importlib.util
import json
import re
from types import ModuleType

from .conftest import REPO


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "mutation_sample", REPO / "tools" / "mutation_sample.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def _keys(module: str, n: int) -> list[str]:
    return [f"{module}.x_f__mutmut_{i}" for i in range(1, n + 1)]


def test_the_draw_takes_a_tenth_of_each_module_at_least_three_and_never_more_than_it_has() -> None:
    keys = {"a": _keys("a", 25), "b": _keys("b", 2), "c": _keys("c", 40), "d": _keys("d", 101)}
    sample = TOOL.draw(keys)
    by_module = {
        module: [name for name in sample if name.startswith(module + ".")] for module in keys
    }
    assert {module: len(names) for module, names in by_module.items()} == {
        "a": 3,
        "b": 2,
        "c": 4,
        "d": 11,
    }
    for module, names in by_module.items():
        assert len(set(names)) == len(names)
        assert set(names) <= set(keys[module])


def test_the_draw_is_the_same_for_the_same_seed_and_not_for_another() -> None:
    keys = {"a": _keys("a", 300), "b": _keys("b", 90)}
    assert TOOL.draw(keys) == TOOL.draw(keys)
    assert TOOL.draw(keys, seed=TOOL.SEED + 1) != TOOL.draw(keys)


def test_every_proof_test_runs_once_and_the_thousand_case_suites_last() -> None:
    source = (REPO / "tests" / "proof" / "test_proof.py").read_text(encoding="utf-8")
    defined = re.findall(r"^def (test_\w+)\(", source, flags=re.MULTILINE)
    files = {
        f"{folder}/{path.name}"
        for folder in TOOL.FOLDERS
        for path in (REPO / "tests" / folder).glob("test_*.py")
    }
    order = TOOL.ordered_tests(source, [*sorted(files), "knowledge/test_new.py"])
    proof = [test.removeprefix(TOOL.PROOF) for test in order if test.startswith(TOOL.PROOF)]
    assert sorted(proof) == sorted(defined)
    assert proof[-len(TOOL.SLOW) :] == list(TOOL.SLOW)
    named = [test.removeprefix("tests/") for test in order if "::" not in test]
    assert sorted(named) == sorted(files - {TOOL.PROOF_FILE} | {"knowledge/test_new.py"})
    assert named[-1] == "knowledge/test_new.py"  # a file the tool does not know yet runs last
    assert set(TOOL.KNOWLEDGE_FILES) <= files  # every file the tool orders is there


def test_the_count_goes_by_module_and_keeps_a_mutant_s_last_result() -> None:
    lines = [
        json.dumps({"name": "livertx.proof.prove.x__date__mutmut_2", "code": 0}),
        json.dumps({"name": "livertx.proof.prove.x__date__mutmut_2", "code": 1}),
        json.dumps({"name": "livertx.proof.prove.x_prove__mutmut_7", "code": 0}),
        json.dumps({"name": "livertx.proof.saved_page.xǁ_Textǁ__init____mutmut_1", "code": 36}),
        json.dumps({"name": "livertx.proof.pieces.x_cut__mutmut_3", "code": 4}),
    ]
    assert TOOL.count(lines) == {
        "livertx.proof.prove": {"killed": 1, "survived": 1},
        "livertx.proof.saved_page": {"timeout": 1},
        "livertx.proof.pieces": {"other": 1},
    }
