"""The words every human-facing output ends with, beside the source's credit."""

DISCLAIMER = "This is information from that page, not a recommendation for any one person's care."
