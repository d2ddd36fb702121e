#!/usr/bin/env python3
"""Measures the figure checks on real coverage: our own drafts against real outlets' articles.

    python3 scripts/measure-figures.py .build/release/crosscheck ../shared/coverage

For each story in Tests/Measurements/coverage/, `crosscheck check --format json` runs twice with the story's real
articles as sources: on the faithful draft (`<story>.md`), where every figure-mismatch or inconsistent-figure is a
false alarm, and on the planted draft (`<story>.planted.md`), a copy with figures changed on some lines, where a
planted error counts as caught when a figure-mismatch lands on its line. The planted lines are the lines where the
two drafts differ. Then again on `<story>.replanted.md`, a second round of slips planted on other lines of the
tuned drafts once the first round was all but caught, to see whether what catches the first generalises. A sources-disagree on a faithful draft is listed ("noted") but not counted: outlets do
disagree, and then it is right. The mbappe-real-madrid and rutte-russia-relations stories are held aside: no rule was tuned on them. The articles are read at
run time from the shared folder and never copied into the project.
"""
import sys

from planted import measure

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for suffix in (".planted.md", ".replanted.md"):
        print(f"{suffix[1:-3]}:")
        measure(sys.argv[1], sys.argv[2], suffix,
                is_alarm=lambda f: f["code"] in {"figure-mismatch", "inconsistent-figure"},
                catches=lambda f: f["code"] == "figure-mismatch", what="figure",
                noted=lambda f: f["code"] == "sources-disagree")
