"""The knowledge file: reading, checking, the model, lookup."""
