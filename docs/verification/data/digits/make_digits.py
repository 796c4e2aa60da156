# digits, a logistic regression on a split; the held-out half's labels, predictions and probabilities
import json, numpy as np, csv
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, brier_score_loss, log_loss, accuracy_score
X, y = load_digits(return_X_y=True)
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.5, random_state=0, stratify=y)
m = LogisticRegression(max_iter=200, C=0.01).fit(Xtr, ytr)
P = m.predict_proba(Xte); pred = m.predict(Xte)
with open("digits_predictions.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["id", "label", "prediction"] + [f"proba_{c}" for c in m.classes_])
    for i in range(len(yte)):
        w.writerow([i + 1, yte[i], pred[i]] + [repr(float(p)) for p in P[i]])
print(json.dumps({"accuracy": accuracy_score(yte, pred), "roc_auc": roc_auc_score(yte, P, multi_class="ovr"),
    "roc_auc_weighted": roc_auc_score(yte, P, multi_class="ovr", average="weighted"),
    "brier_score": brier_score_loss(yte, P), "log_loss": log_loss(yte, P)}, indent=1))
