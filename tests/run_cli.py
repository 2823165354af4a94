"""The committee-papers command, as run by the tests.

Always the code installed for the interpreter running the tests (``python -m
committee_papers``), never a hard-coded ``.venv/bin/committee-papers`` under
the checkout nor whichever ``committee-papers`` comes first on PATH: either
may be missing or belong to another installation.
"""
import sys

CLI = [sys.executable, "-m", "committee_papers"]


def cli_command(*args) -> list[str]:
    return [*CLI, *map(str, args)]
