"""The frozen app's entry point: the same as the ``copdesk`` command of the wheel."""

from copdesk.cli import run

if __name__ == "__main__":
    run()
