"""Dialogs of the copdesk window."""
