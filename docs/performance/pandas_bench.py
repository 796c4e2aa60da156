"""The pandas side of docs/performance.md: the same file, the same figures, the same machine.

Usage: python3 docs/performance/pandas_bench.py BENCH_DIR/bench.csv
(the file `errata bench --keep BENCH_DIR` writes). Prints the median of 5 runs after a warm-up, in ms.
"""
import statistics
import sys
import time

import pandas as pd


def median_ms(work, runs=5):
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


path = sys.argv[1]
print(f"pandas {pd.__version__}")
print(f"read_csv: {median_ms(lambda: pd.read_csv(path)):.0f} ms")

df = pd.read_csv(path)
tags = [c for c in df.columns if c.startswith("tag_")]
error = df["label"] != df["prediction"]
errors = error.sum()


def tag_metrics():
    out = []
    for tag in tags:
        rows = df[tag]
        count = rows.sum()
        wrong = (rows & error).sum()
        out.append((tag, count / len(df), wrong / errors, wrong / count))
    return out


def slice_metrics():
    positive = df["label"] == 1
    predicted = df["prediction"] == 1
    frame = pd.DataFrame({"error": error, "tp": positive & predicted, "fp": ~positive & predicted,
                          "tn": ~positive & ~predicted, "fn": positive & ~predicted})
    out = []
    for column in ["c0", "c1", "c2", "c3", "c4"]:
        sums = frame.groupby(df[column]).sum()
        sums["count"] = df.groupby(column).size()
        sums["error_rate"] = sums["error"] / sums["count"]
        sums["positive_rate"] = (sums["tp"] + sums["fp"]) / sums["count"]
        sums["tpr"] = sums["tp"] / (sums["tp"] + sums["fn"])
        sums["fpr"] = sums["fp"] / (sums["fp"] + sums["tn"])
        out.append(sums)
    return out


print(f"{len(tags)} tag metrics: {median_ms(tag_metrics):.1f} ms")
print(f"slice metrics of five columns: {median_ms(slice_metrics):.1f} ms")
print(f"sort by a numeric column: {median_ms(lambda: df['x0'].argsort(kind='stable')):.1f} ms")
