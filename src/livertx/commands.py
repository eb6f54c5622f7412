"""What each command does once its command line is parsed: find the answer, hand it to the
renderer. Shared by the Typer commands (livertx.cli) and the fast path (livertx.entry)."""

from __future__ import annotations

from livertx.render import ColorChoice, OutputFormat, renderer_for


def run(
    command: str,
    argument: str | None,
    *,
    data: str | None = None,
    output_format: OutputFormat = OutputFormat.TABLE,
    color: ColorChoice = ColorChoice.AUTO,
) -> None:
    """`livertx [--data DATA] COMMAND [ARGUMENT]`: list, show NAME or stage STAGE."""
    from livertx.answers import answer

    document, source = answer(data, command, argument)
    renderer = renderer_for(output_format, color)
    if command == "list":
        renderer.treatments(document, source)
    elif command == "show":
        renderer.entry(document)
    else:
        renderer.stage(document)
