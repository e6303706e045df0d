"""Exports of a board: PDF posters and summaries, worksheets, Markdown, CSV, JSON."""
