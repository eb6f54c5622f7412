"""Shell completion of names and stages, from the knowledge file in use.

A TAB runs the whole program, so completing a command's argument is answered here, from the answers
ahead of time (livertx.answers.prepared), in the shell's own format, without importing Typer.
Typer's completion (`livertx --install-completion`, and completing commands and options) calls
`candidates` too, so both give the same words.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from livertx.cli.grammar import (
    DATA,
    JSON,
    JSON_DOCUMENTS,
    TWO_OR_MORE,
    VALUE_OPTIONS,
    data_from,
    split_global_options,
)
from livertx.errors import KnowledgeError
from livertx.output import write_text
from livertx.visible import visible

SHELLS = ("bash", "zsh", "fish")
# What the shells' completion scripts (Typer's) set _LIVERTX_COMPLETE to.
INSTRUCTIONS = tuple(
    f"{action}_{shell}"
    for action in ("complete", "source")
    for shell in (*SHELLS, "powershell", "pwsh")
)


def candidates(data_path: str | None, kind: str, incomplete: str) -> list[tuple[str, str]]:
    """(word, help) for each thing of `kind` whose word starts with what was typed: each entry
    or stage once, by the first of its words that does (its id, which comes first, when it
    does: `tace` is offered for TACE, not also `chemoembolization`)."""
    if kind == JSON_DOCUMENTS:
        from livertx.cli.commands import DOCUMENTS as NAMES  # the table and its handlers: as below

        words = [[name, f"the schema of livertx {name} --json"] for name in NAMES]
        words[-1][1] = "the schema of an error under --json"
    else:
        from livertx.answers.prepared import completion_words  # not for the documents' names

        try:
            words = completion_words(data_path)[kind]
        except KnowledgeError:  # a broken file: nothing to offer, and no noise at a prompt
            return []
    typed = incomplete.lower()
    offered: dict[str, str] = {}  # help (one entry's) -> the word offered for it
    for word, help_text in words:
        if word.startswith(typed) and help_text not in offered:
            offered[help_text] = word
    return [(visible(word), visible(help_text)) for help_text, word in offered.items()]


def split_words(line: str) -> list[str]:
    """The words of a command line, as the shell would split them, even when unfinished."""
    import shlex  # only a request's words: not when Typer writes a shell's script

    lexer = shlex.shlex(line, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words: list[str] = []
    try:
        words.extend(lexer)
    except ValueError:  # an unclosed quote: keep the partial word
        words.append(lexer.token)
    return words


def _request(shell: str, environ: dict[str, str]) -> tuple[list[str], str]:
    """(the words before the one being completed, the word being completed). ValueError for a
    request no shell would make (bash's words missing, or a word number not among them)."""
    if shell == "bash":
        words = split_words(environ["COMP_WORDS"]) if "COMP_WORDS" in environ else None
        index = int(environ.get("COMP_CWORD", ""))  # ValueError when missing or not a number
        if words is None or not 1 <= index <= len(words):
            raise ValueError("not a completion request")
        return words[1:index], (words[index] if index < len(words) else "")
    line = environ.get("_TYPER_COMPLETE_ARGS", "")
    words = split_words(line)[1:]
    if words and not line.endswith(" "):
        return words[:-1], words[-1]
    return words, ""


def _target(before: list[str]) -> tuple[str, str | None] | None:
    """(kind of word wanted, --data given) when an argument of a command is being completed."""
    from livertx.cli.commands import BY_NAME  # the table and its handlers: only for a request

    given, words = split_global_options(before)
    if any(option not in VALUE_OPTIONS or value is None for option, value in given):
        return None
    data = next((value for option, value in reversed(given) if option == DATA.name), None)

    command = BY_NAME.get(words[0]) if words else None
    if command is None or command.argument is None or command.argument.completes is None:
        return None
    rest = words[1:]
    if any(word.startswith("-") and word != JSON.name for word in rest):
        return None  # options after the command: let Typer work it out
    if command.argument.count != TWO_OR_MORE and [w for w in rest if w != JSON.name]:
        return None  # its one argument is given already
    return command.argument.completes, data


def _format(shell: str, found: list[tuple[str, str]], environ: dict[str, str]) -> tuple[str, int]:
    """What the shell's completion function expects to read, and the exit code."""
    if shell == "bash":
        return "\n".join(word for word, _ in found), 0
    if shell == "fish":
        if environ.get("_TYPER_COMPLETE_FISH_ACTION") == "is-args":
            return "", 0 if found else 1
        return "\n".join(f"{word}\t{help_text}" for word, help_text in found), 0

    def escape(text: str) -> str:
        for char, replacement in (('"', '""'), ("'", "''"), ("$", "\\$"), ("`", "\\`")):
            text = text.replace(char, replacement)
        return text.replace(":", r"\\:")

    if not found:
        return "_files", 0
    items = "\n".join(f'"{escape(word)}":"{escape(help_text)}"' for word, help_text in found)
    return f"_arguments '*: :(({items}))'", 0


def fast_answer(instruction: str) -> Callable[[], int] | None:
    """What answers a completion request here, or None to leave it to Typer."""
    shell = instruction.removeprefix("complete_")
    if not instruction.startswith("complete_") or shell not in SHELLS:
        return None
    environ = dict(os.environ)
    try:
        before, incomplete = _request(shell, environ)
    except ValueError:  # a request no shell makes: nothing sensible to offer, and no error
        return lambda: 0
    target = _target(before)
    if target is None or incomplete.startswith("-"):
        return None
    kind, data = target

    def answer() -> int:
        found = candidates(data_from(data, environ), kind, incomplete)
        text, code = _format(shell, found, environ)
        if text:
            write_text(text + "\n")
        return code

    return answer
