"""livertx: the treatment options for liver cancer, from NCI's patient page, on the command line."""

__version__ = "0.2.0"
# The version of the `--json` documents' shapes (README, "JSON for scripts"), apart from the
# package's: a 0.x contract may still change; CHANGELOG.md names every change.
JSON_CONTRACT = "0.2"
