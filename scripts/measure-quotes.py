#!/usr/bin/env python3
"""Measures the quote checks on real coverage: our own drafts against real outlets' articles.

    python3 scripts/measure-quotes.py .build/release/crosscheck ../shared/coverage

For each story in Tests/Measurements/coverage/, `crosscheck check --format json` runs on the faithful draft
(`<story>.md`), where every quote warning (unattributed-quote, misquote, misattributed-quote) is a false alarm, and
on a copy with quotes changed on some lines (`<story>.quotes-planted.md`: a word changed, words given to someone
else), where a planted error counts as caught when a misquote or misattributed-quote lands on its line; then on
`<story>.quotes-replanted.md`, a second round planted on other quotes of the tuned drafts once the first was caught,
to see whether what catches the first generalises; then on `<story>.quotes-fresh.md`, a third round on two drafts
written for it (`<story>-quoted.md`, quote after quote from the outlets), measured before any rule was written for
it. The mbappe-real-madrid and rutte-russia-relations stories are held aside. The articles are read at run time and never copied into the project.
"""
import sys

from planted import measure

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for suffix in (".quotes-planted.md", ".quotes-replanted.md", ".quotes-fresh.md"):
        print(f"{suffix[1:-3]}:")
        measure(sys.argv[1], sys.argv[2], suffix,
                is_alarm=lambda f: f["code"] in {"unattributed-quote", "misquote", "misattributed-quote"}
                and f["severity"] in ("warning", "error"),
                catches=lambda f: f["code"] in {"misquote", "misattributed-quote"}, what="quote")
