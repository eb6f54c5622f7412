"""`livertx --install-completion [bash|zsh|fish]`: the one thing livertx writes to your disk, and
only when asked. Each shell gets its own script (livertx's, which calls back into livertx), in the
place that shell reads it from; a shell's start-up file gains the one line that loads it, once.
Run again, it changes nothing. A HOME that does not exist is refused, never created, and a write
that fails is an error (exit 74), never a success.
"""

from __future__ import annotations

import os
import stat

from livertx.errors import OutputError, UsageError

PROG = "livertx"
COMPLETE_VAR = "_LIVERTX_COMPLETE"
SHELLS = ("bash", "zsh", "fish")


class InstallError(OutputError):
    """Completion could not be installed: exit 74, as any failed write."""

    def __init__(self, reason: str) -> None:
        Exception.__init__(self, f"could not install completion: {reason}")


def wanted_shell(given: str | None) -> str:
    """The shell named on the command line, else the one $SHELL names."""
    shell = given or os.path.basename(os.environ.get("SHELL", ""))
    if shell not in SHELLS:
        named = (
            f"{shell!r} is not one of" if shell else "no shell was named, and $SHELL names none of"
        )
        raise UsageError(
            f"{named} {', '.join(SHELLS)}: name one, as in livertx --install-completion bash"
        )
    return shell


# Each shell's script: it calls `livertx` back with _LIVERTX_COMPLETE set, in the protocol
# Typer's completion speaks (and livertx.cli.completion answers fast): the words so far in
# COMP_WORDS and COMP_CWORD (bash) or _TYPER_COMPLETE_ARGS (zsh, fish). livertx's own text, so
# it leans on no private part of Typer; tests/cli/test_completion.py runs the bash one in bash.
SCRIPTS = {
    "bash": """\
_livertx_completion() {
    local IFS=$'\n'
    COMPREPLY=( $( env COMP_WORDS="${COMP_WORDS[*]}" \\
                   COMP_CWORD=$COMP_CWORD \\
                   _LIVERTX_COMPLETE=complete_bash $1 ) )
    return 0
}

complete -o default -F _livertx_completion livertx""",
    "zsh": """\
#compdef livertx

_livertx_completion() {
  eval $(env _TYPER_COMPLETE_ARGS="${words[1,$CURRENT]}" _LIVERTX_COMPLETE=complete_zsh livertx)
}

compdef _livertx_completion livertx""",
    "fish": (
        'complete --command livertx --no-files --arguments "(env _LIVERTX_COMPLETE=complete_fish'
        ' _TYPER_COMPLETE_FISH_ACTION=get-args _TYPER_COMPLETE_ARGS=(commandline -cp) livertx)"'
        ' --condition "env _LIVERTX_COMPLETE=complete_fish _TYPER_COMPLETE_FISH_ACTION=is-args'
        ' _TYPER_COMPLETE_ARGS=(commandline -cp) livertx"'
    ),
}


def script(shell: str) -> str:
    return SCRIPTS[shell]


def _home() -> str:
    home = os.environ.get("HOME", "")
    if not home or not os.path.isdir(home):
        raise InstallError(f"HOME ({home or 'unset'}) is not a folder that exists")
    return home


def places(shell: str, home: str) -> tuple[str, str | None, str | None]:
    """(where the script goes, the start-up file that loads it, the line that does)."""
    if shell == "bash":
        import shlex  # and its re, only for bash's line: not --show-completion's path

        path = os.path.join(home, ".bash_completions", f"{PROG}.sh")
        return path, os.path.join(home, ".bashrc"), f"source {shlex.quote(path)}"
    if shell == "zsh":
        line = "fpath+=~/.zfunc; autoload -Uz compinit; compinit"
        return os.path.join(home, ".zfunc", f"_{PROG}"), os.path.join(home, ".zshrc"), line
    return os.path.join(home, ".config", "fish", "completions", f"{PROG}.fish"), None, None


def _read(path: str) -> str:
    """A start-up file or a script as it is: "" if there is none. Only a regular file of a
    sensible size is read or written (a link to /dev/full, a FIFO would never end)."""
    from livertx.safe_read import Unreadable, read_safely  # only installing reads a file

    if not os.path.lexists(path):
        return ""
    try:
        return read_safely(path).decode("utf-8")
    except Unreadable as error:
        raise InstallError(f"{path}: {error.problem}") from None
    except UnicodeDecodeError:
        raise InstallError(f"{path}: not UTF-8 text") from None


def _write(path: str, text: str) -> None:
    try:
        if os.path.lexists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            raise InstallError(f"{path}: not a regular file")
    except OSError as error:
        raise InstallError(f"{path}: {error.strerror or error}") from None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise InstallError(f"{path}: {error.strerror or error}") from None


def install(given: str | None) -> str:
    """Install completion for a shell; what to tell the user."""
    shell = wanted_shell(given)
    home = _home()
    path, start_up, line = places(shell, home)
    wanted = script(shell)
    changed = []
    if _read(path) != wanted:
        _write(path, wanted)
        changed.append(path)
    if start_up is not None and line is not None:
        current = _read(start_up)
        if line not in current.splitlines():
            joined = current if not current or current.endswith("\n") else current + "\n"
            _write(start_up, f"{joined}{line}\n")
            changed.append(start_up)
    if not changed:
        return f"{shell} completion is already installed in {path}: nothing changed"
    return (
        f"{shell} completion installed in {path}"
        + (f" (loaded from {start_up})" if start_up in changed else "")
        + "; it takes effect in a new terminal"
    )
