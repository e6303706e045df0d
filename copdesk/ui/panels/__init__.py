"""Panels of the copdesk window."""
