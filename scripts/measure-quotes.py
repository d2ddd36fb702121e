#!/usr/bin/env python3
"""Measures the quote checks on real coverage: our own drafts against real outlets' articles.

    python3 scripts/measure-quotes.py .build/release/crosscheck ../shared/coverage

For each story in Tests/Measurements/coverage/, `crosscheck check --format json` runs on the faithful draft
(`<story>.md`), where every quote warning (unattributed-quote, misquote, misattributed-quote) is a false alarm, and
on a copy with quotes changed on some lines (`<story>.quotes-planted.md`: a word changed, words given to someone
else), where a planted error counts as caught when a misquote or misattributed-quote lands on its line. The
mbappe-real-madrid story is held aside. The articles are read at run time and never copied into the project.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = os.path.join(HERE, "..", "Tests", "Measurements", "coverage")
HELD_ASIDE = {"mbappe-real-madrid"}
WARNINGS = {"unattributed-quote", "misquote", "misattributed-quote"}


def findings(binary, draft, sources):
    result = subprocess.run(
        [binary, "check", "--format", "json", "--sources", sources, draft], capture_output=True, text=True)
    return json.loads(result.stdout or "[]")


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    binary, coverage = argv
    totals = {"tuned": [0, 0, 0], "held aside": [0, 0, 0]}
    for name in sorted(f for f in os.listdir(DRAFTS) if f.endswith(".quotes-planted.md")):
        story = name[: -len(".quotes-planted.md")]
        faithful = os.path.join(DRAFTS, story + ".md")
        sources = os.path.join(coverage, story)
        with open(faithful, encoding="utf-8") as a, open(os.path.join(DRAFTS, name), encoding="utf-8") as b:
            planted = {i for i, (x, y) in enumerate(zip(a.read().split("\n"), b.read().split("\n"))) if x != y}
        alarms = [f for f in findings(binary, faithful, sources)
                  if f["code"] in WARNINGS and f["severity"] in ("warning", "error")]
        caught = {f["range"]["start"]["line"] for f in findings(binary, os.path.join(DRAFTS, name), sources)
                  if f["code"] in {"misquote", "misattributed-quote"}} & planted
        part = "held aside" if story in HELD_ASIDE else "tuned"
        for i, value in enumerate((len(caught), len(planted), len(alarms))):
            totals[part][i] += value
        print(f"{story}{' (held aside)' if part == 'held aside' else ''}: planted quote errors caught {len(caught)} "
              f"of {len(planted)}; false quote warnings on the faithful draft {len(alarms)}")
        for alarm in alarms:
            print(f"    false alarm, line {alarm['range']['start']['line'] + 1}: {alarm['code']}: {alarm['message']}")
    for part, (caught, planted, alarms) in totals.items():
        print(f"{part}: caught {caught} of {planted}, false warnings {alarms}")


if __name__ == "__main__":
    main(sys.argv[1:])
