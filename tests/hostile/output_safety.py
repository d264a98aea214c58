#!/usr/bin/env python3
"""Output safety: one plan set full of hostile texts through every format.

  output_safety.py --plancheck BIN

The plan set (written at test time) carries, in titles, keys, decision
cases, deviation reasons and file names: terminal escape sequences (ESC,
CSI, OSC), BEL, CR, U+0085, U+2028/U+2029, DEL, C1 controls, HTML
("<script>", attributes, comments, entities), "]]>", Markdown ("|",
backticks, links, images, emphasis), GitHub workflow commands ("%0A::warning::x",
a line break followed by "::error::"), and a very long text; plus a file that
is not valid UTF-8 (reported, its line shown) and a file name that is not
UTF-8. Every format of `check` (both languages) and of `summary` is read back
with a real parser:

  json, gitlab, summary json   python json (+ schemas/report.schema.json,
                               schemas/summary.schema.json with jsonschema)
  sarif                        the official SARIF 2.1.0 schema (when
                               ../shared/conformance/ is present)
  junit                        xml.etree and xmllint (well-formed XML 1.0)
  github                       the Actions runner's command parser: exactly
                               one command per finding, nothing injected
  summary html                 html.parser and xmllint: the hostile texts are
                               text, never elements or attributes
  summary markdown             cmark-gfm (GitHub's parser), raw HTML allowed:
                               still no element from a plan file
  text, short, summary text    no raw control character at all

and every output must be valid UTF-8 without a raw C0 (but tab and line
feed), DEL or C1 control character.
"""

import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONFORMANCE = os.path.join(os.path.dirname(ROOT), "shared", "conformance")
SARIF_SCHEMA = os.path.join(CONFORMANCE, "sarif-schema-2.1.0.json")

# Written inside YAML double quotes: YAML's escapes make the raw characters.
HOSTILE = [
    r"\e[31mRED\e[0m \e]0;title\a \e[2J\e[H \eP+q\e\\",   # SGR, OSC (BEL), clear screen, DCS
    r"bell\a cr\r del\x7f nel\N ls\L ps\P csi\u009b st\u009c",
    r"<script>alert(1)</script> <img src=x onerror=alert(2)> <!-- c --> &amp; &lt;",
    r"]]> <![CDATA[x]]> '\" a=\"b\"",
    r"| a | b | `code` [link](javascript:alert(3)) ![img](http://x/y.png) *em* _u_ ~~s~~ # h",
    r"%0A::warning::x %25 %0D::error file=x::y",
    r"line one\n::error::injected\n::add-mask::secret",
    r"{{7*7}} ${HOME} $(id) `id`",
]
LONG = "Lang tekst " * 2000


def quoted(text):
    return '"' + text + '"'


def frame():
    titles = [quoted(t) for t in HOSTILE]
    return f"""\
plancheck: 1
kind: frame
id: rad
title: {titles[0]}
council:
  name: {titles[2]}
  members:
    - {{role: {titles[3]}, organisation: {titles[4]}, count: 3}}
  business-unit: {{id: ERV, name: {titles[5]}}}
period: {{from: 2021, to: 2024}}
goal: {titles[6]}
anchoring:
  - id: naeringsplan
    title: {titles[7]}
    focus-areas:
      - {{id: fokus, title: {titles[1]}}}
priorities:
  - id: naering
    title: {titles[2]}
    business-development: true
    anchored-in: naeringsplan
    share: {{target: 80, tolerance: 5}}
  - id: idrett
    title: {titles[4]}
    share: {{target: 10, tolerance: 5}}
  - id: ovrig
    title: {titles[5]}
    share: {{target: 10, tolerance: 5}}
reserve: {{title: {titles[6]}, min: 100 000, max: 500 000, counts-toward: ovrig}}
funding:
  partners:
    - {{id: fylket, name: {titles[0]}, amount: 2 500 000}}
    - {{id: kommunene, name: {titles[1]}, amount: 1 000 000}}
  administration: {{max: 500 000}}
  expected-measure-funds: 3 000 000
"""


