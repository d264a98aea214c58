#!/usr/bin/env python3
"""The machine-readable formats of `plancheck check`, read back with real parsers.

  formats.py --plancheck BIN

Runs plancheck on the fixtures under tests/cli/formats/ and checks each format
with an independent reader:

- json:   python json + jsonschema against schemas/report.schema.json (draft-07)
- sarif:  the official SARIF 2.1.0 schema (../shared/conformance/), plus what
          code scanning relies on: rule indexes, snippets at the stated
          code-point columns, fingerprints, suppressions
- junit:  xmllint --schema ../shared/conformance/junit-10.xsd, plus
          ElementTree: one suite per file, one case per rule, unique
          classname + name, a failure per failing finding
- github: each line parsed back the way the Actions runner parses workflow
          commands; $GITHUB_STEP_SUMMARY is appended to, never overwritten
- gitlab: the Code Quality fields GitLab reads

The pre-commit hook (.pre-commit-hooks.yaml) is run as written on the
Lillehammer example; the GitHub and GitLab set-ups (examples/ci/*.yml) use
the action and the template, which tests/action.py and tests/gitlab_ci.py run.

And, for every format: the same exit code (0 clean or warnings only, 1 with
errors or under --strict, 2 on usage errors), identical bytes in two runs,
and several formats in one run (text to stdout, the others to files) equal
to separate runs. The conformance files are optional: without them those
checks print SKIP and the rest still runs.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree as ET

import jsonschema
import shlex
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "cli", "formats")
PLANS = os.path.join(FIXTURES, "plans")
WARNINGS_ONLY = os.path.join(FIXTURES, "warnings-only")
ESCAPING = os.path.join(FIXTURES, "github-escaping")
CONFORMANCE = os.path.join(os.path.dirname(ROOT), "shared", "conformance")
SARIF_SCHEMA = os.path.join(CONFORMANCE, "sarif-schema-2.1.0.json")
JUNIT_XSD = os.path.join(CONFORMANCE, "junit-10.xsd")
FORMATS = ["github", "gitlab", "json", "junit", "sarif", "short", "text"]

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("NO_COLOR", "GITHUB_STEP_SUMMARY", "LANGUAGE")}
    env["LANG"] = "C.UTF-8"
    env["TERM"] = "dumb"
    env.update(extra)
    return env


class Plancheck:
    def __init__(self, binary):
        self.binary = binary

    def run(self, args, cwd, env=None):
        proc = subprocess.run([self.binary] + args, cwd=cwd, capture_output=True,
                              env=env or environment(), timeout=120)
        return proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), proc.returncode

    def check(self, fmt, path, lang="en", strict=False, env=None):
        args = ["--lang", lang, "check", "--format", fmt] + (["--strict"] if strict else []) + ["."]
        return self.run(args, path, env)

    def rule_ids(self):
        out, _, _ = self.run(["rules", "--format", "json"], ROOT)
        return [r["id"] for r in json.loads(out)["rules"]]


def copy_fixture(source, tmp, name):
    target = os.path.join(tmp, name)
    shutil.copytree(source, target, symlinks=True)
    return target


def escaping_fixture(tmp):
    """tests/cli/formats/github-escaping with its setup.sh applied."""
    path = copy_fixture(ESCAPING, tmp, "escaping")
    subprocess.run(["sh", "setup.sh"], cwd=path, check=True)
    os.remove(os.path.join(path, "setup.sh"))
    for name in ("cmd", "expected"):
        if os.path.exists(os.path.join(path, name)):
            os.remove(os.path.join(path, name))
    return path


def control_fixture(tmp):
    """The warnings-only set plus a key holding C0 control characters (BEL, ESC),
    which XML 1.0 forbids and JSON must escape."""
    path = copy_fixture(WARNINGS_ONLY, tmp, "control")
    plan = os.path.join(path, "plan-2021.yaml")
    with open(plan, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("    amount: 1 960 000\n",
                        '    amount: 1 960 000\n    "bell\\aescape\\e[31m <&>": 1\n', 1)
    check("bell" in text, "control fixture: the key was not added")
    # A line of 5000 code points with a finding at its end: SARIF leaves out the
    # line as context rather than repeat it in every result.
    long_title = "Regionale ungdomstiltak " + "æ" * 5000
    text = text.replace("title: Regionale ungdomstiltak, priority: ovrig, amount: 100 000}",
                        "title: %s, priority: ovrig, amount: 100 000, descripton: x}" % long_title, 1)
    check(long_title in text, "control fixture: the long line was not added")
    with open(plan, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# --- json ---------------------------------------------------------------------------------

def json_report(pc, path, lang="en", strict=False):
    out, err, code = pc.check("json", path, lang, strict)
    check(err == "", "json: stderr not empty: %r" % err)
    return json.loads(out), code


def check_json(pc, schema, path, label):
    validator = jsonschema.Draft7Validator(schema)
    reports = {}
    for lang in ("en", "nb"):
        for strict in (False, True):
            doc, code = json_report(pc, path, lang, strict)
            errors = sorted(validator.iter_errors(doc), key=str)
            check(not errors, "json %s %s strict=%s: not valid against report.schema.json: %s"
                  % (label, lang, strict, errors[:1]))
            findings = doc["findings"]
            counts = {"errors": 0, "warnings": 0, "notes": 0, "accepted": 0}
            for f in findings:
                counts["accepted" if f["accepted"] else f["severity"] + "s"] += 1
                fails = f["accepted"] is None and (f["severity"] == "error" or
                                                   (strict and f["severity"] == "warning"))
                check(f["fails"] == fails, "json %s: 'fails' wrong for %s" % (label, f["rule"]))
            check(doc["counts"] == counts, "json %s: counts %s, findings say %s"
                  % (label, doc["counts"], counts))
            check(doc["failed"] == (code == 1), "json %s: failed=%s but exit code %d"
                  % (label, doc["failed"], code))
            check(doc["failed"] == any(f["fails"] for f in findings), "json %s: failed" % label)
            prints = [f["fingerprint"] for f in findings]
            check(len(set(prints)) == len(prints), "json %s: fingerprints not unique" % label)
            keys = [(f["file"] or "", f["line"] or 0, f["column"] or 0, f["rule"]) for f in findings]
            check(keys == sorted(keys), "json %s: findings not sorted" % label)
            check(doc["language"] == lang and doc["strict"] == strict, "json %s: header" % label)
            reports[(lang, strict)] = doc
    en, nb = reports[("en", False)], reports[("nb", False)]
    check([f["fingerprint"] for f in en["findings"]] == [f["fingerprint"] for f in nb["findings"]],
          "json %s: fingerprints depend on the language" % label)
    return en


def check_json_fixture(doc):
    findings = doc["findings"]
    check(any(f["severity"] == "error" for f in findings), "fixture: no error")
    check(any(f["severity"] == "warning" and not f["accepted"] for f in findings), "fixture: no warning")
    check(any(f["severity"] == "note" for f in findings), "fixture: no note")
    check(any(f["accepted"] for f in findings), "fixture: no accepted deviation")
    check(any(r["file"] != f["file"] for f in findings for r in f["related"]),
          "fixture: no finding with a related location in another file")
    check(any(f["line"] is None for f in findings), "fixture: no whole-file finding")


def check_fingerprint_stability(pc, tmp):
    """An edit elsewhere in a file (a comment line added at the top) moves the
    findings but keeps their fingerprints."""
    path = copy_fixture(PLANS, tmp, "stability")
    before, _ = json_report(pc, path)
    plan = os.path.join(path, "2022", "plan-2022.yaml")
    with open(plan, encoding="utf-8") as f:
        text = f.read()
    with open(plan, "w", encoding="utf-8") as f:
        f.write("# A comment that moves every line down.\n" + text)
    after, _ = json_report(pc, path)
    moved = [(b, a) for b, a in zip(before["findings"], after["findings"])
             if b["file"] == "2022/plan-2022.yaml" and b["line"] is not None]
    check(moved and all(a["line"] == b["line"] + 1 for b, a in moved),
          "stability: the edit did not move the 2022 findings")
    check([f["fingerprint"] for f in before["findings"]] == [f["fingerprint"] for f in after["findings"]],
          "stability: fingerprints changed when lines moved")


# --- sarif --------------------------------------------------------------------------------

def code_points(text, start, end):
    return text[start - 1:end - 1]


def check_region(path, location, label):
    physical = location["physicalLocation"]
    region = physical.get("region")
    if region is None:
        return
    uri = urllib.parse.unquote(physical["artifactLocation"]["uri"])
    with open(os.path.join(path, uri), encoding="utf-8-sig") as f:
        line = f.read().split("\n")[region["startLine"] - 1].rstrip("\r")
    check(code_points(line, region["startColumn"], region["endColumn"]) == region["snippet"]["text"],
          "sarif %s: the snippet %r is not the text at the region's code-point columns"
          % (label, region["snippet"]["text"]))
    if len(line.encode("utf-8")) > 4096:
        check("contextRegion" not in physical, "sarif %s: a long line repeated as context" % label)
    else:
        check(physical["contextRegion"]["snippet"]["text"] == line, "sarif %s: context snippet" % label)


def check_sarif(pc, path, doc_json, rule_ids, label):
    out, err, code = pc.check("sarif", path)
    sarif = json.loads(out)
    if os.path.exists(SARIF_SCHEMA):
        with open(SARIF_SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
        for lang, doc in (("en", sarif), ("nb", json.loads(pc.check("sarif", path, "nb")[0]))):
            errors = sorted(validator.iter_errors(doc), key=str)
            check(not errors, "sarif %s %s: not valid SARIF 2.1.0: %s" % (label, lang, errors[:1]))
    else:
        print("SKIP: %s is absent; SARIF not validated against the official schema" % SARIF_SCHEMA)
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    check(run["columnKind"] == "unicodeCodePoints", "sarif: columnKind")
    check("informationUri" not in driver, "sarif: informationUri without a real address")
    check([r["id"] for r in driver["rules"]] == rule_ids, "sarif: driver.rules is not the rule table")
    for r in driver["rules"]:
        check(r["shortDescription"]["text"] and r["fullDescription"]["text"]
              and r["help"]["text"] and r["help"]["markdown"], "sarif: rule %s lacks texts" % r["id"])
    results = run["results"]
    check(len(results) == len(doc_json["findings"]), "sarif %s: result count" % label)
    for result, finding in zip(results, doc_json["findings"]):
        check(driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == finding["rule"],
              "sarif %s: ruleIndex/ruleId of %s" % (label, finding["rule"]))
        check(result["partialFingerprints"]["plancheck/v1"] == finding["fingerprint"],
              "sarif %s: fingerprint differs from the json one" % label)
        check(("suppressions" in result) == (finding["accepted"] is not None),
              "sarif %s: suppressions do not match accepted deviations" % label)
        if finding["accepted"]:
            s = result["suppressions"][0]
            check(s["kind"] == "external" and finding["accepted"]["case"] in s["justification"]
                  and finding["accepted"]["reason"] in s["justification"],
                  "sarif %s: suppression justification" % label)
        location = result["locations"][0]
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        check(urllib.parse.unquote(uri) == finding["file"] and " " not in uri,
              "sarif %s: uri %s" % (label, finding["file"]))
        if finding["line"] is not None:
            region = location["physicalLocation"]["region"]
            check([region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]]
                  == [finding["line"], finding["column"], finding["end_line"], finding["end_column"]],
                  "sarif %s: region of %s" % (label, finding["rule"]))
        for loc in result["locations"] + result.get("relatedLocations", []):
            check_region(path, loc, label)
        check(len(result.get("relatedLocations", [])) == len(finding["related"]),
              "sarif %s: related locations" % label)
    return code


# --- junit --------------------------------------------------------------------------------

def check_junit(pc, path, rule_ids, label, strict=False):
    out, err, code = pc.check("junit", path, strict=strict)
    doc, _ = json_report(pc, path, strict=strict)
    with tempfile.NamedTemporaryFile("w", suffix=".xml", encoding="utf-8", delete=False) as f:
        f.write(out)
        xml_path = f.name
    try:
        if os.path.exists(JUNIT_XSD):
            if check(shutil.which("xmllint") is not None, "junit: xmllint is missing (libxml2-utils)"):
                proc = subprocess.run(["xmllint", "--noout", "--schema", JUNIT_XSD, xml_path],
                                      capture_output=True, text=True)
                check(proc.returncode == 0, "junit %s: not valid against junit-10.xsd: %s"
                      % (label, proc.stderr.strip()))
        else:
            print("SKIP: %s is absent; JUnit not validated against the schema" % JUNIT_XSD)
    finally:
        os.remove(xml_path)
    try:
        root = ET.fromstring(out.encode("utf-8"))
    except ET.ParseError as e:
        check(False, "junit %s: not well-formed XML: %s" % (label, e))
        return code
    suites = root.findall("testsuite")
    files = sorted({f["file"] for f in doc["findings"]})
    names = [s.get("name") for s in suites]
    check(set(files) <= set(names), "junit %s: a file with findings has no suite" % label)
    pairs = set()
    failures = 0
    for s in suites:
        cases = s.findall("testcase")
        check([c.get("name") for c in cases] == rule_ids, "junit %s: suite %s is not one case per rule"
              % (label, s.get("name")))
        failed_cases = 0
        for c in cases:
            pair = (c.get("classname"), c.get("name"))
            check(pair not in pairs, "junit %s: duplicate classname+name %s" % (label, pair))
            pairs.add(pair)
            failed_cases += 1 if c.findall("failure") else 0
            failures += len(c.findall("failure"))
        check(int(s.get("failures")) == failed_cases, "junit %s: failures attribute" % label)
        check(int(s.get("tests")) == len(cases), "junit %s: tests attribute" % label)
    check(failures == sum(1 for f in doc["findings"] if f["fails"]),
          "junit %s: %d failures for %d failing findings"
          % (label, failures, sum(1 for f in doc["findings"] if f["fails"])))
    for f in doc["findings"]:
        suite = next(s for s in suites if s.get("name") == f["file"])
        case = next(c for c in suite.findall("testcase") if c.get("name") == f["rule"])
        text = "".join(e.text or "" for e in case)
        check(f["message"].replace("\r", "") in text.replace("\r", "")
              or "\ufffd" in text, "junit %s: message of %s missing" % (label, f["rule"]))
    return code


# --- github -------------------------------------------------------------------------------

def unescape_data(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(s):
    for token, replacement in (("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("%", "%25")):
        s = s.replace(replacement, token)
    return s


def visible(text):
    """What plancheck's terminal_safe() makes of text, line feeds kept: control
    characters as \\x1B or \\u009B, so that none reaches a log viewer."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02X" % o)
        elif 0x80 <= o < 0xA0:
            out.append("\\u%04X" % o)
        else:
            out.append(ch)
    return "".join(out)


