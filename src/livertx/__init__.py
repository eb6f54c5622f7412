"""livertx: the treatment options for liver cancer, from NCI's patient page, on the command line."""

__version__ = "0.2.0"
# The version of the `--json` documents' shapes (livertx.answers.contract; README, "JSON for
# scripts"), apart from the package's: additions within 1.x, anything else is 2.0.
JSON_CONTRACT = "1.0"
