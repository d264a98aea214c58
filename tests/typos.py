#!/usr/bin/env python3
"""Typing mistakes: plancheck names the mistake, where it is, and what to write.

Takes every plan file of the examples and of the rule fixtures' pass/ sets,
and makes from each line of it the mistakes people make when they type a
plan by hand: a colon in a text, a quote or bracket not closed, a line
indented one or two columns off, a list item without its dash, a key without
its colon or without a space after it, an amount or a date written the
Norwegian way, a comma in a flow map. Each mistaken copy is one file; one
plancheck run checks them all, and each file's first finding must be the
expected message at the line and column of the mistake (and, where the
mistake has one, the help with the text as it was meant).

  typos.py --plancheck BIN [--all] [--verbose]
"""

import argparse
import collections
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KEY_LINE = re.compile(r"^( *)(- +)?([A-Za-z][A-Za-z0-9-]*): (.+)$")
MONEY = re.compile(r"^[1-9]\d{0,2}( \d{3})+$")
MONEY_KEYS = {"amount", "carried-over", "min", "max", "expected-measure-funds"}
BATCH = 400
PER_FILE = 3  # mistakes of each kind per file, without --all
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]
NORWEGIAN = {"granted": "innvilget", "paid": "utbetalt", "completed": "fullført",
             "withdrawn": "trukket", "open": "åpen", "closed": "avsluttet"}
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def sources():
    files = sorted(glob.glob(os.path.join(ROOT, "examples", "*", "**", "*.yaml"), recursive=True))
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "rules", "*", "*", "pass", "*.yaml")))
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not re.search(r"^plancheck: 1$", text, re.M) or "\t" in text:
            continue
        try:
            yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        name = os.path.relpath(path, ROOT)
        out.append((name, text.split("\n")))
        if name.startswith("examples"):
            # The same plan in the styles other councils write: block style
            # throughout, four spaces, dashes at their key's column.
            data = yaml.safe_load(text)
            for indent in (2, 4):
                restyled = yaml.dump(data, sort_keys=False, allow_unicode=True, indent=indent, width=100)
                out.append(("%s (indent %d)" % (name, indent), restyled.split("\n")))
    return out


def plain(value):
    """Whether a value is a plain scalar on one line, without a comment."""
    return (value[:1] not in ("", '"', "'", "[", "{", "|", ">", "&", "*", "!", "%", "@", "`")
            and " #" not in value and ": " not in value and not value.endswith(":"))


def lines_outside_block_scalars(lines):
    """Indexes of the lines that are not the content of a `|` or `>` block."""
    keep = []
    block = None  # indentation of the key that owns the block
    for i, line in enumerate(lines):
        indent = len(line) - len(line.lstrip(" "))
        if block is not None:
            if not line.strip() or indent > block:
                continue
            block = None
        keep.append(i)
        m = KEY_LINE.match(line)
        if m and re.match(r"^[|>][-+0-9]*$", m.group(4).split(" #")[0].strip()):
            block = len(m.group(1)) + len(m.group(2) or "")
    return keep


def previous_significant(lines, i):
    j = i - 1
    while j >= 0 and (not lines[j].strip() or lines[j].lstrip().startswith("#")):
        j -= 1
    return j


