"""Label issues of a CSV by confident learning, written in numpy from cleanlab 2.x's
count.compute_confident_joint and filter.find_label_issues (filter_by="prune_by_noise_rate",
return_indices_ranked_by="self_confidence"), to check `errata label-errors` where cleanlab cannot be
installed. Usage: python3 find_label_issues.py FILE.csv  -> the flagged ids, best first, one a line.
"""
import csv
import sys

import numpy as np


def round_preserving_sum(floats):
    ints = np.round(floats)
    target = np.round(floats.sum())
    while abs(np.round(ints.sum()) - target) > 1e-6:
        diff = np.round(target - ints.sum())
        step = -1 if diff < 0 else 1
        for i in np.argsort(floats - ints)[::-1][: min(int(abs(diff)), len(floats))]:
            ints[i] += step
    return ints.astype(int)


def confident_joint(labels, p):
    k = p.shape[1]
    counts = np.bincount(labels, minlength=k)
    thresholds = np.array([p[labels == c, c].mean() if counts[c] else 2.0 for c in range(k)])
    confident = p >= thresholds - 1e-6
    n_conf = confident.sum(axis=1)
    guess = np.where(n_conf > 1, p.argmax(axis=1), confident.argmax(axis=1))
    cj = np.zeros((k, k), dtype=int)
    for given, true in zip(labels[n_conf > 0], guess[n_conf > 0]):
        cj[given, true] += 1
    np.fill_diagonal(cj, cj.diagonal().clip(min=1))
    cal = (cj.T / np.clip(cj.sum(axis=1), 1e-100, None) * counts).T
    cal = cal / np.clip(cal.sum(), 1e-100, None) * counts.sum()
    return np.apply_along_axis(round_preserving_sum, 1, cal)


def find_label_issues(labels, p):
    cj = confident_joint(labels, p)
    prune = cj.T.astype(float)
    diag = np.diagonal(prune).copy()
    new_diag = np.maximum(diag, 1)
    prune = prune - (new_diag - diag) / np.maximum(np.count_nonzero(prune, axis=0) - 1.0, 1.0)
    prune[prune < 0] = 0
    np.fill_diagonal(prune, new_diag)
    prune = prune.astype(int)
    mask = np.zeros(len(labels), dtype=bool)
    for k in range(p.shape[1]):
        rows = np.flatnonzero(labels == k)
        if len(rows) <= 1:
            continue
        for j in range(p.shape[1]):
            if j != k and prune[j, k] > 0:
                margin = p[rows, j] - p[rows, k]
                mask[rows[np.argsort(-margin, kind="stable")[: prune[j, k]]]] = True
    mask[p.argmax(axis=1) == labels] = False
    issues = np.flatnonzero(mask)
    return issues[np.argsort(p[issues, labels[issues]], kind="stable")], cj


def main(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    proba = [c for c in rows[0] if c.startswith("proba_")]
    classes = [c[len("proba_"):] for c in proba]
    labels = np.array([classes.index(r["label"]) for r in rows])
    p = np.array([[float(r[c]) for c in proba] for r in rows])
    issues, cj = find_label_issues(labels, p)
    print("confident joint:", cj.tolist(), file=sys.stderr)
    for i in issues:
        print(rows[i]["id"])


if __name__ == "__main__":
    main(sys.argv[1])
