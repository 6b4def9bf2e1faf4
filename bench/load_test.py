"""Load test of the HTTP sidecar: open-loop arrivals on loopback, bounded in time, prints a table.

Starts ``python -m sxdetect.serve`` on 127.0.0.1 (a free port), waits for ``/healthz/ready``,
warms up, then runs each scenario for ``--duration`` seconds at a fixed arrival rate (requests
are sent on schedule whether or not earlier ones have answered, so a slow server cannot slow
the load down; a request opens a new keep-alive connection when none is idle). Latency is
measured from each request's scheduled start to the end of its response. The server's RSS is
read from ``/proc/<pid>/status`` before and after.

    .venv/bin/python bench/load_test.py                       # default scenarios, 15 s each
    .venv/bin/python bench/load_test.py --duration 5 --scenarios single@50

Scenarios (``--scenarios``, comma-separated): ``single@R`` (one-message conversations to
/v1/score at R req/s), ``batch64@R`` (64 one-message conversations to /v1/score/batch at R
req/s), ``incremental@R`` (50 live conversations that grow by one message a request; each
request sends the new message with the 30 before it to /v1/score/incremental).
``--env KEY=VALUE`` passes settings to the server, e.g. ``--env SXDETECT_BATCH_MAX_SIZE=1`` to
switch micro-batching off for a comparison.

The model is ``--model`` if given, else the shipped default when ``models/manifest.json``
exists, else the tiny test model (``tests/fixtures_data.py``) trained into a temporary folder,
which the output says.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_LINES = (
    "hey saw u in my suggestions u seem cool", "are we still on for lunch tomorrow", "can u pay me back by friday",
    "lets go to telegram this app is buggy", "is the bike still for sale", "report is due at 9 tomorrow",
    "dont tell anyone about us ok", "send me a pic, only for me", "i have ur pics and all ur followers",
    "send $200 on cashapp in 2 hours", "please dont i only have 50", "haha see you at practice",
)
_HISTORY = 30
_CHATS = 50


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mib(pid: int) -> dict[str, float]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024.0
    return out


def _message(rng: random.Random, sender: str) -> dict[str, str]:
    return {"sender": sender, "text": f"{rng.choice(_LINES)} {rng.randint(0, 9999)}"}


def _bodies(kind: str, n: int, rng: random.Random) -> list[tuple[str, dict]]:
    """The requests of a scenario, in sending order."""
    if kind == "single":
        return [("/v1/score", {"messages": [_message(rng, "a")]}) for _ in range(n)]
    if kind == "batch64":
        return [("/v1/score/batch", {"conversations": [{"messages": [_message(rng, "a")]} for _ in range(64)]})
                for _ in range(n)]
    if kind == "incremental":
        # Live conversations that grow: each request resends the last 30 messages of one of
        # them plus the message that just arrived, as a platform would.
        chats = [[_message(rng, "ab"[i % 2]) for i in range(_HISTORY)] for _ in range(_CHATS)]
        out = []
        for i in range(n):
            chat = chats[i % _CHATS]
            new = _message(rng, "ab"[len(chat) % 2])
            out.append(("/v1/score/incremental", {"history": chat[-_HISTORY:], "new_messages": [new]}))
            chat.append(new)
        return out
    raise SystemExit(f"unknown scenario kind {kind!r}")


def _cpu_s(pid: int | None = None) -> float:
    """User + system CPU seconds of a process (this one when ``pid`` is None)."""
    if pid is None:
        t = os.times()
        return t.user + t.system
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _metric(url: str, name: str) -> float:
    with urllib.request.urlopen(f"{url}/metrics", timeout=10) as resp:
        for line in resp.read().decode().splitlines():
            key, _, value = line.rpartition(" ")
            if key == name:
                return float(value)
    return 0.0


class _Connection:
    """One keep-alive HTTP/1.1 connection: a minimal client, far cheaper per request than httpx,
    so the load generator does not become the bottleneck on a small machine."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes) -> int:
        request = (f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                   f"Content-Length: {len(body)}\r\n\r\n").encode() + body
        if self.writer is not None:
            try:
                return await self._exchange(request)
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()  # the server closed an idle keep-alive connection: reconnect once
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return await self._exchange(request)

    async def _exchange(self, request: bytes) -> int:
        assert self.reader is not None and self.writer is not None
        self.writer.write(request)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("the server closed the connection")
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        await self.reader.readexactly(length)
        if close:
            await self.close()
        return int(status_line.split()[1])

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def _scenario(url: str, kind: str, rate: float, duration: float, seed: int) -> dict:
    rng = random.Random(seed)
    n = max(1, int(rate * duration))
    bodies = [(path, json.dumps(body).encode()) for path, body in _bodies(kind, n, rng)]
    per_request = 64 if kind == "batch64" else 1
    latencies: list[float] = []
    errors: dict[str, int] = {}
    host, port = url.rsplit("//", 1)[1].split(":")
    idle: list[_Connection] = []

    async def one(path: str, body: bytes, scheduled: float) -> None:
        conn = idle.pop() if idle else _Connection(host, int(port))
        try:
            status = await asyncio.wait_for(conn.post(path, body), 60)
            key = None if status == 200 else str(status)
            idle.append(conn)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
            key = type(exc).__name__
            await conn.close()
        if key is None:
            latencies.append(time.perf_counter() - scheduled)
        else:
            errors[key] = errors.get(key, 0) + 1

    tasks = []
    start = time.perf_counter()
    for i, (path, body) in enumerate(bodies):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(path, body, scheduled)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    for conn in idle:
        await conn.close()
    latencies.sort()

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "scenario": f"{kind}@{rate:g}", "sent": n, "ok": len(latencies), "errors": errors,
        "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99), "max_ms": pct(1.0),
        "req_per_s": len(latencies) / elapsed, "conv_per_s": len(latencies) * per_request / elapsed,
    }


