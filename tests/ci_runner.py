"""What GitHub's runner does with a composite action, for running action.yml here.

The runner itself cannot run here, so this module does its part: the
expression language of `if:` and `${{ }}` (the subset action.yml uses:
contexts, string and boolean literals, ==, !=, &&, ||, !, parentheses,
always(), success(), failure(), cancelled()), the files behind GITHUB_OUTPUT,
GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY (a fresh output file per
step, read back in both its key=value and its key<<DELIMITER forms), and
each `run:` step as `bash --noprofile --norc -eo pipefail FILE`, as the
runner runs `shell: bash`. A `uses:` step is recorded with its evaluated
`with:` and handed to a callback (actions/cache is emulated by the tests).
"""

import os
import re
import subprocess
import tempfile


class ExpressionError(Exception):
    pass


TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>\d+(?:\.\d+)?)|(?P<op>==|!=|&&|\|\||!|\(|\)|,)"
                   r"|(?P<name>[A-Za-z_][A-Za-z0-9_\-]*(?:\.[A-Za-z_*][A-Za-z0-9_\-]*)*))")


def tokens(text):
    out, at = [], 0
    text = text.rstrip()
    while at < len(text):
        m = TOKEN.match(text, at)
        if not m or m.end() == at:
            raise ExpressionError("cannot read %r at %d" % (text, at))
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        at = m.end()
    return out


def truthy(value):
    return value not in (None, False, "", 0)


def as_string(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def equal(a, b):
    # The runner compares strings case-insensitively and null as ''.
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    return as_string(a).lower() == as_string(b).lower()


class Evaluator:
    """Evaluates an expression against `context` (a dict of contexts) and the job status."""

    def __init__(self, context, status):
        self.context = context
        self.status = status  # "success", "failure" or "cancelled"
        self.used_status = False

    def evaluate(self, text):
        self.toks = tokens(text)
        self.pos = 0
        value = self.or_()
        if self.pos != len(self.toks):
            raise ExpressionError("unexpected %r in %r" % (self.toks[self.pos][1], text))
        return value

    def peek(self):
        return self.toks[self.pos][1] if self.pos < len(self.toks) else None

    def take(self, expected=None):
        if self.pos >= len(self.toks):
            raise ExpressionError("expression ends early")
        kind, value = self.toks[self.pos]
        if expected is not None and value != expected:
            raise ExpressionError("expected %r, found %r" % (expected, value))
        self.pos += 1
        return kind, value

    def or_(self):
        value = self.and_()
        while self.peek() == "||":
            self.take()
            right = self.and_()
            value = value if truthy(value) else right
        return value

    def and_(self):
        value = self.compare()
        while self.peek() == "&&":
            self.take()
            right = self.compare()
            value = right if truthy(value) else value
        return value

    def compare(self):
        value = self.unary()
        while self.peek() in ("==", "!="):
            op = self.take()[1]
            right = self.unary()
            value = equal(value, right) if op == "==" else not equal(value, right)
        return value

    def unary(self):
        if self.peek() == "!":
            self.take()
            return not truthy(self.unary())
        return self.primary()

    def primary(self):
        kind, value = self.take()
        if value == "(":
            inner = self.or_()
            self.take(")")
            return inner
        if kind == "str":
            return value[1:-1].replace("''", "'")
        if kind == "num":
            return float(value)
        if kind != "name":
            raise ExpressionError("unexpected %r" % value)
        if value in ("true", "false"):
            return value == "true"
        if value == "null":
            return None
        if self.peek() == "(":
            self.take("(")
            self.take(")")
            return self.function(value)
        return self.lookup(value)

    def function(self, name):
        self.used_status = True
        if name == "always":
            return True
        if name == "success":
            return self.status == "success"
        if name == "failure":
            return self.status == "failure"
        if name == "cancelled":
            return self.status == "cancelled"
        raise ExpressionError("unknown function %s()" % name)

    def lookup(self, dotted):
        value = self.context
        for part in dotted.split("."):
            if not isinstance(value, dict):
                return None
            value = value.get(part)
        return value


def substitute(text, evaluator):
    """`text` with every ${{ expression }} replaced by its value as a string."""
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: as_string(evaluator.evaluate(m.group(1))), text)


def condition(text, evaluator):
    """The value of an `if:`; without a status function, success() && (...), as the runner adds."""
    if text is None:
        return evaluator.status == "success"
    text = str(text).strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2]
    evaluator.used_status = False
    value = truthy(evaluator.evaluate(text))
    if not evaluator.used_status:
        value = value and evaluator.status == "success"
    return value


