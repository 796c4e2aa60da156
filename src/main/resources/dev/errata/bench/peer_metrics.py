"""The peers of a cold `errata metrics` in `errata bench --cold`: Polars or pandas reads the benchmark's file
and computes the same aggregates, overall, per class, per tag column and per slice of the five categorical
columns, in a fresh process.

Usage: python3 peer_metrics.py polars|pandas BENCH.csv [RUNS]
With RUNS, the same work that many times in this one process, each run's milliseconds on a line of its own
(the warm figure), instead of the aggregates."""
import sys
import time

SLICES = ["c0", "c1", "c2", "c3", "c4"]


def polars_metrics(path):
    import polars as pl

    df = pl.read_csv(path)
    error = pl.col("label") != pl.col("prediction")
    positive, predicted = pl.col("label") == 1, pl.col("prediction") == 1
    counts = [error.sum().alias("errors"), pl.len().alias("rows"),
              (positive & predicted).sum().alias("tp"), (~positive & predicted).sum().alias("fp"),
              (positive & ~predicted).sum().alias("fn")]
    overall = df.select(counts)
    per_class = df.group_by("label").agg(pl.len().alias("rows"), error.sum().alias("errors"))
    tags = [c for c in df.columns if c.startswith("tag_")]
    per_tag = df.select([pl.col(t).sum().alias(t) for t in tags]
                        + [(pl.col(t) & error).sum().alias(t + "_errors") for t in tags])
    slices = [df.group_by(c).agg(counts) for c in SLICES]
    return overall.row(0)[0], per_class.height, per_tag.width // 2, sum(s.height for s in slices)


def pandas_metrics(path):
    import pandas as pd

    df = pd.read_csv(path)
    error = df["label"] != df["prediction"]
    positive, predicted = df["label"] == 1, df["prediction"] == 1
    frame = pd.DataFrame({"error": error, "tp": positive & predicted, "fp": ~positive & predicted,
                          "fn": positive & ~predicted})
    overall = frame.sum()
    per_class = frame.groupby(df["label"]).sum()
    tags = [c for c in df.columns if c.startswith("tag_")]
    per_tag = [(df[t].sum(), (df[t] & error).sum()) for t in tags]
    slices = [frame.groupby(df[c]).sum() for c in SLICES]
    return overall["error"], len(per_class), len(per_tag), sum(len(s) for s in slices)


metrics = {"polars": polars_metrics, "pandas": pandas_metrics}[sys.argv[1]]
if len(sys.argv) > 3:
    for _ in range(int(sys.argv[3])):
        start = time.perf_counter()
        metrics(sys.argv[2])
        print(f"{(time.perf_counter() - start) * 1000:.1f}")
else:
    print(*metrics(sys.argv[2]))
