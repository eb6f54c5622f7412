"""Where on the page each statement stands: the page's sections, found in its capture.

The page opens under its title with an introduction, then a section (its `treatments_section`,
"Types of treatment") with one part per treatment, headed by the treatment's name, then one
section per stage group, headed by the stage's `section`; "Updated:" ends it. The headings are
found as the proof (livertx.proof.prove) finds them, by `find_headings`: the body where the
treatments' heading is followed by the first treatment's (the page's table of contents repeats
the headings before it), then each heading after the one before, as words of their own.

A statement is placed in the section the knowledge file puts it in (a treatment's texts in its
part, a stage's lead and conditions in its section) when it stands there on the page; else where
it first stands in the body (a drug class the page names in another treatment's part); else
nowhere (None). Pure: nothing here reads a file.
"""

from __future__ import annotations

from livertx.records import Record
from livertx.text_folding import fold, normal_spacing

SEPARATOR = " › "
END = "Updated:"


class PageSections(Record):
    title: str  # the page's own title: the introduction's section
    folded: str  # the page's text as excerpts are compared
    spans: tuple[tuple[str, int, int], ...]  # (section, start, end) in `folded`, page order

    def locate(self, text: str, expected: str | None = None) -> str | None:
        """The section a statement comes from: `expected` if it stands there, else the
        section where it first stands, else None."""
        needle = fold(text)
        for label, start, end in self.spans:
            if label == expected and needle in self.folded[start:end]:
                return label
        body = self.spans[0][1] if self.spans else len(self.folded)
        if expected == self.title and needle in self.folded[:body]:
            return self.title
        found = self.folded.find(needle, body)
        if found < 0:
            return None
        return next((label for label, start, end in self.spans if start <= found < end), None)


def page_sections(
    page_text: str,
    title: str,
    treatments_heading: str,
    treatment_names: list[str],
    stage_headings: list[str],
) -> PageSections | None:
    """The page's sections, or None when a heading is not found in order (another page)."""
    text = normal_spacing(page_text)
    if len(text.casefold()) != len(text):  # positions must hold in the folded text too
        return None
    headings = [*treatment_names, *stage_headings]
    body, positions, end = find_headings(text, treatments_heading, headings)
    if body < 0 or len(positions) < len(headings):
        return None
    labels = [f"{treatments_heading}{SEPARATOR}{name}" for name in treatment_names]
    labels += stage_headings
    # Each label's span runs from its heading to the next heading, the last to "Updated:".
    spans = tuple(zip(labels, positions, [*positions[1:], end], strict=True))
    return PageSections(title, text.casefold(), spans)


def find_headings(
    text: str, treatments_heading: str, headings: list[str]
) -> tuple[int, list[int], int]:
    """In the page's `text` (its spacing made normal): where its body starts, `treatments_heading`
    followed by the first of `headings` (the last such place before "Updated:"; -1 if none);
    where each of `headings` stands after it, in order (as many as are found so); and where its
    content ends ("Updated:", else the end of the text)."""
    end = text.find(END)
    end = end if end >= 0 else len(text)
    first = f"{treatments_heading} {headings[0]}" if headings else treatments_heading
    body = text.rfind(first, 0, end)
    positions: list[int] = []
    cursor = body + len(treatments_heading)
    for heading in headings if body >= 0 else []:
        found = _find_heading(text, heading, cursor, end)
        if found < 0:
            break
        positions.append(found)
        cursor = found + len(heading)
    return body, positions, end


def _find_heading(text: str, heading: str, start: int, end: int) -> int:
    """Where `heading` stands as words of its own (a space or nothing on either side) in
    text[start:end], or -1."""
    found = text.find(heading, start, end)
    while found >= 0:
        after = found + len(heading)
        if text[found - 1 : found] in ("", " ") and text[after : after + 1] in ("", " "):
            return found
        found = text.find(heading, found + 1, end)
    return -1


def each_heading(text: str, headings: list[str], start: int, end: int) -> list[int]:
    """Where each of `headings` stands in text[start:end], in order, as words of its own; -1 for
    one not found (a heading renamed), the search for the next going on from the last found."""
    positions: list[int] = []
    cursor = start
    for heading in headings:
        found = _find_heading(text, heading, cursor, end)
        positions.append(found)
        if found >= 0:
            cursor = found + len(heading)
    return positions


def heading_at(text: str, heading: str, start: int, end: int) -> int:
    """Where `heading` first stands as words of its own in text[start:end], or -1."""
    return _find_heading(text, heading, start, end)
