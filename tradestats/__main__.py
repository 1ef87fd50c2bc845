"""``python -m tradestats``: the command line."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while pandas is still being imported
    print("tradestats: interrupted", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
