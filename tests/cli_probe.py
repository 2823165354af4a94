"""Run the committee-papers CLI and record what it touched, for tests.

    python tests/cli_probe.py REPORT.json WATCHED_FOLDER -- ingest ... --db ...

REPORT.json gets ``opened``: every path under WATCHED_FOLDER opened by the
command or any worker process it forked (through Python's ``open`` audit
event, which io.open, os.open and C extensions using Python file objects all
raise), ``modules``: the top-level packages imported by the command's own
process, ``imported_anywhere``: those imported by it or any of its workers,
and ``exit_code``.  Runs in a fresh interpreter so the imports are the
command's own, not the test process's.  Forked workers inherit the audit hook
and the log it appends to, so what they do is recorded too.
"""
import json
import os
import sys


def main():
    report, watched, separator, *args = sys.argv[1:]
    assert separator == "--"
    watched = os.path.realpath(watched)
    log_path = report + ".log"
    # Opened before the hook exists, and O_APPEND: every process appends whole lines.
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND)

    recording = [True]

    def record(kind, value):
        os.write(log, f"{kind}\t{value}\n".encode("utf-8", "backslashreplace"))

    def hook(event, hook_args):
        if not recording[0]:
            return
        if event == "open" and hook_args and isinstance(hook_args[0], (str, bytes, os.PathLike)):
            path = os.fsdecode(hook_args[0])
            if os.path.realpath(path).startswith(watched + os.sep) and path != log_path:
                record("open", path)
        elif event == "import" and hook_args:
            record("import", str(hook_args[0]).split(".")[0])

    sys.addaudithook(hook)
    from committee_papers.cli import cli

    try:
        cli.main(args=args, prog_name="committee-papers")
        exit_code = 0
    except SystemExit as exc:
        exit_code = exc.code or 0
    modules = sorted({name.split(".")[0] for name in sys.modules})
    recording[0] = False
    os.close(log)
    opened, imported = [], set()
    with open(log_path, encoding="utf-8") as fh:
        for line in fh:
            kind, _, value = line.rstrip("\n").partition("\t")
            if kind == "open":
                opened.append(value)
            elif kind == "import":
                imported.add(value)
    with open(report, "w") as fh:
        json.dump({"opened": opened, "modules": modules, "imported_anywhere": sorted(imported),
                   "exit_code": exit_code}, fh)


if __name__ == "__main__":
    main()
