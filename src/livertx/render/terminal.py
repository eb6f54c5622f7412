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

from livertx import lookup
from livertx.lookup import StageSelection
from livertx.model import Drug, Entry, Knowledge, StageOption, Treatment
from livertx.render import ColorChoice, RenderOptions, text
from livertx.visible import visible

# Below this width a table's columns get too thin to read; fields stack instead.
NARROW = 60
# Off a terminal nothing is wrapped: a line is as long as its text.
UNWRAPPED = 100_000

Rows = list[tuple[str, RenderableType | None]]


def _t(value: str, style: str = "") -> Text:
    return Text(visible(value), style=style)


def _console(options: RenderOptions) -> Console:
    environ = os.environ
    plain = options.color is ColorChoice.NEVER or (
        options.color is ColorChoice.AUTO
        and (bool(environ.get("NO_COLOR")) or environ.get("TERM") == "dumb")
    )
    console = Console(
        force_terminal=True if options.color is ColorChoice.ALWAYS else None,
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )
    if not console.is_terminal:
        console.width = UNWRAPPED
    return console


class TerminalRenderer:
    def __init__(self, options: RenderOptions) -> None:
        self.console = _console(options)
        self.wide = self.console.is_terminal and self.console.width >= NARROW
        self.bullet = "*" if self.console.options.ascii_only else "•"

    # Building blocks ---------------------------------------------------------------------

    def _emit(self, knowledge: Knowledge, blocks: list[RenderableType]) -> None:
        blocks = [*blocks, Text(""), self._footer(knowledge)]
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

    def _footer(self, knowledge: Knowledge) -> Text:
        return _t(f"{text.credit_line(knowledge.source)}\n{text.DISCLAIMER}", style="dim")

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

    def _option(
        self, knowledge: Knowledge, option: StageOption, with_condition: bool
    ) -> RenderableType:
        pieces: list[RenderableType | None] = [
            _t(text.option_title(knowledge, option), style="bold"),
            self._bullets(text.option_items(knowledge, option)),
        ]
        if with_condition and option.condition:
            pieces.append(_t(option.condition, style="italic"))
        return Group(*(piece for piece in pieces if piece is not None))

    # The three views ---------------------------------------------------------------------

    def treatments(self, knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> None:
        if not self.wide:
            blocks: list[RenderableType] = []
            for treatment in treatments:
                stages = ", ".join(lookup.stage_ids_for(knowledge, treatment)) or "none listed"
                blocks += [
                    _t(treatment.name, style="bold"),
                    _t(treatment.summary),
                    _t(f"Stages: {stages}", style="cyan"),
                    Text(""),
                ]
            self._emit(knowledge, blocks[:-1])
            return
        table = Table(box=box.SIMPLE_HEAD, show_edge=False)
        table.add_column("Treatment", style="bold")
        table.add_column("What it is")
        table.add_column("Stages", style="cyan")
        for treatment in treatments:
            stage_ids = "\n".join(lookup.stage_ids_for(knowledge, treatment)) or "—"
            table.add_row(_t(treatment.name), _t(treatment.summary), _t(stage_ids))
        self._emit(knowledge, [table])

    def entry(self, knowledge: Knowledge, entry: Entry) -> None:
        parent = lookup.parent_of(knowledge, entry)
        heading = _t(text.display_name(entry), style="bold")
        heading.append_text(_t(f"  {entry.kind.value}", style="dim"))
        if parent:
            heading.append_text(_t(f", under {parent.name}", style="dim"))

        described = None if isinstance(entry, Drug) else entry
        treatment = entry if isinstance(entry, Treatment) else None
        rows: Rows = []
        if described:
            also = ", ".join(described.also_called)
            rows.append(("Also called", _t(also) if also else None))
            rows.append(("How", self._bullets(described.how)))
        if treatment:
            rows += [
                ("When used", self._bullets(treatment.used)),
                ("Methods", self._bullets([text.display_name(m) for m in treatment.methods])),
                ("Drugs", self._bullets([d.name for d in treatment.drugs])),
                (
                    "Combinations",
                    self._bullets([knowledge.regimen_name(r.id) for r in treatment.regimens]),
                ),
            ]
        if isinstance(entry, Drug):
            given = lookup.regimens_with(knowledge, entry)
            names = [knowledge.regimen_name(r.id) for r in given]
            rows.append(("Combinations", self._bullets(names)))
        rows.append(("Stages", self._appearances(knowledge, entry)))

        blocks: list[RenderableType] = [heading, _t(lookup.summary_of(knowledge, entry))]
        if described and described.status:
            blocks.append(_t(described.status.capitalize() + ".", style="bold yellow"))
        blocks += [Text(""), self._fields(rows)]
        self._emit(knowledge, blocks)

    def _appearances(self, knowledge: Knowledge, entry: Entry) -> RenderableType:
        found = lookup.appearances(knowledge, entry)
        if not found:
            parent = lookup.parent_of(knowledge, entry)
            note = "The page lists it for no stage by this name."
            if parent:
                note += f" See {parent.name} (livertx show {parent.id})."
            return _t(note, style="dim")
        lines: list[Text] = []
        for item in found:
            line = _t(f"{', '.join(item.stage_ids)}: ", style="cyan")
            line.append_text(_t(text.option_line(knowledge, item.option, focus=entry)))
            if item.option.condition:
                line.append_text(_t(f", {item.option.condition}", style="italic"))
            lines.append(line)
        return self._bullets(lines) or Text("")

    def stage(self, knowledge: Knowledge, selection: StageSelection) -> None:
        shown, excluded = lookup.options_for(selection)
        stage = selection.stage
        blocks: list[RenderableType] = [_t(selection.name, style="bold")]
        if selection.part:
            blocks.append(_t(f"The page lists it under: {stage.name}", style="dim"))
        blocks.append(_t(f"{stage.lead}:"))
        if self.wide:
            conditions = any(option.condition for option in shown)
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
            table.add_column("#", justify="right", no_wrap=True)
            table.add_column("Option", ratio=3)
            if conditions:
                table.add_column("Condition the page gives", style="italic", ratio=2)
            for number, option in enumerate(shown, start=1):
                cells = [str(number), self._option(knowledge, option, with_condition=False)]
                table.add_row(*cells, *([_t(option.condition or "")] if conditions else []))
            blocks.append(table)
        else:
            grid = Table.grid(padding=(0, 1, 0, 0))
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column()
            for number, option in enumerate(shown, start=1):
                if number > 1:
                    grid.add_row("", "")
                grid.add_row(f"{number}.", self._option(knowledge, option, with_condition=True))
            blocks.append(grid)
        for option in excluded:
            blocks += [Text(""), _t(text.excluded_note(knowledge, selection, option), "yellow")]
        self._emit(knowledge, blocks)


def make_renderer(options: RenderOptions) -> TerminalRenderer:
    return TerminalRenderer(options)
