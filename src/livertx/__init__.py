"""livertx: the treatment options for liver cancer, from NCI's patient page, on the command line."""

__version__ = "0.1.0"
