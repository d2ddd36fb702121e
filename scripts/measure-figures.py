#!/usr/bin/env python3
"""Measures the figure checks on real coverage: our own drafts against real outlets' articles.

    python3 scripts/measure-figures.py .build/release/crosscheck ../shared/coverage

For each story in Tests/Measurements/coverage/, `crosscheck check --format json` runs twice with the story's real
articles as sources: on the faithful draft (`<story>.md`), where every figure-mismatch or inconsistent-figure is a
false alarm, and on the planted draft (`<story>.planted.md`), a copy with figures changed on some lines, where a
planted error counts as caught when a figure-mismatch lands on its line. The planted lines are the lines where the
two drafts differ. The mbappe-real-madrid story is held aside: no rule was tuned on it. The articles are read at
run time from the shared folder and never copied into the project.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = os.path.join(HERE, "..", "Tests", "Measurements", "coverage")
HELD_ASIDE = {"mbappe-real-madrid"}
FIGURE_CODES = {"figure-mismatch", "inconsistent-figure"}


def findings(binary, draft, sources):
    result = subprocess.run(
        [binary, "check", "--format", "json", "--sources", sources, draft], capture_output=True, text=True)
    return json.loads(result.stdout or "[]")


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    binary, coverage = argv
    totals = {"tuned": [0, 0, 0], "held aside": [0, 0, 0]}
    for name in sorted(f for f in os.listdir(DRAFTS) if f.endswith(".planted.md")):
        story = name[: -len(".planted.md")]
        faithful = os.path.join(DRAFTS, story + ".md")
        planted = os.path.join(DRAFTS, name)
        sources = os.path.join(coverage, story)
        with open(faithful, encoding="utf-8") as a, open(planted, encoding="utf-8") as b:
            planted_lines = {i for i, (x, y) in enumerate(zip(a.read().split("\n"), b.read().split("\n"))) if x != y}
        false_alarms = [f for f in findings(binary, faithful, sources) if f["code"] in FIGURE_CODES]
        caught = {f["range"]["start"]["line"] for f in findings(binary, planted, sources)
                  if f["code"] == "figure-mismatch"} & planted_lines
        part = "held aside" if story in HELD_ASIDE else "tuned"
        for i, value in enumerate((len(caught), len(planted_lines), len(false_alarms))):
            totals[part][i] += value
        print(f"{story}{' (held aside)' if part == 'held aside' else ''}: planted errors caught {len(caught)} of "
              f"{len(planted_lines)}; false figure alarms on the faithful draft {len(false_alarms)}")
        for alarm in false_alarms:
            print(f"    false alarm, line {alarm['range']['start']['line'] + 1}: {alarm['code']}: {alarm['message']}")
    for part, (caught, planted, alarms) in totals.items():
        print(f"{part}: caught {caught} of {planted}, false alarms {alarms}")


if __name__ == "__main__":
    main(sys.argv[1:])
