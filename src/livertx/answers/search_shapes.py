"""The shapes of `livertx search`'s document, and of a reading of the words typed (which `stage`
shares): livertx.answers.shapes takes them in with every other shape."""

from __future__ import annotations

from typing import Annotated, Literal, TypedDict

from livertx.answers import key_notes as notes


class ReadAsDoc(TypedDict):
    typed: str
    read_as: str


class Found(TypedDict):
    """What a search hit names, and the command that shows it."""

    id: str
    kind: Literal["treatment", "method", "drug", "combination", "stage", "page"]
    name: str
    command: str


class HitDoc(Found):
    score: int
    field: Literal["name", "summary", "details"]
    snippet: str
    section: str | None


class GroupDoc(TypedDict):
    """The words of a search read as one of the page's groups (2.1)."""

    typed: str
    read_as: str
    id: str
    rest: Annotated[str, {"description": notes.REST}]
    unnamed: Annotated[list[str], {"description": notes.UNNAMED}]


class SearchDoc(TypedDict):
    """`livertx search`."""

    query: str
    read_as: list[ReadAsDoc]
    group: Annotated[GroupDoc | None, {"description": notes.GROUP}]
    hits: list[HitDoc]
