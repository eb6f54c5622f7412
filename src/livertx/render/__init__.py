"""Output formats, chosen in one place. Each renderer lives in its own module and is imported
only when used, so that `--json` never pays for Rich."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import Enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the --json path skips it
if TYPE_CHECKING:
    from typing import Protocol

    from livertx.lookup import StageSelection
    from livertx.model import Entry, Knowledge, Treatment

    class Renderer(Protocol):
        def treatments(self, knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> None: ...

        def entry(self, knowledge: Knowledge, entry: Entry) -> None: ...

        def stage(self, knowledge: Knowledge, selection: StageSelection) -> None: ...


class OutputFormat(str, Enum):
    TABLE = "table"
    JSON = "json"


class ColorChoice(str, Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True)
class RenderOptions:
    color: ColorChoice = ColorChoice.AUTO


# Each module has `make_renderer(options) -> Renderer`.
RENDERER_MODULES: dict[OutputFormat, str] = {
    OutputFormat.TABLE: "livertx.render.terminal",
    OutputFormat.JSON: "livertx.render.json",
}


def renderer_for(output_format: OutputFormat, options: RenderOptions | None = None) -> Renderer:
    module = importlib.import_module(RENDERER_MODULES[output_format])
    renderer: Renderer = module.make_renderer(options or RenderOptions())
    return renderer
