#!/usr/bin/python3
"""The scaling benchmark of `make bench`: is every path linear in its input?

    scaling.py --plancheck BIN --out DIR [--shapes NAME,...] [--scale X] [--cpu]

Each shape is a plan set built to hit one path that a naive implementation
does per pair (every name for every reference, every deviation for every
finding, every priority for every measure, ...). It is generated at size n
and at size 2n, and plancheck runs on both; the cost at 2n over the cost at
n is about 2 for a linear path (a little more for n log n) and about 4 for
a quadratic one. The verdict is "linear" when the ratio is at most 2.5.

Cost is counted in instructions with valgrind's callgrind (the same from run
to run, whatever else the machine does), less the instructions of
`plancheck --version` (start-up). With --cpu, or without valgrind, it is
the least CPU time (user + system) of three runs, less the same for
`--version`. plancheck runs on one thread (PLANCHECK_JOBS=1): the shapes
are about the work per item, and without it the loader would start a
second thread at one size and not at the other (one per 256 KiB of YAML),
which changes the cost for reasons that have nothing to do with the path.
The parallel run is measured by bench/run.py. The table goes to standard
output and DIR/scaling.txt, the numbers to DIR/scaling.json. Exit code 0 even when a path is not linear
(speed is measured, not asserted); 1 when plancheck fails.

The shapes (n at scale 1):

  did-you-mean  a yearly plan of n measures with 70-character ids sharing a
                long prefix, and n grants naming measures that do not exist
                (n = 1000: 0.3 MB; 2n: 0.6 MB of long ids and bad references)
  frames        n frames and n yearly plans naming frames that do not exist
  deviations    n grants decided outside their year and n deviations of that
                rule, each scoped to one grant, half of them to none that exists
  priorities    a frame of n priorities and a yearly plan of n measures, one
                per priority (check and summary)
  commitments   a frame of n commitments and a yearly plan of n measures, each
                funding one
  new-year      both, and `new-year` drafting the next year
  partners      a frame of n partners and a yearly plan with income from each
  findings      n grants with an unknown key and a wrong value, in lists of 400
                (more findings than are kept: the limits)
  files         n project lists of one grant each in one year
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

FRAME_HEAD = """plancheck: 1
kind: frame
id: {id}
title: Strategisk handlingsplan 2021–24
council:
  name: Skaleringsregionen interkommunale politiske råd
  members:
    - {{role: ordfører, organisation: Eksempel kommune, count: 3}}
  business-unit: {{id: ERV, name: Eksempelregionen Vekst}}
period: {{from: 2021, to: 2024}}
goal: Videreutvikle regionen som et attraktivt sted å bo, besøke, arbeide og drive næring.
anchoring:
  - id: naeringsplan
    title: Strategisk næringsplan 2020–2030
    focus-areas:
      - {{id: fremtidens-naeringsliv, title: Fremtidens næringsliv}}
funding:
  partners:
    - {{id: fylket, name: Fylkeskommunen, amount: {income}}}
  administration: {{max: 500 000}}
"""

STANDARD_PRIORITIES = """priorities:
  - {id: naering, title: Realisere næringsplanen, share: {target: 80, tolerance: 5}}
  - {id: idrett, title: Videreutvikle idrettsregionen, share: {target: 10, tolerance: 5}}
  - {id: ovrig, title: Øvrige tiltak, share: {target: 10, tolerance: 5}}
reserve: {title: Ramme for uforutsette muligheter, min: 0, max: 500 000, counts-toward: ovrig}
"""

PLAN_HEAD = """plancheck: 1
kind: yearly-plan
frame: {frame}
year: {year}
title: Budsjett- og tiltaksplan {year}
income:
  partners:
    - {{partner: fylket, amount: {income}}}
  carried-over: 0
administration:
  amount: 500 000
reserve:
  amount: 0
strategic-issues:
  - {{title: Dobbeltspor på jernbanen}}
measures:
"""

LIST_HEAD = """plancheck: 1
kind: project-list
frame: {frame}
year: {year}
status: open
projects:
"""

GRANT = """  - id: {id}
    title: Tilskudd til prosjekt {id}
    applicant: Søker {id}
    measure: {measure}
    amount: 1 000
    decision: {{case: "PS {case}/21", date: {date}}}
    status: granted
