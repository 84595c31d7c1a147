"""Operator tables from bench/run -Dops=N: ours (libtorch's legacy profiler through DJL, a Chrome
trace) beside PyTorch's (torch.profiler's key averages), in microseconds per training step.

Usage: python3 bench/op_table.py target/ops-cnn-b32 [rows]
reads target/ops-cnn-b32-ours-N.json and target/ops-cnn-b32-pytorch-N.json (N = 1, 2, ...: one
profiled run each) and prints, per operator, the least over the runs of each side. "self" is an operator's own time, without the operators it called; the total of the self
column is the time spent inside libtorch per step. Where one side's operator calls others (e.g.
aten::linear -> aten::addmm), the totals column shows the whole.
"""

import glob
import json
import re
import sys
from collections import defaultdict


def read_trace(path):
    """Events of a Chrome trace, tolerating the trailing comma libtorch's writer leaves."""
    with open(path) as f:
        text = f.read()
    text = re.sub(r",\s*\]\s*$", "]", text.strip())
    events = json.loads(text)
    return events["traceEvents"] if isinstance(events, dict) else events


def ours_table(path, steps):
    """Calls, self and total microseconds per step for each operator name, from nesting per thread."""
    by_thread = defaultdict(list)
    for e in read_trace(path):
        if "dur" in e and "ts" in e:
            by_thread[e.get("tid", 0)].append(e)
    table = defaultdict(lambda: [0, 0.0, 0.0])
    first = min(float(e["ts"]) for events in by_thread.values() for e in events)
    last = max(float(e["ts"]) + float(e["dur"]) for events in by_thread.values() for e in events)
    for events in by_thread.values():
        events.sort(key=lambda e: (float(e["ts"]), -float(e["dur"])))
        stack = []  # [end, event, children's time]
        for e in events:
            ts, dur = float(e["ts"]), float(e["dur"])
            while stack and stack[-1][0] < ts + dur - 1e-3:
                close(stack.pop(), table)
            if stack:
                stack[-1][2] += dur
            stack.append([ts + dur, e, 0.0])
        while stack:
            close(stack.pop(), table)
    return {k: (c / steps, s / steps, t / steps) for k, (c, s, t) in table.items()}, (last - first) / steps


def close(frame, table):
    _, e, children = frame
    row = table[e["name"]]
    row[0] += 1
    row[1] += float(e["dur"]) - children
    row[2] += float(e["dur"])


def peer_table(path):
    with open(path) as f:
        data = json.load(f)
    steps = data["steps"]
    table = {o["name"]: (o["calls"] / steps, o["self_us"] / steps, o["total_us"] / steps)
             for o in data["ops"]}
    return table, steps, data["wall_us"] / steps


def best(tables):
    """Per operator, the fewest calls and least time of each column over the runs (0 in a run
    without it): on this VM a run's operators are slowed at random by the other core's load, page
    faults and OpenMP waits, and the least of several runs estimates an operator's own cost."""
    names = set().union(*tables)
    return {n: tuple(min(t.get(n, (0, 0, 0))[i] for t in tables) for i in range(3)) for n in names}


def main():
    prefix = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    peer_runs = [peer_table(f) for f in sorted(glob.glob(prefix + "-pytorch-*.json"))]
    steps = peer_runs[0][1]
    peer = best([r[0] for r in peer_runs])
    peer_wall = min(r[2] for r in peer_runs)
    ours_runs = [ours_table(f, steps) for f in sorted(glob.glob(prefix + "-ours-*.json"))]
    ours = best([r[0] for r in ours_runs])
    ours_wall = min(r[1] for r in ours_runs)
    names = sorted(set(ours) | set(peer),
                   key=lambda n: -max(ours.get(n, (0, 0, 0))[1], peer.get(n, (0, 0, 0))[1]))
    print("walls per run, ours: %s; PyTorch: %s" % (
        [round(r[1]) for r in ours_runs], [round(r[2]) for r in peer_runs]))
    print("%s, %d steps, us per step, least of %d runs a side; wall time per profiled step: ours %.0f"
          " (first to last operator), PyTorch %.0f" % (prefix, steps, len(peer_runs), ours_wall, peer_wall))
    print()
    print("| operator | ours calls | ours self | ours total | PyTorch calls | PyTorch self | PyTorch total |")
    print("|---|---|---|---|---|---|---|")

    def cells(row):
        if row is None:
            return "-", "-", "-"
        return "%.0f" % row[0], "%.0f" % row[1], "%.0f" % row[2]

    for n in names[:rows]:
        print("| %s | %s | %s | %s | %s | %s | %s |" % ((n,) + cells(ours.get(n)) + cells(peer.get(n))))
    rest = names[rows:]
    for label, table in (("ours", ours), ("PyTorch", peer)):
        other = sum(table[n][1] for n in rest if n in table)
        calls = sum(v[0] for v in table.values())
        print("%s: self time of the other %d operators %.0f us; all operators %.0f us self, %.0f calls"
              % (label, len(rest), other, sum(v[1] for v in table.values()), calls))


if __name__ == "__main__":
    main()
