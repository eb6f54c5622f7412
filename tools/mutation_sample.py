"""A seeded sample of mutmut's mutants, run against ordered tests, and counted per module.

Every target's mutants take hours on two cores; a stratified tenth of them takes one
(docs/mutation-report.md). Run from the repository:

    python tools/mutation_sample.py make                     # mutmut's mutants/, nothing run
    python tools/mutation_sample.py draw > sample.txt        # a tenth of each module, seeded
    python tools/mutation_sample.py run sample.txt results.jsonl [--rest | --tests TEST…]
    python tools/mutation_sample.py count results.jsonl

`run` sets MUTANT_UNDER_TEST itself and runs pytest in `mutants/` with `PYTHONPATH` set to a
copy of `src/` where only the mutant's module is mutmut's (an editable install would otherwise
win, and every mutant would "survive"; see one_mutated_module). It runs the
knowledge tests, cheapest first, stopping at the first failure: a mutant killed by a subset of
the suite is killed by the whole of it. `--rest` runs the rest of the suite, for the mutants
that survived the first pass; `--tests` only the tests given (new tests, against the survivors
of a run without them). Results are appended, so a stopped run goes on where it was.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MUTANTS = REPO / "mutants"
SEED = 20261201
PROOF = "tests/proof/test_proof.py::"
PROOF_FILE = "proof/test_proof.py"
# The folders of the knowledge file's and the page proof's tests, each "folder/test_….py".
FOLDERS = ("knowledge", "proof")
# The thousand-case suites: last, so that -x ends most killed mutants long before them.
SLOW = (
    "test_every_sentence_deleted_moved_or_reordered_is_caught",
    "test_every_only_option_and_condition_moved_dropped_or_added_is_caught",
    "test_every_text_cut_short_or_run_on_is_caught",
    "test_every_word_of_every_text_swapped_for_a_page_word_is_caught",
    "test_every_reference_swapped_dropped_or_added_is_caught",
)
KNOWLEDGE_FILES = (
    "knowledge/test_facts.py",
    "knowledge/test_lookup.py",
    "knowledge/test_names.py",
    "proof/test_sections.py",
    "proof/test_excerpts.py",
    "proof/test_page_check.py",
    "proof/test_saved_page.py",
    "proof/test_every_change.py",
    "proof/test_list_structure.py",
    "proof/test_page_update.py",
    "knowledge/test_build.py",
    "knowledge/test_yaml_tree.py",
    "knowledge/test_validation.py",
    "knowledge/test_validation_links.py",
    "knowledge/test_added_words.py",
    "knowledge/test_added_words_mutations.py",
    "knowledge/test_option_order.py",
    "proof/test_stage_lists.py",
    "proof/test_tiling.py",
    "knowledge/test_partial_files.py",
    "proof/test_sentence_parts.py",
    "knowledge/test_source_block.py",
    "proof/test_page_edits.py",  # a thousand-case suite: last
)
# A mutant that has not ended in this long is counted a timeout, as mutmut would: the knowledge
# tests take under 2 minutes with one module mutated, under 5 with every module.
TIMEOUT_S = 600
# mutmut's exit codes, as `mutmut results` reads them.
STATUS = {0: "survived", 1: "killed", 3: "killed", 36: "timeout"}


def keys_by_module(mutants: Path) -> dict[str, list[str]]:
    """Every mutant's name, by module, in path order, as mutmut's `.meta` files list them."""
    keys: dict[str, list[str]] = {}
    for meta in sorted((mutants / "src").rglob("*.py.meta")):
        module = ".".join(meta.relative_to(mutants / "src").with_suffix("").with_suffix("").parts)
        names = sorted(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
        if names:
            keys[module] = names
    return keys


def draw(keys: dict[str, list[str]], seed: int = SEED) -> list[str]:
    """A tenth of each module's mutants (at least 3, or all it has), seeded, modules in order."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible draw, not a secret)
    sample: list[str] = []
    for names in keys.values():
        sample += rng.sample(names, min(len(names), max(3, math.ceil(len(names) / 10))))
    return sample


def ordered_tests(proof_source: str, files: Iterable[str]) -> list[str]:
    """The knowledge tests, cheapest first: the proof's small tests, the other files (those of
    KNOWLEDGE_FILES in its order, then any other), the thousand-case suites."""
    small = [
        line.split("(")[0].removeprefix("def ")
        for line in proof_source.splitlines()
        if line.startswith("def test_")
    ]
    cheap = [PROOF + name for name in small if name not in SLOW]
    rank = {name: place for place, name in enumerate(KNOWLEDGE_FILES)}
    others = sorted(set(files) - {PROOF_FILE}, key=lambda f: (rank.get(f, len(rank)), f))
    return cheap + [f"tests/{name}" for name in others] + [PROOF + n for n in SLOW]


