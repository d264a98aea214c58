#!/usr/bin/env python3
"""Checks `plancheck summary` output with real parsers (the golden tests
compare it byte for byte; this checks what it is):

  text      every line at most 100 code points, no control characters
  markdown  rendered by cmark-gfm (GitHub's own parser): every table keeps
            its columns, plan texts never become HTML, images or links; the
            rows of income, measures, shares, revisions (adopted and revised
            per priority) and what was actually granted carry the JSON's figures
  html      parsed as XML (xmllint and ElementTree: the page is
            XHTML-compatible HTML5): lang, title, no scripts and no external
            resources, accessible charts, chart tables and the tables of what
            was actually granted agree with the JSON
  json      valid against schemas/summary.schema.json (draft-07)
  xlsx, csv read back with openpyxl and the csv module and compared, figure
            by figure, with the JSON (summary_sheets.py)
  --output  atomic: the same bytes as standard output, nothing left behind
            on failure
  plain     text, markdown and html name no rule id and no plan file path
            (the council reads them; json keeps both, and says which), and
            begin with the day they were made: SOURCE_DATE_EPOCH's, or
            today's when it is not set

Run with Debian's python3 (jsonschema); cmark-gfm and xmllint must be
installed (`make deps` does it).

  summary_check.py --plancheck BIN
"""

import argparse
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema

import summary_sheets

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "lillehammer")
HOSTILE = os.path.join(ROOT, "tests", "summary", "hostile")
XHTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"

# Plan sets and selections to check every format on.
CASES = [
    ("lillehammer", [EXAMPLE]),
    ("lillehammer-all", ["--year", "all", EXAMPLE]),
    ("lillehammer-2023", ["--year", "2023", EXAMPLE]),
    ("lillehammer-2021-22", [os.path.join(EXAMPLE, "strategisk-handlingsplan-2021-25.yaml"),
                             os.path.join(EXAMPLE, "2021"), os.path.join(EXAMPLE, "2022")]),
    ("frame-only", [os.path.join(EXAMPLE, "strategisk-handlingsplan-2021-25.yaml")]),
    ("elvedal", [os.path.join(ROOT, "examples", "elvedal")]),
    ("elvedal-all", ["--year", "all", os.path.join(ROOT, "examples", "elvedal")]),
    ("hostile", [HOSTILE]),
    ("incomplete", [os.path.join(ROOT, "tests", "cli", "summary-incomplete", "plans")]),
    ("unreadable-year", ["--year", "all", os.path.join(ROOT, "tests", "cli", "summary-unreadable-year", "plans")]),
    ("two-frames", [os.path.join(ROOT, "tests", "cli", "summary-two-frames", "plans")]),
    ("no-period", [os.path.join(ROOT, "tests", "cli", "summary-no-period", "plans")]),
]

problems = []


def fail(case, text):
    problems.append("%s: %s" % (case, text))


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = "C.UTF-8"
    return env


def summary(plancheck, args, expect=0):
    proc = subprocess.run([plancheck, "summary"] + args, capture_output=True, env=environment(),
                          timeout=120)
    if proc.returncode != expect:
        fail(" ".join(args), "exit %d, expected %d: %s" % (proc.returncode, expect,
                                                          proc.stderr.decode("utf-8", "replace")))
    return proc.stdout.decode("utf-8")


def check_text(case, text):
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > 100:
            fail(case, "text line %d is %d code points wide: %r" % (number, len(line), line))
        if line != line.rstrip(" "):
            fail(case, "text line %d ends in spaces" % number)
        if re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", line):
            fail(case, "text line %d holds a control character: %r" % (number, line))


