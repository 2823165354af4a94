"""Workers never outlive the ingest that started them, whatever stopped it.

The ingest runs in a subprocess on papers whose reading never ends (the reader
is replaced, in that process, by one that sleeps; forked workers inherit it).
Its worker processes are found through /proc, the parent alone is killed, and
the test waits, polling, for the workers to disappear.  The wait is generous
and is not a claim about speed: before the fix the workers lived for ever.
"""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hostile

WAIT = 120  # seconds: for a loaded machine; never an assertion on speed

SLOW_INGEST = """
import sys, time
import committee_papers.worker as worker

def never_finishes(path, *args):
    time.sleep(3600)

worker.read_and_extract = never_finishes
from committee_papers.cli import cli
cli.main(args=sys.argv[1:], prog_name="committee-papers")
"""

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


def parent_and_state(pid: int):
    """(parent pid, state letter) of a process, or None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may hold spaces: split after it.
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0]


def children_of(pid: int) -> set[int]:
    children = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            info = parent_and_state(int(entry.name))
            if info and info[0] == pid:
                children.add(int(entry.name))
    return children


def alive(pid: int) -> bool:
    info = parent_and_state(pid)
    return info is not None and info[1] != "Z"  # a zombie has exited; only its parent has not reaped it


def wait_until(predicate, what: str):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what} after {WAIT} s")


@pytest.fixture
def slow_batch(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for n in range(4):
        hostile.good_text_paper(folder, n)
    return folder


def start_slow_ingest(folder, db):
    # Started with Ctrl-C's default action, as from a terminal: a test runner started in the background
    # (CI) ignores SIGINT, a child inherits that, and Python then leaves Ctrl-C ignored in it.
    return subprocess.Popen([sys.executable, "-c", SLOW_INGEST, "ingest", str(folder), "--db", str(db),
                             "--workers", "2", "--timeout", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def running_workers(process) -> set[int]:
    return wait_until(lambda: len(children_of(process.pid)) >= 2 and children_of(process.pid),
                      "the ingest to start its two workers")


def kill_leftovers(pids):
    for pid in pids:  # only processes this test started
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_workers_die_when_the_ingest_is_killed_with_sigkill(slow_batch, tmp_path):
    process = start_slow_ingest(slow_batch, tmp_path / "kb.db")
    workers = set()
    try:
        workers = running_workers(process)
        os.kill(process.pid, signal.SIGKILL)  # the parent alone, as the OOM killer would
        process.communicate(timeout=WAIT)
        wait_until(lambda: not any(alive(pid) for pid in workers), f"workers {sorted(workers)} to exit")
    finally:
        process.kill()
        kill_leftovers(workers)


@pytest.mark.slow
@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 128 + 15), (signal.SIGINT, 128 + 2)])
def test_sigterm_and_ctrl_c_stop_the_pool_and_exit_cleanly(slow_batch, tmp_path, sig, code):
    process = start_slow_ingest(slow_batch, tmp_path / "kb.db")
    workers = set()
    try:
        workers = running_workers(process)
        os.kill(process.pid, sig)
        _out, err = process.communicate(timeout=WAIT)
        assert process.returncode == code, err
        assert "Traceback" not in err
        assert f"interrupted ({signal.Signals(sig).name})" in err
        wait_until(lambda: not any(alive(pid) for pid in workers), f"workers {sorted(workers)} to exit")
    finally:
        process.kill()
        kill_leftovers(workers)


def test_a_worker_whose_parent_is_already_gone_exits_at_once():
    # The parent died between the fork and the worker's set-up: getppid() is
    # no longer the pid recorded before the fork.
    script = ("import os\nfrom committee_papers.worker import die_with_parent\n"
              "die_with_parent(os.getppid() + 1)\nprint('still running')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=WAIT)
    assert done.returncode == 1 and "still running" not in done.stdout