def _pytest_args() -> list[str]:
    import tomllib  # Python 3.11 or later: the tool's own, not the project's 3.10

    with (REPO / "pyproject.toml").open("rb") as config:
        args: list[str] = tomllib.load(config)["tool"]["mutmut"]["pytest_add_cli_args"]
    return args


def one_mutated_module(module: str) -> Path:
    """A source tree of the checkout with only `module` mutmut's: a trampoline on every call of
    every module slows the proof's suites two and a half times, and the other modules behave the
    same without them. Made once, under mutants/ (`mutants/` must be made from this checkout)."""
    tree = MUTANTS / "one" / module
    if not tree.exists():
        shutil.copytree(REPO / "src", tree)  # links followed: the shipped file, as a file
        path = Path(*module.split(".")).with_suffix(".py")
        shutil.copyfile(MUTANTS / "src" / path, tree / path)
    return tree


def run_one(name: str, tests: list[str]) -> dict[str, object]:
    source = one_mutated_module(module_of(name))
    env = dict(os.environ, PYTHONPATH=str(source), MUTANT_UNDER_TEST=name)
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-rf", "--tb=no", *_pytest_args()]
    start = time.monotonic()
    try:
        done = subprocess.run(
            [*command, *tests],
            cwd=MUTANTS,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        code, out = done.returncode, done.stdout
    except subprocess.TimeoutExpired:
        code, out = 36, ""
    failed = [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("FAILED ")]
    return {"name": name, "code": code, "s": round(time.monotonic() - start, 1), "by": failed[:1]}


def run(names: Iterable[str], results: Path, rest: bool, only: list[str]) -> None:
    seen = set()
    if results.exists():
        seen = {json.loads(line)["name"] for line in results.read_text().splitlines()}
    todo = [name for name in names if name not in seen]
    for module in {module_of(name) for name in todo}:
        one_mutated_module(module)
    if only:
        tests = only
    elif rest:
        tests = ["tests", *(f"--ignore=tests/{folder}" for folder in FOLDERS)]
    else:
        files = [
            f"{folder}/{path.name}"
            for folder in FOLDERS
            for path in (MUTANTS / "tests" / folder).glob("test_*.py")
        ]
        tests = ordered_tests((MUTANTS / PROOF.removesuffix("::")).read_text(), files)
    with ThreadPoolExecutor(2) as pool, results.open("a") as out:
        for result in pool.map(lambda name: run_one(name, tests), todo):
            out.write(json.dumps(result) + "\n")
            out.flush()


def module_of(name: str) -> str:
    """The module of a mutant's name: `livertx.proof.prove` of
    `livertx.proof.prove.x__date__mutmut_2` (a method's is `.xǁClassǁname__mutmut_N`)."""
    parts = name.split(".")
    return ".".join(parts[: next(i for i, part in enumerate(parts) if part.startswith("x"))])


def count(lines: Iterable[str]) -> dict[str, Counter[str]]:
    """Each module's results by status; a later line for a mutant replaces an earlier one."""
    last = {(result := json.loads(line))["name"]: result for line in lines if line.strip()}
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for name, result in last.items():
        by_module[module_of(name)][STATUS.get(result["code"], "other")] += 1
    return dict(by_module)


def make() -> None:
    """What `mutmut run` does before it tests anything: copy the project into mutants/ and
    write every target's mutants (mutmut 3.8's own functions; its stats run takes long)."""
    from mutmut.__main__ import create_mutants, store_lines_covered_by_tests
    from mutmut.mutation.trampoline import set_mutant_under_test
    from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths

    os.chdir(REPO)  # mutmut reads its configuration from the working folder
    set_mutant_under_test("mutant_generation")
    MUTANTS.mkdir(exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    setup_source_paths()
    store_lines_covered_by_tests()
    print(create_mutants(2))


def main(argv: list[str]) -> None:
    if argv[:1] == ["make"]:
        make()
    elif argv[:1] == ["draw"]:
        print("\n".join(draw(keys_by_module(MUTANTS))))
    elif argv[:1] == ["run"] and len(argv) >= 3:
        only = argv[argv.index("--tests") + 1 :] if "--tests" in argv else []
        run(Path(argv[1]).read_text().split(), Path(argv[2]), "--rest" in argv, only)
    elif argv[:1] == ["count"] and len(argv) == 2:
        for module, counts in sorted(count(Path(argv[1]).read_text().splitlines()).items()):
            print(module, dict(counts))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
