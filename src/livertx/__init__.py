"""livertx: the treatment options for liver cancer, from NCI's patient page, on the command line."""

__version__ = "0.2.0"
# The version of the `--json` documents' shapes (livertx.answers.contract; docs/json.md), apart
# from the package's: additions within a major version, anything else is the next.
JSON_CONTRACT = "3.0"
