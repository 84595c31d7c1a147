"""Plain PyTorch peer for bench/run: the same two course models, optimizers and data, in Python.

Reads requests from stdin, one per line: "<mlp|cnn> <batch> <seed> [<from> <steps> <file>]";
trains a fresh model for one epoch on all 60,000 training images and answers one JSON line (with
the optional part, torch.profiler records steps from..from+steps and writes each operator's calls,
self and total CPU microseconds to file, as JSON):
{"model", "batch", "seconds", "train_loss", "train_accuracy", "test_accuracy"}.
The first line it writes describes the setup (torch version, threads, BLAS library loaded).

The loop is the fast idiom for data that fits in memory: one normalised float tensor, a random
permutation per epoch, batches sliced by index (no DataLoader, whose per-sample collation would
make the peer several times slower). Running loss and accuracy are accumulated as tensors, as the
application accumulates its epoch metrics.
"""

import gzip
import json
import os
import sys
import time

import numpy as np
import torch
from torch import nn

DATA = os.environ.get("FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")


def read_idx(name, offset):
    with gzip.open(os.path.join(DATA, name), "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load(prefix):
    images = read_idx(prefix + "-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28)
    labels = read_idx(prefix + "-labels-idx1-ubyte.gz", 8)
    x = torch.from_numpy(images.astype(np.float32) / 255.0)
    y = torch.from_numpy(labels.astype(np.int64))
    return x, y


def build(kind):
    """Course MLP (Adam 0.001) or Course CNN (RMSprop 0.001, rho 0.9, eps 1e-7), as the app."""
    if kind == "mlp":
        net = nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
        opt = torch.optim.Adam(net.parameters(), lr=0.001, eps=1e-7)
    else:
        net = nn.Sequential(
            nn.Conv2d(1, 32, 3),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(32 * 13 * 13, 128),
            nn.ReLU(),
            nn.Linear(128, 10),
        )
        opt = torch.optim.RMSprop(net.parameters(), lr=0.001, alpha=0.9, eps=1e-7)
    return net, opt


def write_ops(prof, steps, wall, file):
    ops = [{"name": e.key, "calls": e.count, "self_us": e.self_cpu_time_total,
            "total_us": e.cpu_time_total} for e in prof.key_averages()]
    with open(file, "w") as out:
        json.dump({"steps": steps, "wall_us": wall * 1e6, "ops": ops}, out)


def train_epoch(net, opt, x, y, batch, generator, limit=None, label=None, ops=None):
    """One epoch; with PEER_PROFILE=1 also prints, on stderr, the time per phase of a step."""
    loss_fn = nn.CrossEntropyLoss()
    n = x.shape[0] if limit is None else limit
    order = torch.randperm(x.shape[0], generator=generator)[:n]
    loss_sum = torch.zeros(())
    correct = torch.zeros((), dtype=torch.int64)
    profile = label is not None and os.environ.get("PEER_PROFILE") == "1"
    phases = [0.0] * 6  # data, forward, loss, backward, optimizer, metrics
    steps = 0
    net.train()
    prof = None
    for step, start in enumerate(range(0, n, batch)):
        if ops is not None and step == ops[0]:
            prof = torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CPU])
            prof.__enter__()
            profile_start = time.perf_counter()
        if ops is not None and step == ops[0] + ops[1]:
            wall = time.perf_counter() - profile_start
            prof.__exit__(None, None, None)
            write_ops(prof, ops[1], wall, ops[2])
        if profile:
            t0 = time.perf_counter()
        idx = order[start : start + batch]
        xb, yb = x[idx], y[idx]
        opt.zero_grad(set_to_none=True)
        if profile:
            t1 = time.perf_counter()
        out = net(xb)
        if profile:
            t2 = time.perf_counter()
        loss = loss_fn(out, yb)
        if profile:
            t3 = time.perf_counter()
        loss.backward()
        if profile:
            t4 = time.perf_counter()
        opt.step()
        if profile:
            t5 = time.perf_counter()
        with torch.no_grad():
            loss_sum += loss.detach() * len(idx)
            correct += (out.argmax(1) == yb).sum()
        if profile:
            t6 = time.perf_counter()
            for i, (a, b) in enumerate(((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6))):
                phases[i] += b - a
            steps += 1
    if profile:
        names = ("data", "forward", "loss", "backward", "optimizer", "metrics")
        split = ", ".join("%s %.3f" % (name, t * 1e3 / steps) for name, t in zip(names, phases))
        print("PyTorch peer, %s: %d steps, ms per step: %s, total %.3f"
              % (label, steps, split, sum(phases) * 1e3 / steps), file=sys.stderr, flush=True)
    return loss_sum.item() / n, correct.item() / n


def test_accuracy(net, x, y):
    net.eval()
    with torch.no_grad():
        correct = sum((net(x[i : i + 1000]).argmax(1) == y[i : i + 1000]).sum().item()
                      for i in range(0, x.shape[0], 1000))
    return correct / x.shape[0]


def blas_libraries():
    with open("/proc/self/maps") as maps:
        libs = {line.split()[-1] for line in maps if "blas" in line or "lapack" in line}
    return sorted(libs)


def main():
    threads = int(os.environ.get("PEER_THREADS", "2"))
    torch.set_num_threads(threads)
    x_train, y_train = load("train")
    x_test, y_test = load("t10k")
    # Warm-up: first allocations, OpenMP thread pool, BLAS kernels.
    for kind in ("mlp", "cnn"):
        net, opt = build(kind)
        train_epoch(net, opt, x_train, y_train, 32, torch.Generator().manual_seed(0), limit=2000)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                      "blas": blas_libraries()}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        kind, batch, seed, *ops = line.split()
        ops = (int(ops[0]), int(ops[1]), ops[2]) if ops else None
        torch.manual_seed(int(seed))
        net, opt = build(kind)
        start = time.perf_counter()
        loss, acc = train_epoch(net, opt, x_train, y_train, int(batch),
                                torch.Generator().manual_seed(int(seed)),
                                label="%s b%s" % (kind, batch), ops=ops)
        seconds = time.perf_counter() - start
        print(json.dumps({"model": kind, "batch": int(batch), "seconds": seconds,
                          "train_loss": loss, "train_accuracy": acc,
                          "test_accuracy": test_accuracy(net, x_test, y_test)}), flush=True)


if __name__ == "__main__":
    main()