def parse_command(line):
    """The runner's ActionCommand.TryParseV2: None when the line is no command."""
    line = line.lstrip()
    if not line.startswith("::"):
        return None
    end = line.find("::", 2)
    if end < 0:
        return None
    info = line[2:end]
    space = info.find(" ")
    name = info if space < 0 else info[:space]
    props = {}
    if space > 0:
        for prop in [p for p in info[space + 1:].strip().split(",") if p]:
            pair = [x for x in prop.split("=", 1) if x]
            if len(pair) == 2:
                props[pair[0]] = unescape_property(pair[1])
    return name, props, unescape_data(line[end + 2:])


def check_github(pc, path, label):
    out, err, code = pc.check("github", path)
    doc, _ = json_report(pc, path)
    lines = out.split("\n")
    check(lines[-1] == "", "github %s: output does not end with a line end" % label)
    commands = [parse_command(l) for l in lines[:-1]]
    parsed = [c for c in commands if c]
    check(all(commands[:-1]) and commands[-1] is None,
          "github %s: every line but the summary must be one command" % label)
    check(len(parsed) == len(doc["findings"]), "github %s: %d commands for %d findings"
          % (label, len(parsed), len(doc["findings"])))
    for (name, props, data), f in zip(parsed, doc["findings"]):
        expected = "notice" if f["accepted"] or f["severity"] == "note" else f["severity"]
        check(name == expected, "github %s: %s for a %s" % (label, name, f["severity"]))
        check(props.get("file") == f["file"], "github %s: file %r != %r" % (label, props.get("file"), f["file"]))
        if f["line"] is not None:
            check([props.get(k) for k in ("line", "col", "endLine", "endColumn")]
                  == [str(f[k]) for k in ("line", "column", "end_line", "end_column")],
                  "github %s: position of %s" % (label, f["rule"]))
        check(props.get("title", "").startswith(f["rule"] + ": "), "github %s: title" % label)
        check(data.startswith(visible(f["message"])), "github %s: data %r does not start with %r"
              % (label, data[:80], f["message"][:80]))
        check(not any(ord(c) < 0x20 and c not in "\n\t" for c in data),
              "github %s: a control character reached the annotation" % label)
        if f["accepted"]:
            check(visible(f["accepted"]["reason"]) in data, "github %s: decision missing" % label)
    return code, parsed


