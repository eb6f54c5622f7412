"""The command line: the entry point, the Typer app, the fast parser, completion."""
