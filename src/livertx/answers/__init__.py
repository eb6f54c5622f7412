"""What a command answers: the documents (what `--json` prints), their contract with scripts,
search over them, and the answers of a knowledge file, made ahead of time for the shipped one.
Never prints, never exits."""
