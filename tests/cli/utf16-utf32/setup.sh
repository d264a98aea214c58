# The plan files in the encodings YAML allows besides UTF-8, as Windows
# editors write them: with a byte order mark, and (as YAML 1.2 detects it)
# without one.
python3 - <<'PY'
def convert(path, codec, bom):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "wb") as f:
        f.write(("\ufeff" if bom else "").encode(codec) + text.encode(codec))
convert("plans/frame.yaml", "utf-16-le", True)
convert("plans/2021-plan.yaml", "utf-16-be", False)
convert("plans/2021-projects.yaml", "utf-32-le", True)
PY
