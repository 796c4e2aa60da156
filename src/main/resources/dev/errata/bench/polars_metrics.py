"""The peer of a cold `errata metrics` in `errata bench --cold`: Polars reads the benchmark's file and computes
the same aggregates, overall, per class, per tag column and per slice of the five categorical columns, in a
fresh process. Usage: python3 polars_metrics.py BENCH.csv"""
import sys

import polars as pl

df = pl.read_csv(sys.argv[1])
error = pl.col("label") != pl.col("prediction")
positive, predicted = pl.col("label") == 1, pl.col("prediction") == 1
counts = [error.sum().alias("errors"), pl.len().alias("rows"),
          (positive & predicted).sum().alias("tp"), (~positive & predicted).sum().alias("fp"),
          (positive & ~predicted).sum().alias("fn")]
overall = df.select(counts)
per_class = df.group_by("label").agg(pl.len().alias("rows"), error.sum().alias("errors"))
tags = [c for c in df.columns if c.startswith("tag_")]
per_tag = df.select([pl.col(t).sum().alias(t) for t in tags] + [(pl.col(t) & error).sum().alias(t + "_errors") for t in tags])
slices = [df.group_by(c).agg(counts) for c in ["c0", "c1", "c2", "c3", "c4"]]
print(overall.row(0), per_class.height, per_tag.width, sum(s.height for s in slices))
