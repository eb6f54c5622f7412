"""The knowledge file: reading it, checking it against its format and the page's capture,
building the model, and the pure questions asked of it (names, stages, where an entry is
listed). Never prints, never exits: returns data or raises livertx.errors."""