def mutations(lines):
    """(index, new line(s), expected) for the mistakes each line allows."""
    outside = set(lines_outside_block_scalars(lines))
    item_seen = collections.defaultdict(int)  # dash column -> items seen under the same parent
    for i in sorted(outside):
        line = lines[i]
        m = KEY_LINE.match(line)
        if not m:
            continue
        indent, dash, key, value = len(m.group(1)), m.group(2), m.group(3), m.group(4)
        key_col = indent + len(dash or "")
        value_col = key_col + len(key) + 2
        prev = previous_significant(lines, i)
        prev_m = KEY_LINE.match(lines[prev]) if prev >= 0 else None
        if dash:
            item_seen[indent] += 1
            for deeper in [c for c in item_seen if c > indent]:
                del item_seen[deeper]
        if plain(value) and not value.startswith("-"):
            yield (i, [line + ": mer tekst"], ("syntax.colon-in-value", i, value_col + 1, None))
            if '"' not in value:
                yield (i, [line[:value_col] + '"' + value], ("syntax.unclosed-quote", i, value_col + 1, None))
        if not dash and value.strip() and not value.startswith(("|", ">")):
            yield (i, [line[:key_col] + key + ":" + value],
                   ("syntax.missing-space", i, key_col + 1, "write: %s: %s" % (key, value)))
            if key not in ("plancheck", "kind", "id", "frame", "year"):
                yield (i, [line[:key_col] + key + " " + value],
                       ("syntax.missing-colon", i, key_col + 1, "write: %s: %s" % (key, value)))
        # A key indented one or two columns deeper than the key before it.
        sibling = (prev_m and not prev_m.group(2) and len(prev_m.group(1)) == indent and not dash
                   and plain(prev_m.group(4)) and prev in outside)
        if sibling:
            for extra in (1, 2):
                yield (i, [" " * extra + line],
                       ("syntax.deeper-indent", i, key_col + extra + 1, "indent it to column %d" % (key_col + 1)))
        # A later list item without its dash, at the dash's column or its key's.
        if dash and item_seen[indent] > 1 and prev_m and len(prev_m.group(1)) >= key_col:
            yield (i, [" " * key_col + key + ": " + value], ("syntax.missing-dash", i, key_col + 1, None))
            yield (i, [" " * indent + key + ": " + value], ("syntax.missing-dash", i, indent + 1, None))
        # A key indented one or two columns less than the key before it.
        if sibling and indent >= 2 and not lines[i].lstrip().startswith("-"):
            for less in (1,):
                yield (i, [line[less:]], ("syntax.uneven-indent", i, key_col - less + 1,
                                          "indent it to column %d" % (key_col + 1)))
        # An apostrophe or a quote inside a quoted text.
        if plain(value) and " " in value and "'" not in value and '"' not in value:
            words = value.split(" ")
            inner = " ".join([words[0] + "'s"] + words[1:])
            yield (i, [line[:value_col] + "'" + inner + "'"], ("syntax.quote-in-quotes", i, value_col + 1,
                                                            "%s: \"%s\"" % (key, inner)))
            inner = " ".join(['"%s"' % words[0]] + words[1:])
            yield (i, [line[:value_col] + '"' + inner + '"'], ("syntax.quote-in-quotes", i, value_col + 1,
                                                            "%s: '%s'" % (key, inner)))
        # A flow collection on one line without its closing bracket.
        v = value.split(" #")[0].rstrip()
        if v[:1] in ("[", "{") and v[-1:] in ("]", "}") and v.count(v[0]) == 1:
            yield (i, [line[:value_col] + v[:-1]], ("syntax.unclosed-flow", i, value_col + 1, None))
        # Amounts written the Norwegian way.
        if key in MONEY_KEYS and MONEY.match(v):
            groups = v.split(" ")
            for written in (".".join(groups), "kr " + v, v + ",-", "NOK " + v, v + " kr"):
                yield (i, [line[:value_col] + written], ("schema.money.written", i, value_col + 1,
                                                         "did you mean %s?" % v))
        if key in MONEY_KEYS and v in ("0",):
            continue
        # A date written the Norwegian way.
        d = DATE.match(v)
        if d and not dash:
            y, mo, da = d.groups()
            for written in ("%s.%s.%s" % (da, mo, y), "%d/%d-%s" % (int(da), int(mo), y[2:])):
                yield (i, [line[:value_col] + written], ("schema.date", i, value_col + 1,
                                                         "did you mean %s?" % v))
    # Dates in flow maps written the Norwegian way, shares with a decimal comma.
    for i in sorted(outside):
        line = lines[i]
        for fm in re.finditer(r"date: (\d{4})-(\d{2})-(\d{2})(?=[,}])", line):
            y, mo, da = fm.groups()
            for written in ("%s.%s.%s" % (da, mo, y), "%d. %s %s" % (int(da), MONTHS[int(mo) - 1], y)):
                yield (i, [line[:fm.start(1)] + written + line[fm.end(3):]],
                       ("schema.date", i, fm.start(1) + 1, "did you mean %s-%s-%s?" % (y, mo, da)))
        for fm in re.finditer(r"(target|tolerance|min|max): (\d{1,2})(?=[,}])", line):
            yield (i, [line[:fm.end(2)] + ",5" + line[fm.end(2):]],
                   ("syntax.comma-split", i, fm.start(2) + 1,
                    "write the value as it was meant: %s: %s.5" % (fm.group(1), fm.group(2))))
        m = KEY_LINE.match(line)
        if m and m.group(3) in ("target", "tolerance") and re.match(r"^\d{1,2}$", m.group(4)):
            col = len(m.group(1)) + len(m.group(2) or "") + len(m.group(3)) + 2
            yield (i, [line + ",5"], ("schema.percent", i, col + 1, "did you mean %s.5?" % m.group(4)))
        if m and m.group(3) == "status" and m.group(4) in NORWEGIAN:
            col = len(m.group(1)) + len(m.group(2) or "") + len("status") + 2
            yield (i, [line[:col] + NORWEGIAN[m.group(4)]],
                   ("schema.choice", i, col + 1, "did you mean '%s'?" % m.group(4)))
    # Amounts in flow maps, split by a comma: `{partner: x, amount: 2 500 000,-}`.
    for i in sorted(outside):
        line = lines[i]
        for fm in re.finditer(r"(amount|max|min): ([1-9]\d{0,2}(?: \d{3})+)(?=[,}])", line):
            col = fm.start(2)
            new = line[:fm.end(2)] + ",-" + line[fm.end(2):]
            yield (i, [new], ("syntax.comma-split", i, col + 1,
                              "write the value as it was meant: %s: %s" % (fm.group(1), fm.group(2))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--all", action="store_true", help="every mistake of every line, not a sample")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="plancheck-typos-")
    cases = {}
    try:
        for source, lines in sources():
            made = list(mutations(lines))
            if not args.all:
                # Every kind of mistake, but only a few lines of each file (CI time).
                kept = collections.defaultdict(list)
                for m in made:
                    kept[m[2][0]].append(m)
                made = [m for group in kept.values() for m in group[:: max(1, len(group) // PER_FILE)][:PER_FILE]]
            for n, (i, new, expected) in enumerate(made):
                mutated = lines[:i] + new + lines[i + 1:]
                name = "%s-%d.yaml" % (re.sub(r"[^A-Za-z0-9-]+", "_", source), n)
                with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                    f.write("\n".join(mutated))
                cases[name] = (source, lines[i], new[0], expected)
        # plancheck reports at most 10 000 findings a run: a few hundred files at a time.
        names = sorted(cases)
        findings = []
        for start in range(0, len(names), BATCH):
            proc = subprocess.run([args.plancheck, "check", "--lang", "en", "--format", "json"]
                                  + names[start:start + BATCH], cwd=tmp, capture_output=True, timeout=600)
            findings += json.loads(proc.stdout)["findings"]
    finally:
        shutil.rmtree(tmp)
    first = {}
    for f in findings:
        if f["rule"] in ("syntax/yaml", "schema/money", "schema/type") and f["file"] not in first:
            first[f["file"]] = f
    per_kind = collections.Counter()
    failed = collections.Counter()
    examples = []
    for name, (source, old, new, (message_id, index, column, help_text)) in sorted(cases.items()):
        per_kind[message_id] += 1
        f = first.get(name)
        ok = (f is not None and f["message_id"] == message_id and f["line"] == index + 1
              and f["column"] == column and (help_text is None or help_text in (f.get("help") or "")))
        if not ok:
            failed[message_id] += 1
            got = "nothing" if f is None else "%s at %d:%d (%s)" % (
                f["message_id"], f["line"], f["column"], f.get("help"))
            examples.append("%s line %d: %r -> %r\n    expected %s at %d:%d (%s), got %s" % (
                source, index + 1, old, new, message_id, index + 1, column, help_text, got))
    total = sum(per_kind.values())
    for kind in sorted(per_kind):
        print("%-28s %4d of %4d" % (kind, per_kind[kind] - failed[kind], per_kind[kind]))
    print("%d of %d typing mistakes named at their place" % (total - sum(failed.values()), total))
    for e in examples[: None if args.verbose else 25]:
        print(e)
    return 0 if not failed and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
