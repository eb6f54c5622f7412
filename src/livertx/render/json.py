"""JSON output: the answer's document (livertx.documents), as it is, on stdout."""

from __future__ import annotations

from livertx.json_out import write_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.documents import Document


class JsonRenderer:
    def treatments(self, documents: list[Document], source: Document) -> None:
        write_json(documents)

    def entry(self, document: Document) -> None:
        write_json(document)

    def stage(self, document: Document) -> None:
        write_json(document)

    def problems(self, path: str, documents: list[Document]) -> None:
        write_json(documents)


def make_renderer(color: object) -> JsonRenderer:
    return JsonRenderer()
