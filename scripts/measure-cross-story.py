#!/usr/bin/env python3
"""Counts the warnings Crosscheck gives a published article checked against other outlets' articles on other
stories of the same campaign.

    python3 scripts/measure-cross-story.py .build/release/crosscheck ../shared/polnear [--train]

PolNeAR's articles are 2016 US election coverage by seven outlets. The New York Times and USA Today articles (every
third of train's, for time; all of dev's) are checked as drafts, with the split's articles from the other five outlets as its sources: the same
people, topics and turns of phrase, but not the same stories. A source folder often holds background pieces like
these beside the story itself, and a warning a draft gets from them is nearly always a false alarm: a phrase
another person also used given to them (`misattributed-quote`), another poll's figure (`figure-mismatch`). The
counts are an upper bound on false alarms, by check. Rules are tuned on train only (`--train` measures it alone);
dev is kept aside. The articles are copied to a temporary folder at run time and never into the project.
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

DRAFT_OUTLETS = ("nyt_", "usa-today_")


def measure(binary, folder, every):
    names = sorted(os.listdir(os.path.join(folder, "text")))
    drafts = [name for name in names if name.startswith(DRAFT_OUTLETS)][every - 1::every]
    sources = [name for name in names if not name.startswith(DRAFT_OUTLETS)]
    with tempfile.TemporaryDirectory() as workspace:
        os.makedirs(os.path.join(workspace, "drafts"))
        os.makedirs(os.path.join(workspace, "sources"))
        for name in drafts:
            shutil.copy(os.path.join(folder, "text", name), os.path.join(workspace, "drafts", name[:-4] + ".md"))
        for name in sources:
            shutil.copy(os.path.join(folder, "text", name), os.path.join(workspace, "sources", name))
        result = subprocess.run(
            [binary, "check", "drafts", "--sources", "sources", "--format", "json", "--fail-on", "none"],
            cwd=workspace, capture_output=True, text=True, check=True)
    findings = json.loads(result.stdout or "[]")
    warnings = collections.Counter(f["code"] for f in findings if f["severity"] == "warning")
    return len(drafts), len(sources), warnings


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    binary, root = os.path.abspath(args[0]), args[1]
    splits = ["train"] if "--train" in sys.argv else ["train", "dev"]
    for split in splits:
        drafts, sources, warnings = measure(binary, os.path.join(root, split), 3 if split == "train" else 1)
        total = sum(warnings.values())
        by_check = ", ".join(f"{code} {count}" for code, count in sorted(warnings.items()))
        print(f"{split}: {drafts} drafts against {sources} articles on other stories: {total} warnings "
              f"({total / drafts:.2f} a draft): {by_check}")


if __name__ == "__main__":
    main()
