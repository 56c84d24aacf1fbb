"""`python -m replylint` is the `replylint` command."""

from replylint.cli import run

run()