def spaced(text):
    """Runs of ASCII white space as one space (no-break spaces stay)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def shown(text):
    """A plan text as the text and Markdown formats show it: on one line,
    control characters written out."""
    text = spaced(text)
    return re.sub(r"[\x00-\x1f\x7f-\x9f]",
                  lambda m: ("\\x%02X" if ord(m.group()) < 0x80 else "\\u%04X") % ord(m.group()), text)


def markdown_rows(root):
    """Every body row of every rendered table, as lists of cell texts."""
    return [[spaced("".join(c.itertext())) for c in row.findall("td")]
            for row in root.findall(".//table/tbody/tr")]


def check_markdown_rows(case, root, data, lang):
    """Rows of the rendered Markdown tables carry the JSON's texts and numbers, cell by cell."""
    rows = markdown_rows(root)
    for frame in data["frames"]:
        for year in frame["years"]:
            if not year["readable"]:
                continue
            expected = [[shown(p["name"]), money(lang, p["amount"])] for p in year["income"]["partners"]]
            expected += [[shown(m["title"]), money(lang, m["amount"]), str(m["grants"]),
                          money(lang, m["granted"]), money(lang, m["left"])] for m in year["grants"]["measures"]]
            expected += [[shown(p["title"]), money(lang, p["amount"]), share_cell(lang, p)]
                         for p in year["priorities"]]
            if year["revisions"]:
                expected += [[shown(p["title"]), money(lang, p["adopted"]), money(lang, p["amount"])]
                             for p in year["priorities"]]
            if year["grants"]["lists"] != "none":
                expected += [[shown(a["title"]), money(lang, a["granted"]), share_cell(lang, a)]
                             for a in year["actual"]["priorities"]]
            for row in expected:
                if not any(r[:len(row)] == row for r in rows):
                    fail(case, "%d: no rendered table row starts with %r" % (year["year"], row))


def check_markdown(case, markdown, data=None, lang="en"):
    html = subprocess.run(["cmark-gfm", "--extension", "table", "--extension", "autolink",
                           "--extension", "strikethrough", "--extension", "tagfilter"],
                          input=markdown.encode("utf-8"), capture_output=True, check=True).stdout
    try:
        root = ET.fromstring(b"<root>" + html + b"</root>")
    except ET.ParseError as e:
        return fail(case, "cmark-gfm output does not parse: %s" % e)
    delimiter_rows = [l for l in markdown.split("\n") if re.fullmatch(r"\|( :?-+:? \|)+", l)]
    tables = root.findall(".//table")
    if len(tables) != len(delimiter_rows):
        fail(case, "%d Markdown tables render as %d HTML tables" % (len(delimiter_rows), len(tables)))
    for table in tables:
        width = len(table.findall("./thead/tr/th"))
        for row in table.findall("./tbody/tr"):
            if len(row.findall("td")) != width:
                fail(case, "a Markdown table row has %d cells, its header %d: %s"
                     % (len(row.findall("td")), width, ET.tostring(row, encoding="unicode")[:200]))
    for tag in ("script", "img", "iframe", "b", "i", "u", "del", "h4", "ol", "blockquote", "code"):
        for element in root.iter(tag):
            if tag == "code" and re.fullmatch(r"[a-z-]+/[a-z-]+", element.text or ""):
                continue  # the rule id of a finding
            fail(case, "a plan text became <%s>: %s" % (tag, ET.tostring(element, encoding="unicode")[:200]))
    for link in root.iter("a"):
        if link.get("href") != (link.text or ""):
            fail(case, "a plan text became a link: %s" % ET.tostring(link, encoding="unicode")[:200])
    headings = [e for e in root if e.tag in ("h1", "h2", "h3")]
    if not headings:
        fail(case, "the Markdown has no headings")
    if data is not None:
        check_markdown_rows(case, root, data, lang)


def percent(lang, share):
    if share is None:
        return "–"
    text = "%.1f" % share["percent"]
    return text.replace(".", ",") + "\u00a0%" if lang == "nb" else text + "%"


def share_cell(lang, line):
    """A priority's share as the formats show it: the share, or its range when values are open."""
    if line["share"] is None and line.get("share-range") is not None:
        r = line["share-range"]
        return percent(lang, r["low"]) + "–" + percent(lang, r["high"])
    return percent(lang, line["share"])


def money(lang, kroner):
    if kroner is None:
        return "–"
    digits = "{:,}".format(abs(kroner))
    sign = ("\u2212" if lang == "nb" else "-") if kroner < 0 else ""
    if lang == "nb":
        return sign + digits.replace(",", "\u00a0") + "\u00a0kr"
    return "NOK " + sign + digits


def cell_text(element):
    return "".join(element.itertext())