def plan():
    titles = [quoted(t) for t in HOSTILE]
    measures = "".join(f"""\
  - id: m{i}
    title: {title}
    priority: {"naering" if i < 4 else "idrett" if i < 6 else "ovrig"}
    focus-areas: [fokus]
    responsible: {"ERV" if i % 2 else "Andre"}
    justification: {titles[(i + 1) % len(titles)]}
    amount: {400000 if i < 4 else 150000 if i < 6 else 50000}
    description: {titles[(i + 2) % len(titles)]}
""" for i, title in enumerate(titles))
    keys = "".join(f"{t}: 1\n" for t in titles)  # unknown keys: their names are quoted in messages
    return f"""\
plancheck: 1
kind: yearly-plan
frame: rad
year: 2021
title: {titles[0]}
adopted: {{case: {titles[5]}, date: 2020-12-11}}
income:
  partners:
    - {{partner: fylket, amount: 2 500 000}}
    - {{partner: kommunene, amount: 1 000 000}}
  carried-over: 0
administration:
  amount: 500 000
  description: {quoted(LONG)}
measures:
{measures}reserve:
  amount: 200 000
strategic-issues:
  - {{title: {titles[6]}, description: {titles[7]}}}
deviations:
  - rule: share/year
    scope: {{priority: naering}}
    decision: {{case: {titles[4]}, date: 2021-02-10}}
    reason: {titles[3]}
  - rule: share/year
    scope: {{priority: ovrig}}
    decision: {{case: {titles[6]}, date: 2021-02-10}}
    reason: {titles[2]}
{keys}"""


def projects():
    titles = [quoted(t) for t in HOSTILE]
    grants = "".join(f"""\
  - id: p{i}
    title: {title}
    applicant: {titles[(i + 3) % len(titles)]}
    measure: {"reserve" if i == 7 else "m%d" % i}
    amount: {"60 000" if i == 7 else "10 000"}
    decision: {{case: {titles[(i + 5) % len(titles)]}, date: 2021-03-01}}
    status: granted
    goal-contribution: {titles[(i + 6) % len(titles)]}
""" for i, title in enumerate(titles))
    return f"""\
plancheck: 1
kind: project-list
frame: rad
year: 2021
status: open
projects:
{grants}  - {{id: "p-\\e[31m", title: x, applicant: y, measure: "m\\u202e\\e]8;;http://x\\a", amount: 1,
     decision: {{case: c, date: 2021-13-01}}, status: "granted\\r\\n::error::x"}}
"""


def write_plan_set(folder):
    os.makedirs(os.path.join(folder, "plans"))
    for name, text in (("frame.yaml", frame()), ("2021-plan.yaml", plan()),
                       ("2021-projects.yaml", projects())):
        with open(os.path.join(folder, "plans", name), "w", encoding="utf-8") as f:
            f.write(text)
    # Not valid UTF-8: reported, and its line (with the bad byte) shown in snippets.
    with open(os.path.join(folder, "plans", "broken.yaml"), "wb") as f:
        f.write(b"plancheck: 1\nkind: project-list\ntitle: \x1b]0;x\x07 \xff\xfe <script>\n")
    # A file name that is not UTF-8 and holds markup and a command.
    name = os.path.join(os.fsencode(folder), b"plans", b"x\xff\x1b[31m<b>%0A::warning::y.yaml")
    with open(name, "wb") as f:
        f.write(b"plancheck: 1\nkind: project-list\nframe: rad\nyear: 2021\n")


problems = []


def fail(label, text):
    problems.append("%s: %s" % (label, text))


def environment():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("GITHUB_STEP_SUMMARY", "LANGUAGE", "NO_COLOR")}
    env["LANG"] = "C.UTF-8"
    env["TERM"] = "xterm"
    return env