def read_output_file(path):
    """The name=value pairs of a GITHUB_OUTPUT or GITHUB_ENV file, both forms."""
    values = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            body = []
            while i < len(lines) and lines[i] != delimiter:
                body.append(lines[i])
                i += 1
            if i == len(lines):
                raise ExpressionError("%s: no closing %s" % (path, delimiter))
            i += 1
            values[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
        else:
            raise ExpressionError("%s: line %r is neither name=value nor name<<DELIMITER" % (path, line))
    return values


class Result:
    def __init__(self):
        self.steps = {}        # id -> {"outputs", "outcome", "conclusion"}
        self.log = []          # (step name, stdout, stderr, exit code) per step that ran
        self.skipped = []      # names of steps whose if: was false
        self.uses = []         # (name, action, with) per uses: step that ran
        self.status = "success"
        self.outputs = {}      # the action's outputs

    def stdout(self):
        return "".join(entry[1] for entry in self.log)


def run_composite(action, inputs, github, runner, workdir, action_path, env, uses_callback=None, timeout=900):
    """Runs the composite action `action` (parsed action.yml) as the runner would.

    inputs: the workflow's `with:` (defaults filled in here); github, runner:
    those contexts; workdir: the step's working directory (the workspace);
    env: the process environment every step starts from (GITHUB_STEP_SUMMARY
    and the like included); uses_callback(name, action, with) for uses: steps.
    """
    values = {}
    for name, spec in (action.get("inputs") or {}).items():
        values[name] = inputs.get(name, spec.get("default", ""))
    unknown = set(inputs) - set(values)
    if unknown:
        raise ExpressionError("inputs not in action.yml: %s" % sorted(unknown))
    result = Result()
    context = {"inputs": values, "github": github, "runner": runner, "steps": result.steps,
               "env": dict(env)}
    # Expressions in inputs' defaults (github.token) are evaluated once.
    pre = Evaluator(context, "success")
    for name in values:
        values[name] = substitute(as_string(values[name]), pre)
    step_env = dict(env)
    path_prefix = []
    for index, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", "step %d" % index)
        evaluator = Evaluator(context, result.status)
        context["env"] = dict(step_env)
        if not condition(step.get("if"), evaluator):
            result.skipped.append(name)
            if "id" in step:
                result.steps[step["id"]] = {"outputs": {}, "outcome": "skipped", "conclusion": "skipped"}
            continue
        if "uses" in step:
            with_values = {k: substitute(as_string(v), evaluator) for k, v in (step.get("with") or {}).items()}
            result.uses.append((name, step["uses"], with_values))
            if uses_callback:
                uses_callback(name, step["uses"], with_values)
            if "id" in step:
                result.steps[step["id"]] = {"outputs": {}, "outcome": "success", "conclusion": "success"}
            continue
        if step.get("shell") != "bash":
            raise ExpressionError("step %r: shell is %r; the test runs bash steps" % (name, step.get("shell")))
        files = {}
        proc_env = dict(step_env)
        for key, value in (step.get("env") or {}).items():
            proc_env[key] = substitute(as_string(value), evaluator)
        with tempfile.TemporaryDirectory() as tmp:
            for var in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH"):
                files[var] = os.path.join(tmp, var.lower())
                open(files[var], "w").close()
                proc_env[var] = files[var]
            proc_env["GITHUB_ACTION_PATH"] = action_path
            if path_prefix:
                proc_env["PATH"] = os.pathsep.join(path_prefix + [proc_env.get("PATH", "")])
            script = os.path.join(tmp, "step.sh")
            with open(script, "w", encoding="utf-8") as f:
                f.write(substitute(step["run"], evaluator))
            proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
                                  cwd=workdir, env=proc_env, capture_output=True, timeout=timeout)
            out = proc.stdout.decode("utf-8", "replace")
            err = proc.stderr.decode("utf-8", "replace")
            result.log.append((name, out, err, proc.returncode))
            outputs = read_output_file(files["GITHUB_OUTPUT"])
            step_env.update(read_output_file(files["GITHUB_ENV"]))
            with open(files["GITHUB_PATH"], encoding="utf-8") as f:
                path_prefix = [l for l in f.read().splitlines() if l] + path_prefix
        outcome = "success" if proc.returncode == 0 else "failure"
        if "id" in step:
            result.steps[step["id"]] = {"outputs": outputs, "outcome": outcome, "conclusion": outcome}
        if outcome == "failure" and not step.get("continue-on-error"):
            result.status = "failure"
    final = Evaluator(context, result.status)
    for name, spec in (action.get("outputs") or {}).items():
        result.outputs[name] = substitute(as_string(spec.get("value", "")), final)
    return result