def check_html_structure(case, root, lang):
    if root.tag != XHTML + "html":
        return fail(case, "the root element is %s" % root.tag)
    if root.get("lang") != lang or root.get("{http://www.w3.org/XML/1998/namespace}lang") != lang:
        fail(case, "lang attributes are %r" % root.attrib)
    title = root.find("./%shead/%stitle" % (XHTML, XHTML))
    if title is None or not (title.text or "").strip():
        fail(case, "no <title>")
    if root.find("./%shead/%smeta[@charset='utf-8']" % (XHTML, XHTML)) is None:
        fail(case, "no <meta charset=\"utf-8\">")
    for element in root.iter():
        local = element.tag.split("}")[-1]
        if local in ("script", "iframe", "object", "embed", "img", "link", "base", "foreignObject"):
            fail(case, "the page holds <%s>" % local)
        for name in element.attrib:
            if name in ("src", "href", "{http://www.w3.org/1999/xlink}href") or name.startswith("on"):
                fail(case, "<%s> has the attribute %s" % (local, name))
    style = "".join(e.text or "" for e in root.iter(XHTML + "style"))
    if "url(" in style or "@import" in style:
        fail(case, "the style sheet loads a resource")
    if "@page" not in style or "@media print" not in style:
        fail(case, "no print styles")
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    for svg in root.iter(SVG + "svg"):
        if svg.get("role") != "img":
            fail(case, "an <svg> without role=\"img\"")
        labelled = svg.get("aria-labelledby")
        svg_title = svg.find(SVG + "title")
        if svg_title is None or svg_title.get("id") != labelled or not svg_title.text:
            fail(case, "an <svg> whose aria-labelledby does not name its <title>")
        if svg.get("aria-describedby") not in ids:
            fail(case, "an <svg> whose aria-describedby names no element")
    for figure in root.iter(XHTML + "figure"):
        if figure.find(XHTML + "figcaption") is None:
            fail(case, "a <figure> without <figcaption>")


def check_html_numbers(case, root, data, lang):
    """The table beside each chart carries the JSON's shares, in the same order."""
    tables = {t.get("id"): t for t in root.iter(XHTML + "table") if t.get("id")}
    for f_index, frame in enumerate(data["frames"], 1):
        for year in frame["years"]:
            if not year["readable"]:
                continue
            table = tables.get("f%d-y%d-shares" % (f_index, year["year"]))
            if table is None:
                fail(case, "no share table for %d" % year["year"])
                continue
            rows = table.findall("./%stbody/%str" % (XHTML, XHTML))
            if len(rows) != len(year["priorities"]):
                fail(case, "%d: %d table rows for %d priorities" % (year["year"], len(rows), len(year["priorities"])))
            for row, p, pp in zip(rows, year["priorities"], frame["period"]["priorities"]):
                cells = [cell_text(c) for c in row]
                title = re.sub(r"[\x00-\x1f\x7f-\x9f]", "\ufffd", p["title"].strip())  # as XML allows
                expected = [title, money(lang, p["amount"]), share_cell(lang, p),
                            share_cell(lang, pp)]
                if [" ".join(c.split()) for c in cells[:1]] + cells[1:4] != [" ".join(expected[0].split())] + expected[1:]:
                    fail(case, "%d: table row %r disagrees with the JSON %r" % (year["year"], cells[:4], expected))
        for year in frame["years"]:
            if not year["readable"] or year["grants"]["lists"] == "none":
                continue
            table = tables.get("f%d-y%d-actual" % (f_index, year["year"]))
            if table is None:
                fail(case, "no table of what was granted in %d" % year["year"])
                continue
            rows = table.findall("./%stbody/%str" % (XHTML, XHTML))
            got = [[cell_text(c) for c in row][1:3] for row in rows]
            want = [[money(lang, a["granted"]), share_cell(lang, a)] for a in year["actual"]["priorities"]]
            if got != want:
                fail(case, "%d: what was granted %r disagrees with the JSON %r" % (year["year"], got, want))
        svgs = list(root.iter(SVG + "svg"))
        if frame["years"] and not svgs:
            fail(case, "no chart")