def run(binary, args, cwd, expect):
    proc = subprocess.run([binary] + args, cwd=cwd, capture_output=True, env=environment(), timeout=300)
    label = " ".join(args)
    if proc.returncode != expect:
        fail(label, "exit %d, expected %d: %r" % (proc.returncode, expect, proc.stderr[:300]))
    try:
        text = proc.stdout.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(label, "not valid UTF-8: %s" % e)
        return proc.stdout.decode("utf-8", "replace")
    for i, ch in enumerate(text):
        o = ord(ch)
        if (o < 0x20 and ch not in "\n\t") or 0x7F <= o < 0xA0:
            fail(label, "a raw control character U+%04X at %d: %r" % (o, i, text[max(0, i - 40):i + 40]))
            break
    return text


def check_json(label, text, schema=None):
    try:
        doc = json.loads(text)
    except ValueError as e:
        fail(label, "not JSON: %s" % e)
        return None
    if schema:
        errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
        if errors:
            fail(label, "not valid against its schema: %s" % errors[0].message[:300])
    if "\u2028" in text or "\u2029" in text:
        fail(label, "U+2028/U+2029 unescaped (they end a line in JavaScript)")
    return doc


def check_sarif(label, text):
    doc = check_json(label, text)
    if doc is None:
        return
    if not os.path.exists(SARIF_SCHEMA):
        print("SKIP: %s is absent; SARIF checked as JSON only" % SARIF_SCHEMA)
        return
    with open(SARIF_SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(doc))
    if errors:
        fail(label, "not valid SARIF 2.1.0: %s" % errors[0].message[:300])


def xmllint(label, text, *options):
    with tempfile.NamedTemporaryFile("wb", suffix=".xml", delete=False) as f:
        f.write(text.encode("utf-8"))
        path = f.name
    try:
        proc = subprocess.run(["xmllint", "--noout", *options, path], capture_output=True, text=True)
        if proc.returncode != 0:
            fail(label, "xmllint: %s" % proc.stderr.strip()[:500])
    finally:
        os.remove(path)


def check_junit(label, text):
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as e:
        fail(label, "not well-formed XML: %s" % e)
        return
    xmllint(label, text)
    texts = " ".join((e.text or "") + " ".join(e.attrib.values()) for e in root.iter())
    if "alert(1)" not in texts:
        fail(label, "the hostile texts are missing from the XML's text and attributes")
    for element in root.iter():
        if element.tag not in ("testsuites", "testsuite", "testcase", "failure", "error", "skipped",
                               "system-out", "system-err", "properties", "property"):
            fail(label, "an element <%s> that plancheck does not write" % element.tag)


def parse_command(line):
    """The Actions runner's ActionCommand.TryParseV2: (name, data) or None."""
    line = line.lstrip()
    if not line.startswith("::"):
        return None
    end = line.find("::", 2)
    if end < 0:
        return None
    info = line[2:end]
    return info.split(" ", 1)[0], line[end + 2:]


def check_github(label, text, findings):
    lines = text.split("\n")
    commands = [c for c in (parse_command(l) for l in lines) if c]
    if len(commands) != findings:
        fail(label, "%d workflow commands for %d findings" % (len(commands), findings))
    for name, data in commands:
        if name not in ("error", "warning", "notice"):
            fail(label, "an injected command ::%s::" % name)


