"""The words that credit the page and say how far to trust it as of today: the credit line
with the page's date, how old it is and its address; each printed page's foot; a file held to
no page; and what a trial search is called."""

from __future__ import annotations

from livertx.dates import long_date, months_in_words, whole_months

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.answers.documents import Document

# How old a page may be before livertx says that NCI may have changed it since.
STALE_MONTHS = 12


# The footer of a knowledge file that names no page to be checked against.
UNCHECKED = (
    "This knowledge file names no page that its text is checked against: "
    "livertx attributes its text to no one."
)


# The address of NCI's clinical trial search, where the page's "clinical trial search" leads:
# reviewed, and pinned for the shipped file (tests/knowledge/test_validation_links.py). The
# capture holds no address, so another file's trial search is only the file's, livertx's link.
NCI_TRIAL_SEARCH = "https://www.cancer.gov/research/participate/clinical-trials-search"
NCI_SEARCH = "NCI's clinical trial search, which the page points to"
OTHER_SEARCH = "The trial search this knowledge file names (livertx's link)"
UNCHECKED_SEARCH = "The trial search this knowledge file names (checked against no page)"


def credit_line(source: Document, today: str | None = None) -> str:
    """The credit the page asks for, with its date, how old that is when it is a year or more
    before `today`, and its address (the link NCI asks for); for a file that names no page,
    that its text is not checked against one."""
    if not source["checked"]:
        return UNCHECKED
    return f"{source['credit']} Page updated {updated(source, today)}: {source['url']}"


def updated(source: Document, today: str | None) -> str:
    """The page's date ("May 15, 2024"), and when it is a year or more before `today`, how long
    before, and that NCI may have updated the page since: livertx's words, not the page's."""
    date = long_date(source["updated"])
    months = whole_months(source["updated"], today) if today else 0
    if months < STALE_MONTHS:
        return date
    return (
        f"{date}, {months_in_words(months)} before today ({long_date(today or '')}); NCI may "
        "have updated it since"
    )


def trial_search_label(url: str, checked: bool) -> str:
    """What a knowledge file's trial search is called: NCI's, which the page points to, only
    for the reviewed address; another is the file's, livertx's link."""
    if not checked:
        return UNCHECKED_SEARCH
    return NCI_SEARCH if url == NCI_TRIAL_SEARCH else OTHER_SEARCH


def page_foot(source: Document) -> str:
    """What each printed page carries at its foot: "Liver Cancer Treatment, National Cancer
    Institute, updated May 15, 2024"; for a file that names no page, nothing to attribute."""
    if not source["checked"]:
        return ""
    return f"{source['title']}, {source['publisher']}, updated {long_date(source['updated'])}"
