"""Rich output for people. Data only ever reaches Rich as Text made `visible`, never as markup.

In a terminal: tables, or stacked fields when the screen is narrow. Anywhere else (a pipe, a
file): the stacked layout with nothing wrapped or cut, no escape codes, no trailing spaces.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from livertx.render import ColorChoice, text
from livertx.visible import visible

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.documents import Document

# Below this width a table's columns get too thin to read; fields stack instead.
NARROW = 60
# Off a terminal nothing is wrapped: a line is as long as its text.
UNWRAPPED = 100_000

Rows = list[tuple[str, RenderableType | None]]


def _t(value: str, style: str = "") -> Text:
    return Text(visible(value), style=style)


def _console(color: ColorChoice) -> Console:
    environ = os.environ
    plain = color is ColorChoice.NEVER or (
        color is ColorChoice.AUTO
        and (bool(environ.get("NO_COLOR")) or environ.get("TERM") == "dumb")
    )
    console = Console(
        force_terminal=True if color is ColorChoice.ALWAYS else None,
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )
    if not console.is_terminal:
        console.width = UNWRAPPED
    return console


class TerminalRenderer:
    def __init__(self, color: ColorChoice) -> None:
        self.console = _console(color)
        self.wide = self.console.is_terminal and self.console.width >= NARROW
        self.bullet = "*" if self.console.options.ascii_only else "•"

    # Building blocks ---------------------------------------------------------------------

    def _emit(self, source: Document, blocks: list[RenderableType]) -> None:
        blocks = [*blocks, Text(""), self._footer(source)]
        if self.console.is_terminal:
            for block in blocks:
                self.console.print(block)
            return
        with self.console.capture() as captured:
            for block in blocks:
                self.console.print(block)
        lines = captured.get().split("\n")
        self.console.file.write("\n".join(line.rstrip() for line in lines))
        self.console.file.flush()

    def _footer(self, source: Document) -> Text:
        return _t(f"{text.credit_line(source)}\n{text.DISCLAIMER}", style="dim")

    def _bullets(self, items: Sequence[str | Text]) -> RenderableType | None:
        """A list with a hanging indent, so wrapped lines stay clear of the bullet."""
        if not items:
            return None
        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for item in items:
            grid.add_row(self.bullet, item if isinstance(item, Text) else _t(item))
        return grid

    def _fields(self, rows: Rows) -> RenderableType:
        """Label and value side by side, or the label above its value off a wide terminal."""
        shown = [(label, value) for label, value in rows if value is not None]
        if not self.wide:
            blocks: list[RenderableType] = []
            for label, value in shown:
                blocks += [Text(label, style="bold"), value, Text("")]
            return Group(*blocks[:-1])
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for label, value in shown:
            grid.add_row(label, value)
        return grid

    def _option(self, option: Document, with_condition: bool) -> RenderableType:
        pieces: list[RenderableType | None] = [
            _t(text.option_title(option), style="bold"),
            self._bullets(text.option_items(option)),
        ]
        if with_condition and option["condition"]:
            pieces.append(_t(option["condition"], style="italic"))
        return Group(*(piece for piece in pieces if piece is not None))

    # The three views ---------------------------------------------------------------------

    def treatments(self, documents: list[Document], source: Document) -> None:
        if not self.wide:
            blocks: list[RenderableType] = []
            for treatment in documents:
                stages = ", ".join(treatment["stages"]) or "none listed"
                blocks += [
                    _t(treatment["name"], style="bold"),
                    _t(treatment["summary"]),
                    _t(f"Stages: {stages}", style="cyan"),
                    Text(""),
                ]
            self._emit(source, blocks[:-1])
            return
        table = Table(box=box.SIMPLE_HEAD, show_edge=False)
        table.add_column("Treatment", style="bold")
        table.add_column("What it is")
        table.add_column("Stages", style="cyan")
        for treatment in documents:
            stage_ids = "\n".join(treatment["stages"]) or "—"
            table.add_row(_t(treatment["name"]), _t(treatment["summary"]), _t(stage_ids))
        self._emit(source, [table])

    def entry(self, document: Document) -> None:
        heading = _t(text.display_name(document), style="bold")
        heading.append_text(_t(f"  {document['kind']}", style="dim"))
        if document["part_of"]:
            heading.append_text(_t(f", under {document['part_of']['name']}", style="dim"))

        also = ", ".join(document["also_called"])
        is_drug = document["kind"] == "drug"
        combinations = document["given_with"] if is_drug else document["combinations"]
        rows: Rows = [
            ("Also called", _t(also) if also else None),
            ("How", self._bullets(document["how"])),
            ("When used", self._bullets(document["used"])),
            ("Methods", self._bullets([text.display_name(m) for m in document["methods"]])),
            ("Drugs", self._bullets([d["name"] for d in document["drugs"]])),
            ("Combinations", self._bullets([c["name"] for c in combinations])),
            ("Stages", self._appearances(document)),
        ]
        blocks: list[RenderableType] = [heading, _t(document["summary"])]
        if document["status"]:
            blocks.append(_t(document["status"].capitalize() + ".", style="bold yellow"))
        blocks += [Text(""), self._fields(rows)]
        self._emit(document["source"], blocks)

    def _appearances(self, document: Document) -> RenderableType:
        if not document["options"]:
            note = "The page lists it for no stage by this name."
            parent = document["part_of"]
            if parent:
                note += f" See {parent['name']} (livertx show {parent['id']})."
            return _t(note, style="dim")
        lines: list[Text] = []
        for found in document["options"]:
            option = found["option"]
            line = _t(f"{', '.join(option['applies_to'])}: ", style="cyan")
            line.append_text(_t(text.option_line(option, focus=document)))
            if option["condition"]:
                line.append_text(_t(f", {option['condition']}", style="italic"))
            lines.append(line)
        return self._bullets(lines) or Text("")

    def stage(self, document: Document) -> None:
        shown, excluded = document["options"], document["excluded"]
        group = document["group"]
        blocks: list[RenderableType] = [_t(document["name"], style="bold")]
        if group["id"] != document["id"]:
            blocks.append(_t(f"The page lists it under: {group['name']}", style="dim"))
        blocks.append(_t(f"{document['lead']}:"))
        if self.wide:
            conditions = any(option["condition"] for option in shown)
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
            table.add_column("#", justify="right", no_wrap=True)
            table.add_column("Option", ratio=3)
            if conditions:
                table.add_column("Condition the page gives", style="italic", ratio=2)
            for number, option in enumerate(shown, start=1):
                cells = [str(number), self._option(option, with_condition=False)]
                table.add_row(*cells, *([_t(option["condition"] or "")] if conditions else []))
            blocks.append(table)
        else:
            grid = Table.grid(padding=(0, 1, 0, 0))
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column()
            for number, option in enumerate(shown, start=1):
                if number > 1:
                    grid.add_row("", "")
                grid.add_row(f"{number}.", self._option(option, with_condition=True))
            blocks.append(grid)
        for option in excluded:
            blocks += [Text(""), _t(text.excluded_note(option), "yellow")]
        self._emit(document["source"], blocks)

    def problems(self, path: str, documents: list[Document]) -> None:
        """One line per problem, as compilers write them, for editors to jump to."""
        if not documents:
            self.console.print(_t(f"{path}: no problems found", style="green"), soft_wrap=True)
        for problem in documents:
            place = f"{problem['line']}:{problem['column']}:" if problem["line"] else ""
            line = _t(f"{path}:{place} ", style="bold")
            line.append_text(_t(problem["message"]))
            self.console.print(line, soft_wrap=True)


def make_renderer(color: ColorChoice) -> TerminalRenderer:
    return TerminalRenderer(color)
