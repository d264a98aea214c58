#!/usr/bin/python3
"""The benchmark behind `make bench`: times plancheck, the floor and the peers.

    run.py --plancheck BIN --floor BIN --out DIR [--repeat N] [--sizes NAME,...]

For each size it generates a plan repository with bench/generate.py into
DIR/data/<size>/ (skipped when it is already there from the same
generator), then runs, round by round so that a change in the machine's
load hits every tool alike:

  check     plancheck check DATA                (text output to /dev/null; as many
            threads as the machine has processors, plancheck's default)
  check -j1 plancheck check -j 1 DATA           (one thread: the single-core time)
  summary   plancheck summary --year all DATA   (skipped, with a message, when
            this plancheck has no summary subcommand)
  floor     bench/floor.cpp: yaml-cpp's event parser alone over the same files
  libyaml   the same with libyaml's event parser (--floor-libyaml; for comparison)
  ajv-cli   ajv-cli validating the same files against schemas/ (one run per
            kind of plan file; times added, memory the largest)
  python    bench/peer_python.py: python3-yaml + python3-jsonschema, the same

Each tool runs --repeat times (3 when one run takes over 20 s); the medians of
wall time, CPU time (user + system) and peak memory (the largest resident set
of the process, from wait4) are reported, with plancheck's time as a multiple
of the floor's, time per project, and memory as a multiple of the input's
size. The table goes to standard output and to DIR/results.txt, the numbers to
DIR/results.json. Exit code 0 even when a target is missed (speed is measured,
not asserted); 1 when a tool fails (a crash, or plancheck reporting other
findings than the generator planted).
"""

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import planted

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
KINDS = ("frame", "yearly-plan", "project-list")
GNU_TIME = "/usr/bin/time"

# name: (councils, years, projects per council-year); "lillehammer" is the example.
SIZES = {
    "lillehammer": None,
    "1k": (1, 4, 250),
    "county": (10, 4, 150),
    "10k": (10, 4, 250),
    "30k": (30, 4, 250),
    "150k": (60, 10, 250),
}
DEFAULT_SIZES = ["lillehammer", "1k", "county", "10k", "30k", "150k"]


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def generator_stamp(size):
    with open(os.path.join(HERE, "generate.py"), "rb") as f:
        return "%s %s" % (hashlib.sha256(f.read()).hexdigest(), SIZES[size])


def prepare(size, out):
    """The data folder of `size`, generated when missing or stale."""
    if SIZES[size] is None:
        return os.path.join(ROOT, "examples", "lillehammer")
    data = os.path.join(out, "data", size)
    stamp_path = os.path.join(out, "data", size + ".stamp")
    stamp = generator_stamp(size)
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        return data
    councils, years, projects = SIZES[size]
    log("generating %s: %d councils x %d years x %d projects" % (size, councils, years, projects))
    subprocess.run(["rm", "-rf", data], check=True)
    subprocess.run([PYTHON, os.path.join(HERE, "generate.py"), "--councils", str(councils),
                    "--years", str(years), "--projects", str(projects), "--out", data], check=True)
    with open(stamp_path, "w") as f:
        f.write(stamp)
    return data


def plan_files(data):
    """The plan files under `data` by kind, as plancheck finds them (sorted, no hidden entries)."""
    files = {kind: [] for kind in KINDS}
    for dirpath, dirnames, filenames in os.walk(data):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.endswith((".yaml", ".yml")):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("kind:"):
                        kind = line.split(":", 1)[1].split("#")[0].strip()
                        if kind in files:
                            files[kind].append(path)
                        break
    return files


def count_projects(files):
    count = 0
    for path in files["project-list"]:
        with open(path, encoding="utf-8") as f:
            count += sum(1 for line in f if line.startswith("  - id:"))
    return count


TICK = os.sysconf("SC_CLK_TCK")


