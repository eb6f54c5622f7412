"""Rich output for people at a terminal. Data only ever reaches Rich as Text, never as markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from livertx import lookup
from livertx.lookup import StageSelection
from livertx.model import Drug, Entry, Knowledge, StageOption, Treatment
from livertx.render import text

# Below this width a table's columns get too thin to read; fields stack instead.
NARROW = 60
BULLET = "•"


def _console() -> Console:
    return Console(highlight=False, emoji=False, markup=False)


def _bullets(items: Sequence[str | Text]) -> RenderableType | None:
    """A list with a hanging indent, so wrapped lines stay clear of the bullet."""
    if not items:
        return None
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for item in items:
        grid.add_row(BULLET, item if isinstance(item, Text) else Text(item))
    return grid


def _line(value: str) -> Text | None:
    return Text(value) if value else None


def _footer(knowledge: Knowledge) -> Text:
    return Text(f"{text.credit_line(knowledge.source)}\n{text.DISCLAIMER}", style="dim")


Rows = list[tuple[str, RenderableType | None]]


def _fields(rows: Rows, narrow: bool) -> RenderableType:
    """Label and value side by side, or the label above its value when the screen is narrow."""
    shown = [(label, value) for label, value in rows if value is not None]
    if narrow:
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


def _option_text(knowledge: Knowledge, option: StageOption, with_condition: bool) -> RenderableType:
    pieces: list[RenderableType | None] = [
        Text(text.option_title(knowledge, option), style="bold"),
        _bullets(text.option_items(knowledge, option)),
    ]
    if with_condition and option.condition:
        pieces.append(Text(option.condition, style="italic"))
    return Group(*(piece for piece in pieces if piece is not None))


class TerminalRenderer:
    def treatments(self, knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> None:
        console = _console()
        if console.width < NARROW:
            blocks: list[RenderableType] = []
            for treatment in treatments:
                stages = ", ".join(lookup.stage_ids_for(knowledge, treatment)) or "none listed"
                blocks += [
                    Text(treatment.name, style="bold"),
                    Text(treatment.summary),
                    Text(f"Stages: {stages}", style="cyan"),
                    Text(""),
                ]
            console.print(Group(*blocks))
        else:
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=False)
            table.add_column("Treatment", style="bold", no_wrap=True)
            table.add_column("What it is")
            table.add_column("Stages", style="cyan")
            for treatment in treatments:
                stage_ids = "\n".join(lookup.stage_ids_for(knowledge, treatment)) or "—"
                table.add_row(Text(treatment.name), Text(treatment.summary), Text(stage_ids))
            console.print(table)
            console.print()
        console.print(_footer(knowledge))

    def entry(self, knowledge: Knowledge, entry: Entry) -> None:
        console = _console()
        narrow = console.width < NARROW
        parent = lookup.parent_of(knowledge, entry)
        heading = Text(text.display_name(entry), style="bold")
        heading.append(f"  {entry.kind.value}", style="dim")
        if parent:
            heading.append(f", under {parent.name}", style="dim")

        described = None if isinstance(entry, Drug) else entry
        treatment = entry if isinstance(entry, Treatment) else None
        rows: Rows = []
        if described:
            rows.append(("Also called", _line(", ".join(described.also_called))))
            rows.append(("How", _bullets(described.how)))
        if treatment:
            rows.append(("When used", _bullets(treatment.used)))
            rows.append(("Methods", _bullets([text.display_name(m) for m in treatment.methods])))
            rows.append(("Drugs", _bullets([d.name for d in treatment.drugs])))
            rows.append(
                (
                    "Combinations",
                    _bullets([knowledge.regimen_name(r.id) for r in treatment.regimens]),
                )
            )
        if isinstance(entry, Drug):
            given = lookup.regimens_with(knowledge, entry)
            rows.append(("Combinations", _bullets([knowledge.regimen_name(r.id) for r in given])))
        rows.append(("Stages", self._appearances(knowledge, entry)))

        body: list[RenderableType] = [heading, Text(lookup.summary_of(knowledge, entry))]
        if described and described.status:
            body.append(Text(described.status.capitalize() + ".", style="bold yellow"))
        body += [Text(""), _fields(rows, narrow)]
        console.print(Group(*body))
        console.print()
        console.print(_footer(knowledge))

    def _appearances(self, knowledge: Knowledge, entry: Entry) -> RenderableType:
        found = lookup.appearances(knowledge, entry)
        if not found:
            parent = lookup.parent_of(knowledge, entry)
            note = "The page lists it for no stage by this name."
            if parent:
                note += f" See {parent.name} (livertx show {parent.id})."
            return Text(note, style="dim")
        lines: list[Text] = []
        for item in found:
            line = Text(f"{', '.join(item.stage_ids)}: ", style="cyan")
            line.append(text.option_line(knowledge, item.option, focus=entry))
            if item.option.condition:
                line.append(f", {item.option.condition}", style="italic")
            lines.append(line)
        return _bullets(lines) or Text("")

    def stage(self, knowledge: Knowledge, selection: StageSelection) -> None:
        console = _console()
        shown, excluded = lookup.options_for(selection)
        stage = selection.stage
        console.print(Text(selection.name, style="bold"))
        if selection.part:
            console.print(Text(f"The page lists it under: {stage.name}", style="dim"))
        console.print(Text(f"{stage.lead}:"))
        if console.width < NARROW:
            grid = Table.grid(padding=(1, 1, 0, 0))
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column()
            for number, option in enumerate(shown, start=1):
                grid.add_row(f"{number}.", _option_text(knowledge, option, with_condition=True))
            console.print(grid)
        else:
            conditions = any(option.condition for option in shown)
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, show_lines=True)
            table.add_column("#", justify="right", no_wrap=True)
            table.add_column("Option", ratio=3)
            if conditions:
                table.add_column("Condition the page gives", style="italic", ratio=2)
            for number, option in enumerate(shown, start=1):
                cells = [str(number), _option_text(knowledge, option, with_condition=False)]
                table.add_row(*cells, *([Text(option.condition or "")] if conditions else []))
            console.print(table)
        for option in excluded:
            console.print()
            console.print(Text(text.excluded_note(knowledge, selection, option), style="yellow"))
        console.print()
        console.print(_footer(knowledge))


RENDERER = TerminalRenderer()
