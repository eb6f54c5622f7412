"""How help looks: laid out for narrow terminals too, and paged like every view. The Typer
app (livertx.cli.app) gives its commands this context and this help option."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import typer


class NarrowHelpFormatter(typer.Context.formatter_class):  # type: ignore[valid-type,misc]
    """Below 60 columns, each option or command on its line and what it does indented below
    it, never a word cut: Click's two columns leave ten characters for the text at 40."""

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        if self.width >= NARROW_HELP:
            super().write_dl(rows, col_max, col_spacing)
            return
        import textwrap

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
            import shutil

            from livertx.output import write_page

            # Click would lay help out at 50 columns at least: fit the terminal (40 columns).
            ctx.terminal_width = min(max(shutil.get_terminal_size().columns, 20), 100)
            write_page(ctx.get_help() + "\n")
            ctx.exit()

        option.callback = show_help
        return option
