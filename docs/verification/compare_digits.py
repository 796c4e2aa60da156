"""Compares errata's overall multiclass metrics (its JSON) with the values scikit-learn computed (expected.json)."""
import json
import sys

actual = json.load(open(sys.argv[1]))["overall"]
expected = json.load(open(sys.argv[2]))
mismatches = [k for k, v in expected.items() if actual.get(k) is None or abs(actual[k] - v) > 1e-12]
for k in mismatches:
    print(f"{k}: errata {actual.get(k)}, scikit-learn {expected[k]}")
print(f"checked {len(expected)} values; mismatches: {len(mismatches)}")
sys.exit(1 if mismatches else 0)
