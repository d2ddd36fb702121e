#!/usr/bin/env python3
"""Measures alignment links on real coverage: drafts of our own against real outlets' articles.

    python3 scripts/measure-coverage.py .build/release/crosscheck ../shared/coverage [--verbose] [--tuned] [--copies N]

For each story in Tests/Measurements/coverage/ (a draft written for this project, paraphrasing as a reporter
would, and its hand-made labels: for each draft sentence, the source lines that carry it), runs
`crosscheck inspect alignment --format json` with the story's real articles as sources and compares the lines
each draft sentence links to with the labels. A link is a (source file, line) pair; precision is the share of
the links Crosscheck makes that the labels have, recall the share of labelled links it makes. Headings and
sentences without labels are left out. The mbappe-real-madrid and rutte-russia-relations stories are held aside:
no rule was tuned on them (the second, the five outlets of the shared seeds/ folder, was drafted and labelled
after the rules of this work were in place, and measured once as it stood). With --tuned only the tuned stories
are scored, so that a change being tried is judged without the held-aside figures in sight. With --copies N, each
story's articles are read N times over, each copy a file and an outlet of its own, and a label counts for every
copy: a story told by N times as many outlets, many of them carrying the same wire copy, as syndicated news is.
Our stories have five or six outlets; real ones often have ten or more, and what one outlet's sentences crowd out
shows only there. The articles are read at run time from the shared folder (copies go to a temporary folder) and
never copied into the project.
"""
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

from planted import DRAFTS, HELD_ASIDE, folder


def link_of(match):
    return f"{os.path.splitext(os.path.basename(match['file']))[0]}:{match['range']['start']['line'] + 1}"


def copied(sources, copies, scratch):
    """A folder holding each article of `sources` `copies` times, as `<name>~<copy>.<ext>`."""
    if copies == 1:
        return sources
    folder = os.path.join(scratch, os.path.basename(sources))
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(sources):
        stem, extension = os.path.splitext(name)
        for copy in range(copies):
            shutil.copy(os.path.join(sources, name), os.path.join(folder, f"{stem}~{copy}{extension}"))
    return folder


def expanded(links, copies):
    """Labelled links, one for each copy of their article."""
    if copies == 1:
        return set(links)
    return {f"{name}~{copy}:{line}" for name, line in (link.rsplit(":", 1) for link in links) for copy in range(copies)}


def links_for(binary, draft, sources):
    output = subprocess.run(
        [binary, "inspect", "alignment", draft, "--sources", sources, "--format", "json"],
        check=True, capture_output=True, text=True).stdout
    result = []
    for entry in json.loads(output):
        links = set()
        for match in entry["matches"]:
            links.add(link_of(match))
        result.append((entry["draft"]["text"], links, entry["matches"]))
    return result


def source_line(coverage, story, link):
    name, line = link.rsplit(":", 1)
    path = next(os.path.join(folder(coverage, story), f) for f in os.listdir(folder(coverage, story))
                if os.path.splitext(f)[0] == name)
    with open(path, encoding="utf-8") as handle:
        return handle.read().split("\n")[int(line) - 1].strip()


def main(argv):
    verbose = "--verbose" in argv
    # --tuned scores the tuned stories alone: while trying a change, the held-aside figures stay unseen.
    tuned_only = "--tuned" in argv
    argv = [a for a in argv if a not in ("--verbose", "--tuned")]
    copies = 1
    if "--copies" in argv:
        at = argv.index("--copies")
        copies = int(argv[at + 1])
        del argv[at:at + 2]
    if len(argv) != 2 or copies < 1:
        sys.exit(__doc__)
    binary, coverage = argv
    scratch = tempfile.mkdtemp()
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    totals = {"tuned": [0, 0, 0], "held aside": [0, 0, 0]}
    # The same counted by outlet, as a hover lists them: a draft sentence's outlet is right when the labels link
    # the sentence to any line of that outlet's article.
    outlet_totals = {"tuned": [0, 0, 0], "held aside": [0, 0, 0]}
    # Go to definition lands on a draft sentence's first match: right when the labels have that line, for each
    # labelled sentence (a sentence linked to nothing lands nowhere).
    definitions = {"tuned": [0, 0], "held aside": [0, 0]}
    for labels_file in sorted(f for f in os.listdir(DRAFTS) if f.endswith(".labels.json")):
        story = labels_file[: -len(".labels.json")]
        if tuned_only and story in HELD_ASIDE:
            continue
        with open(os.path.join(DRAFTS, labels_file), encoding="utf-8") as handle:
            labels = json.load(handle)
        found = links_for(binary, os.path.join(DRAFTS, story + ".md"),
                          copied(folder(coverage, story), copies, os.path.join(scratch, story)))
        correct = made = wanted = 0
        outlet_counts = [0, 0, 0]
        part = "held aside" if story in HELD_ASIDE else "tuned"
        for text, links, matches in found:
            key = next((k for k in labels if text.startswith(k)), None)
            if key is None:
                continue
            expected = expanded(labels[key], copies)
            definitions[part][1] += 1
            if matches and link_of(matches[0]) in expected:
                definitions[part][0] += 1
            correct += len(links & expected)
            made += len(links)
            wanted += len(expected)
            outlets, expected_outlets = ({link.rsplit(":", 1)[0] for link in group} for group in (links, expected))
            for i, value in enumerate((len(outlets & expected_outlets), len(outlets), len(expected_outlets))):
                outlet_counts[i] += value
            # The held-aside story is scored, never read line by line: what is not seen cannot be tuned on.
            if verbose and copies == 1 and links != expected and story not in HELD_ASIDE:
                print(f"  {text}")
                for link in sorted(links - expected):
                    m = next(m for m in matches if link_of(m) == link)
                    print(f"    extra  {link}  {m['score']} {m['carried']} {m['rule']}: {m['text'][:100]}")
                for link in sorted(expected - links):
                    print(f"    missed {link}: {source_line(coverage, story, link)[:100]}")
        for i, value in enumerate((correct, made, wanted)):
            totals[part][i] += value
            outlet_totals[part][i] += outlet_counts[i]
        print(f"{story}{' (held aside)' if part == 'held aside' else ''}: precision {correct / max(1, made):.1%} "
              f"({correct} of {made}), recall {correct / max(1, wanted):.1%} ({correct} of {wanted})")
    for part, (correct, made, wanted) in totals.items():
        if made or wanted:
            print(f"{part}: precision {correct / max(1, made):.1%}, recall {correct / max(1, wanted):.1%}")
    for part, (correct, made, wanted) in outlet_totals.items():
        if made or wanted:
            print(f"{part}, by outlet (as hover lists them): precision {correct / max(1, made):.1%}, "
                  f"recall {correct / max(1, wanted):.1%}")
    for part, (right, sentences) in definitions.items():
        if sentences:
            print(f"{part}, go to definition (first match) on a labelled line: {right} of {sentences} sentences "
                  f"({right / sentences:.1%})")


if __name__ == "__main__":
    main(sys.argv[1:])
