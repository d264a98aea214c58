#!/usr/bin/env python3
"""`plancheck init` and `plancheck new-year` end to end, in temporary folders.

  scaffold.py --plancheck BIN

- init: the templates parse as YAML (they are reviewed as YAML files);
  the new repository fails `plancheck check` with placeholder/left on each
  value that still says FYLL INN and nothing else, and once they are filled
  in it passes with no finding at all, in both languages; its schemas are
  the program's; it never overwrites (in a folder that has some of its
  files, it adds the others and leaves those as they were), and an
  unwritable place leaves nothing behind.
- new-year: on the Lillehammer example 2025 is the year after the period, with no next frame (exit 2,
  nothing written); with the period moved to 2025 the draft and the year's
  project list pass `check` with no error or warning; it never overwrites a file, refuses a year that
  has a plan, and the money adds up exactly (measures + reserve +
  administration = income).
- init, then new-year for every later year of the period: each draft passes.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message)


def run(binary, args, cwd):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = "C.UTF-8"
    proc = subprocess.run([binary] + args, cwd=cwd, capture_output=True, text=True, env=env, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def tree(folder):
    """Every file under `folder`, with its content."""
    out = {}
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, folder)] = f.read()
    return out


def money(text):
    return int(re.sub(r"[ _\u00a0]", "", str(text)))


def check_clean(binary, folder, what, allow_notes=False):
    code, out, err = run(binary, ["check", "--format", "short", "--lang", "en", "."], folder)
    # Findings the council accepted (the example's deviation) do not count.
    findings = [l for l in out.splitlines()
                if re.search(r": (error|warning|note)\[", l) and "[accepted " not in l]
    if not allow_notes:
        bad = findings
    else:
        bad = [l for l in findings if ": note[" not in l]
    if code != 0 or bad:
        fail("%s does not pass plancheck check (exit %d):\n%s%s" % (what, code, out, err))


def fill_in(folder):
    """Replaces every FYLL INN placeholder in the YAML files under `folder`, as a council would."""
    for dirpath, _, names in os.walk(folder):
        for name in names:
            if not name.endswith(".yaml"):
                continue
            path = os.path.join(dirpath, name)
            text = open(path, encoding="utf-8").read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(re.sub(r"FYLL INN: ?", "Utfylt ", text))


def check_placeholders_only(binary, folder, what):
    """`check` fails, and every finding is placeholder/left."""
    code, out, err = run(binary, ["check", "--format", "short", "--lang", "en", "."], folder)
    findings = [l for l in out.splitlines() if re.search(r": (error|warning|note)\[", l)]
    others = [l for l in findings if "[placeholder/left]" not in l]
    if code != 1 or not findings or others:
        fail("%s: expected only placeholder/left findings (exit %d):\n%s%s" % (what, code, out, err))


def test_templates():
    folder = os.path.join(ROOT, "src", "scaffold", "templates")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                try:
                    yaml.safe_load(f)
                except yaml.YAMLError as e:
                    fail("template %s is not YAML: %s" % (name, e))


def test_init(binary, tmp):
    for lang in ("nb", "en"):
        code, out, err = run(binary, ["--lang", lang, "init", "--year", "2025", "repo-" + lang], tmp)
        if code != 0 or err:
            fail("init (%s) exited %d: %s" % (lang, code, err))
        repo = os.path.join(tmp, "repo-" + lang)
        check_placeholders_only(binary, repo, "the repository init made")
        files = tree(repo)
        fill_in(repo)
        check_clean(binary, repo, "the repository init made, filled in")
        for path in ("strategisk-handlingsplan.yaml", "2025/budsjett-og-tiltaksplan-2025.yaml",
                     "2025/prosjektliste-2025.yaml", "README.md", ".github/workflows/plancheck.yml",
                     "schemas/frame.schema.json", "schemas/yearly-plan.schema.json",
                     "schemas/project-list.schema.json"):
            if path not in files:
                fail("init did not write %s" % path)
        for kind in ("frame", "yearly-plan", "project-list"):
            # In Norwegian, the users' language, whatever --lang init ran with.
            _, schema, _ = run(binary, ["schema", kind, "--lang", "nb"], tmp)
            if files.get("schemas/%s.schema.json" % kind, b"").decode() != schema:
                fail("init's schemas/%s.schema.json is not `plancheck schema %s --lang nb`"
                     % (kind, kind))
        if b"__" in b"".join(files.values()):
            fail("a placeholder __NAME__ is left in the files init wrote")
        # The workflow uses the plancheck action (tests/action.py runs it), never a submodule.
        with open(os.path.join(ROOT, "examples", "ci", "github-actions.yml"), "rb") as f:
            if files[".github/workflows/plancheck.yml"] != f.read():
                fail("init's workflow is not examples/ci/github-actions.yml")
        workflow = yaml.safe_load(files[".github/workflows/plancheck.yml"])
        uses = [s.get("uses") for s in workflow["jobs"]["check-plans"]["steps"]]
        if uses != ["actions/checkout@v4", "plancheck/plancheck@v0"]:
            fail("init's workflow runs %s, not the checkout and the plancheck action" % uses)
        if b"submodule" in b"".join(files.values()).lower() or b"undermodul" in b"".join(files.values()):
            fail("a file init wrote mentions a submodule")
        frame = yaml.safe_load(files["strategisk-handlingsplan.yaml"])
        if frame["period"] != {"from": 2025, "to": 2028, "label": "2025–2028"}:
            fail("init's period is %r" % frame["period"])
    # Never overwrites: an existing file is left as it was, the others are added.
    for existing in ("README.md", "2025/prosjektliste-2025.yaml", "schemas/frame.schema.json"):
        repo = os.path.join(tmp, "taken")
        shutil.rmtree(repo, ignore_errors=True)
        os.makedirs(os.path.dirname(os.path.join(repo, existing)), exist_ok=True)
        with open(os.path.join(repo, existing), "w") as f:
            f.write("mine\n")
        code, out, err = run(binary, ["init", "--year", "2025", "taken"], tmp)
        if code != 0 or "Left as they were" not in out or existing not in out.split("Left as they were")[1] or err:
            fail("init beside an existing %s: exit %d, %r %r" % (existing, code, out, err))
        files = tree(repo)
        if files.get(existing) != b"mine\n":
            fail("init beside an existing %s changed it" % existing)
        if len(files) != 8:
            fail("init beside an existing %s wrote %d files, not the 7 missing" % (existing, len(files) - 1))
    # A place that cannot be written: nothing is left behind.
    blocked = os.path.join(tmp, "blocked")
    with open(blocked, "w") as f:
        f.write("a file, not a folder\n")
    code, _, err = run(binary, ["init", os.path.join("blocked", "repo")], tmp)
    if code != 2 or "nothing was written" not in err:
        fail("init below a file: exit %d, %r" % (code, err))
    code, _, err = run(binary, ["init", "--year", "20x5", "other"], tmp)
    if code != 2 or os.path.exists(os.path.join(tmp, "other")):
        fail("init --year 20x5: exit %d, %r" % (code, err))


def plan_sums(path):
    plan = yaml.safe_load(open(path, encoding="utf-8"))
    income = sum(money(p["amount"]) for p in plan["income"]["partners"]) + money(plan["income"]["carried-over"])
    spent = money(plan["administration"]["amount"]) + sum(money(m["amount"]) for m in plan["measures"])
    spent += money(plan["reserve"]["amount"]) if "reserve" in plan else 0
    return income, spent


def test_new_year_lillehammer(binary, tmp):
    repo = os.path.join(tmp, "lillehammer")
    shutil.copytree(os.path.join(ROOT, "examples", "lillehammer"), repo)
    before = tree(repo)
    code, out, err = run(binary, ["new-year", "2025"], repo)
    if code != 2 or "first year after the period 2021–2024" not in err or tree(repo) != before:
        fail("new-year 2025 on the example: exit %d, %r" % (code, err))
    code, out, err = run(binary, ["new-year", "2024"], repo)
    if code != 2 or "yearly plan for 2024 already" not in err or tree(repo) != before:
        fail("new-year 2024 on the example: exit %d, %r" % (code, err))
    frame = os.path.join(repo, "strategisk-handlingsplan-2021-25.yaml")
    text = open(frame, encoding="utf-8").read()
    with open(frame, "w", encoding="utf-8") as f:
        f.write(text.replace("  from: 2021\n  to: 2024\n", "  from: 2021\n  to: 2025\n"))
    for lang in ("en", "nb"):
        target = os.path.join(repo, "2025", "budsjett-og-tiltaksplan-2025.yaml")
        if os.path.exists(target):
            os.remove(target)
        code, out, err = run(binary, ["--lang", lang, "new-year", "2025"], repo)
        if code != 0 or err or not os.path.exists(target):
            fail("new-year 2025 (%s) with the period to 2025: exit %d, %r %r" % (lang, code, out, err))
            continue
        check_clean(binary, repo, "the example with the %s draft for 2025" % lang)
        income, spent = plan_sums(target)
        if income != spent:
            fail("the 2025 draft has income %d but spends %d" % (income, spent))
        draft = open(target, "rb").read()
        code, out, err = run(binary, ["new-year", "2025", "2025/budsjett-og-tiltaksplan-2025.yaml",
                                      "--plans", "strategisk-handlingsplan-2021-25.yaml"], repo)
        if code != 2 or "exists already" not in err or open(target, "rb").read() != draft:
            fail("new-year over an existing file: exit %d, %r" % (code, err))


def test_new_year_chain(binary, tmp):
    """init, then each later year drafted from the one before, with closed project lists."""
    code, _, err = run(binary, ["init", "--year", "2030", "chain"], tmp)
    repo = os.path.join(tmp, "chain")
    fill_in(repo)
    for year in (2031, 2032, 2033):
        prev_list = os.path.join(repo, str(year - 1), "prosjektliste-%d.yaml" % (year - 1))
        if os.path.exists(prev_list):
            text = open(prev_list, encoding="utf-8").read()
            with open(prev_list, "w", encoding="utf-8") as f:
                f.write(text.replace("status: open", "status: closed"))
        code, out, err = run(binary, ["new-year", str(year)], repo)
        if code != 0:
            fail("new-year %d after init: exit %d, %r %r" % (year, code, out, err))
            return
        check_clean(binary, repo, "the repository with the drafts up to %d" % year, allow_notes=True)
        income, spent = plan_sums(os.path.join(repo, str(year), "budsjett-og-tiltaksplan-%d.yaml" % year))
        if income != spent:
            fail("the %d draft has income %d but spends %d" % (year, income, spent))
    code, out, err = run(binary, ["new-year", "2034"], repo)
    if code != 2 or "first year after the period" not in err:
        fail("new-year 2034 after a 2030–2033 init: exit %d, %r" % (code, err))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.plancheck)
    tmp = tempfile.mkdtemp(prefix="plancheck-scaffold-")
    try:
        test_templates()
        test_init(binary, tmp)
        test_new_year_lillehammer(binary, tmp)
        test_new_year_chain(binary, tmp)
    finally:
        shutil.rmtree(tmp)
    print("scaffold: %d problems" % len(FAILURES))
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