"""


def write(root, name, text):
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def money(kroner):
    return "{:,}".format(kroner).replace(",", " ")


def frame(fid="rad", priorities=STANDARD_PRIORITIES, commitments="", income=3_500_000):
    return FRAME_HEAD.format(id=fid, income=money(income)) + priorities + commitments


def plan(measures, frame_id="rad", year=2021, income=3_500_000, extra=""):
    return PLAN_HEAD.format(frame=frame_id, year=year, income=money(income)) + measures + extra


def measure(mid, priority="idrett", amount=1000, commitment=None):
    text = "  - {id: %s, title: Tiltak %s, priority: %s, amount: %s" % (mid, mid, priority, money(amount))
    return text + (", commitment: %s}\n" % commitment if commitment else "}\n")


def grants(ids, measure_of, date_of=lambda i: "2021-03-01"):
    return "".join(GRANT.format(id=pid, measure=measure_of(i), case=i + 1, date=date_of(i))
                   for i, pid in enumerate(ids))


# --- the shapes: each writes a plan set of size n into root; returns the command ----------

PREFIX = "utviklingstiltak-for-regionen-og-naeringslivet-i-innlandet"


def shape_did_you_mean(root, n):
    measures = "".join(measure("%s-nummer-%06d" % (PREFIX, i)) for i in range(n))
    write(root, "rad.yaml", frame(income=n * 1000 + 500_000))
    write(root, "2021/plan.yaml", plan(measures, income=n * 1000 + 500_000))
    write(root, "2021/list.yaml", LIST_HEAD.format(frame="rad", year=2021) +
          grants(["p-%d" % i for i in range(n)], lambda i: "%s-tiltak-%06d-ukjent" % (PREFIX, i)))
    return ["check"]


def shape_frames(root, n):
    for i in range(n):
        write(root, "rad-%05d/rad.yaml" % i, frame("rad-%05d" % i))
        write(root, "rad-%05d/2021.yaml" % i,
              plan(measure("m", "idrett", 3_000_000), frame_id="ukjent-rad-%05d" % i))
    return ["check"]


def shape_deviations(root, n):
    deviations = "deviations:\n" + "".join(
        "  - {rule: period/date-outside, scope: {project: %s}, decision: {case: \"PS 1/21\", "
        "date: 2021-01-10}, reason: Vedtatt før året.}\n" % ("p-%d" % (2 * i) if i % 2 else "q-%d" % i)
        for i in range(n))
    write(root, "rad.yaml", frame())
    write(root, "2021/plan.yaml", plan(measure("m", "idrett", 3_000_000), extra=deviations))
    write(root, "2021/list.yaml", LIST_HEAD.format(frame="rad", year=2021) +
          grants(["p-%d" % i for i in range(n)], lambda i: "m", lambda i: "2020-12-01"))
    return ["check"]


def many_priorities(n):
    """Targets adding up to 100 %, every share allowed from 0 to 100 %."""
    return "priorities:\n" + "".join(
        "  - {id: p-%d, title: Prioritet %d, share: {target: %d, min: 0, max: 100}}\n"
        % (i, i, 100 if i == 0 else 0) for i in range(n))


def many_commitments(n):
    return "commitments:\n" + "".join(
        "  - {id: c-%d, title: Forpliktelse %d, from: 2021, to: 2024, amount: 1 000}\n" % (i, i)
        for i in range(n))


def shape_priorities(root, n):
    write(root, "rad.yaml", frame(priorities=many_priorities(n), income=n * 1000 + 500_000))
    write(root, "2021/plan.yaml", plan("".join(measure("m-%d" % i, "p-%d" % i) for i in range(n)),
                                       income=n * 1000 + 500_000))
    return ["summary", "--year", "all"]


def shape_commitments(root, n):
    write(root, "rad.yaml", frame(commitments=many_commitments(n), income=n * 1000 + 500_000))
    write(root, "2021/plan.yaml", plan("".join(measure("m-%d" % i, commitment="c-%d" % i)
                                               for i in range(n)), income=n * 1000 + 500_000))
    return ["check"]


def shape_new_year(root, n):
    write(root, "rad.yaml", frame(priorities=many_priorities(n), commitments=many_commitments(n),
                                  income=n * 1000 + 500_000))
    write(root, "2021/plan.yaml", plan("".join(measure("m-%d" % i, "p-%d" % i, commitment="c-%d" % i)
                                               for i in range(n)), income=n * 1000 + 500_000))
    return ["new-year", "2022", "--plans", ".", "-"]


def shape_partners(root, n):
    partners = "".join("    - {id: k-%d, name: Kommune %d, amount: 1 000}\n" % (i, i) for i in range(n))
    head = frame(income=n * 1000)
    head = head.replace("    - {id: fylket, name: Fylkeskommunen, amount: %s}\n" % money(n * 1000), partners)
    write(root, "rad.yaml", head)
    income = "".join("    - {partner: k-%d, amount: 1 000}\n" % i for i in range(n))
    text = plan(measure("m", "idrett", max(0, n * 1000 - 500_000)), income=n * 1000)
    text = text.replace("    - {partner: fylket, amount: %s}\n" % money(n * 1000), income)
    write(root, "2021/plan.yaml", text)
    return ["check"]


def shape_findings(root, n):
    write(root, "rad.yaml", frame())
    write(root, "2021/plan.yaml", plan(measure("m", "idrett", 3_000_000)))
    for start in range(0, n, 400):
        ids = ["p-%d" % i for i in range(start, min(n, start + 400))]
        text = grants(ids, lambda i: "m").replace("    status: granted\n",
                                                 "    status: bevilget\n    beskrivelse: x\n")
        write(root, "2021/list-%05d.yaml" % start, LIST_HEAD.format(frame="rad", year=2021) + text)
    return ["check"]


def shape_files(root, n):
    write(root, "rad.yaml", frame())
    write(root, "2021/plan.yaml", plan(measure("m", "idrett", 3_000_000)))
    for i in range(n):
        write(root, "2021/lists/list-%05d.yaml" % i,
              LIST_HEAD.format(frame="rad", year=2021) + grants(["p-%d" % i], lambda _: "m"))
    return ["check"]


# name: (function, n at scale 1)
SHAPES = {
    "did-you-mean": (shape_did_you_mean, 1000),
    "frames": (shape_frames, 300),
    "deviations": (shape_deviations, 10000),
    "priorities": (shape_priorities, 20000),
    "commitments": (shape_commitments, 20000),
    "new-year": (shape_new_year, 5000),
    "partners": (shape_partners, 20000),
    "findings": (shape_findings, 12000),
    "files": (shape_files, 1000),
}


# --- measuring ----------------------------------------------------------------------------

def cpu_cost(argv, cwd):
    """The least CPU time of three runs, in seconds."""
    best = None
    for _ in range(3):
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit("scaling: %s exited with %d: %s" % (" ".join(argv), code, err[-500:]))
        cost = usage.ru_utime + usage.ru_stime
        best = cost if best is None else min(best, cost)
    return best


def instruction_cost(argv, cwd):
    """Instructions executed (callgrind), all threads together."""
    with tempfile.TemporaryDirectory(prefix="scaling-") as tmp:
        out = os.path.join(tmp, "callgrind.out")
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                               *argv], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode not in (0, 1):
            raise SystemExit("scaling: %s exited with %d: %s"
                             % (" ".join(argv), proc.returncode, proc.stderr[-500:]))
        with open(out) as f:
            totals = re.findall(r"^(?:summary|totals): (\d+)", f.read(), re.M)
        return int(totals[-1])


def fmt_cost(cost, instructions):
    if instructions:
        return "%9.1f M" % (cost / 1e6)
    return "%8.1f ms" % (cost * 1000)


def size_of(root):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(root) for f in fs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plancheck", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every shape's n")
    ap.add_argument("--cpu", action="store_true", help="CPU time instead of instructions")
    args = ap.parse_args()
    binary = os.path.abspath(args.plancheck)
    os.environ["PLANCHECK_JOBS"] = "1"  # the same code at n and 2n (see above)
    instructions = not args.cpu and shutil.which("valgrind") is not None
    if not args.cpu and not instructions:
        print("scaling: no valgrind; measuring CPU time", file=sys.stderr)
    cost = instruction_cost if instructions else cpu_cost
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        ap.error("unknown shape %s (shapes: %s)" % (", ".join(unknown), ", ".join(SHAPES)))
    base = cost([binary, "--version"], out)
    unit = "instructions" if instructions else "CPU time (least of 3 runs)"
    lines = ["Scaling: cost at n and 2n, %s, less plancheck --version's (%s)"
             % (unit, fmt_cost(base, instructions).strip()), ""]
    head = "%-13s %-22s %7s %9s %12s %12s %6s  %s" % (
        "shape", "command", "n", "input 2n", "cost n", "cost 2n", "ratio", "verdict")
    lines += [head, "-" * len(head)]
    print("\n".join(lines), flush=True)
    results = []
    for name in shapes:
        make, n0 = SHAPES[name]
        n = max(1, int(n0 * args.scale))
        costs, inputs = [], []
        command = None
        for size in (n, 2 * n):
            with tempfile.TemporaryDirectory(prefix="scaling-%s-" % name) as root:
                command = make(root, size)
                inputs.append(size_of(root))
                start = time.perf_counter()
                costs.append(max(0, cost([binary, *command, "--lang", "en"], root) - base))
                print("  (%s at n=%d: %.1f s)" % (name, size, time.perf_counter() - start),
                      file=sys.stderr, flush=True)
        ratio = costs[1] / costs[0] if costs[0] > 0 else float("inf")
        verdict = "linear" if ratio <= 2.5 else "NOT LINEAR"
        line = "%-13s %-22s %7d %7.2f MB %12s %12s %6.2f  %s" % (
            name, " ".join(command[:2]), n, inputs[1] / 1e6, fmt_cost(costs[0], instructions),
            fmt_cost(costs[1], instructions), ratio, verdict)
        print(line, flush=True)
        lines.append(line)
        results.append({"shape": name, "command": command, "n": n, "inputs": inputs,
                        "costs": costs, "ratio": ratio, "verdict": verdict})
    linear = sum(1 for r in results if r["verdict"] == "linear")
    summary = "%d of %d shapes linear (ratio at most 2.5: O(n) or O(n log n))" % (linear, len(results))
    print("\n" + summary)
    lines += ["", summary]
    with open(os.path.join(out, "scaling.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "scaling.json"), "w", encoding="utf-8") as f:
        json.dump({"unit": unit, "base": base, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
