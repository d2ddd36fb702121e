#!/usr/bin/env python3
"""Measures article extraction on saved news pages: what `crosscheck inspect prose` keeps of each page against
the article text a person marked.

    python3 scripts/measure-web-articles.py .build/release/crosscheck ../shared/web-articles [--verbose]

Each page (html/*.html.gz) is unpacked to a temporary file and read with `crosscheck inspect prose --format json`;
its paragraphs, joined, are compared with the page's `articleBody` in ground-truth.json by word 4-shingles
(lower-cased words of letters and digits): precision is the share of extracted shingles in the article, recall
the share of the article's shingles extracted, F1 their harmonic mean. Figures are averaged over pages. Every
fourth page in name order is held aside: no rule was tuned on it. The pages are read at run time and never copied
into the project.

A second figure scores the body alone: the same, less a first paragraph that is the page's headline. Crosscheck
keeps the headline (a source's headline is one of its claims), and the marked text, being the article's body,
never has it; extractors such as trafilatura give the headline as metadata, not text, so this is the figure to
set beside theirs. The first figure stays the one the target is read on.
"""
import gzip
import json
import os
import re
import sys
import tempfile

import crosscheck_run


def shingles(text, size=4):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + size]) for i in range(max(1, len(words) - size + 1))} if words else set()


def extract(binary, html):
    """The paragraphs kept, joined, and the same without a first paragraph that is the page's headline."""
    with tempfile.NamedTemporaryFile("wb", suffix=".html", delete=False) as handle:
        handle.write(html)
    try:
        output = crosscheck_run.run(binary, ["inspect", "prose", "--format", "json", handle.name])
    finally:
        os.unlink(handle.name)
    page = json.loads(output or '{"paragraphs": []}')
    paragraphs = [p["text"] for p in page["paragraphs"]]
    words = lambda text: " ".join(re.findall(r"\w+", (text or "").lower()))
    first, title = (words(paragraphs[0]) if paragraphs else ""), words(page.get("title"))
    is_headline = bool(first) and bool(title) and (first in title or title in first)
    return "\n".join(paragraphs), "\n".join(paragraphs[1:] if is_headline else paragraphs)


def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    if len(argv) != 2:
        sys.exit(__doc__)
    binary, folder = argv
    truth = json.load(open(os.path.join(folder, "ground-truth.json"), encoding="utf-8"))
    scores = {(kind, part): [] for kind in ("kept", "body") for part in ("tuned", "held aside")}
    for index, name in enumerate(sorted(truth)):
        with gzip.open(os.path.join(folder, "html", name + ".html.gz")) as handle:
            html = handle.read()
        expected = shingles(truth[name]["articleBody"])
        part = "held aside" if index % 4 == 3 else "tuned"
        for kind, text in zip(("kept", "body"), extract(binary, html)):
            extracted = shingles(text)
            common = len(extracted & expected)
            precision = common / len(extracted) if extracted else 0.0
            recall = common / len(expected) if expected else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            scores[(kind, part)].append((precision, recall, f1))
            if verbose and kind == "kept":
                print(f"{name[:12]} {part:10} P {precision:.2f} R {recall:.2f} F1 {f1:.2f}")
    for (kind, part), rows in scores.items():
        count = max(1, len(rows))
        label = part if kind == "kept" else f"{part}, body without the headline"
        print(f"{label} ({len(rows)} pages): precision {sum(r[0] for r in rows) / count:.3f}, "
              f"recall {sum(r[1] for r in rows) / count:.3f}, F1 {sum(r[2] for r in rows) / count:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
