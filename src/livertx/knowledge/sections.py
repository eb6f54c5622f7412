"""Where on the page each statement stands: the page's sections, found in its capture.

The page opens under its title with an introduction, then a section (its `treatments_section`,
"Types of treatment") with one part per treatment, headed by the treatment's name, then one
section per stage group, headed by the stage's `section`; "Updated:" ends it. The headings are
found in that order in the capture, each after the one before, so the page's table of contents
(which repeats the headings before the body) is passed over.

A statement is placed in the section the knowledge file puts it in (a treatment's texts in its
part, a stage's lead and conditions in its section) when it stands there on the page; else where
it first stands in the body (a drug class the page names in another treatment's part); else
nowhere (None). Pure: nothing here reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass

from livertx.text_folding import fold, normal_spacing

SEPARATOR = " › "
END = "Updated:"


@dataclass(frozen=True)
class PageSections:
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
    headings = [treatments_heading, *treatment_names, *stage_headings]
    labels = [f"{treatments_heading}{SEPARATOR}{name}" for name in treatment_names]
    labels += stage_headings
    positions: list[int] = []
    cursor = 0
    for heading in headings:
        found = text.find(heading, cursor)
        if found < 0:
            return None
        positions.append(found)
        cursor = found + len(heading)
    end = text.find(END, cursor)
    positions.append(end if end >= 0 else len(text))
    # The treatments heading opens the body; each label's span runs to the next heading.
    starts = positions[1:]
    spans = tuple(
        (label, start, following)
        for label, start, following in zip(labels, starts[:-1], starts[1:], strict=True)
    )
    return PageSections(title, text.casefold(), spans)
