"""SQLite through sqlite-utils: schema, migrations, opening checks, rows ↔ models."""