def thread_times(parent):
    """CPU seconds so far of each thread of `parent`'s child (the command GNU
    time runs), by thread id, the main thread first; {} when it cannot be read."""
    try:
        with open("/proc/%d/task/%d/children" % (parent, parent)) as f:
            child = int(f.read().split()[0])
        out = {}
        for tid in sorted(os.listdir("/proc/%d/task" % child), key=lambda t: int(t) != child):
            with open("/proc/%d/task/%s/stat" % (child, tid)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[int(tid)] = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
        return out
    except (OSError, IndexError, ValueError):
        return {}


def run_once(argv, cwd=None, threads=False):
    """Wall seconds, CPU seconds, peak RSS in bytes, exit code, stderr and
    (with `threads`) the CPU seconds of each thread, of one run.

    The command runs under GNU time, whose %M is the command's own peak
    resident set: a process started straight from this script would carry
    the script's (Python's) peak into its own at exec. Wall time is measured
    here and CPU time comes from wait4 on GNU time (the command's, plus GNU
    time's own start, well under a millisecond). Each thread's CPU time is
    the last value /proc showed for it, read every 5 ms (threads that end
    before the process are gone from /proc afterwards); in clock ticks (10 ms).
    """
    per_thread = {}
    with tempfile.NamedTemporaryFile("r", prefix="bench-rss-") as rss_file, \
            tempfile.TemporaryFile(prefix="bench-err-") as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", rss_file.name, *argv], cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=err_file)
        while threads:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            per_thread.update(thread_times(proc.pid))
            time.sleep(0.005)
        if not threads or not pid:
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        lines = rss_file.read().split()
        err_file.seek(0)
        err = err_file.read().decode("utf-8", "replace")
    if err.startswith("Command exited with non-zero status"):
        err = err.split("\n", 1)[1] if "\n" in err else ""
    rss = int(lines[-1]) * 1024 if lines and lines[-1].isdigit() else 0
    return wall, usage.ru_utime + usage.ru_stime, rss, proc.returncode, err, per_thread


class Tool:
    """One measured command line (or several run one after the other, summed)."""

    def __init__(self, name, commands, expect_exit, cwd=None, threads=False):
        self.name, self.commands, self.expect_exit, self.cwd = name, commands, expect_exit, cwd
        self.walls, self.cpus, self.rsss = [], [], []
        self.threads = threads  # read each thread's CPU time
        self.busiest, self.main_thread, self.thread_counts = [], [], []

    def run(self):
        wall = cpu = rss = 0
        for argv, expected in zip(self.commands, self.expect_exit):
            w, c, r, code, err, per_thread = run_once(argv, self.cwd, self.threads)
            if per_thread:
                self.busiest.append(max(per_thread.values()))
                self.main_thread.append(next(iter(per_thread.values())))
                self.thread_counts.append(len(per_thread))
            if code not in expected:
                raise SystemExit("bench: %s exited with %d (expected %s): %s\n%s" % (
                    self.name, code, sorted(expected), " ".join(argv[:4]), err[-2000:]))
            wall, cpu, rss = wall + w, cpu + c, max(rss, r)
        self.walls.append(wall)
        self.cpus.append(cpu)
        self.rsss.append(rss)

    def median(self):
        return (statistics.median(self.walls), statistics.median(self.cpus),
                statistics.median(self.rsss))


def has_summary(plancheck):
    proc = subprocess.run([plancheck, "summary", "--help"], capture_output=True)
    return proc.returncode == 0


def verify_planted(plancheck, data):
    """plancheck reports exactly the planted findings on generated data (bench/planted.py)."""
    planted_path = os.path.join(data, "planted.json")
    if not os.path.exists(planted_path):
        return
    with open(planted_path, encoding="utf-8") as f:
        planted_findings = json.load(f)
    out, _, _ = planted.check_output(plancheck, data)
    problems = planted.compare(planted_findings, out)
    if problems:
        raise SystemExit("bench: %s: plancheck does not report exactly the planted findings:\n  %s"
                         % (data, "\n  ".join(problems[:20])))


def tools_for(size, data, files, args, summary):
    everything = [data]
    tools = [Tool("check", [[args.plancheck, "check", *everything]], [{0, 1}], threads=True),
             Tool("check -j1", [[args.plancheck, "check", "-j", "1", *everything]], [{0, 1}])]
    if summary:
        tools.append(Tool("summary", [[args.plancheck, "summary", "--year", "all", *everything]],
                          [{0}]))
    tools.append(Tool("floor", [[args.floor, *everything]], [{0}]))
    if args.floor_libyaml:
        tools.append(Tool("libyaml", [[args.floor_libyaml, *everything]], [{0}]))
    ajv = os.path.join(HERE, "node_modules", "ajv-cli", "dist", "index.js")
    if os.path.exists(ajv):
        commands = []
        for kind in KINDS:
            if not files[kind]:
                continue
            argv = ["node", ajv, "validate", "--allow-union-types", "-c", "./ajv_setup.js",
                    "-s", os.path.join(ROOT, "schemas", kind + ".schema.json")]
            for path in files[kind]:
                argv += ["-d", path]
            commands.append(argv)
        tools.append(Tool("ajv-cli", commands, [{0, 1}] * len(commands), cwd=HERE))
    tools.append(Tool("python", [[PYTHON, os.path.join(HERE, "peer_python.py"),
                                  os.path.join(ROOT, "schemas"), *everything]], [{0, 1}]))
    return [t for t in tools if t.name not in args.skip]


def measure(size, args, summary):
    data = prepare(size, args.out)
    files = plan_files(data)
    input_bytes = sum(os.path.getsize(p) for paths in files.values() for p in paths)
    projects = count_projects(files)
    verify_planted(args.plancheck, data)
    tools = tools_for(size, data, files, args, summary)
    repeat = args.repeat
    round_ = 0
    while round_ < repeat:
        for tool in tools:
            tool.run()
        round_ += 1
        if round_ == 1 and max(t.walls[0] for t in tools) > 20 and repeat > 3:
            repeat = 3
        log("%s: round %d of %d done" % (size, round_, repeat))
    result = {"size": size, "shape": SIZES[size], "files": sum(len(v) for v in files.values()),
              "input_bytes": input_bytes, "projects": projects, "repeat": repeat, "tools": {}}
    for tool in tools:
        wall, cpu, rss = tool.median()
        result["tools"][tool.name] = {"wall": wall, "cpu": cpu, "rss": rss,
                                      "walls": tool.walls, "cpus": tool.cpus}
        if tool.busiest:
            result["tools"][tool.name].update({
                "busiest_thread": statistics.median(tool.busiest),
                "main_thread": statistics.median(tool.main_thread),
                "threads": max(tool.thread_counts)})
    return result


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = 0
    with open("/proc/meminfo") as f:
        mem = int(next(l.split()[1] for l in f if l.startswith("MemTotal"))) // 1024
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_mb": mem,
            "kernel": platform.release(), "load": os.getloadavg()}


