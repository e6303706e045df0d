"""copdesk: an offline desktop app for facilitators of a product Community of Practice."""

__version__ = "0.1.0"
