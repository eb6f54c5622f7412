"""Start-up benchmark: how many times a bare `python -c pass` each livertx command costs.

Run it with livertx installed in the current environment, by a regular install (`pip install .`):
an editable install adds its import hook to every start and reads 30-40% slower.

    python benchmarks/startup.py            # 31 alternated rounds
    python benchmarks/startup.py --rounds 61

Every round runs the baseline and each command once, in turn, so that noise on a shared machine
falls on all of them alike. It prints medians, spreads (interquartile range) and the ratios to the
baseline, of wall time and of processor time (user and system, which a busy neighbour does not
inflate), then says which targets hold, judged on processor time. Timings are not tests: this is
not part of pytest.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LIVERTX = str(Path(sys.executable).with_name("livertx"))
COMPLETION_ENV = {
    "_LIVERTX_COMPLETE": "complete_bash",
    "COMP_WORDS": "livertx show sor",
    "COMP_CWORD": "2",
}


@dataclass(frozen=True)
class Case:
    name: str
    argv: list[str]
    env: dict[str, str]
    target: float | None = None  # the largest ratio to the baseline allowed


def cases(data_copy: str) -> list[Case]:
    """Every case; `data_copy` is a copy of the shipped knowledge file, answered in memory."""
    return [
        Case("python -c pass (baseline)", [sys.executable, "-c", "pass"], {}),
        Case("stage recurrent --json", [LIVERTX, "stage", "recurrent", "--json"], {}, 2.5),
        Case("stage recurrent (piped)", [LIVERTX, "stage", "recurrent"], {}, 6),
        Case(
            "stage recurrent --format html",
            [LIVERTX, "stage", "recurrent", "--format", "html"],
            {},
            6,
        ),
        Case("handout recurrent", [LIVERTX, "handout", "recurrent"], {}, 6),
        Case(
            "stage recurrent (terminal)",
            [LIVERTX, "stage", "recurrent"],
            {"TTY_COMPATIBLE": "1", "COLUMNS": "80"},
            9,
        ),
        Case("completion: show sor<TAB>", [LIVERTX], COMPLETION_ENV, 2.5),
        Case("--version", [LIVERTX, "--version"], {}, 2),
        Case("--help", [LIVERTX, "--help"], {}, 9),
        Case("validate (the shipped file)", [LIVERTX, "validate"], {}, 8),
        Case(
            "--data FILE stage recurrent --json",
            [LIVERTX, "--data", data_copy, "stage", "recurrent", "--json"],
            {},
            7,
        ),
        Case("list --json", [LIVERTX, "list", "--json"], {}),
        Case("list", [LIVERTX, "list"], {}),
        Case("show tace --json", [LIVERTX, "show", "tace", "--json"], {}),
        Case("show tace", [LIVERTX, "show", "tace"], {}),
        Case("stage metastatic --json", [LIVERTX, "stage", "metastatic", "--json"], {}),
    ]


# Peak memory is read by a small helper that forks and waits: a child forked from this (larger)
# process would count this process's pages as its own until it execs.
PEAK_HELPER = """
import os, sys
pid = os.fork()
if pid == 0:
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


class CaseFailed(Exception):
    """A command that did not succeed: it has no timing, and its target is missed."""