def check_github_escaping(pc, path):
    code, parsed = check_github(pc, path, "escaping")
    files = {p.get("file") for _, p, _ in parsed}
    check("plan, 2021: 100%.yaml" in files, "github escaping: the file name did not round-trip: %s" % files)
    check(any("'Ungdom\n::warning::x'" in d for _, _, d in parsed),
          "github escaping: the key with a line break did not round-trip")
    check([n for n, _, _ in parsed].count("warning") == 1, "github escaping: an injected command ran")


def check_step_summary(pc, tmp):
    summary = os.path.join(tmp, "step-summary.md")
    earlier = "## An earlier step\n\nIts summary stays.\n"
    with open(summary, "w", encoding="utf-8") as f:
        f.write(earlier)
    env = environment(GITHUB_STEP_SUMMARY=summary)
    pc.check("github", PLANS, env=env)
    with open(summary, encoding="utf-8") as f:
        once = f.read()
    doc, _ = json_report(pc, PLANS)
    check(once.startswith(earlier), "step summary: the earlier content was overwritten")
    added = once[len(earlier):]
    rows = [l for l in added.split("\n") if l.startswith("| ") and not l.startswith("| Severity")]
    check(len(rows) == len(doc["findings"]), "step summary: %d rows for %d findings"
          % (len(rows), len(doc["findings"])))
    check("The check failed." in added, "step summary: no status line")
    check("\n::" not in added and "<br>" in added, "step summary: line breaks not escaped")
    pc.check("github", PLANS, env=env)
    with open(summary, encoding="utf-8") as f:
        twice = f.read()
    check(twice == once + added, "step summary: a second run did not append")
    pc.check("json", PLANS, env=env)
    with open(summary, encoding="utf-8") as f:
        check(f.read() == twice, "step summary: written by a format without a job summary")
    missing = os.path.join(tmp, "no-such-folder", "summary.md")
    _, err, code = pc.check("github", PLANS, env=environment(GITHUB_STEP_SUMMARY=missing))
    check(code == 2 and "cannot write" in err, "step summary: an unwritable path gave exit %d" % code)
    # Not a regular file (a folder here; FIFOs in tests/hostile/reliability.py):
    # a warning, and the check's own exit code.
    _, err, code = pc.check("github", PLANS, env=environment(GITHUB_STEP_SUMMARY=tmp))
    check(code == 1 and "warning: GITHUB_STEP_SUMMARY" in err,
          "step summary: a folder gave exit %d, %r" % (code, err))