def fmt_time(seconds):
    return "%.1f ms" % (seconds * 1000) if seconds < 1 else "%.2f s" % seconds


def table(results, meta):
    lines = []
    lines.append("plancheck benchmark (median of N runs; wall = elapsed, cpu = user + system)")
    lines.append("machine: %s, %d cores, %d MB; load average at the end %.2f %.2f %.2f" % (
        meta["machine"]["cpu"], meta["machine"]["cores"], meta["machine"]["memory_mb"],
        *meta["machine"]["load"]))
    if not meta["summary"]:
        lines.append("plancheck summary: not measured (this plancheck has no summary subcommand)")
    lines.append("")
    head = "%-12s %8s %9s %-9s %10s %10s %10s %7s %8s %8s %9s" % (
        "size", "projects", "input", "tool", "wall", "cpu", "peak mem", "mem/in", "wall/fl",
        "cpu/fl", "us/proj")
    lines.append(head)
    lines.append("-" * len(head))
    for r in results:
        floor = r["tools"]["floor"]
        for name, t in r["tools"].items():
            per = "%9.1f" % (t["cpu"] / r["projects"] * 1e6) if r["projects"] else "%9s" % "-"
            lines.append("%-12s %8d %7.2f MB %-9s %10s %10s %7.1f MB %6.1fx %7.2fx %7.2fx %s" % (
                r["size"] + ("" if r["repeat"] == meta["repeat"] else " (x%d)" % r["repeat"]),
                r["projects"], r["input_bytes"] / 1e6, name, fmt_time(t["wall"]),
                fmt_time(t["cpu"]), t["rss"] / 2**20, t["rss"] / r["input_bytes"],
                t["wall"] / floor["wall"], t["cpu"] / floor["cpu"], per))
        lines.append("")
    lines.extend(targets(results, meta))
    return "\n".join(lines) + "\n"


