#!/usr/bin/env python3
"""The JSON Schemas in schemas/ and the checker agree.

1. schemas/<kind>.schema.json is exactly what `plancheck schema <kind> --lang
   nb` prints, and schemas/en/<kind>.schema.json what `--lang en` prints
   (both come from the same field tables; this catches a stale commit); the
   two differ in their titles and descriptions only, and every description
   of the Norwegian one is translated.
2. Every plan file under examples/ and tests/ is validated against its
   schema with an independent validator (python3-jsonschema) and compared
   with what plancheck says of the same file:
   - no syntax/* or schema/* finding from plancheck -> the schema accepts it;
   - a structural finding (unknown key, missing key, wrong kind of node:
     map, list or single value) -> the schema rejects it.
   Findings about the form of a value that the schema cannot see the same
   way (money written '010', dates such as 2024-02-30, duplicate keys, which
   PyYAML silently merges) are not compared.
"""

import json
import os
import subprocess
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["frame", "yearly-plan", "project-list"]


class PlanLoader(yaml.SafeLoader):
    """YAML as plancheck reads it: dates stay text (plancheck parses them itself)."""


PlanLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def plancheck_output(plancheck, args):
    env = dict(os.environ, LANG="C.UTF-8")
    return subprocess.run([plancheck] + args, capture_output=True, env=env, timeout=300).stdout.decode(
        "utf-8", "replace")


def without_words(schema):
    """The schema with its title and descriptions left out: what validation sees."""
    if isinstance(schema, dict):
        return {k: without_words(v) for k, v in schema.items()
                if not (k in ("title", "description") and isinstance(v, str))}
    if isinstance(schema, list):
        return [without_words(v) for v in schema]
    return schema


def descriptions(schema, path=""):
    """(path, description) of every description in the schema."""
    if isinstance(schema, dict):
        for k, v in schema.items():
            if k == "description" and isinstance(v, str):
                yield path, v
            else:
                yield from descriptions(v, path + "/" + k)
    elif isinstance(schema, list):
        for i, v in enumerate(schema):
            yield from descriptions(v, "%s/%d" % (path, i))


def check_generated(plancheck):
    problems = []
    for kind in KINDS:
        generated = {}
        for lang, name in (("nb", kind + ".schema.json"), ("en", "en/" + kind + ".schema.json")):
            generated[lang] = plancheck_output(plancheck, ["schema", kind, "--lang", lang])
            with open(os.path.join(ROOT, "schemas", name), encoding="utf-8") as f:
                if f.read() != generated[lang]:
                    problems.append("schemas/%s is out of date: run `make schemas`" % name)
            jsonschema.Draft7Validator.check_schema(json.loads(generated[lang]))
        nb, en = json.loads(generated["nb"]), json.loads(generated["en"])
        if without_words(nb) != without_words(en):
            problems.append("the nb and en schemas of %s differ in more than their words" % kind)
        english = dict(descriptions(en))
        for path, text in descriptions(nb):
            if len(text) > 12 and text == english.get(path):
                problems.append("%s.schema.json%s is not translated: %r" % (kind, path, text))
    return problems


def plan_files():
    for top in ("examples", "tests"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                if not name.endswith((".yaml", ".yml")) or os.path.islink(path):
                    continue
                with open(path, "rb") as f:
                    head = f.read(1 << 20)
                if b"\nplancheck:" in b"\n" + head.lstrip(b"\xef\xbb\xbf"):
                    yield path


def findings_by_file(plancheck, paths):
    """rule ids and messages plancheck reports, per file (short format, English)."""
    out = {}
    for line in plancheck_output(plancheck, ["check", "--format", "short", "--lang", "en"] + paths).splitlines():
        head, sep, rest = line.partition(": ")
        if not sep:
            continue
        path = head.split(":")[0]
        rule = rest[rest.find("[") + 1:rest.find("]")]
        message = rest[rest.find("]: ") + 3:]
        out.setdefault(os.path.normpath(os.path.join(ROOT, path)), []).append((rule, message))
    return out


STRUCTURAL = ("schema/unknown-key", "schema/missing")


def expectation(findings):
    """True: the schema must accept; False: must reject; None: not compared."""
    relevant = [(r, m) for r, m in findings if r.startswith(("syntax/", "schema/", "file/"))]
    if not relevant:
        return True
    for rule, message in relevant:
        if rule in STRUCTURAL or (rule == "schema/type" and message.startswith("expected ")):
            return False
    return None


def main():
    plancheck = sys.argv[1]
    problems = check_generated(plancheck)
    schemas = {k: json.load(open(os.path.join(ROOT, "schemas", k + ".schema.json"))) for k in KINDS}
    files = list(plan_files())
    os.chdir(ROOT)
    findings = findings_by_file(plancheck, [os.path.relpath(p, ROOT) for p in files])
    compared = 0
    for path in files:
        expected = expectation(findings.get(os.path.normpath(path), []))
        if expected is None:
            continue
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.load(f, Loader=PlanLoader)
        except (yaml.YAMLError, UnicodeDecodeError):
            if expected:
                problems.append("%s: plancheck accepts it but PyYAML cannot read it" % path)
            continue
        kind = data.get("kind") if isinstance(data, dict) else None
        if kind not in schemas:
            if expected:
                problems.append("%s: no kind plancheck knows, yet plancheck accepts it" % path)
            continue
        errors = list(jsonschema.Draft7Validator(schemas[kind]).iter_errors(data))
        compared += 1
        rel = os.path.relpath(path, ROOT)
        if expected and errors:
            problems.append("%s: plancheck accepts it, the schema rejects it: %s" % (rel, errors[0].message))
        if not expected and not errors:
            problems.append("%s: plancheck rejects its structure, the schema accepts it" % rel)
    for p in problems:
        print("FAIL: " + p)
    print("%d plan files compared with the schemas, %d problems" % (compared, len(problems)))
    sys.exit(1 if problems or compared == 0 else 0)


if __name__ == "__main__":
    main()
