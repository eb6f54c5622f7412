"""The style of livertx's HTML, inline: readable on a screen, and on paper (Letter or A4) at
12 pt or more, black on white, with the source and the page number at the foot of every page;
no list item, table row or short section split across pages, and no heading left at a page's
foot. Marks and words carry every meaning; colour only repeats them."""

from __future__ import annotations

STYLE = """
html { color: #000; background: #fff; }
body { font: 12pt/1.35 "Liberation Sans", Arial, Helvetica, sans-serif; max-width: 46rem;
  margin: 0 auto; padding: 1rem; }
h1 { font-size: 20pt; margin: 0 0 .4em; }
h2 { font-size: 16pt; margin: 1em 0 .3em; border-bottom: 1pt solid #000; }
h3 { font-size: 14pt; margin: .9em 0 .2em; }
h4, h5, h6 { font-size: 12pt; margin: .5em 0 .1em; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
p, ul, ol, dl { margin: .25em 0; }
ul, ol { padding-left: 1.4em; }
li, tr, dl > div, .part, .room, .kind { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1pt solid #000; padding: .15em .35em; text-align: left; vertical-align: top; }
th.method { padding-left: 1.4em; font-weight: normal; }
a { color: #00308f; text-decoration: underline; overflow-wrap: anywhere; }
.muted, .aside, .kind { color: #333; }
.warning { border-left: 4pt solid #000; padding-left: .5em; }
.options > li { margin: .2em 0; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0 0 .3em 1.4em; overflow-wrap: anywhere; }
/* Addresses to open from paper: each beside its QR code, breaking only after / ? & (<wbr>). */
.addresses { list-style: none; padding: 0; }
.addresses li { display: flex; gap: .5em; align-items: center; margin: .3em 0; }
.addresses svg { flex: none; width: 18mm; height: 18mm; }
.addresses a { overflow-wrap: normal; word-break: normal; }
/* Room to write: ruled lines (lines with CSS off too). */
.room .lines { border-top: 1pt solid #000; max-height: 60mm; overflow: hidden; }
.room hr { border: 0; border-bottom: .75pt solid #555; height: 0; margin: 0; padding-top: 9mm; }
.group > .entry, .addresses, dl.fields, .room h2 { break-inside: avoid; page-break-inside: avoid; }
.entry { break-inside: avoid; page-break-inside: avoid; }
/* A type's own words stay with the first entry under it, in one column. */
.group > .entry:first-child:not(:last-child) { break-after: avoid; page-break-after: avoid; }
footer { margin-top: 1.5em; border-top: 1pt solid #000; font-size: 12pt; }
@media print {
  body { max-width: none; padding: 0; line-height: 1.15; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 13pt; }
  a { color: #000; }
  a.named::after { content: " (" attr(href) ")"; }
  /* Entries in two columns, each section run in after its label: a handout on few pages. */
  .entries { columns: 2; column-gap: 8mm; }
  .entry h3:first-child, .entry h2:first-child { margin-top: 0; }
  .entry + .entry { margin-top: .6em; }
  .part > h3, .part > h4, .part > h5, .part > h6 { display: inline; }
  .part > h3::after, .part > h4::after, .part > h5::after, .part > h6::after { content: ": "; }
  .part ul { display: inline; padding: 0; }
  .part li { display: inline; }
  .part li + li::before { content: " • "; }
  .part li > ul::before { content: " "; }
  dl.fields dt { display: inline; }
  dl.fields dt::after { content: ": "; }
  dl.fields dd { display: inline; margin: 0; }
  .entries .addresses li { align-items: flex-start; }
  /* A handout fills its last sheet: the notes start after the rest, a third of a page at
     least, and their lines run to the foot of the second sheet, where the handout ends (a
     block, not a flex box: a flex box grows by what breaks push down, a page too many). */
  main.handout { min-height: calc(200vh - 1mm); overflow: clip; }
  main.handout > .room { min-height: 33.5vh; position: relative; }
  main.handout > .room .lines { position: absolute; left: 0; right: 0; height: 100vh;
    max-height: none; }
  main.handout h2 { margin: .6em 0 .25em; }
  main.handout h3 { margin: .45em 0 .1em; }
  main.handout h4 { margin: .3em 0 0; }
  main.handout p, main.handout ul, main.handout dl { margin: .12em 0; }
  main.handout .entry + .entry { margin-top: .3em; }
  main.handout .entries { column-gap: 6mm; }
}
"""


def css_string(value: str) -> str:
    """A CSS string of any text: every character but letters, digits and spaces written as its
    code, and a space that ends the code (no quote, backslash or `</style>` can end it)."""
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x} " for c in value) + '"'


def page_style(page_foot: str) -> str:
    """The page's style; on paper, `page_foot` and the page number at the foot of every page."""
    foot = f"@bottom-left {{ content: {css_string(page_foot)}; }}" if page_foot else ""
    pages = '@bottom-right { content: "Page " counter(page) " of " counter(pages); }'
    margins = "margin: 11mm 12mm 14mm;"
    look = 'font: 9pt "Liberation Sans", Arial, Helvetica, sans-serif; color: #000;'
    boxes = f"{foot} {pages}".replace("content", f"{look} content")
    return f"{STYLE}@page {{ {margins} {boxes} }}\n"
