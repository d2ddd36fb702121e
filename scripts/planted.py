"""Shared by the coverage measurements: where our drafts are, which stories are held aside and where each story's
real articles are; and, for measure-figures.py and measure-quotes.py, our drafts, faithful and with errors
planted, checked with `crosscheck check` against those articles (read at run time, never copied into the
project)."""
import json
import os
import sys

import crosscheck_run

HERE = os.path.dirname(os.path.abspath(__file__))
DRAFTS = os.path.join(HERE, "..", "Tests", "Measurements", "coverage")
# No rule was tuned on these. rutte-russia-relations (the five outlets of the shared seeds/ folder) was drafted,
# labelled and planted after the rules of this work were in place, and measured as it stood.
HELD_ASIDE = {"mbappe-real-madrid", "rutte-russia-relations"}
# Stories whose articles are not in the coverage folder, with their folder relative to it.
FOLDERS = {"rutte-russia-relations": os.path.join("..", "seeds"), "combs-verdict-retold": "combs-verdict",
           "dart-orbit-change-retold": "dart-orbit-change", "combs-verdict-brief": "combs-verdict",
           "dart-orbit-change-brief": "dart-orbit-change", "combs-verdict-quoted": "combs-verdict",
           "dart-orbit-change-quoted": "dart-orbit-change", "dart-orbit-change-bullets": "dart-orbit-change"}


def folder(coverage, story):
    """The folder of a story's real articles; stops with a message when it is not there, since `crosscheck` would
    read no sources and every figure would quietly be zero."""
    path = os.path.normpath(os.path.join(coverage, FOLDERS.get(story, story)))
    if not os.path.isdir(path):
        sys.exit(f"no articles for {story} at {path}: give the shared coverage folder (e.g. ../shared/coverage)")
    return path


def findings(binary, draft, sources):
    return json.loads(crosscheck_run.run(binary, ["check", "--format", "json", "--sources", sources, draft]) or "[]")


def measure(binary, coverage, suffix, is_alarm, catches, what, noted=lambda f: False):
    """For each `<story><suffix>` draft: errors caught on its planted lines (the lines that differ from
    `<story>.md`) by findings `catches` accepts, and false alarms `is_alarm` accepts on the faithful draft.
    Findings `noted` accepts on the faithful draft are listed but not counted: they may be right."""
    totals = {"tuned": [0, 0, 0], "held aside": [0, 0, 0]}
    for name in sorted(f for f in os.listdir(DRAFTS) if f.endswith(suffix)):
        story = name[: -len(suffix)]
        faithful = os.path.join(DRAFTS, story + ".md")
        sources = folder(coverage, story)
        with open(faithful, encoding="utf-8") as a, open(os.path.join(DRAFTS, name), encoding="utf-8") as b:
            planted = {i for i, (x, y) in enumerate(zip(a.read().split("\n"), b.read().split("\n"))) if x != y}
        faithful_findings = findings(binary, faithful, sources)
        alarms = [f for f in faithful_findings if is_alarm(f)]
        caught = {f["range"]["start"]["line"] for f in findings(binary, os.path.join(DRAFTS, name), sources)
                  if catches(f)} & planted
        part = "held aside" if story in HELD_ASIDE else "tuned"
        for i, value in enumerate((len(caught), len(planted), len(alarms))):
            totals[part][i] += value
        print(f"{story}{' (held aside)' if part == 'held aside' else ''}: planted {what} errors caught "
              f"{len(caught)} of {len(planted)}; false {what} alarms on the faithful draft {len(alarms)}")
        for alarm in alarms:
            print(f"    false alarm, line {alarm['range']['start']['line'] + 1}: {alarm['code']}: {alarm['message']}")
        for finding in filter(noted, faithful_findings):
            print(f"    noted, line {finding['range']['start']['line'] + 1}: {finding['code']}: {finding['message']}")
    for part, (caught, planted, alarms) in totals.items():
        print(f"{part}: caught {caught} of {planted}, false alarms {alarms}")
