#!/usr/bin/env python3
"""`plancheck diff` read back with real parsers, and its --git mode.

  diff_check.py --plancheck BIN --workdir DIR

1. JSON: valid against schemas/diff.schema.json (jsonschema) in both
   languages, and the planted changes of tests/diff/ are there with the
   right amounts (tests/diff/README.md lists them); exit codes 1, 0 and,
   with --strict, 1 for a warning introduced.
2. Markdown: starts with the comment marker the CI action looks for, and
   cmark-gfm renders its tables as tables.
3. --git: in a git repository made under DIR (in the build directory),
   with tests/diff/before committed and tests/diff/after in the working
   tree, the diff equals the one of the two folders (but for the labels);
   nothing in the repository changes (files under .git, git status); an
   unknown revision, a directory outside any repository, and a revision
   that looks like an option are usage errors (exit 2) in both languages;
   a revision without plan files is a plan set without files.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEFORE = os.path.join(ROOT, "tests", "diff", "before")
AFTER = os.path.join(ROOT, "tests", "diff", "after")
FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAIL: " + what)


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LC_", "GIT_")) and k not in ("LANGUAGE", "NO_COLOR")}
    env.update(LANG="C.UTF-8", TERM="dumb", GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
    env.update(extra)
    return env


def run(plancheck, args, cwd=None, env=None):
    proc = subprocess.run([plancheck] + args, cwd=cwd, capture_output=True, timeout=120,
                          env=env or environment())
    return proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), proc.returncode


def amounts(doc, year, measure):
    for frame in doc["frames"]:
        for y in frame["years"]:
            if y["year"] != year:
                continue
            for m in y["measures"]:
                if m["id"] == measure:
                    return m["change"], m["amount"]
    return None, None


def check_json(plancheck, schema):
    for lang in ("en", "nb"):
        out, err, code = run(plancheck, ["diff", "--lang", lang, "--format", "json", BEFORE, AFTER])
        check(code == 1, "json %s: exit %d, %s" % (lang, code, err))
        doc = json.loads(out)
        jsonschema.validate(doc, schema)
        check(amounts(doc, 2024, "snowball") == ("changed", {"before": 400000, "after": 700000,
                                                             "difference": 300000}),
              "json %s: snowball %r" % (lang, amounts(doc, 2024, "snowball")))
        check(amounts(doc, 2024, "reiselivsstrategi")[0] == "added", "json: reiselivsstrategi not added")
        check(amounts(doc, 2024, "tverridrett") == ("removed", {"before": 30000, "after": None,
                                                                "difference": None}),
              "json: tverridrett %r" % (amounts(doc, 2024, "tverridrett"),))
        introduced = {f["rule"] for f in doc["findings"]["introduced"]["list"]}
        resolved = {f["rule"] for f in doc["findings"]["resolved"]["list"]}
        check("budget/overrun" in introduced and "share/year" in introduced,
              "json: introduced %r" % introduced)
        check(resolved == {"operations/funded"}, "json: resolved %r" % resolved)
        check(doc["fails"] is True, "json: fails is not true")
    for args, expected in ((["diff", AFTER, BEFORE], 0), (["diff", "--strict", AFTER, BEFORE], 1),
                           (["diff", BEFORE, BEFORE], 0)):
        out, err, code = run(plancheck, args + ["--format", "json"])
        check(code == expected, "%s: exit %d, not %d" % (" ".join(args), code, expected))
        jsonschema.validate(json.loads(out), schema)


def check_markdown(plancheck):
    out, err, code = run(plancheck, ["diff", "--lang", "nb", "--format", "markdown", BEFORE, AFTER])
    check(out.startswith("<!-- plancheck-diff -->\n"), "markdown: no comment marker first")
    html = subprocess.run(["cmark-gfm", "--extension", "table"], input=out.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8")
    tables = out.count("\n| :--- |")
    check(tables >= 4 and html.count("<table>") == tables,
          "markdown: %d tables written, %d rendered" % (tables, html.count("<table>")))
    check("|" not in html.replace("<table>", ""), "markdown: a table row was not rendered as one")


def git(repo, *args):
    subprocess.run(["git"] + list(args), cwd=repo, check=True, capture_output=True, env=environment(
        GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org"))


def snapshot(repo):
    """Every file under the repository with its size and modification time, and git status."""
    files = {}
    for dirpath, _, filenames in os.walk(repo):
        for name in filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            files[os.path.relpath(path, repo)] = (st.st_size, st.st_mtime_ns)
    # --no-optional-locks: git status would otherwise refresh the index itself.
    status = subprocess.run(["git", "--no-optional-locks", "status", "--porcelain"], cwd=repo,
                            capture_output=True,
                            env=environment()).stdout
    return files, status


def make_repo(workdir):
    repo = os.path.join(workdir, "repo")
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    os.makedirs(os.path.join(repo, "docs"))
    with open(os.path.join(repo, "docs", "README.md"), "w") as f:
        f.write("No plans yet.\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "empty")
    git(repo, "tag", "empty")
    shutil.copytree(BEFORE, os.path.join(repo, "plans"))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "before")
    shutil.rmtree(os.path.join(repo, "plans"))
    shutil.copytree(AFTER, os.path.join(repo, "plans"))
    return repo


def comparable(doc, prefixes):
    """The JSON diff without the sides' labels, file paths made relative to the plan folders."""
    doc = dict(doc)
    for side in ("before", "after"):
        doc[side] = dict(doc[side], label=None)
    for kind in ("introduced", "resolved"):
        for f in doc["findings"][kind]["list"]:
            for prefix in prefixes:
                if f["file"] and f["file"].startswith(prefix):
                    f["file"] = f["file"][len(prefix):]
    return doc


