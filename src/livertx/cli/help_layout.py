"""How help looks and what it names: laid out for narrow terminals too, paged like every view,
with the words of the knowledge file in use (its page, date and stages). The Typer app
(livertx.cli.app) gives its commands this context and this help option."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence
from typing import Any

import typer

from livertx.cli.commands import COMMANDS
from livertx.dates import long_date
from livertx.errors import LivertxError
from livertx.output import write_page


class NarrowHelpFormatter(typer.Context.formatter_class):  # type: ignore[valid-type,misc]
    """Below 60 columns, each option or command on its line and what it does indented below
    it, never a word cut: Click's two columns leave ten characters for the text at 40."""

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        if self.width >= NARROW_HELP:
            super().write_dl(rows, col_max, col_spacing)
            return
        indent = " " * (self.current_indent + 4)
        for term, description in rows:
            self.write(f"{' ' * self.current_indent}{term}\n")
            width = max(self.width - len(indent), 20)
            for line in textwrap.wrap(
                description, width, break_long_words=False, break_on_hyphens=False
            ):
                self.write(f"{indent}{line}\n")


NARROW_HELP = 60


class HelpContext(typer.Context):
    """Click's context, with help laid out by NarrowHelpFormatter."""

    formatter_class = NarrowHelpFormatter


class PagedHelp:
    """Help, like every view, through the pager when it is taller than the terminal."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is None:
            return None

        def show_help(ctx: Any, _: Any, value: bool) -> None:
            if not value or ctx.resilient_parsing:
                return
            # Click would lay help out at 50 columns at least: fit the terminal (40 columns).
            ctx.terminal_width = min(max(shutil.get_terminal_size().columns, 20), 100)
            paged = getattr(ctx.find_root().command, "paged", True)  # LivertxGroup's
            write_page(ctx.get_help() + "\n", paged=paged)
            ctx.exit()

        option.callback = show_help
        return option


def help_words(data: str | None) -> tuple[str, str]:
    """(help, epilog) for `livertx --help`, with the words of the knowledge file in use: its
    page, its date, its stages. A file that cannot be read is named as such: help still shows."""
    from livertx.answers.prepared import for_file  # only help names it: not a usage error's path

    try:
        answers = for_file(data)
        source = answers.source
        stages = [stage["id"] for stage in answers.stage_list]
    except LivertxError:
        source, stages = None, []
    if source is None:
        about = f"the knowledge file {data}, which cannot be read (livertx validate {data})"
    elif source["checked"]:
        about = (
            f"the page “{source['title']}”, {source['publisher']} "
            f"(updated {long_date(source['updated'])})"
        )
    else:
        about = f"the knowledge file {data}, which names no page it is checked against"
    condition = f" for {source['condition']}" if source and source["condition"] else ""
    from livertx.visible import visible  # only help: not --version's on the Typer path

    text = visible(
        f"Treatment options{condition}, as listed on {about}. Information, not medical advice."
    )
    stages = [visible(stage) for stage in stages]
    lines = [
        "  " + ", ".join(stages[i : i + 2]) + ("," if i + 2 < len(stages) else "")
        for i in range(0, len(stages), 2)
    ]
    # The bundled page's own examples; for another file, commands that need none of its words.
    examples = (
        BUNDLED_EXAMPLES
        if data is None
        else ["  livertx list", *[f"  livertx stage {stage}" for stage in stages[:1]]]
    )
    epilog = (
        "\b\nExamples:\n"
        + "\n".join(examples)
        + "\n"
        + ("\n\b\nStages (livertx stages):\n" + "\n".join(lines) + "\n" if stages else "")
        + "\nNames: an entry's name, abbreviation or another name; a word of one name finds it"
        + (" (livertx show transplant)." if data is None else ".")
    )
    return text, epilog


BUNDLED_EXAMPLES = [
    "  livertx stage recurrent",
    "  livertx show tace",
    '  livertx search "hepatic artery"',
    "  livertx stage advanced --json |",
    "    jq -r '.options[].label'",
]


def short_usage(data: str | None) -> str:
    """What `livertx` alone prints: what it is, the commands, two examples and where the rest
    is, in one screen of 24 rows with the prompt below it (`livertx --help` stays complete)."""
    width = min(max(shutil.get_terminal_size().columns, 20), 100)
    about, _ = help_words(data)
    lines = [*textwrap.wrap(about, width, break_on_hyphens=False), "", "Commands:"]
    longest = max(len(command.name) for command in COMMANDS)
    if width >= NARROW_HELP:
        lines += [f"  {command.name:<{longest}}  {command.short}" for command in COMMANDS]
    else:  # a name and what it does would wrap: the names alone
        names = ", ".join(command.name for command in COMMANDS)
        lines += textwrap.wrap(names, width, initial_indent="  ", subsequent_indent="  ")
    examples = BUNDLED_EXAMPLES[:2] if data is None else ["  livertx list", "  livertx stages"]
    lines += ["", "Examples:", *examples, "Run 'livertx --help' for more."]
    return "\n".join(lines) + "\n"