# --- gitlab -------------------------------------------------------------------------------

def check_gitlab(pc, path, label):
    out, err, code = pc.check("gitlab", path)
    issues = json.loads(out)
    doc, _ = json_report(pc, path)
    check(isinstance(issues, list) and len(issues) == len(doc["findings"]), "gitlab %s: count" % label)
    severity = {"error": "major", "warning": "minor", "note": "info"}
    for issue, f in zip(issues, doc["findings"]):
        for key in ("description", "check_name", "fingerprint", "severity", "location"):
            check(key in issue, "gitlab %s: no %s" % (label, key))
        check(issue["check_name"] == f["rule"] and issue["fingerprint"] == f["fingerprint"],
              "gitlab %s: check_name/fingerprint" % label)
        check(issue["severity"] == ("info" if f["accepted"] else severity[f["severity"]]),
              "gitlab %s: severity of %s" % (label, f["rule"]))
        check(issue["location"]["path"] == f["file"], "gitlab %s: path" % label)
        check(issue["location"]["lines"]["begin"] == (f["line"] or 1), "gitlab %s: line" % label)
        check(issue["description"].startswith(f["message"]), "gitlab %s: description" % label)
    prints = [i["fingerprint"] for i in issues]
    check(len(set(prints)) == len(prints), "gitlab %s: fingerprints not unique" % label)
    return code


