"""What each command does, once its command line is parsed: load, ask the core, render.
Shared by the Typer commands (livertx.cli) and the fast path (livertx.fast)."""

from __future__ import annotations

from dataclasses import dataclass

from livertx.render import ColorChoice, OutputFormat, RenderOptions, renderer_for

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the --json path skips it
if TYPE_CHECKING:
    from livertx.model import Knowledge


@dataclass(frozen=True)
class Settings:
    """What the options before the command chose."""

    data: str | None = None  # another knowledge file, from --data or LIVERTX_DATA
    color: ColorChoice = ColorChoice.AUTO


def _load(settings: Settings) -> Knowledge:
    # Imported here: the knowledge module is the heaviest part of the core.
    from livertx import answers, cache
    from livertx.knowledge import load_from_bytes
    from livertx.knowledge_file import read_bytes, resolve_path

    where = resolve_path(settings.data)
    data = read_bytes(where)
    knowledge = load_from_bytes(data, where)
    # So that the next `--json` call or TAB on this file is answered from the cache.
    answers.remember(cache.key_for(data), knowledge)
    return knowledge


def list_treatments(settings: Settings, output_format: OutputFormat) -> None:
    knowledge = _load(settings)
    renderer = renderer_for(output_format, RenderOptions(settings.color))
    renderer.treatments(knowledge, knowledge.treatments)


def show(settings: Settings, name: str, output_format: OutputFormat) -> None:
    from livertx.lookup import resolve_entry

    knowledge = _load(settings)
    entry = resolve_entry(knowledge, name)
    renderer_for(output_format, RenderOptions(settings.color)).entry(knowledge, entry)


def stage(settings: Settings, stage_name: str, output_format: OutputFormat) -> None:
    from livertx.lookup import resolve_stage

    knowledge = _load(settings)
    selection = resolve_stage(knowledge, stage_name)
    renderer_for(output_format, RenderOptions(settings.color)).stage(knowledge, selection)
