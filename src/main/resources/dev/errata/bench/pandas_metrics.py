"""The pandas peer of a cold `errata metrics` in `errata bench --cold`: the same file and aggregates as
polars_metrics.py. Usage: python3 pandas_metrics.py BENCH.csv"""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1])
error = df["label"] != df["prediction"]
positive, predicted = df["label"] == 1, df["prediction"] == 1
frame = pd.DataFrame({"error": error, "tp": positive & predicted, "fp": ~positive & predicted,
                      "fn": positive & ~predicted})
overall = frame.sum()
per_class = frame.groupby(df["label"]).sum()
tags = [c for c in df.columns if c.startswith("tag_")]
per_tag = [(df[t].sum(), (df[t] & error).sum()) for t in tags]
slices = [frame.groupby(df[c]).sum() for c in ["c0", "c1", "c2", "c3", "c4"]]
print(overall["error"], len(per_class), len(per_tag), sum(len(s) for s in slices))
