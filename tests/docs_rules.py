#!/usr/bin/env python3
"""docs/rules.md is what `plancheck rules --format markdown --lang en` prints.

  docs_rules.py --plancheck BIN

Fails, with a diff, when a rule, its texts or its examples changed and
docs/rules.md was not regenerated (`make docs`, or
PLANCHECK_UPDATE_GOLDEN=1 to rewrite it here).
"""

import argparse
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "rules.md")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = "C.UTF-8"
    actual = subprocess.run([args.plancheck, "rules", "--format", "markdown", "--lang", "en"],
                            capture_output=True, text=True, check=True, env=env).stdout
    if os.environ.get("PLANCHECK_UPDATE_GOLDEN") == "1":
        with open(DOC, "w", encoding="utf-8") as f:
            f.write(actual)
    try:
        with open(DOC, encoding="utf-8") as f:
            committed = f.read()
    except FileNotFoundError:
        committed = ""
    if committed == actual:
        print("docs/rules.md is up to date")
        return
    sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), actual.splitlines(True),
                                               "docs/rules.md", "plancheck rules --format markdown"))
    print("FAIL: docs/rules.md is out of date; run `make docs` and commit it")
    sys.exit(1)


if __name__ == "__main__":
    main()
