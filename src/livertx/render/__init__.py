"""Output formats, chosen in one place. Each renderer lives in its own module and is imported
only when used, so that `--json` never pays for Rich."""

from __future__ import annotations

import importlib
from enum import Enum
from typing import Protocol

from livertx.lookup import StageSelection
from livertx.model import Entry, Knowledge, Treatment


class OutputFormat(str, Enum):
    TABLE = "table"
    JSON = "json"


class Renderer(Protocol):
    def treatments(self, knowledge: Knowledge, treatments: tuple[Treatment, ...]) -> None: ...

    def entry(self, knowledge: Knowledge, entry: Entry) -> None: ...

    def stage(self, knowledge: Knowledge, selection: StageSelection) -> None: ...


RENDERER_MODULES: dict[OutputFormat, str] = {
    OutputFormat.TABLE: "livertx.render.terminal",
    OutputFormat.JSON: "livertx.render.json",
}


def renderer_for(output_format: OutputFormat) -> Renderer:
    renderer: Renderer = importlib.import_module(RENDERER_MODULES[output_format]).RENDERER
    return renderer
