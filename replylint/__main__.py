"""`python -m replylint` is the `replylint` command."""

import sys

from replylint.cli import main

sys.exit(main())
