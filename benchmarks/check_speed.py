"""Time the claim checker on a long text: is it linear, and how long do 2 MB take?

    python benchmarks/check_speed.py ARTICLE.txt [--size 2e6] [--runs 3]
    python benchmarks/check_speed.py --suite [--size 2e6]

The text is ARTICLE.txt repeated until it is ``--size`` characters long (``--suite``: the
sentences of ``benchmarks/claims/suite.jsonl``, each a paragraph, repeated the same way: every
paragraph there is a trade sentence, so it is the densest text the checker meets). Each run is a
fresh process: the import, the first check on the text, its stages (finding the claims, reading the
data they need, verifying them) in CPU seconds, then the whole command line
(``tradestats check FILE``) in wall and CPU seconds. Half and quarter of the text are timed too:
linear means the time per character stays the same.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_STAGES = r"""
import json, sys, time
T = time.process_time
t0 = T()
from tradestats.check import run as R
from tradestats.check.verify import verify_claim
t1 = T()
text = open(sys.argv[1], encoding="utf-8").read()
ev = R._evidence(None)
t2 = T()
claims, _ = R.extract_claims(R._folded(text), None, ("CHN", "PRK"))
t3 = T()
ev.prefetch(R._spans_needed(claims))
t4 = T()
for c in claims:
    verify_claim(c, ev, claims)
t5 = T()
print(json.dumps({"import": t1 - t0, "data": t2 - t1, "find": t3 - t2, "read": t4 - t3,
                  "verify": t5 - t4, "claims": len(claims)}))
"""


def _text(article: Path | None, size: int) -> str:
    if article is None:
        lines = (ROOT / "benchmarks" / "claims" / "suite.jsonl").read_text(encoding="utf-8")
        base = "\n\n".join(json.loads(line)["sentence"] for line in lines.splitlines()) + "\n\n"
    else:
        base = article.read_text(encoding="utf-8").rstrip() + "\n\n"
    return (base * (size // len(base) + 1))[:size].rsplit("\n\n", 1)[0] + "\n"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _stages(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _STAGES, str(path)], capture_output=True, text=True, env=_env()
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout)


def _command(path: Path) -> tuple[float, float]:
    before = os.times()
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tradestats", "check", str(path)],
        stdout=subprocess.DEVNULL,
        env=_env(),
        check=False,
    )
    wall = time.perf_counter() - t
    after = os.times()
    return wall, (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("article", nargs="?", type=Path)
    p.add_argument("--suite", action="store_true", help="the suite's sentences as the text")
    p.add_argument("--size", type=float, default=2e6)
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args()
    if (a.article is None) != a.suite:
        p.error("give ARTICLE.txt or --suite")
    print(f"load average {os.getloadavg()[0]:.2f}; best of {a.runs} runs, CPU seconds")
    print(
        "| characters | claims | import | data | find claims | read data | verify | check_text | "
        "command line (wall / CPU) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for part in (4, 2, 1):
            size = int(a.size) // part
            path = Path(tmp) / f"text_{size}.txt"
            path.write_text(_text(a.article, size), encoding="utf-8")
            runs = [_stages(path) for _ in range(a.runs)]
            best = {k: min(r[k] for r in runs) for k in runs[0]}
            cli = [_command(path) for _ in range(a.runs)]
            wall, cpu = min(c[0] for c in cli), min(c[1] for c in cli)
            total = best["find"] + best["read"] + best["verify"]
            print(
                f"| {size:,} | {int(best['claims']):,} | {best['import']:.2f} | {best['data']:.2f} "
                f"| {best['find']:.2f} | {best['read']:.2f} | {best['verify']:.2f} | {total:.2f} "
                f"| {wall:.2f} / {cpu:.2f} |"
            )


if __name__ == "__main__":
    main()
