"""The committee-papers command, as run by the tests.

Always the code installed for the interpreter running the tests (``python -m
committee_papers``), never a hard-coded ``.venv/bin/committee-papers`` under
the checkout nor whichever ``committee-papers`` comes first on PATH: either
may be missing or belong to another installation.
"""
import subprocess
import sys

CLI = [sys.executable, "-m", "committee_papers"]


def cli_command(*args) -> list[str]:
    return [*CLI, *map(str, args)]


# Measures the peak RSS of the CLI and every worker it starts, and nothing else
# the test process ever ran, by waiting for it from a fresh interpreter.
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stdout.write(done.stdout)
sys.stderr.write(done.stderr)
print(f"PEAK_RSS_KB={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)
sys.exit(done.returncode)
"""
ONE_GB_KB = 1024 * 1024  # ru_maxrss is in KiB on Linux


def run_measured(*args, timeout=600):
    """(the completed CLI run, its peak RSS in KiB, workers included)."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *cli_command(*args)],
                          capture_output=True, text=True, timeout=timeout)
    peak = int(done.stderr.rsplit("PEAK_RSS_KB=", 1)[1].split()[0])
    return done, peak
