"""Writes noisy_classes.csv: 400 rows of three classes with a model's probabilities, 10% of labels flipped.

The true class is uniform; the model's logits are 2.5 for the true class plus N(0, 1.2) noise per class,
so its probabilities are out-of-sample by construction. 40 rows chosen at random get another class at
random as their label; `flipped` marks them. Seeded: the same bytes every run.
"""
import numpy as np

rng = np.random.default_rng(20261204)
classes = ["cat", "dog", "fox"]
n, k = 400, len(classes)
truth = rng.integers(0, k, n)
logits = 2.5 * np.eye(k)[truth] + rng.normal(0, 1.2, (n, k))
proba = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
label = truth.copy()
flipped = rng.choice(n, n // 10, replace=False)
label[flipped] = (truth[flipped] + rng.integers(1, k, len(flipped))) % k
with open("noisy_classes.csv", "w") as out:
    out.write("id,label,proba_cat,proba_dog,proba_fox,flipped\n")
    for i in range(n):
        p = ",".join(repr(float(x)) for x in proba[i])
        out.write(f"r{i + 1},{classes[label[i]]},{p},{int(i in set(flipped))}\n")
