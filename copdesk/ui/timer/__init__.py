"""The session timer and agenda: big countdown display, controls, agenda editor."""