def _model(arg: str | None) -> tuple[str, str]:
    if arg:
        return arg, f"model {arg}"
    if (ROOT / "models" / "manifest.json").exists():
        return "default", "the shipped default model (models/manifest.json)"
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures_data import make_splits
    from training.pipeline import train_baseline

    out = Path(tempfile.mkdtemp(prefix="sxdetect-load-"))
    cfg = {"model": {"n_features": 4096, "name": "tiny-ngram", "version": "0.0.1"}}
    model_dir = train_baseline(cfg, make_splits(0), out)
    return str(model_dir), f"NO shipped model in models/: the tiny test model, trained into {model_dir}"


def _table(rows: list[dict]) -> str:
    head = (f"{'scenario':<16}{'sent':>7}{'ok':>7}{'err':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
            f"{'max ms':>9}{'req/s':>9}{'conv/s':>9}{'batch':>7}{'srv cpu':>9}{'cli cpu':>9}")
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['scenario']:<16}{r['sent']:>7}{r['ok']:>7}{sum(r['errors'].values()):>6}{r['p50_ms']:>9.1f}"
            f"{r['p95_ms']:>9.1f}{r['p99_ms']:>9.1f}{r['max_ms']:>9.1f}{r['req_per_s']:>9.1f}{r['conv_per_s']:>9.1f}"
            f"{r['mean_batch']:>7.1f}{r['server_cpu']:>9.2f}{r['client_cpu']:>9.2f}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model name or directory (default: shipped, else the tiny test model)")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per scenario (max 60)")
    parser.add_argument("--scenarios", default="single@50,single@200,batch64@5,incremental@50")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE setting for the server")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    duration = min(max(args.duration, 1.0), 60.0)
    model, model_note = _model(args.model)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SXDETECT_")}
    env.update({"SXDETECT_MODEL": model, "SXDETECT_HOST": "127.0.0.1", "SXDETECT_PORT": str(port),
                "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])})
    env.update(dict(item.split("=", 1) for item in args.env))
    log = tempfile.NamedTemporaryFile(prefix="sxdetect-load-", suffix=".log", delete=False)
    server = subprocess.Popen([sys.executable, "-m", "sxdetect.serve"], env=env, stdout=log, stderr=log, cwd=ROOT)
    rows: list[dict] = []
    load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    try:
        from sxdetect.serve.server import wait_ready

        if wait_ready(url, 60) != 200:
            raise SystemExit(f"the server did not become ready; see {log.name}")
        with urllib.request.urlopen(f"{url}/healthz/ready", timeout=10) as resp:
            ready = json.loads(resp.read())
        model_note += f" = {ready['model']} v{ready['model_version']}"
        asyncio.run(_scenario(url, "single", 50, 1.0, seed=99))  # warm-up, not reported
        rss_before = _rss_mib(server.pid)
        for i, spec in enumerate(s.strip() for s in args.scenarios.split(",") if s.strip()):
            kind, _, rate = spec.partition("@")
            calls0 = _metric(url, "sxdetect_inference_batch_conversations_count")
            convs0 = _metric(url, "sxdetect_inference_batch_conversations_sum")
            cpu_server, cpu_client, wall = _cpu_s(server.pid), _cpu_s(), time.perf_counter()
            row = asyncio.run(_scenario(url, kind, float(rate or 50), duration, seed=i))
            wall = time.perf_counter() - wall
            row["server_cpu"] = (_cpu_s(server.pid) - cpu_server) / wall
            row["client_cpu"] = (_cpu_s() - cpu_client) / wall
            calls = _metric(url, "sxdetect_inference_batch_conversations_count") - calls0
            row["mean_batch"] = (_metric(url, "sxdetect_inference_batch_conversations_sum") - convs0) / max(calls, 1)
            rows.append(row)
            print(f"  done {row['scenario']}", file=sys.stderr)
        rss_after = _rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    extra = " ".join(args.env) or "defaults"
    print(f"sxdetect serve load test: {model_note}; settings: {extra}; {duration:g} s per scenario, "
          f"open-loop, loopback, {os.cpu_count()} CPUs")
    print(_table(rows))
    for row in rows:
        if row["errors"]:
            print(f"errors in {row['scenario']}: {row['errors']}")
    print(f"server RSS: {rss_before['VmRSS']:.1f} MiB before, {rss_after['VmRSS']:.1f} MiB after "
          f"(peak {rss_after['VmHWM']:.1f} MiB); batch = mean conversations per model call; "
          f"srv/cli cpu = cores used by the server / the load generator; load average before: {load_before}; "
          f"server log: {log.name}")
    if args.json:
        args.json.write_text(json.dumps({"model": model_note, "settings": args.env, "duration_s": duration,
                                         "rows": rows, "rss_before": rss_before, "rss_after": rss_after}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