# --- every format -------------------------------------------------------------------------

def check_exit_codes_and_determinism(pc):
    for fmt in FORMATS:
        for path, strict, expected in ((PLANS, False, 1), (WARNINGS_ONLY, False, 0),
                                       (WARNINGS_ONLY, True, 1)):
            first = pc.check(fmt, path, strict=strict)
            second = pc.check(fmt, path, strict=strict)
            check(first[2] == expected, "%s on %s (strict=%s): exit %d, expected %d"
                  % (fmt, os.path.basename(path), strict, first[2], expected))
            check(first == second, "%s on %s: two runs differ" % (fmt, os.path.basename(path)))
    _, err, code = pc.run(["check", "--format", "jsn", "."], PLANS)
    check(code == 2 and "'json'" in err, "unknown format: exit %d, %r" % (code, err))


def check_several_at_once(pc, tmp):
    out_dir = os.path.join(tmp, "out")
    os.mkdir(out_dir)
    args = ["--lang", "en", "check", "--format", "text",
            "--format", "sarif=" + os.path.join(out_dir, "plancheck.sarif"),
            "--format", "junit=" + os.path.join(out_dir, "junit.xml"),
            "--format", "json=" + os.path.join(out_dir, "report.json"),
            "--format", "gitlab=" + os.path.join(out_dir, "gl-code-quality.json"), "."]
    out, err, code = pc.run(args, PLANS)
    check(code == 1 and err == "", "several formats: exit %d, stderr %r" % (code, err))
    check(out == pc.check("text", PLANS)[0], "several formats: stdout differs from --format text")
    for fmt, name in (("sarif", "plancheck.sarif"), ("junit", "junit.xml"), ("json", "report.json"),
                      ("gitlab", "gl-code-quality.json")):
        with open(os.path.join(out_dir, name), encoding="utf-8") as f:
            check(f.read() == pc.check(fmt, PLANS)[0], "several formats: %s differs from its own run" % name)
    leftovers = [n for n in os.listdir(out_dir) if n.startswith(".")]
    check(not leftovers, "several formats: temporary files left: %s" % leftovers)
    _, err, code = pc.run(["check", "--format", "json=" + os.path.join(tmp, "missing", "r.json"), "."], PLANS)
    check(code == 2 and "cannot write" in err, "unwritable output: exit %d, %r" % (code, err))