def check_html(case, html, data, lang):
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as f:
        f.write(html)
    try:
        lint = subprocess.run(["xmllint", "--noout", "--nonet", f.name], capture_output=True)
        if lint.returncode != 0:
            fail(case, "xmllint: %s" % lint.stderr.decode("utf-8", "replace")[:500])
    finally:
        os.unlink(f.name)
    if not html.startswith("<!DOCTYPE html>\n"):
        fail(case, "no HTML5 doctype")
    try:
        root = ET.fromstring(html.encode("utf-8"))
    except ET.ParseError as e:
        return fail(case, "not well-formed: %s" % e)
    check_html_structure(case, root, lang)
    check_html_numbers(case, root, data, lang)


def check_json(case, text, schema):
    try:
        data = json.loads(text)
    except ValueError as e:
        fail(case, "JSON does not parse: %s" % e)
        return None
    for error in jsonschema.Draft7Validator(schema).iter_errors(data):
        fail(case, "JSON schema: %s at %s" % (error.message, list(error.absolute_path)))
    return data


def check_text_numbers(case, text, data, lang):
    """The text shows the JSON's key figures, formatted for the language (a
    line may break inside "NOK 800,000", as between any two words)."""
    text = spaced(text)
    for frame in data["frames"]:
        for year in frame["years"]:
            if not year["readable"]:
                continue
            for kroner in (year["income"]["total"], year["allocation"]["measure-funds"],
                           year["grants"]["left-over"]):
                if money(lang, kroner) not in text:
                    fail(case, "%d: the text lacks %s" % (year["year"], money(lang, kroner)))


def check_formats(plancheck, schema):
    for name, args in CASES:
        for lang in ("en", "nb"):
            case = "%s/%s" % (name, lang)
            outputs = {fmt: summary(plancheck, ["--lang", lang, "--format", fmt] + args)
                       for fmt in ("text", "markdown", "html", "json")}
            outputs["csv"] = summary(plancheck, ["--lang", lang, "--format", "csv"] + args)
            data = check_json(case + "/json", outputs["json"], schema)
            if data is not None:
                check_sheets(plancheck, case, lang, args, outputs["csv"], data)
            check_plain(case, outputs, data)
            check_text(case + "/text", outputs["text"])
            check_markdown(case + "/markdown", outputs["markdown"], data, lang)
            if data is not None:
                check_html(case + "/html", outputs["html"], data, lang)
                check_text_numbers(case + "/text", outputs["text"], data, lang)
                check_text_numbers(case + "/markdown", outputs["markdown"], data, lang)


RULE_IDS = []  # every rule id plancheck lists, from `plancheck rules --format json`


