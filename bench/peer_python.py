#!/usr/bin/python3
"""A peer of plancheck for `make bench`: validates plan files against schemas/
with python3-yaml and python3-jsonschema, the way a council's own script
would. It checks structure only (keys, types, patterns), not the rules.

    peer_python.py SCHEMAS_DIR PATH...

Walks PATH for *.yaml and *.yml files (skipping hidden entries, as plancheck
does), reads the `kind:` of each and validates it against
SCHEMAS_DIR/<kind>.schema.json (files without a known kind are skipped).
Dates stay text, as plancheck and the schemas read them (the same loader as
tests/schemas.py). PyYAML's pure-Python SafeLoader is used, as yaml.safe_load
does; PEER_PYTHON_LOADER=c uses the libyaml-based CSafeLoader instead.
Prints "<files> files, <invalid> invalid"; exit code 0, or 1 when a file is
invalid.
"""

import json
import os
import sys

import jsonschema
import yaml

KINDS = ("frame", "yearly-plan", "project-list")
BASE = yaml.CSafeLoader if os.environ.get("PEER_PYTHON_LOADER") == "c" else yaml.SafeLoader


class PlanLoader(BASE):
    """YAML as plancheck reads it: dates stay text (plancheck parses them itself)."""


PlanLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in BASE.yaml_implicit_resolvers.items()
}


def yaml_files(path):
    if not os.path.isdir(path):
        yield path
        return
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                yield os.path.join(dirpath, name)


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: peer_python.py SCHEMAS_DIR PATH...")
    validators = {}
    for kind in KINDS:
        with open(os.path.join(sys.argv[1], kind + ".schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        validators[kind] = jsonschema.Draft7Validator(
            schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    files = invalid = 0
    for path in sys.argv[2:]:
        for name in yaml_files(path):
            with open(name, encoding="utf-8") as f:
                data = yaml.load(f, Loader=PlanLoader)
            validator = validators.get(data.get("kind")) if isinstance(data, dict) else None
            if validator is None:
                continue
            files += 1
            errors = list(validator.iter_errors(data))
            if errors:
                invalid += 1
                print("%s: %s" % (name, errors[0].message), file=sys.stderr)
    print("%d files, %d invalid" % (files, invalid))
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