def startup(args):
    """plancheck --version: median wall and CPU time of 20 runs, and its instructions."""
    walls, cpus = [], []
    for _ in range(20):
        w, c, _, code, err, _ = run_once([args.plancheck, "--version"])
        if code != 0:
            raise SystemExit("bench: plancheck --version exited with %d: %s" % (code, err))
        walls.append(w)
        cpus.append(c)
    out = {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}
    out["instructions"] = instructions([args.plancheck, "--version"])
    example = os.path.join(ROOT, "examples", "lillehammer")
    out["example_instructions"] = instructions([args.plancheck, "check", "-j", "1", example])
    return out


def instructions(argv):
    """Instructions executed (valgrind's callgrind): in all, in the dynamic
    linker's relocation, in static initialisation (every library's and
    plancheck's constructors, run by _dl_init) and in main; None without valgrind."""
    if not shutil.which("valgrind") or not shutil.which("callgrind_annotate"):
        return None
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as tmp:
        out = os.path.join(tmp, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, *argv],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                              capture_output=True, text=True).stdout

    def cost(pattern):
        m = re.search(r"^\s*([\d,]+) .*" + pattern, text, re.M)
        return int(m.group(1).replace(",", "")) if m else 0

    return {"total": cost(r"PROGRAM TOTALS"), "relocation": cost(r":_dl_relocate_object "),
            "static_init": cost(r":_dl_init "), "main": cost(r"src/main\.cpp:main ")}


