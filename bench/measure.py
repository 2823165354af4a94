"""Wall time and peak memory of a command, children included."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float
    # Sum over the process tree of proportional set size (forked workers
    # share pages with their parent: plain RSS would count them twice).
    peak_total_mb: float
    peak_process_mb: float  # the largest single process, sampled likewise
    returncode: int
    stdout: str
    stderr: str


def _tree(pid: int) -> list[int]:
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    stack.extend(int(child) for child in fh.read().split())
        except OSError:
            continue
    return pids


def _memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of one process in MB; zeros once it has gone."""
    rss = pss = 0.0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) / 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss, pss


def run(command: list[str], **kwargs) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    peak = peak_one = 0.0
    done = threading.Event()

    def sample():
        nonlocal peak, peak_one
        while not done.is_set():
            sizes = [_memory_mb(pid) for pid in _tree(process.pid)]
            peak = max(peak, sum(pss for _rss, pss in sizes))
            peak_one = max([peak_one, *(rss for rss, _pss in sizes)])
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.isdir("/proc"):
        sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    if sampler.is_alive():
        sampler.join()
    return Run(seconds, peak, peak_one, process.returncode, stdout, stderr)
