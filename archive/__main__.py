"""`python -m archive` runs the command line."""

from archive.cli import main

main()