class HtmlReader(html.parser.HTMLParser):
    """Collects the elements, attributes and text of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def check_html(label, text):
    reader = HtmlReader()
    reader.feed(text)
    reader.close()
    for tag in ("script", "img", "iframe", "object", "embed", "link", "base", "form"):
        if tag in reader.tags:
            fail(label, "a <%s> element" % tag)
    for name, value in reader.attributes:
        if name.startswith("on") or (value and "javascript:" in value.lower()):
            fail(label, "an attribute %s=%r" % (name, value))
    body = "".join(reader.text)
    if "<script>alert(1)</script>" not in body:
        fail(label, "the hostile title is not shown as text")
    xmllint(label, text)


# The elements of the summary's own Markdown; anything else came from a plan text.
SUMMARY_MARKDOWN_TAGS = {"p", "strong", "code", "h1", "h2", "h3", "h4", "ul", "li", "table", "thead",
                         "tbody", "tr", "th", "td"}


def check_markdown(label, text):
    # Raw HTML allowed (--unsafe) and GitHub's autolinks: whatever plancheck
    # failed to escape would show as an element.
    proc = subprocess.run(["cmark-gfm", "--unsafe", "--extension", "table", "--extension", "autolink",
                           "--extension", "strikethrough"], input=text.encode("utf-8"),
                          capture_output=True, check=True)
    rendered = proc.stdout.decode("utf-8")
    reader = HtmlReader()
    reader.feed(rendered)
    for tag in sorted(set(reader.tags) - SUMMARY_MARKDOWN_TAGS):
        fail(label, "plan text became a <%s> element" % tag)
    for name, value in reader.attributes:
        if name != "align":
            fail(label, "an attribute %s=%r" % (name, value))
    try:
        root = ET.fromstring("<root>" + rendered + "</root>")
    except ET.ParseError as e:
        fail(label, "cmark-gfm's HTML does not parse: %s" % e)
        return
    for code in root.iter("code"):
        if not re.fullmatch(r"[a-z-]+/[a-z-]+", code.text or ""):
            fail(label, "plan text became code: %r" % code.text)
    for table in root.iter("table"):
        width = len(table.findall("./thead/tr/th"))
        for row in table.findall("./tbody/tr"):
            if len(row.findall("td")) != width:
                fail(label, "a table row of %d cells under %d headers" % (len(row.findall("td")), width))
    if "<script>alert(1)</script>" not in "".join(root.itertext()):
        fail(label, "the hostile title is not shown as text")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.plancheck)
    for tool in ("xmllint", "cmark-gfm"):
        if shutil.which(tool) is None:
            fail("setup", "%s is missing (make deps installs it)" % tool)
            return 1
    with open(os.path.join(ROOT, "schemas", "report.schema.json"), encoding="utf-8") as f:
        report_schema = json.load(f)
    with open(os.path.join(ROOT, "schemas", "summary.schema.json"), encoding="utf-8") as f:
        summary_schema = json.load(f)
    tmp = tempfile.mkdtemp(prefix="plancheck-output-safety-")
    try:
        write_plan_set(tmp)
        for lang in ("en", "nb"):
            base = ["--lang", lang, "check", "--format"]
            doc = check_json("json " + lang, run(binary, base + ["json", "plans"], tmp, 1), report_schema)
            findings = len(doc["findings"]) if doc else 0
            if doc and not any(f["accepted"] for f in doc["findings"]):
                fail("json " + lang, "no accepted finding: the deviation texts are not shown")
            check_json("gitlab " + lang, run(binary, base + ["gitlab", "plans"], tmp, 1))
            check_sarif("sarif " + lang, run(binary, base + ["sarif", "plans"], tmp, 1))
            check_junit("junit " + lang, run(binary, base + ["junit", "plans"], tmp, 1))
            check_github("github " + lang, run(binary, base + ["github", "plans"], tmp, 1), findings)
            for fmt in ("text", "short"):
                text = run(binary, base + [fmt, "plans"], tmp, 1)
                if "alert(1)" not in text:
                    fail(fmt, "the hostile texts are not in the output")
            for year in ([], ["--year", "all"]):
                summary = ["--lang", lang, "summary"] + year + ["--format"]
                label = "summary %s %s" % (lang, " ".join(year))
                check_json(label + " json", run(binary, summary + ["json", "plans"], tmp, 0),
                           summary_schema)
                check_html(label + " html", run(binary, summary + ["html", "plans"], tmp, 0))
                check_markdown(label + " markdown", run(binary, summary + ["markdown", "plans"], tmp, 0))
                run(binary, summary + ["text", "plans"], tmp, 0)
    finally:
        shutil.rmtree(tmp)
    for p in problems:
        print("FAIL: " + p)
    print("output safety: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
