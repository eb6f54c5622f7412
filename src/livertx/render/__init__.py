"""Output formats, chosen in one place. Each renderer lives in its own module, is imported only
when used (so that `--json` never pays for Rich), and shows the answer's document."""

from __future__ import annotations

import importlib
from enum import Enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the --json path skips it
if TYPE_CHECKING:
    from typing import Protocol

    from livertx.documents import Document

    class Renderer(Protocol):
        def treatments(self, documents: list[Document], source: Document) -> None: ...

        def entry(self, document: Document) -> None: ...

        def stage(self, document: Document) -> None: ...

        def problems(self, path: str, documents: list[Document]) -> None: ...


class OutputFormat(str, Enum):
    TABLE = "table"
    JSON = "json"


class ColorChoice(str, Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


# Each module has `make_renderer(color: ColorChoice) -> Renderer`.
RENDERER_MODULES: dict[OutputFormat, str] = {
    OutputFormat.TABLE: "livertx.render.terminal",
    OutputFormat.JSON: "livertx.render.json",
}


def renderer_for(output_format: OutputFormat, color: ColorChoice = ColorChoice.AUTO) -> Renderer:
    module = importlib.import_module(RENDERER_MODULES[output_format])
    renderer: Renderer = module.make_renderer(color)
    return renderer
