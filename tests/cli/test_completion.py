"""Shell completion: names and stages from the knowledge file in use, the same words whether
the fast path (livertx.cli.completion) or Typer answers, in each shell's format."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
import yaml
from typer.testing import CliRunner

from livertx.cli.app import app
from livertx.cli.completion import fast_answer

from ..conftest import REPO, Invoke

LIVERTX = str(Path(sys.executable).with_name("livertx"))

BASH = "complete_bash"
CASES = [
    ({"COMP_WORDS": "livertx show sor", "COMP_CWORD": "2"}, BASH, "sorafenib\n"),
    ({"COMP_WORDS": "livertx show ta", "COMP_CWORD": "2"}, BASH, "tae\ntace\ntargeted-therapy\n"),
    (
        {"COMP_WORDS": "livertx stage loc", "COMP_CWORD": "2"},
        BASH,
        "localized\nlocally-advanced\n",
    ),
    (
        {"COMP_WORDS": "livertx show --json cryo", "COMP_CWORD": "3"},
        BASH,
        "cryoablation\n",  # one entry, once: not also its other names, cryotherapy and cryosurgery
    ),
    # Another of its names when the id does not start with what was typed.
    ({"COMP_WORDS": "livertx show chemo", "COMP_CWORD": "2"}, BASH, "chemoembolization\n"),
    ({"COMP_WORDS": "livertx schema s", "COMP_CWORD": "2"}, BASH, "show\nstage\nstages\nsearch\n"),
    ({"COMP_WORDS": "livertx --color never show pem", "COMP_CWORD": "4"}, BASH, "pembrolizumab\n"),
    ({"COMP_WORDS": "livertx show zzz", "COMP_CWORD": "2"}, BASH, ""),
    (
        {"_TYPER_COMPLETE_ARGS": "livertx stage rec"},
        "complete_zsh",
        '_arguments \'*: :(("recurrent":"Recurrent liver cancer"))\'\n',
    ),
    (
        {"_TYPER_COMPLETE_ARGS": "livertx show nivo", "_TYPER_COMPLETE_FISH_ACTION": "get-args"},
        "complete_fish",
        "nivolumab\tnivolumab (drug)\n"
        "nivolumab-with-ipilimumab\tnivolumab with ipilimumab (combination)\n",
    ),
]


def _entry_ids() -> list[str]:
    from livertx.answers.prepared import for_file

    return list(for_file(None).entries)


def _documents() -> list[str]:
    from livertx.cli.commands import DOCUMENTS

    return list(DOCUMENTS)


@pytest.mark.parametrize(
    ("line", "words"),
    [("livertx show ", _entry_ids), ("livertx schema ", _documents)],
    ids=["every entry once, by its id", "every JSON document"],
)
def test_a_bare_argument_completes_each_thing_once(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    line: str,
    words: Callable[[], list[str]],
) -> None:
    _environment(monkeypatch, {"COMP_WORDS": line, "COMP_CWORD": "2"}, BASH)
    answer = fast_answer(BASH)
    assert answer is not None and answer() == 0
    assert capsys.readouterr().out.split() == words()


def _environment(monkeypatch: pytest.MonkeyPatch, extra: dict[str, str], instruction: str) -> None:
    for name in ("COMP_WORDS", "COMP_CWORD", "_TYPER_COMPLETE_ARGS", "_TYPER_COMPLETE_FISH_ACTION"):
        monkeypatch.delenv(name, raising=False)
    for name, value in extra.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("_LIVERTX_COMPLETE", instruction)


@pytest.mark.parametrize(("extra", "instruction", "expected"), CASES)
def test_fast_completion(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: dict[str, str],
    instruction: str,
    expected: str,
) -> None:
    _environment(monkeypatch, extra, instruction)
    answer = fast_answer(instruction)
    assert answer is not None
    assert answer() == 0
    assert capsys.readouterr().out == expected


@pytest.mark.parametrize(("extra", "instruction", "expected"), CASES)
def test_typer_completion_gives_the_same_words(
    monkeypatch: pytest.MonkeyPatch, extra: dict[str, str], instruction: str, expected: str
) -> None:
    _environment(monkeypatch, extra, instruction)
    result = CliRunner().invoke(app, [], prog_name="livertx")
    printed = (
        result.stdout if result.stdout.endswith("\n") or not result.stdout else result.stdout + "\n"
    )
    if expected == "" and instruction == BASH:
        printed = printed.strip()
    assert printed == expected


def test_fish_asks_whether_there_are_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = {"_TYPER_COMPLETE_ARGS": "livertx show sor", "_TYPER_COMPLETE_FISH_ACTION": "is-args"}
    _environment(monkeypatch, extra, "complete_fish")
    answer = fast_answer("complete_fish")
    assert answer is not None and answer() == 0
    extra["_TYPER_COMPLETE_ARGS"] = "livertx show qqq"
    _environment(monkeypatch, extra, "complete_fish")
    answer = fast_answer("complete_fish")
    assert answer is not None and answer() == 1


@pytest.mark.parametrize(
    "words",
    ["livertx st", "livertx show tace --js", "livertx --da", "livertx show tace sor"],
)
def test_commands_and_options_are_left_to_typer(
    monkeypatch: pytest.MonkeyPatch, words: str
) -> None:
    _environment(
        monkeypatch, {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}, BASH
    )
    assert fast_answer(BASH) is None


def test_completion_uses_the_knowledge_file_in_use(tmp_path: Path) -> None:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    del data["source"]["capture"]  # text that is not the page's
    data["treatments"][0]["id"] = "sorbet-watching"
    data["stages"][0]["options"][0]["treatment"] = "sorbet-watching"
    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    env = {
        **os.environ,
        "_LIVERTX_COMPLETE": BASH,
        "COMP_WORDS": f"livertx --data {path} show sor",
        "COMP_CWORD": "4",
    }
    done = subprocess.run([LIVERTX], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == ["sorbet-watching", "sorafenib"]
    env.update({"COMP_WORDS": "livertx show sor", "COMP_CWORD": "2", "LIVERTX_DATA": str(path)})
    done = subprocess.run([LIVERTX], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == ["sorbet-watching", "sorafenib"]


def test_a_broken_knowledge_file_completes_nothing_quietly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("[", encoding="utf-8")
    env = {
        **os.environ,
        "_LIVERTX_COMPLETE": BASH,
        "COMP_WORDS": f"livertx --data {broken} show sor",
        "COMP_CWORD": "4",
    }
    done = subprocess.run([LIVERTX], capture_output=True, text=True, env=env, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.parametrize(
    "environment",
    [
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_CWORD": "1"},  # no COMP_WORDS
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_WORDS": "livertx show"},  # no COMP_CWORD
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_WORDS": "livertx show", "COMP_CWORD": "-100"},
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_WORDS": "livertx show", "COMP_CWORD": "0"},
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_WORDS": "livertx show", "COMP_CWORD": "9"},
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_WORDS": "livertx", "COMP_CWORD": "x"},
        {"_LIVERTX_COMPLETE": "complete_bash", "COMP_WORDS": "", "COMP_CWORD": "1"},
    ],
    ids=["no words", "no word number", "-100", "0", "past the end", "not a number", "empty"],
)
def test_completion_answers_empty_for_a_request_no_shell_makes(
    environment: dict[str, str],
) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("COMP_", "_LIVERTX"))}
    done = subprocess.run(
        [LIVERTX], capture_output=True, text=True, env={**clean, **environment}, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.parametrize("shell", ["zsh", "fish", "powershell", "pwsh"])
def test_completion_answers_without_its_variables_in_every_shell(shell: str) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("_TYPER", "_LIVERTX"))}
    done = subprocess.run(
        [LIVERTX],
        capture_output=True,
        text=True,
        env={**clean, "_LIVERTX_COMPLETE": f"complete_{shell}"},
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")


# Installing completion ------------------------------------------------------------------------


class Installed(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def install(invoke: Invoke) -> Callable[..., Installed]:
    """`livertx --install-completion ARGS` for a user whose HOME is `home`, in-process (the
    user's path, which mutation testing sees): nothing of livertx's own environment set."""

    def run(home: Path, *args: str) -> Installed:
        env: dict[str, str | None] = {
            k: None for k in os.environ if k.startswith(("_LIVERTX", "LIVERTX_"))
        }
        result = invoke(
            "--install-completion", *args, env={**env, "HOME": str(home), "SHELL": "/bin/bash"}
        )
        return Installed(result.exit_code, result.stdout, result.stderr)

    return run


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_install_refuses_a_home_that_does_not_exist_and_creates_nothing(
    install: Callable[..., Installed], tmp_path: Path
) -> None:
    done = install(tmp_path / "no" / "such" / "home", "bash")
    assert done.returncode == 74
    assert done.stderr == (
        f"livertx: could not install completion: HOME ({tmp_path}/no/such/home) is not a folder "
        "that exists\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_install_twice_changes_nothing_the_second_time(
    install: Callable[..., Installed], tmp_path: Path
) -> None:
    (tmp_path / ".bashrc").write_text("alias ll='ls -l'")  # no newline at its end
    first = install(tmp_path)
    assert first.returncode == 0, first.stderr
    after_first = _files(tmp_path)
    script = shlex.quote(f"{tmp_path}/.bash_completions/livertx.sh")
    assert after_first[".bashrc"].decode() == f"alias ll='ls -l'\nsource {script}\n"
    second = install(tmp_path, "bash")
    assert second.returncode == 0
    assert "nothing changed" in second.stdout
    assert _files(tmp_path) == after_first


@pytest.mark.parametrize(
    ("shell", "script", "start"),
    [
        ("zsh", ".zfunc/_livertx", "#compdef livertx"),
        ("fish", ".config/fish/completions/livertx.fish", "complete --command livertx"),
    ],
)
def test_zsh_and_fish_get_their_own_script(
    install: Callable[..., Installed], tmp_path: Path, shell: str, script: str, start: str
) -> None:
    done = install(tmp_path, shell)
    assert done.returncode == 0, done.stderr
    files = _files(tmp_path)
    assert files[script].decode().startswith(start)
    assert ".bash_completions/livertx.sh" not in files


def test_install_refuses_a_shell_it_has_no_script_for(
    install: Callable[..., Installed], tmp_path: Path
) -> None:
    done = install(tmp_path, "powershell")
    assert done.returncode == 2
    assert done.stderr.startswith("livertx: 'powershell' is not one of bash, zsh, fish")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_install_is_an_error_not_a_success(
    install: Callable[..., Installed], tmp_path: Path
) -> None:
    (tmp_path / ".bash_completions").write_text("a file where a folder must go")
    done = install(tmp_path, "bash")
    assert done.returncode == 74
    assert done.stderr.startswith("livertx: could not install completion: ")


def test_a_home_with_quotes_is_quoted_in_bashrc(
    install: Callable[..., Installed], tmp_path: Path
) -> None:
    """A HOME named to run a command (x$(touch PWNED), and x'; touch PWNED; ' to break out of
    the quotes) runs nothing at bash's start: the line sources the script and does nothing
    else."""
    home = tmp_path / "x$(touch PWNED)'; touch PWNED; '"
    home.mkdir()
    assert install(home, "bash").returncode == 0
    subprocess.run(
        ["bash", "--norc", "-c", f"source {shlex.quote(str(home / '.bashrc'))}"],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        env={**os.environ, "HOME": str(home)},
    )
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("special", ["/dev/null", "/dev/full", "fifo"])
def test_install_writes_only_into_a_regular_file(
    install: Callable[..., Installed], tmp_path: Path, special: str
) -> None:
    """A start-up file linked to a device, or a FIFO, is refused (74): never a success that
    loads nothing, never a read that does not end."""
    bashrc = tmp_path / ".bashrc"
    if special == "fifo":
        os.mkfifo(bashrc)
    else:
        bashrc.symlink_to(special)
    done = install(tmp_path, "bash")
    assert done.returncode == 74
    assert "not a regular file" in done.stderr or "is a" in done.stderr


def test_the_bash_script_completes_in_bash(tmp_path: Path) -> None:
    """livertx's own bash script (no private part of Typer writes it), run by bash: it calls the
    installed `livertx` back and completes a name."""
    import shutil

    from livertx.cli.completion_install import script

    bash = shutil.which("bash")
    assert bash is not None
    (tmp_path / "livertx.sh").write_text(script("bash"), encoding="utf-8")
    run = (
        f"source {tmp_path / 'livertx.sh'}; COMP_WORDS=(livertx show sora); COMP_CWORD=2;"
        ' _livertx_completion livertx; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    path = f"{Path(sys.executable).parent}:{os.environ['PATH']}"
    done = subprocess.run(
        [bash, "--norc", "-c", run],
        env={**os.environ, "PATH": path},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "sorafenib" in done.stdout.split()