def findings_of(data):
    """Every finding the JSON summary lists."""
    out = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("findings"), list):
                out.extend(value["findings"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
    walk(data)
    return out


def check_plain(case, outputs, data):
    """The council's formats carry neither rule ids nor file paths; the JSON carries both."""
    for fmt in ("text", "markdown", "html"):
        out = outputs[fmt]
        for rule in RULE_IDS:
            if re.search(r"(?<![\w/-])%s(?![\w/-])" % re.escape(rule), out):
                fail("%s/%s" % (case, fmt), "names the rule id %s" % rule)
        for finding in findings_of(data or {}):
            path = finding.get("file")
            if path and path in out:
                fail("%s/%s" % (case, fmt), "names the file %s" % path)
    if data is not None and findings_of(data):
        if not all(f.get("rule") for f in findings_of(data)):
            fail(case + "/json", "a finding without its rule id")


def check_date(plancheck):
    """SOURCE_DATE_EPOCH gives the colophon's date; without it, today's."""
    import datetime
    env = environment()
    env["SOURCE_DATE_EPOCH"] = "951782400"  # 2000-02-29
    for lang, expected in (("nb", "Utarbeidet 29. februar 2000 med plancheck "),
                           ("en", "Prepared on 29 February 2000 with plancheck ")):
        out = subprocess.run([plancheck, "summary", "--lang", lang, EXAMPLE], capture_output=True,
                             env=env, timeout=120).stdout.decode("utf-8")
        if not out.startswith(expected):
            fail("SOURCE_DATE_EPOCH/" + lang, "the summary begins %r" % out[:80])
    env.pop("SOURCE_DATE_EPOCH")
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    before = datetime.date.today()
    out = subprocess.run([plancheck, "summary", "--lang", "en", EXAMPLE], capture_output=True,
                         env=env, timeout=120).stdout.decode("utf-8")
    after = datetime.date.today()
    days = {"Prepared on %d %s %d " % (d.day, months[d.month - 1], d.year) for d in (before, after)}
    if not any(out.startswith(d) for d in days):
        fail("today", "the summary begins %r, expected one of %s" % (out[:80], sorted(days)))


def check_sheets(plancheck, case, lang, args, csv_text, data):
    tmp = tempfile.mkdtemp(prefix="plancheck-xlsx-")
    try:
        path = os.path.join(tmp, "summary.xlsx")
        summary(plancheck, ["--lang", lang, "--format", "xlsx", "--output", path] + args)
        if os.path.exists(path):
            summary_sheets.check_xlsx(case + "/xlsx", path, data, lang, fail)
        else:
            fail(case + "/xlsx", "no workbook written")
    finally:
        shutil.rmtree(tmp)
    summary_sheets.check_csv(case + "/csv", csv_text, data, lang, fail)


def check_binary_terminal(plancheck):
    """The workbook is not written to a terminal: a usage error, exit 2, nothing on the terminal."""
    main, secondary = pty.openpty()
    try:
        proc = subprocess.run([plancheck, "summary", "--format", "xlsx", EXAMPLE], stdout=secondary,
                              stderr=subprocess.PIPE, env=environment(), timeout=120)
        os.close(secondary)
        secondary = None
        shown = b""
        while select.select([main], [], [], 0)[0]:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        if proc.returncode != 2 or shown or b"--output" not in proc.stderr:
            fail("xlsx to a terminal", "exit %d, %d bytes on the terminal, stderr %r"
                 % (proc.returncode, len(shown), proc.stderr))
    finally:
        if secondary is not None:
            os.close(secondary)
        os.close(main)


def check_output(plancheck):
    tmp = tempfile.mkdtemp(prefix="plancheck-summary-")
    try:
        expected = summary(plancheck, ["--format", "html", EXAMPLE])
        target = os.path.join(tmp, "summary.html")
        with open(target, "w") as f:
            f.write("old content that is longer than nothing\n" * 2000)
        if summary(plancheck, ["--format", "html", "--output", target, EXAMPLE]) != "":
            fail("--output", "wrote to standard output as well")
        with open(target, encoding="utf-8") as f:
            if f.read() != expected:
                fail("--output", "the file differs from standard output")
        if sorted(os.listdir(tmp)) != ["summary.html"]:
            fail("--output", "left files behind: %s" % os.listdir(tmp))
        missing = os.path.join(tmp, "no-such-dir", "summary.html")
        summary(plancheck, ["--output", missing, EXAMPLE], expect=2)
        if os.path.exists(os.path.dirname(missing)):
            fail("--output", "created a directory")
        directory = os.path.join(tmp, "a-directory")
        os.mkdir(directory)
        summary(plancheck, ["--output", directory, EXAMPLE], expect=2)
        if not os.path.isdir(directory) or os.listdir(directory):
            fail("--output", "changed a directory it could not write to")
        if sorted(os.listdir(tmp)) != ["a-directory", "summary.html"]:
            fail("--output", "left files behind after failures: %s" % os.listdir(tmp))
    finally:
        shutil.rmtree(tmp)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    for tool in ("cmark-gfm", "xmllint"):
        if shutil.which(tool) is None:
            print("FAIL: %s is not installed (make deps installs it)" % tool)
            sys.exit(1)
    with open(os.path.join(ROOT, "schemas", "summary.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    rules = subprocess.run([args.plancheck, "rules", "--format", "json"], capture_output=True,
                           env=environment(), timeout=120, check=True).stdout
    RULE_IDS.extend(r["id"] for r in json.loads(rules)["rules"])
    if len(RULE_IDS) < 20:
        print("FAIL: plancheck rules lists %d rules" % len(RULE_IDS))
        sys.exit(1)
    check_formats(args.plancheck, schema)
    check_date(args.plancheck)
    check_output(args.plancheck)
    check_binary_terminal(args.plancheck)
    for p in problems:
        print("FAIL: " + p)
    print("%d cases in 6 formats and 2 languages, --output: %d problems" % (len(CASES), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