def targets(results, meta):
    by = {r["size"]: r for r in results}
    out = []

    def line(ok, text):
        out.append("  %-8s %s" % ("met" if ok else "NOT MET", text))

    def t(size, tool):
        return by[size]["tools"][tool]

    out.append("Goals of issue 17 (wall time on a shared machine is noisy: see the cpu column "
               "and docs/performance.md):")
    for size in ("30k", "150k"):
        if size in by and "check -j1" in by[size]["tools"]:
            par, one = t(size, "check"), t(size, "check -j1")
            line(par["wall"] <= 0.6 * one["wall"],
                 "%s: check on %d cores within 0.6x of one thread's wall time: %.2fx "
                 "(%s against %s; cpu in all %.2fx)" % (size, meta["machine"]["cores"],
                                                        par["wall"] / one["wall"], fmt_time(par["wall"]),
                                                        fmt_time(one["wall"]), par["cpu"] / one["cpu"]))
            if "busiest_thread" in par:
                busiest = par["busiest_thread"]
                line(busiest <= 0.6 * one["cpu"],
                     "%s: the same from CPU time, as an idle machine would give it: the busiest of "
                     "%d threads %s against one thread's %s: %.2fx (main thread %s)"
                     % (size, par["threads"], fmt_time(busiest), fmt_time(one["cpu"]),
                        busiest / one["cpu"], fmt_time(par["main_thread"])))
    slower = []
    for r in results:
        if "ajv-cli" in r["tools"] and r["tools"]["ajv-cli"]["wall"] <= r["tools"]["check"]["wall"]:
            slower.append("%s (%s against ajv-cli's %s)" % (r["size"], fmt_time(r["tools"]["check"]["wall"]),
                                                           fmt_time(r["tools"]["ajv-cli"]["wall"])))
    if any("ajv-cli" in r["tools"] for r in results):
        line(not slower, "check faster than ajv-cli at every size: %s"
             % ("slower at " + ", ".join(slower) if slower else "faster at all %d sizes" % len(results)))
    if "lillehammer" in by and "check -j1" in by["lillehammer"]["tools"]:
        par, one = t("lillehammer", "check"), t("lillehammer", "check -j1")
        line(par["wall"] <= one["wall"] * 1.05,
             "example: check no slower than on one thread: %s against %s (cpu %s against %s)"
             % (fmt_time(par["wall"]), fmt_time(one["wall"]), fmt_time(par["cpu"]), fmt_time(one["cpu"])))
    if "150k" in by:
        r = by["150k"]
        line(t("150k", "check")["rss"] <= 4 * r["input_bytes"],
             "150k: peak memory of check (parallel loader) at most 4x the input: %.1f MB, %.2fx "
             "(one thread: %.1f MB)" % (t("150k", "check")["rss"] / 2**20,
                                        t("150k", "check")["rss"] / r["input_bytes"],
                                        t("150k", "check -j1")["rss"] / 2**20))
    st = meta.get("startup")
    if st:
        ins = st["instructions"]
        text = "start-up: plancheck --version %s wall, %s cpu" % (fmt_time(st["wall"]), fmt_time(st["cpu"]))
        if ins:
            text += ("; %.2f M instructions: %.2f M linking, %.2f M static initialisation "
                     "(all libraries), %.2f M main" % (ins["total"] / 1e6, ins["relocation"] / 1e6,
                                                       ins["static_init"] / 1e6, ins["main"] / 1e6))
        line(ins is None or ins["static_init"] < 1e6, text + " (static initialisation under 1 M)")
        if "lillehammer" in by:
            ex = st["example_instructions"]
            out.append("  %-8s example: check %s wall, %s cpu%s" % (
                "measured", fmt_time(t("lillehammer", "check")["wall"]),
                fmt_time(t("lillehammer", "check")["cpu"]),
                "" if not ex else ", %.1f M instructions on one thread" % (ex["total"] / 1e6)))

    out.append("")
    out.append("Targets of issue 8:")
    if "150k" in by:
        r = by["150k"]
        c, f = r["tools"]["check -j1"], r["tools"]["floor"]
        line(c["wall"] <= 1.3 * f["wall"], "150k: check -j1 within 1.3x of the floor's wall time: %.2fx (cpu %.2fx)"
             % (c["wall"] / f["wall"], c["cpu"] / f["cpu"]))
        if "10k" in by:
            per = lambda x, tool="check -j1": x["tools"][tool]["cpu"] / x["projects"]
            line(per(r) <= 1.2 * per(by["10k"]),
                 "time per project at 150k within 1.2x of 10k: %.2fx (cpu; the floor's own: %.2fx)"
                 % (per(r) / per(by["10k"]), per(r, "floor") / per(by["10k"], "floor")))
    if "lillehammer" in by:
        c = by["lillehammer"]["tools"]["check"]
        line(c["wall"] < 0.010, "Lillehammer example under 10 ms wall: %s (floor %s)"
             % (fmt_time(c["wall"]), fmt_time(by["lillehammer"]["tools"]["floor"]["wall"])))
    if "county" in by:
        c = by["county"]["tools"]["check"]
        line(c["wall"] < 0.5, "county overview (10 councils x 4 years x 150 projects) under 0.5 s: %s"
             % fmt_time(c["wall"]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plancheck", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--floor-libyaml", help="the floor built on libyaml (optional)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sizes", default=",".join(DEFAULT_SIZES))
    ap.add_argument("--skip", default="", help="tools to leave out: summary, libyaml, ajv-cli, python")
    args = ap.parse_args()
    args.plancheck, args.floor = os.path.abspath(args.plancheck), os.path.abspath(args.floor)
    args.out = os.path.abspath(args.out)
    if args.floor_libyaml:
        if os.path.exists(args.floor_libyaml):
            args.floor_libyaml = os.path.abspath(args.floor_libyaml)
        else:
            log("bench: no %s (libyaml-dev missing?); skipping the libyaml floor" % args.floor_libyaml)
            args.floor_libyaml = None
    sizes = [s for s in args.sizes.split(",") if s]
    args.skip = [t for t in args.skip.split(",") if t]
    if set(args.skip) - {"summary", "libyaml", "ajv-cli", "python"}:
        ap.error("--skip takes summary, libyaml, ajv-cli and python")
    unknown = [s for s in sizes if s not in SIZES]
    if unknown or args.repeat < 1:
        ap.error("unknown size %s (sizes: %s)" % (", ".join(unknown), ", ".join(SIZES)))
    os.makedirs(args.out, exist_ok=True)
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit("bench: needs GNU time (%s; Debian package time)" % GNU_TIME)
    summary = has_summary(args.plancheck)
    if not summary:
        log("bench: this plancheck has no `summary` subcommand; skipping plancheck summary")
    if not os.path.exists(os.path.join(HERE, "node_modules", "ajv-cli")):
        log("bench: bench/node_modules has no ajv-cli (run `npm ci` in bench/); skipping ajv-cli")
    results = [measure(size, args, summary) for size in sizes]
    meta = {"machine": machine(), "repeat": args.repeat, "summary": summary,
            "plancheck": args.plancheck, "startup": startup(args)}
    text = table(results, meta)
    sys.stdout.write(text)
    with open(os.path.join(args.out, "results.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "results": results}, f, indent=1)
    log("bench: wrote %s and results.json" % os.path.join(args.out, "results.txt"))


if __name__ == "__main__":
    main()
