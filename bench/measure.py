"""Timing primitives of the harness: repetitions, medians, percentiles, contender subprocesses.

Every contender runs in its own fresh Python process (:func:`run_contender`), so its peak RSS and
its cold start (from spawning the process to the first score, reported by the child on a
``READY`` line) are its own. Peak RSS is the child's own ``VmHWM`` (:func:`peak_rss_mib`), not
``ru_maxrss`` from ``wait4``: Linux carries the parent's RSS at fork time into a child's
``ru_maxrss`` across ``exec``, so a harness that has loaded torch would inflate every child.
Commands that cannot report their own peak (``sxdetect score``) run under a small launcher
process (:func:`run_command`), whose fork is what the command inherits. Inside the
child, :func:`time_batches` scores the same message stream in calls of ``batch`` messages, several
times; throughput is the median over repetitions, latency percentiles pool every call.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
READY = "READY"


def time_batches(
    score: Callable[[Sequence[Any], Sequence[Any]], Any], texts: Sequence[Any], previous: Sequence[Any],
    batch: int, reps: int, record_latency: bool = False,
) -> dict[str, Any]:
    """Score ``texts`` (with ``previous``) in calls of ``batch`` items, ``reps`` times after one
    warm-up call; return the median items/s, every repetition's rate and call-latency percentiles."""
    n = len(texts)
    score(texts[:batch], previous[:batch])  # warm-up: allocations, thread pools
    rates, calls = [], []
    for _ in range(reps):
        started = time.perf_counter()
        for i in range(0, n, batch):
            t = time.perf_counter()
            score(texts[i : i + batch], previous[i : i + batch])
            if record_latency:
                calls.append(time.perf_counter() - t)
        rates.append(n / (time.perf_counter() - started))
    out: dict[str, Any] = {"items": n, "batch": batch, "reps": reps, "rate": float(np.median(rates)),
                           "rates": [round(r, 1) for r in rates]}
    if calls:
        ms = np.asarray(calls) * 1000.0
        out |= {"p50_ms": float(np.percentile(ms, 50)), "p99_ms": float(np.percentile(ms, 99)), "calls": len(ms)}
    return out


def peak_rss_mib() -> float | None:
    """This process's peak resident set (``VmHWM`` in /proc/self/status), MiB; None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


_LAUNCHER = """
import json, os, sys, time
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, ru = os.wait4(pid, 0)
print(json.dumps({"seconds": time.perf_counter() - t, "cpu_s": ru.ru_utime + ru.ru_stime,
                  "peak_rss_mib": ru.ru_maxrss / 1024, "exit": os.waitstatus_to_exitcode(status)}), file=sys.stderr)
"""


def run_command(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd`` under a lean launcher: its wall seconds (fork to exit), CPU seconds, peak RSS (MiB)
    and exit code, free of this process's own memory. The command's stdout is discarded."""
    proc = subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, *cmd], env=env, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    lines = proc.stderr.strip().splitlines()
    try:
        facts = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError) as exc:
        raise RuntimeError(f"launcher failed: {proc.stderr[-2000:]}") from exc
    facts["stderr"] = "\n".join(lines[:-1])[-2000:]
    return facts


def child_ready() -> None:
    """Called by a contender process right after its first score."""
    print(READY, flush=True)


def run_contender(job: dict[str, Any], workdir: Path, timeout: float = 1800.0) -> dict[str, Any]:
    """Run ``python -m bench.runner JOB`` in a fresh process; return its result with ``cold_start_s``
    (spawn → READY), ``peak_rss_mib`` and ``cpu_s`` of that process added."""
    workdir.mkdir(parents=True, exist_ok=True)
    job_path = workdir / f"job-{job['name']}.json"
    out_path = workdir / f"result-{job['name']}.json"
    job_path.write_text(json.dumps(job | {"out": str(out_path)}), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.runner", str(job_path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    cold = None
    for line in proc.stdout:
        if line.strip() == READY and cold is None:
            cold = time.perf_counter() - started
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not out_path.exists():
        raise RuntimeError(f"contender {job['name']} failed ({proc.returncode}): {err[-3000:]}")
    result = json.loads(out_path.read_text(encoding="utf-8"))
    peak = result.get("peak_rss_mib") or usage.ru_maxrss / 1024
    return result | {"cold_start_s": cold, "peak_rss_mib": peak, "cpu_s": usage.ru_utime + usage.ru_stime}


def cpu_description() -> str:
    """``model name`` from /proc/cpuinfo and the logical CPU count (the platform string elsewhere)."""
    name = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                name = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{name}, {os.cpu_count()} logical CPUs"


def load_average() -> float:
    """The 1-minute load average (other work on a shared machine slows every contender)."""
    try:
        return float(os.getloadavg()[0])
    except OSError:
        return float("nan")


def versions() -> dict[str, str]:
    """Versions of the libraries the contenders use (those importable without side effects)."""
    from importlib import metadata

    out = {"python": platform.python_version()}
    for pkg in ("sxdetect", "onnxruntime", "tokenizers", "numpy", "torch", "transformers"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            continue
    return out
