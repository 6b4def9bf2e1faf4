"""Benchmark: `sxdetect score` on a large moderator queue; throughput and peak RSS.

Generates a queue of N messages (the synthetic generator when ``training/synth`` is there,
else the test fixtures' conversations), as taxonomy JSONL (one conversation a line) and as a
CSV message table whose conversations are interleaved (rows of one conversation are not
contiguous, as in a time-ordered export). Each queue is scored in a fresh ``sxdetect score``
process per model; peak RSS and CPU time are that process's own (``wait4`` rusage), wall time
includes model loading, grouping and ranking; ``load`` is the machine's 1-minute load average
(other work slows wall time, not CPU time). A smaller queue as well shows whether memory stays
flat as the queue grows.

    python bench/queue_memory.py --messages 1000000 --also 100000 --model default --model fast

``fast`` means the first n-gram model of the manifest; any other value is a model name or a
model directory. Prints a Markdown table; ``--json FILE`` also writes the rows.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _conversations(seed: int) -> tuple[str, Iterator[dict[str, Any]]]:
    try:
        from training.synth.generate import generate

        return "training.synth", generate(10**9, seed=seed, id_prefix="bench")
    except ImportError:
        sys.path.insert(0, str(ROOT / "tests"))
        from fixtures_data import make_records

        def batches() -> Iterator[dict[str, Any]]:
            for k in itertools.count():
                yield from make_records(1000, seed=seed * 100003 + k)

        return "tests/fixtures_data", batches()


def _queue_record(rec: dict[str, Any]) -> dict[str, Any]:
    """What a platform export holds: no labels, no signal annotations, no template ids."""
    msgs = [{k: v for k, v in m.items() if k in ("sender", "text", "ts", "has_image")} for m in rec["messages"]]
    return {"id": rec["id"], "lang": rec.get("lang"), "meta": rec.get("meta") or {}, "messages": msgs}


def make_queues(n_messages: int, directory: Path, seed: int = 1) -> dict[str, Any]:
    """Write ``conv.jsonl`` and ``msgs.csv`` with ``n_messages`` messages; return their facts."""
    source, records = _conversations(seed)
    conv_path, table_path = directory / "conv.jsonl", directory / "msgs.csv"
    count = convs = 0
    with conv_path.open("w", encoding="utf-8") as conv_fh, table_path.open("w", newline="", encoding="utf-8") as tfh:
        writer = csv.writer(tfh)
        writer.writerow(["conversation_id", "sender", "text", "ts", "has_image", "first_contact", "country"])
        block: list[dict[str, Any]] = []
        for rec in records:
            rec = _queue_record(rec)
            rec["messages"] = rec["messages"][: n_messages - count]
            conv_fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            block.append(rec)
            count += len(rec["messages"])
            convs += 1
            if len(block) == 500 or count >= n_messages:  # interleave the rows of 500 conversations
                for step in itertools.zip_longest(*(r["messages"] for r in block)):
                    for r, m in zip(block, step):
                        if m is not None:
                            writer.writerow([r["id"], m["sender"], m["text"], m.get("ts") or "",
                                             "" if m.get("has_image") is None else m["has_image"],
                                             r["meta"].get("first_contact", ""), "DE" if convs % 3 else ""])
                block = []
            if count >= n_messages:
                break
    return {"source": source, "messages": count, "conversations": convs,
            "bytes": {"conv.jsonl": conv_path.stat().st_size, "msgs.csv": table_path.stat().st_size}}


def _resolve_fast(name: str) -> str:
    if name != "fast":
        return name
    from sxdetect.registry import list_models

    ngram = [spec.name for spec in list_models() if spec.kind == "ngram"]
    if not ngram:
        raise SystemExit("no n-gram model in the manifest; pass --model NAME_OR_DIR")
    return ngram[0]


def run_once(queue: Path, model: str, out: Path) -> dict[str, Any]:
    """Score ``queue`` in a fresh process: wall and CPU seconds, peak RSS (MiB), the machine's load,
    the exit code and the number of results written."""
    cmd = [sys.executable, str(ROOT / "cli.py"), "score", str(queue), "--model", model, "--out", str(out), "-q"]
    load0, started = os.getloadavg()[0], time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 3):
        raise SystemExit(f"sxdetect score failed ({proc.returncode}): {err[-2000:]}")
    with out.open("rb") as fh:
        results = sum(1 for _ in fh)
    return {"seconds": seconds, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mib": usage.ru_maxrss / 1024,
            "load": (load0 + os.getloadavg()[0]) / 2, "exit": proc.returncode, "results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--also", type=int, action="append", default=[], help="Also a smaller queue (flatness).")
    parser.add_argument("--model", action="append", default=[], help="default, fast, a name or a directory.")
    parser.add_argument("--inputs", default="conv.jsonl,msgs.csv")
    parser.add_argument("--workdir", type=Path, default=None, help="Keep the queues here (default: a temp dir).")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    models = args.model or ["default", "fast"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="sxdetect-bench-") as tmp:
        base = args.workdir or Path(tmp)
        for n in sorted(set(args.also + [args.messages])):
            directory = base / f"q{n}"
            directory.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            facts = make_queues(n, directory)
            print(f"# generated {facts['messages']:,} messages / {facts['conversations']:,} conversations "
                  f"from {facts['source']} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            for model in models:
                for name in args.inputs.split(","):
                    res = run_once(directory / name, _resolve_fast(model), directory / f"out-{name}.jsonl")
                    row = {"model": model, "input": name, **facts, "input_mib": facts["bytes"][name] / 2**20, **res}
                    row["msg_per_s"] = facts["messages"] / res["seconds"]
                    rows.append(row)
                    print(f"# {model} {name} {n}: {res['seconds']:.1f} s, {res['peak_rss_mib']:.0f} MiB",
                          file=sys.stderr)
    print("| model | input | messages | conversations | results | input MiB | wall s | msg/s | CPU s "
          "| msg per CPU s | peak RSS MiB | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['model']} | {r['input']} | {r['messages']:,} | {r['conversations']:,} | {r['results']:,} "
              f"| {r['input_mib']:.0f} | {r['seconds']:.1f} | {r['msg_per_s']:,.0f} | {r['cpu_s']:.1f} "
              f"| {r['messages'] / r['cpu_s']:,.0f} | {r['peak_rss_mib']:.0f} | {r['load']:.1f} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
