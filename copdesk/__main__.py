"""``python -m copdesk``."""

from copdesk.cli import run

run()
