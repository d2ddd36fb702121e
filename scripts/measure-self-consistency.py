#!/usr/bin/env python3
"""Measures `inconsistent-figure` (a draft that gives one quantity two values) on real news articles.

    python3 scripts/measure-self-consistency.py .build/release/crosscheck ../shared/polnear [--train]

Published articles seldom contradict themselves, so on the PolNeAR articles as they are, each `inconsistent-figure`
is counted as a false alarm (a few may be real slips; the figure is an upper bound). To see that the check still
catches a real contradiction, each article where a figure is stated again later (written the same, with the same
counted word, as `crosscheck inspect figures` reads them: "1,237 delegates" twice) gets one planted error: the second
statement's first digit is changed, and the check must fire there. Rules are tuned on train only (`--train` measures
it alone); dev is kept aside.
The articles are read at run time and never copied into the project.
"""
import json
import os
import sys
import tempfile

import crosscheck_run

KINDS = {"count", "money", "percent", "percentagePoints", "measure"}


def check(binary, path):
    output = crosscheck_run.run(binary, ["check", "--format", "json", path])
    return [f for f in json.loads(output or "[]") if f["code"] == "inconsistent-figure"]


def figures(binary, path):
    return json.loads(crosscheck_run.run(binary, ["inspect", "figures", "--format", "json", path]) or "[]")


def plant(text, found):
    """The text with the second statement of a repeated figure changed, and that statement's range; or None."""
    lines = text.split("\n")
    for later_index, later in enumerate(found):
        if later["kind"] not in KINDS or not later.get("counts") or not any(c.isdigit() for c in later["text"]):
            continue
        # Written the same both times ("1,237 delegates"): a bound or a qualifier ("more than 2,400") would let the
        # changed value agree with it.
        if not any(earlier["text"] == later["text"] and earlier["kind"] == later["kind"]
                   and earlier.get("counts") == later["counts"] for earlier in found[:later_index]):
            continue
        start, end = later["range"]["start"], later["range"]["end"]
        if start["line"] != end["line"]:
            continue
        line = lines[start["line"]]
        # LSP ranges are UTF-16; these articles are almost all in the Basic Multilingual Plane.
        written = line[start["character"]:end["character"]]
        if written != later["text"]:
            continue
        # The first digit, so that the change is beyond the precision a round figure is read with ("34,000" is
        # 33,500 to 34,500), and the figure written bare: "about 100" or "under 70" would let a change agree.
        if not (written[0].isdigit() or (len(written) > 1 and written[1].isdigit())):
            continue
        digit = min(i for i, c in enumerate(written) if c.isdigit())
        changed = written[:digit] + str(int(written[digit]) % 9 + 1) + written[digit + 1:]
        lines[start["line"]] = line[:start["character"]] + changed + line[end["character"]:]
        return "\n".join(lines), later["range"]
    return None


def main(argv):
    splits = ("train",) if "--train" in argv else ("train", "dev")
    argv = [a for a in argv if a != "--train"]
    if len(argv) != 2:
        sys.exit(__doc__)
    binary, root = argv
    if not os.path.isdir(os.path.join(root, "train", "text")):
        sys.exit(f"no PolNeAR articles at {root}: give the shared polnear folder (e.g. ../shared/polnear)")
    for split in splits:
        folder = os.path.join(root, split, "text")
        names = sorted(os.listdir(folder))
        alarms = planted = caught = 0
        alarmed_articles = 0
        with tempfile.TemporaryDirectory() as scratch:
            # Sources are looked for beside the draft: an empty folder keeps the checks to the draft itself.
            os.mkdir(os.path.join(scratch, "sources"))
            draft = os.path.join(scratch, "draft.txt")
            for name in names:
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    text = handle.read()
                with open(draft, "w", encoding="utf-8") as handle:
                    handle.write(text)
                found = check(binary, draft)
                alarms += len(found)
                alarmed_articles += 1 if found else 0
                planting = plant(text, figures(binary, draft))
                if planting is None:
                    continue
                changed, where = planting
                with open(draft, "w", encoding="utf-8") as handle:
                    handle.write(changed)
                planted += 1
                if any(f["range"]["start"] == where["start"] for f in check(binary, draft)):
                    caught += 1
        print(f"{split}: {len(names)} articles; inconsistent-figure on the articles as published: {alarms} "
              f"({alarms / max(1, len(names)):.2f} an article, in {alarmed_articles}); planted contradictions "
              f"caught: {caught} of {planted} ({caught / max(1, planted):.0%})")


if __name__ == "__main__":
    main(sys.argv[1:])
