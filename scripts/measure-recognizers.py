#!/usr/bin/env python3
"""Measures the figure extractor against Microsoft Recognizers-Text's English specs (number, percent, currency).

The specs are read from a checkout of github.com/microsoft/Recognizers-Text at measurement time, never copied
into this project. For every expected result with a numeric value, a figure counts as found when
`crosscheck inspect figures` reports one with that value (percent specs: a percent; currency specs: money, where
"34 cents" is 0.34 of its currency and the spec says 34 cents). Inputs flagged NotSupported in the spec are skipped.
Usage: scripts/measure-recognizers.py [PATH-TO-crosscheck] RECOGNIZERS-TEXT-DIR
"""
import json, os, sys, tempfile

import crosscheck_run

binary = sys.argv[1] if len(sys.argv) > 2 else ".build/release/crosscheck"
root = sys.argv[-1]
SPECS = [
    ("Specs/Number/English/NumberModel.json", None),
    ("Specs/Number/English/PercentModel.json", {"percent"}),
    ("Specs/NumberWithUnit/English/CurrencyModel.json", {"money"}),
]


def figures(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as file:
        file.write(text + "\n")
    output = crosscheck_run.run(binary, ["inspect", "figures", "--format", "json", file.name])
    os.unlink(file.name)
    return json.loads(output or "[]")


def number(value):
    try:
        return float(str(value).replace(",", "").rstrip("%"))
    except ValueError:
        return None


for path, kinds in SPECS:
    cases = json.load(open(os.path.join(root, path), encoding="utf-8-sig"))
    expected = found = 0
    for case in cases:
        if case.get("NotSupported") or case.get("NotSupportedByDesign"):
            continue
        extracted = figures(case["Input"])
        used = set()
        for result in case["Results"]:
            value = number(result["Resolution"].get("value"))
            if value is None:
                continue
            if result["Resolution"].get("unit") in ("Cent", "Penny", "Pence"):
                value /= 100
            expected += 1
            for index, figure in enumerate(extracted):
                if index in used or (kinds and figure["kind"] not in kinds) or figure["value"] is None:
                    continue
                if abs(figure["value"] - value) <= 1e-6 * max(1, abs(value)):
                    used.add(index)
                    found += 1
                    break
    print(f"{os.path.basename(path)}: {found} of {expected} ({100 * found / max(1, expected):.1f}%)")