def json_diff(plancheck, args, cwd):
    out, err, code = run(plancheck, ["diff", "--lang", "en", "--format", "json"] + args, cwd=cwd)
    return json.loads(out) if out else None, err, code


def check_git(plancheck, workdir, schema):
    repo = make_repo(workdir)
    # git status refreshes the index once, so that only plancheck could change it later.
    subprocess.run(["git", "status"], cwd=repo, capture_output=True, env=environment())
    before = snapshot(repo)
    folders, _, _ = json_diff(plancheck, [BEFORE, AFTER], repo)
    folders = comparable(folders, [BEFORE + "/", AFTER + "/"])
    doc, err, code = json_diff(plancheck, ["--git", "HEAD", "plans"], repo)
    check(code == 1 and doc is not None, "git: exit %d, %s" % (code, err))
    jsonschema.validate(doc, schema)
    check(doc["before"]["label"] == "HEAD" and doc["after"]["label"] == "the working tree",
          "git: labels %r, %r" % (doc["before"]["label"], doc["after"]["label"]))
    check(comparable(doc, ["plans/"]) == folders, "git: differs from the folders' diff")
    doc, err, code = json_diff(plancheck, ["--git", "HEAD"], os.path.join(repo, "plans"))
    check(code == 1 and comparable(doc, []) == folders,
          "git: PATH defaulting to . in plans/ differs (exit %d, %s)" % (code, err))
    out, err, code = run(plancheck, ["diff", "--lang", "en", "--git", "HEAD", "plans"], cwd=repo)
    check(code == 1 and "From HEAD to the working tree." in out, "git text: %d %r" % (code, out[:200]))
    doc, err, code = json_diff(plancheck, ["--git", "empty", "plans"], repo)
    check(code == 1 and doc is not None, "git empty: exit %d, %s" % (code, err))
    jsonschema.validate(doc, schema)
    check(doc["before"]["files"] == 0 and doc["frames"] and doc["frames"][0]["status"] == "added",
          "git empty: the base without plans is not an empty plan set")
    check(snapshot(repo) == before, "git: the repository changed")
    check_git_errors(plancheck, repo)


def check_git_errors(plancheck, repo):
    expected = {
        "en": ("unknown git revision 'no-such-rev'", "is not in a git work tree"),
        "nb": ("ukjent git-revisjon «no-such-rev»", "er ikke i en git-arbeidskopi"),
    }
    outside = tempfile.mkdtemp(prefix="plancheck-diff-")
    try:
        shutil.copytree(AFTER, os.path.join(outside, "plans"))
        env = environment(GIT_CEILING_DIRECTORIES=os.path.dirname(outside))
        for lang, (unknown, not_git) in expected.items():
            out, err, code = run(plancheck, ["diff", "--lang", lang, "--git", "no-such-rev", "plans"],
                                 cwd=repo)
            check(code == 2 and unknown in err and out == "",
                  "git %s: unknown revision gave %d, %r" % (lang, code, err))
            out, err, code = run(plancheck, ["diff", "--lang", lang, "--git", "HEAD", "plans"],
                                 cwd=outside, env=env)
            check(code == 2 and not_git in err and out == "",
                  "git %s: outside a repository gave %d, %r" % (lang, code, err))
        out, err, code = run(plancheck, ["diff", "--git=--output=x", "plans"], cwd=repo)
        check(code == 2 and not os.path.exists(os.path.join(repo, "x")),
              "git: a revision that looks like an option gave %d, %r" % (code, err))
    finally:
        shutil.rmtree(outside)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--workdir", required=True)
    args = parser.parse_args()
    with open(os.path.join(ROOT, "schemas", "diff.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    args.plancheck = os.path.abspath(args.plancheck)
    check_json(args.plancheck, schema)
    check_markdown(args.plancheck)
    check_git(args.plancheck, os.path.abspath(args.workdir), schema)
    print("%d failures" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
