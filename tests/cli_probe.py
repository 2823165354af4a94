"""Run the committee-papers CLI and record what it touched, for tests.

    python tests/cli_probe.py REPORT.json WATCHED_FOLDER -- ingest ... --db ...

REPORT.json gets ``opened``: every path under WATCHED_FOLDER the process
opened (through Python's ``open`` audit event, which io.open, os.open and
C extensions using Python file objects all raise), ``modules``: the top-level
packages imported, and ``exit_code``.  Runs in a fresh interpreter so the
imports are the command's own, not the test process's.
"""
import json
import os
import sys


def main():
    report, watched, separator, *args = sys.argv[1:]
    assert separator == "--"
    watched = os.path.realpath(watched)
    opened = []

    def hook(event, hook_args):
        if event == "open" and hook_args and isinstance(hook_args[0], (str, bytes, os.PathLike)):
            path = os.fsdecode(hook_args[0])
            if os.path.realpath(path).startswith(watched + os.sep):
                opened.append(path)

    sys.addaudithook(hook)
    from committee_papers.cli import cli

    try:
        cli.main(args=args, prog_name="committee-papers")
        exit_code = 0
    except SystemExit as exc:
        exit_code = exc.code or 0
    modules = sorted({name.split(".")[0] for name in sys.modules})
    with open(report, "w") as fh:
        json.dump({"opened": opened, "modules": modules, "exit_code": exit_code}, fh)


if __name__ == "__main__":
    main()
