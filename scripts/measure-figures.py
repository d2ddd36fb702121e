#!/usr/bin/env python3
"""Measures the figure checks on real coverage: our own drafts against real outlets' articles.

    python3 scripts/measure-figures.py .build/release/crosscheck ../shared/coverage

For each story in Tests/Measurements/coverage/, `crosscheck check --format json` runs twice with the story's real
articles as sources: on the faithful draft (`<story>.md`), where every figure-mismatch or inconsistent-figure is a
false alarm, and on the planted draft (`<story>.planted.md`), a copy with figures changed on some lines, where a
planted error counts as caught when a figure-mismatch lands on its line. The planted lines are the lines where the
two drafts differ. A sources-disagree on a faithful draft is listed ("noted") but not counted: outlets do
disagree, and then it is right. The mbappe-real-madrid and rutte-russia-relations stories are held aside: no rule was tuned on them. The articles are read at
run time from the shared folder and never copied into the project.
"""
import sys

from planted import measure

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    measure(sys.argv[1], sys.argv[2], ".planted.md",
            is_alarm=lambda f: f["code"] in {"figure-mismatch", "inconsistent-figure"},
            catches=lambda f: f["code"] == "figure-mismatch", what="figure",
            noted=lambda f: f["code"] == "sources-disagree")
