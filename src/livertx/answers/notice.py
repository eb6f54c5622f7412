"""The words every human-facing output ends with, beside the source's credit; and whose words
and code livertx carries (the NOTICE and LICENSE files say the same, at length)."""

DISCLAIMER = "This is information from that page, not a recommendation for any one person's care."
# For a knowledge file held to no page: information, from no page livertx can name.
UNCHECKED_DISCLAIMER = "This is information, not a recommendation for any one person's care."
LICENSE = "MIT (livertx's code; see LICENSE)"
CONTENT_NOTICE = (
    "The medical text is the National Cancer Institute's, a work of the United States "
    "government, shown with the credit NCI asks for (see NOTICE)."
)

# livertx's own link for a stage number, which the page does not use: NCI's page that explains
# liver cancer stages. Given only beside a knowledge file from NCI's liver pages (`for`), and
# always marked as livertx's link, never the page's.
STAGES_PAGE = {
    "text": "NCI explains liver cancer stages on its page Liver Cancer Stages",
    "url": "https://www.cancer.gov/types/liver/stages",
    "for": "https://www.cancer.gov/types/liver/",
}