# --- the CI set-ups users copy ---------------------------------------------------------

def validate_report(path, name, label):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if name.endswith(".sarif") and os.path.exists(SARIF_SCHEMA):
        with open(SARIF_SCHEMA, encoding="utf-8") as f:
            errors = list(jsonschema.Draft4Validator(json.load(f)).iter_errors(json.loads(text)))
        check(not errors, "%s: %s is not valid SARIF" % (label, name))
    elif name.endswith(".xml") and os.path.exists(JUNIT_XSD) and shutil.which("xmllint"):
        proc = subprocess.run(["xmllint", "--noout", "--schema", JUNIT_XSD, path], capture_output=True)
        check(proc.returncode == 0, "%s: %s is not valid JUnit" % (label, name))
    elif name.endswith(".json"):
        check(isinstance(json.loads(text), list), "%s: %s is not a Code Quality array" % (label, name))


def run_example(pc, args, label, reports, tmp):
    """Runs one example command in a copy of examples/lillehammer as the repository root."""
    repo = copy_fixture(os.path.join(ROOT, "examples", "lillehammer"), tmp, label.replace("/", "-"))
    summary = os.path.join(tmp, label.replace("/", "-") + "-summary.md")
    out, err, code = pc.run(args, repo, environment(GITHUB_STEP_SUMMARY=summary))
    check(code == 0 and err == "", "%s: `plancheck %s` on the Lillehammer example: exit %d, %r"
          % (label, " ".join(args), code, err))
    for name in reports:
        path = os.path.join(repo, name)
        if check(os.path.exists(path), "%s: the command does not write %s" % (label, name)):
            validate_report(path, name, label)
    if "github" in args:
        check(os.path.exists(summary), "%s: no step summary" % label)


