#!/usr/bin/env python3
"""Measures the quote checks against PolNeAR (../shared/polnear): human-annotated attributions in real news.

For every annotated attribution whose content contains a quotation mark and that has a Source (an attributed
direct quote), finds the quotes `crosscheck inspect quotes` reports inside that content and counts:
  - false alarms: the annotated quote is one `unattributed-quote` would fire on (full or partial, no speaker);
  - speaker agreement: Crosscheck's speaker phrase (`speakerRange`) overlaps the annotated Source span, or the
    canonical speaker it names shares a word with the annotated source. Overlap is what makes a pronoun source
    ("he", "who") comparable: Crosscheck names the person "he" stands for, which never shares a word with "he";
    it does not check that the person is the right one, so a stricter figure matches names alone.
Figures are reported for each split: rules are tuned on train only, and dev is kept as our own held-out split
(`--train` measures train alone, so that a change being tried is judged without dev's figures in sight).
Usage: scripts/measure-polnear.py [PATH-TO-crosscheck] [POLNEAR-DIR] [--train]
"""
import json, os, re, sys

import crosscheck_run

arguments = [a for a in sys.argv[1:] if a != "--train"]
binary = arguments[0] if len(arguments) > 0 else ".build/release/crosscheck"
root = arguments[1] if len(arguments) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/polnear")
QUOTES = "\"“”"
PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "his", "them", "who", "which", "that"}


def annotations(path):
    spans, events = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            kind, *offsets = parts[1].replace(";", " ").split()
            numbers = list(map(int, offsets))
            spans[parts[0]] = (kind, min(numbers), max(numbers), parts[2])
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(item.split(":") for item in parts[1].split()))
    return spans, events


def code_point_offsets(text, lsp_range):
    """Converts an LSP range (UTF-16 columns) to code point offsets in text."""
    lines = text.split("\n")
    starts, total = [], 0
    for line in lines:
        starts.append(total)
        total += len(line) + 1

    def convert(position):
        line = lines[position["line"]] if position["line"] < len(lines) else ""
        units, column = 0, 0
        while column < len(line) and units < position["character"]:
            units += 2 if ord(line[column]) > 0xFFFF else 1
            column += 1
        return starts[min(position["line"], len(starts) - 1)] + column

    return convert(lsp_range["start"]), convert(lsp_range["end"])


def words(text):
    # Hyphens split: "Mark-Viverito" and "voice-over" are the same names as "Mark Viverito" and "voice over".
    return {w for w in re.findall(r"[A-Za-z][A-Za-z'’.]+", text.lower()) if len(w) > 2 and w not in {"the", "and"}}


for split in ("train",) if "--train" in sys.argv else ("train", "dev"):
    total = flagged = found = named = agreed = named_by_name = agreed_by_name = 0
    text_dir = os.path.join(root, split, "text")
    annotation_dir = os.path.join(root, split, "attributions")
    by_article = {}
    for name in os.listdir(annotation_dir):
        by_article.setdefault(name.rsplit("_", 1)[0], name)  # one annotator per article
    for article, annotation in sorted(by_article.items()):
        text_path = os.path.join(text_dir, article + ".txt")
        if not os.path.exists(text_path):
            continue
        text = open(text_path, encoding="utf-8").read()
        output = crosscheck_run.run(binary, ["inspect", "quotes", "--format", "json", text_path])
        quotes = [(code_point_offsets(text, q["range"]), q) for q in json.loads(output or "[]")]
        for _, q in quotes:
            q["mention"] = code_point_offsets(text, q["speakerRange"]) if q.get("speakerRange") else None
        spans, events = annotations(os.path.join(annotation_dir, annotation))
        for event in events:
            content, source = spans.get(event.get("Content")), spans.get(event.get("Source"))
            if not content or not source or not any(mark in content[3] for mark in QUOTES):
                continue
            total += 1
            inside = [q for (start, end), q in quotes if start < content[2] and end > content[1] and q["kind"] in ("full", "partial")]
            if not inside:
                continue
            found += 1
            if any(q["speaker"] is None for q in inside):
                flagged += 1
            speakers = [q["speaker"] for q in inside if q["speaker"]]
            if speakers:
                named += 1
                by_name = any(words(q["speaker"]) & words(source[3]) for q in inside if q["speaker"])
                agreed += by_name or any(
                    q["mention"] and q["mention"][0] < source[2] and q["mention"][1] > source[1] for q in inside)
                if source[3].lower() not in PRONOUNS:
                    named_by_name += 1
                    agreed_by_name += by_name

    print(f"{split}: attributed direct quotes annotated: {total}; found by the quote scanner: {found}")
    print(f"unattributed-quote fires on: {flagged} of {found} ({100 * flagged / max(1, found):.1f}%)")
    print(f"speaker named: {named}; names the annotated source: {agreed} "
          f"({100 * agreed / max(1, named):.1f}% of those named, {100 * agreed / max(1, found):.1f}% of those found)")
    print(f"stricter, sources that are names (not he/she/who…) matched by name alone: {agreed_by_name} of "
          f"{named_by_name} ({100 * agreed_by_name / max(1, named_by_name):.1f}%)")
