"""The command line: from argv to a question, and every way out of a run (the entry point, the
command table, the Typer app, completion, exit codes)."""
