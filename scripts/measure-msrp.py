#!/usr/bin/env python3
"""Measures Crosscheck's alignment decision on the MSRP paraphrase pairs, and fits its model.

    python3 scripts/measure-msrp.py .build/release/crosscheck ../shared/msrp          # measure
    python3 scripts/measure-msrp.py --fit .build/release/crosscheck ../shared/msrp    # also fit AlignmentModel

Every fifth pair of train.tsv (rows 5, 10, 15 ... after the header) is held aside: the model is never fitted on
it, and its accuracy and F1 there are the figures to report. The decision measured is the product's own:
`crosscheck inspect pairs` aligns each pair's first sentence to its second exactly as a draft sentence is aligned
to a source sentence, and a pair counts as a paraphrase when the probability reaches the default
alignmentThreshold, 0.5. With --fit, a logistic model is fitted on the other four fifths over the features
`inspect pairs` reports, its bias set where the product's decision (the model, or containment, which accepts
whatever the model says) is most accurate on those four fifths, and the constants to paste into
Sources/CrosscheckCore/Alignment/AlignmentModel.swift are printed. The MSRP text is read at run time and never copied into the project.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# The order of Carriage.features in Sources/CrosscheckCore/Alignment/Carriage.swift.
FEATURES = ["carried", "carriedBack", "min", "order", "missingNames", "extraNames", "sharedFigures",
            "wordPrecision", "wordRecall", "pairPrecision", "pairRecall", "triplePrecision", "tripleRecall",
            "letterPrecision", "letterRecall", "lengthRatio", "negationDiffers", "figuresDiffer",
            "editDistance", "figuresUnequal", "uncarriedWords"]


def read_pairs(folder):
    rows = []
    with open(os.path.join(folder, "train.tsv"), encoding="utf-8-sig") as handle:
        next(handle)
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 5:
                rows.append((int(fields[0]), fields[3], fields[4]))
    return rows


def run(binary, rows):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as handle:
        for _, first, second in rows:
            handle.write(f"{first}\t{second}\n")
        path = handle.name
    try:
        output = subprocess.run([binary, "inspect", "pairs", path], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in output.splitlines()]


def features(result):
    carriage = result.get("carriage") or {}
    values = [carriage.get(name, 0.0) for name in FEATURES if name != "min"]
    values.insert(2, min(carriage.get("carried", 0.0), carriage.get("carriedBack", 0.0)))
    return values


def scores(labels, decisions):
    tp = sum(1 for label, decision in zip(labels, decisions) if label and decision)
    fp = sum(1 for label, decision in zip(labels, decisions) if not label and decision)
    fn = sum(1 for label, decision in zip(labels, decisions) if label and not decision)
    accuracy = sum(1 for label, decision in zip(labels, decisions) if label == decision) / max(1, len(labels))
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return accuracy, f1, precision, recall


def fit(matrix, labels, kept_by_containment, l2=0.01):
    import numpy as np
    x = np.hstack([np.ones((len(matrix), 1)), np.array(matrix)])
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * np.r_[0, w[1:]]
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + l2 * np.diag(np.r_[0, np.ones(len(w) - 1)])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    # The decision threshold is 0.5; move the bias to where the product's decision is most accurate on the fitted
    # part. Containment accepts a pair whatever the model says, so those pairs do not count against a bias.
    logits = x[:, 1:] @ w[1:]
    kept = np.array(kept_by_containment)
    best = max(sorted(set(np.round(-logits, 3))), key=lambda b: (((logits + b >= 0) | kept) == (y == 1)).mean())
    w[0] = best
    return w


def contained(result):
    """AlignmentModel's containment step (its constants: half the content, in all and beyond names, no name or
    figure missing, negation alike, no other figure of what the draft measures; 0.8 when the source is the
    shorter), which accepts a pair whatever the model says."""
    carriage = result.get("carriage") or {}
    bar = 0.8 if carriage.get("draftIsLonger", True) else 0.5
    return (carriage.get("carried", 0) >= bar and carriage.get("carriedBeyondNames", 0) >= bar
            and carriage.get("missingNames", 1) == 0 and carriage.get("missingFigures", 1) == 0
            and carriage.get("negationDiffers", 1) == 0 and not carriage.get("givesAnotherFigure", False))


def word_overlap(first, second):
    """The share of distinct words the two sentences have in common (Jaccard): the plainest paraphrase test."""
    words = [set(re.findall(r"[a-z0-9]+", text.lower())) for text in (first, second)]
    return len(words[0] & words[1]) / max(1, len(words[0] | words[1]))


def baseline(rows, tuned, held):
    """Word overlap at the bar most accurate on the fitted part, scored on both parts: how much harder the
    held-aside fifth is than the rest, for a rule with nothing of Crosscheck's in it."""
    overlaps = [word_overlap(row[1], row[2]) for row in rows]
    labels = [row[0] for row in rows]

    def accuracy(part, bar):
        return sum(1 for i in part if (overlaps[i] >= bar) == bool(labels[i])) / len(part)

    bar = max((step / 100 for step in range(5, 96)), key=lambda bar: (accuracy(tuned, bar), -bar))
    return bar, accuracy(tuned, bar), accuracy(held, bar)


def main(argv):
    fitting = "--fit" in argv
    argv = [a for a in argv if a != "--fit"]
    if len(argv) != 2:
        sys.exit(__doc__)
    binary, folder = argv
    rows = read_pairs(folder)
    results = run(binary, rows)
    held = [i for i in range(len(rows)) if i % 5 == 4]
    tuned = [i for i in range(len(rows)) if i % 5 != 4]
    labels = [row[0] for row in rows]
    decisions = [r["score"] >= 0.5 for r in results]
    for name, part in (("fitted four fifths", tuned), ("held-aside fifth", held)):
        accuracy, f1, precision, recall = scores([labels[i] for i in part], [decisions[i] for i in part])
        print(f"{name}: {len(part)} pairs, accuracy {accuracy:.1%}, F1 {f1 * 100:.1f} "
              f"(precision {precision:.1%}, recall {recall:.1%})")
    bar, on_tuned, on_held = baseline(rows, tuned, held)
    print(f"for scale, word overlap at {bar:.2f} (the bar most accurate on the fitted part): fitted four fifths "
          f"{on_tuned:.1%}, held-aside fifth {on_held:.1%}")
    if fitting:
        import numpy as np
        w = fit([features(results[i]) for i in tuned], [labels[i] for i in tuned],
                [contained(results[i]) for i in tuned])
        x = np.array([features(r) for r in results])
        refit = ((x @ w[1:] + w[0]) >= 0) | np.array([contained(r) for r in results])
        for name, part in (("refit, fitted part", tuned), ("refit, held-aside", held)):
            accuracy, f1, _, _ = scores([labels[i] for i in part], [bool(refit[i]) for i in part])
            print(f"{name}: accuracy {accuracy:.1%}, F1 {f1 * 100:.1f}")
        print(f"  static let bias = {w[0]:.3f}")
        print("  static let weights: [Double] = [" + ", ".join(f"{v:.3f}" for v in w[1:]) + "]")
        for name, value in zip(FEATURES, w[1:]):
            print(f"    {name}: {value:+.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
