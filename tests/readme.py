#!/usr/bin/env python3
"""Runs every command README.md shows, and compares the output it shows.

  readme.py --plancheck BIN [--readme README.md]

Each ```sh block is run, line by line (a line ending in a backslash goes on
on the next), with bash, in a temporary copy of the repository where
`build/plancheck` and `plancheck` on PATH are BIN. A command must exit 0
unless the block says otherwise. A ```text block right after a ```sh block
is the output of its commands (their standard output, then standard error),
compared whole.

An HTML comment right before a block changes this (it is invisible on GitHub):

  <!-- readme-test: exit 1 -->          the block's commands exit with 1
  <!-- readme-test: cwd examples/lillehammer -->
                                        run in this folder of the copy (a plan
                                        repository), not at its root
  <!-- readme-test: skip REASON -->     not run, with the reason (make
                                        targets that build or install)
  <!-- readme-test: excerpt -->         (before a ```text block) the output
                                        contains these lines, in this order,
                                        one after the other

PLANCHECK_UPDATE_GOLDEN=1 rewrites the whole-output ```text blocks with
what the commands print (review the diff).
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPDATE = os.environ.get("PLANCHECK_UPDATE_GOLDEN") == "1"
MARKER = re.compile(r"^<!-- readme-test: (.*?) -->$")
# Commands the test never runs (a `make test` inside the tests would build the
# whole project again): their blocks must be marked skip.
UNSAFE = {"make", "sudo", "apt", "apt-get", "cmake", "ctest", "git", "npm"}


class Block:
    def __init__(self, lang, start, end, lines, marker):
        self.lang = lang      # the info string: sh, text, yaml, ...
        self.start = start    # index of the first content line in the README
        self.end = end        # index of the closing fence
        self.lines = lines
        self.marker = marker  # the readme-test comment right before it, or ""


def blocks(lines):
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\S*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].rstrip() != "```":
            j += 1
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        marker = MARKER.match(lines[k].strip()) if k >= 0 else None
        out.append(Block(m.group(1), i + 1, j, lines[i + 1:j], marker.group(1) if marker else ""))
        i = j + 1
    return out


def commands(block):
    """The block's commands: continuation lines joined."""
    out = []
    current = ""
    for line in block.lines:
        current += line.rstrip()
        if current.endswith("\\"):
            current = current[:-1] + " "
            continue
        if current.strip() and not current.strip().startswith("#"):
            out.append(current.strip())
        current = ""
    return out


def repository_copy(binary):
    tmp = tempfile.mkdtemp(prefix="plancheck-readme-")
    work = os.path.join(tmp, "repo")
    shutil.copytree(ROOT, work, symlinks=True,
                    ignore=shutil.ignore_patterns(".git", "build", "build-*", "node_modules", "__pycache__"))
    os.makedirs(os.path.join(work, "build"))
    os.symlink(binary, os.path.join(work, "build", "plancheck"))
    bin_dir = os.path.join(tmp, "bin")
    os.makedirs(bin_dir)
    os.symlink(binary, os.path.join(bin_dir, "plancheck"))
    return tmp, work, bin_dir


def environment(bin_dir):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("NO_COLOR", "GITHUB_STEP_SUMMARY", "LANGUAGE")}
    env["LANG"] = "C.UTF-8"
    env["TERM"] = "dumb"
    env["SOURCE_DATE_EPOCH"] = "1796212800"  # the summaries' date: 2 December 2026, as in the goldens
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    return env


def run_block(block, work, env):
    """Runs the block's commands; returns (output, problems)."""
    marker = block.marker
    expected_exit = int(marker.split()[1]) if marker.startswith("exit ") else 0
    cwd = os.path.join(work, marker.split(None, 1)[1]) if marker.startswith("cwd ") else work
    output = ""
    problems = []
    for command in commands(block):
        if command.split()[0] in UNSAFE:
            problems.append("README.md:%d: `%s` builds or changes the system; mark its block "
                            "<!-- readme-test: skip REASON -->" % (block.start, command))
            continue
        proc = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=300)
        output += proc.stdout + proc.stderr
        if proc.returncode != expected_exit:
            problems.append("README.md:%d: `%s` exited %d, expected %d:\n%s%s" % (
                block.start, command, proc.returncode, expected_exit, proc.stdout, proc.stderr))
    return output, problems


def compare(text_block, output, lines):
    """Problems with the shown output; rewrites it in `lines` when updating."""
    shown = [l.rstrip() for l in text_block.lines]
    actual = [l.rstrip() for l in output.rstrip("\n").split("\n")]
    if text_block.marker == "excerpt":
        for i in range(len(actual) - len(shown) + 1):
            if actual[i:i + len(shown)] == shown:
                return []
        return ["README.md:%d: the excerpt is not in the output of the commands before it:\n%s" % (
            text_block.start, "\n".join(actual))]
    if shown == actual:
        return []
    if UPDATE:
        lines[text_block.start:text_block.end] = actual
        return []
    diff = difflib.unified_diff(shown, actual, "README.md:%d" % text_block.start, "actual", lineterm="")
    return ["README.md:%d: the output shown differs:\n%s" % (text_block.start, "\n".join(diff))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--readme", default=os.path.join(ROOT, "README.md"))
    args = parser.parse_args()
    with open(args.readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    tmp, work, bin_dir = repository_copy(os.path.abspath(args.plancheck))
    env = environment(bin_dir)
    problems = []
    ran = skipped = compared = 0
    try:
        found = blocks(lines)
        shown = []  # (text block, output) pairs, compared after every command ran
        # In order: a later block may use what an earlier one made (init, then new-year).
        for index, block in enumerate(found):
            if block.lang != "sh":
                continue
            if block.marker.startswith("skip"):
                skipped += len(commands(block))
                continue
            output, block_problems = run_block(block, work, env)
            ran += len(commands(block))
            problems += block_problems
            after = found[index + 1] if index + 1 < len(found) else None
            between = lines[block.end + 1:after.start - 1] if after else []
            if after and after.lang == "text" and all(not l.strip() or MARKER.match(l.strip())
                                                      for l in between):
                shown.append((after, output))
        # Bottom up, so that rewriting a block keeps the indexes above it valid.
        for text_block, output in reversed(shown):
            compared += 1
            problems += compare(text_block, output, lines)
    finally:
        shutil.rmtree(tmp)
    if UPDATE:
        with open(args.readme, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    for p in problems:
        print("FAIL: " + p)
    print("readme: %d commands run, %d skipped, %d outputs compared, %d problems" % (
        ran, skipped, compared, len(problems)))
    sys.exit(1 if problems or ran == 0 else 0)


if __name__ == "__main__":
    main()
