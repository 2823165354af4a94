"""``python -m committee_papers``: the same command as ``committee-papers``."""
from .cli import cli

if __name__ == "__main__":
    cli(prog_name="committee-papers")
