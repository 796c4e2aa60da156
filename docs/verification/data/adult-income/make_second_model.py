"""Makes a second model's predictions of adult_predictions.csv and counts, independently of Errata, what a
comparison of the two must find.

The second model (`adult_v2.csv`: id, v2_pred_label, v2_score) is the first with seeded changes, as a
retrained model would bring: it fixes 70% of the first model's errors on the self-employed (tag_self_emp),
breaks 4% of its right answers on women, and elsewhere fixes 5% of the errors and breaks 1% of the right
answers. A changed row's prediction is the other class and its score 1 - score.

`expected_compare.json` holds, overall, per class of true_label, per value of sex and age_group and per tag
column: the rows, the fixed (first wrong, second right) and broken (first right, second wrong) counts and
McNemar's exact two-sided p-value, scipy.stats.binomtest(fixed, fixed + broken, 0.5); overall also each
model's ROC AUC (scikit-learn) and DeLong's 95% interval and p-value of their difference.

Usage (from this folder): python3 make_second_model.py
"""
import csv, json, random
from scipy.stats import binomtest

rng = random.Random(20261204)
rows = list(csv.DictReader(open("adult_predictions.csv", newline="")))
classes = sorted({r["true_label"] for r in rows})
v2 = []
for r in rows:
    wrong = r["pred_label"] != r["true_label"]
    if r["tag_self_emp"] == "true":
        change = wrong and rng.random() < 0.70
    elif r["sex"] == "Female":
        change = (not wrong) and rng.random() < 0.04
    else:
        change = rng.random() < (0.05 if wrong else 0.01)
    other = classes[1] if r["pred_label"] == classes[0] else classes[0]
    pred = other if change else r["pred_label"]
    score = 1 - float(r["score"]) if change else float(r["score"])
    v2.append({"id": r["id"], "v2_pred_label": pred, "v2_score": repr(score)})
with open("adult_v2.csv", "w", newline="") as out:
    w = csv.DictWriter(out, ["id", "v2_pred_label", "v2_score"], lineterminator="\n")
    w.writeheader()
    w.writerows(v2)

def level(selected):
    fixed = broken = n = 0
    for r, s in zip(rows, v2):
        if not selected(r):
            continue
        n += 1
        first = r["pred_label"] == r["true_label"]
        second = s["v2_pred_label"] == r["true_label"]
        fixed += (not first) and second
        broken += first and not second
    p = 1.0 if fixed + broken == 0 else binomtest(fixed, fixed + broken, 0.5).pvalue
    return {"rows": n, "fixed": fixed, "broken": broken, "p_value": p}

expected = {"overall": level(lambda r: True),
            "classes": {c: level(lambda r, c=c: r["true_label"] == c) for c in classes},
            "slices": {col: {v: level(lambda r, col=col, v=v: r[col] == v) for v in sorted({r[col] for r in rows})}
                       for col in ["sex", "age_group"]},
            "tags": {t: level(lambda r, t=t: r[t] == "true") for t in ["tag_young", "tag_long_hours", "tag_self_emp"]}}
# ROC AUC of each model (scikit-learn) and DeLong's variance of the difference, from the placement values
# computed with scipy's midranks (the fast form of DeLong et al. 1988 by Sun and Xu 2014)
import numpy as np
from scipy.stats import norm, rankdata
from sklearn.metrics import roc_auc_score

positive = np.array([r["true_label"] == ">50K" for r in rows])
scores = [np.array([float(r["score"]) for r in rows]), np.array([float(s["v2_score"]) for s in v2])]
m, n = positive.sum(), (~positive).sum()
v10, v01 = [], []
for sc in scores:
    x, y = sc[positive], sc[~positive]
    ranks = rankdata(np.concatenate([x, y]))
    v10.append((ranks[:m] - rankdata(x)) / n)
    v01.append(1 - (ranks[m:] - rankdata(y)) / m)
s10, s01 = np.cov(np.array(v10)), np.cov(np.array(v01))
var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / m + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / n
aucs = [roc_auc_score(positive, sc) for sc in scores]
diff = aucs[1] - aucs[0]
expected["overall"]["auc"] = {"v1": aucs[0], "v2": aucs[1], "difference": diff,
                              "low": diff - 1.959963984540054 * var ** 0.5, "high": diff + 1.959963984540054 * var ** 0.5,
                              "p_value": 2 * norm.cdf(-abs(diff) / var ** 0.5)}
json.dump(expected, open("expected_compare.json", "w"), indent=1)
print(json.dumps(expected["overall"]), json.dumps(expected["tags"]))