def check_examples(pc, tmp):
    # The GitHub and GitLab set-ups use the action and the template, which
    # tests/action.py and tests/gitlab_ci.py run; here: that they do.
    with open(os.path.join(ROOT, "examples", "ci", "github-actions.yml"), encoding="utf-8") as f:
        steps = yaml.safe_load(f)["jobs"]["check-plans"]["steps"]
    check([s.get("uses", "").split("@")[0].count("/") for s in steps] == [1, 1]
          and steps[0]["uses"] == "actions/checkout@v4" and not any("run" in s for s in steps),
          "github-actions.yml: a checkout and the plancheck action, and nothing else")
    with open(os.path.join(ROOT, "examples", "ci", "gitlab-ci.yml"), encoding="utf-8") as f:
        config = yaml.safe_load(f)
    check(config["include"][0]["remote"].endswith("/ci/gitlab/plancheck.yml"),
          "gitlab-ci.yml: it includes the plancheck template")
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks = yaml.safe_load(f)
    hook = next(h for h in hooks if h["id"] == "plancheck")
    check(hook["language"] == "system" and hook["pass_filenames"] is False, "pre-commit hook settings")
    run_example(pc, shlex.split(hook["entry"])[1:] + hook.get("args", []), "pre-commit", [], tmp)
    # The set-ups themselves are not plan files: checking examples/ finds only
    # the Lillehammer plans.
    out, err, code = pc.run(["--lang", "en", "check", "--format", "short", "examples"], ROOT)
    check(code == 0 and "examples/ci" not in out + err, "examples/ci is read as plans: %r" % (out + err))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    pc = Plancheck(os.path.abspath(args.plancheck))
    with open(os.path.join(ROOT, "schemas", "report.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    rule_ids = pc.rule_ids()
    tmp = tempfile.mkdtemp(prefix="plancheck-formats-")
    try:
        control = control_fixture(tmp)
        escaping = escaping_fixture(tmp)
        for path, label in ((PLANS, "plans"), (WARNINGS_ONLY, "warnings-only"),
                            (control, "control characters"), (escaping, "escaping")):
            doc = check_json(pc, schema, path, label)
            if path == PLANS:
                check_json_fixture(doc)
            check_sarif(pc, path, doc, rule_ids, label)
            check_junit(pc, path, rule_ids, label)
            check_junit(pc, path, rule_ids, label + " strict", strict=True)
            check_github(pc, path, label)
            check_gitlab(pc, path, label)
        check_fingerprint_stability(pc, tmp)
        check_github_escaping(pc, escaping)
        check_step_summary(pc, tmp)
        check_exit_codes_and_determinism(pc)
        check_several_at_once(pc, tmp)
        check_examples(pc, tmp)
    finally:
        shutil.rmtree(tmp)
    for p in problems:
        print("FAIL: " + p)
    print("formats: %d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