def run_once(case: Case, env: dict[str, str]) -> tuple[float, float]:
    """(wall time, processor time: user and system) in seconds of one run. The targets are
    judged on processor time: on a shared machine, wall time also measures the neighbours."""
    started = time.perf_counter()
    process = subprocess.Popen(
        case.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**env, **case.env}
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise CaseFailed(f"exit code {process.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime


def peak_memory(case: Case, env: dict[str, str]) -> int:
    """Peak resident memory of one run, in KiB (a floor of a bare Python's, from the helper)."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_HELPER, *case.argv],
        capture_output=True,
        text=True,
        env={**env, **case.env},
    )
    code, peak = done.stdout.split()
    if code != "0":
        raise CaseFailed(f"exit code {code}")
    return int(peak)


def measure(
    rounds: int, every_case: list[Case], home: str
) -> dict[str, tuple[list[float], list[float], list[int]]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LIVERTX_", "_LIVERTX"))}
    # An empty home and cache folder: nothing an earlier run left can help a command.
    env.update(HOME=home, XDG_CACHE_HOME=os.path.join(home, "cache"))
    all_cases = []
    results: dict[str, tuple[list[float], list[float], list[int]]] = {}
    for case in every_case:  # warm the operating system's file cache
        try:
            run_once(case, env)
            results[case.name] = ([], [], [peak_memory(case, env) for _ in range(3)])
            all_cases.append(case)
        except CaseFailed as failure:
            print(f"{case.name}: {failure}, left out", file=sys.stderr)
    for _ in range(rounds):
        order = all_cases[:]
        random.shuffle(order)
        for case in order:
            wall, processor = run_once(case, env)
            results[case.name][0].append(wall)
            results[case.name][1].append(processor)
    return results


def iqr(values: list[float]) -> float:
    quartiles = statistics.quantiles(values, n=4)
    return quartiles[2] - quartiles[0]


def big_file(copies: int, folder: str) -> Path:
    """A knowledge file made of `copies` copies of the real one (every id and name made
    unique), written in `folder`."""
    import yaml

    from livertx.knowledge.file import bundled_path

    with open(bundled_path(), encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    treatments: list[object] = []
    stages: list[object] = []
    for copy in range(copies):
        renamed = _renamed(data, f"-{copy}" if copy else "")
        assert isinstance(renamed, dict)
        treatments += renamed["treatments"]
        stages += renamed["stages"]
    # Held to no page: the copies' names are not the page's (this measures reading, not the proof).
    source = {key: value for key, value in data["source"].items() if key != "capture"}
    big = {"source": source, "treatments": treatments, "stages": stages}
    path = Path(folder) / f"big-{copies}.yaml"
    path.write_text(yaml.safe_dump(big, allow_unicode=True), encoding="utf-8")
    return path


def parse_share(copies: int) -> float:
    """Seconds to read, check and build a knowledge file of `copies` copies of the real one:
    the share that grows with the file."""
    from livertx.knowledge.build import load_knowledge

    with tempfile.TemporaryDirectory() as folder:
        path = big_file(copies, folder)
        timings = []
        for _ in range(7):
            started = time.perf_counter()
            load_knowledge(path)
            timings.append(time.perf_counter() - started)
    return statistics.median(timings)


ID_FIELDS = {"id", "treatment", "only"}
ID_LISTS = {"methods", "drugs", "regimens"}
NAME_FIELDS = {"name"}
NAME_LISTS = {"aliases", "also_called", "search_terms", "abbreviations"}


def _renamed(node: object, suffix: str) -> object:
    """A copy of the knowledge in which every id and name ends in `suffix`."""
    if isinstance(node, list):
        return [_renamed(item, suffix) for item in node]
    if not isinstance(node, dict):
        return node
    copy: dict[str, object] = {}
    for key, value in node.items():
        if key in ID_FIELDS and isinstance(value, str):
            copy[key] = value + suffix
        elif key in NAME_FIELDS and isinstance(value, str):
            copy[key] = value + suffix.replace("-", " ")
        elif key in ID_LISTS and value and isinstance(value[0], str):
            copy[key] = [item + suffix for item in value]
        elif key in NAME_LISTS:
            # "local 3" would be a near miss of the page's "locally", which validate refuses
            # for a word livertx adds (livertx.knowledge.added_words): "local copy 3" is not.
            copy[key] = [item + suffix.replace("-", " copy ") for item in value]
        else:
            copy[key] = _renamed(value, suffix)
    return copy


# Hostile input, each with its bound in processor seconds: the checks must stay bounded whatever
# the page or the knowledge file holds.
SHORT_SENTENCES = "Ab cd. " * 290_000  # 2 MB of short sentences


def hostile_cases(home: str, data_copy: str) -> list[Case]:
    """A 2 MB page of short sentences, alone and inside the page's Surveillance part, for
    verify-source and validate --source (5 s); an 800 KB knowledge file with 1,500 texts that
    are not the page's, for validate (10 s)."""
    import random
    import re

    folder = os.path.dirname(data_copy)
    capture = Path(folder, "source", "nci-liver-cancer-treatment.txt").read_text(encoding="utf-8")
    alone = Path(home, "short-sentences.txt")
    alone.write_text(SHORT_SENTENCES, encoding="utf-8")
    inside = Path(home, "page-with-short-sentences.txt")
    sentence = "Follow-up every 3 months is common."
    inside.write_text(capture.replace(sentence, f"{sentence} {SHORT_SENTENCES}", 1), "utf-8")
    words = re.findall(r"[a-z]{4,}", capture)
    chooser = random.Random(1)  # noqa: S311 -- the same made-up texts every run, not a secret
    texts = "".join(
        "      - " + " ".join(chooser.choice(words) for _ in range(70)) + ".\n" for _ in range(1500)
    )
    anchor = "      - During active surveillance, certain exams and tests are done on a regular"
    knowledge = Path(data_copy).read_text(encoding="utf-8")
    large = Path(folder, "large.yaml")
    large.write_text(knowledge.replace(anchor, texts + anchor, 1), encoding="utf-8")
    return [
        Case(
            "verify-source: 2 MB of short sentences", [LIVERTX, "verify-source", str(alone)], {}, 5
        ),
        Case(
            "verify-source: the page + 2 MB of them", [LIVERTX, "verify-source", str(inside)], {}, 5
        ),
        Case(
            "validate --source: the page + 2 MB of them",
            [LIVERTX, "validate", "--source", str(inside)],
            {},
            5,
        ),
        Case(
            "validate: 800 KB, 1,500 texts not the page's",
            [LIVERTX, "validate", str(large)],
            {},
            10,
        ),
    ]


def bounded(case: Case, env: dict[str, str], rounds: int = 3) -> float:
    """The most processor time of a few runs of a case that may fail (a check that finds
    problems exits 1 or 3): the bound is on time, not on the verdict."""
    import resource

    most = 0.0
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(case.argv, env={**env, **case.env}, capture_output=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        most = max(most, used)
    return most


def knowledge_copy(home: str) -> str:
    """A copy of the shipped knowledge file in `home`, answered in memory. It names its page's
    capture and is held to it on every load: the capture goes beside it, as in the repository."""
    from livertx.knowledge.file import bundled_path

    knowledge = os.path.join(home, "knowledge")
    os.makedirs(os.path.join(knowledge, "source"))
    data_copy = os.path.join(knowledge, "treatments-copy.yaml")
    shutil.copyfile(bundled_path(), data_copy)
    capture = os.path.join(os.path.dirname(os.path.realpath(bundled_path())), "source")
    shutil.copyfile(
        os.path.join(capture, "nci-liver-cancer-treatment.txt"),
        os.path.join(knowledge, "source", "nci-liver-cancer-treatment.txt"),
    )
    return data_copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--no-parse", action="store_true", help="skip the file-size check")
    arguments = parser.parse_args()
    rounds = arguments.rounds
    with tempfile.TemporaryDirectory() as home:
        data_copy = knowledge_copy(home)
        every_case = cases(data_copy)
        results = measure(rounds, every_case, home)
        left = [name for name in os.listdir(home) if name != "knowledge"]
        environment = {**os.environ, "HOME": home}
        hostile = [(case, bounded(case, environment)) for case in hostile_cases(home, data_copy)]
    baseline = statistics.median(results[every_case[0].name][0])
    baseline_cpu = statistics.median(results[every_case[0].name][1])
    held = True
    print(
        f"{rounds} alternated rounds; baseline python -c pass = {baseline * 1000:.1f} ms wall, "
        f"{baseline_cpu * 1000:.1f} ms processor\n"
    )
    print(
        f"{'command':<36} {'wall':>8} {'IQR':>7} {'ratio':>6} {'cpu ratio':>9} {'peak':>8}  target"
    )
    for case in every_case:
        if case.name not in results:
            held = False
            print(f"{case.name:<30} {'failed':>9}")
            continue
        seconds, processor, peaks = results[case.name]
        median = statistics.median(seconds)
        ratio = median / baseline
        cpu_ratio = statistics.median(processor) / baseline_cpu
        verdict = ""
        if case.target is not None:
            ok = cpu_ratio <= case.target
            held &= ok
            verdict = f"<= {case.target:g}x {'holds' if ok else 'MISSED'}"
        print(
            f"{case.name:<36} {median * 1000:>6.1f}ms {iqr(seconds) * 1000:>5.1f}ms "
            f"{ratio:>5.2f}x {cpu_ratio:>8.2f}x {max(peaks) / 1024:>6.1f}MiB  {verdict}"
        )
    json_peak = max(results.get("stage recurrent --json", ([], [], [0]))[2]) / 1024
    ok = json_peak <= 30
    held &= ok
    verdict = "holds" if ok else "MISSED"
    print(f"\npeak memory of the --json path: {json_peak:.1f} MiB (<= 30 MiB {verdict})")
    if not arguments.no_parse:
        one, ten = parse_share(1), parse_share(10)
        ok = ten <= 10 * one
        held &= ok
        print(
            f"parse share: 1x file {one * 1000:.1f} ms, 10x file {ten * 1000:.1f} ms "
            f"= {ten / one:.1f}x (<= 10x {'holds' if ok else 'MISSED'})"
        )
    print("\nhostile input, the most processor time of 3 runs:")
    for case, used in hostile:
        ok = case.target is not None and used <= case.target
        held &= ok
        print(f"{case.name:<46} {used:>6.2f} s  <= {case.target:g} s {'holds' if ok else 'MISSED'}")
    held &= not left
    print(f"left in the empty home folder: {', '.join(left) or 'nothing'}")
    print("\nevery target holds" if held else "\nsome targets were MISSED")
    sys.exit(0 if held else 1)


if __name__ == "__main__":
    main()
