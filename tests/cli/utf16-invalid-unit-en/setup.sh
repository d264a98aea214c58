# A UTF-16 file with a lone surrogate (an invalid code unit, as a broken
# editor or a cut-and-paste can leave one) in the goal's text.
python3 - <<'PY'
with open("plans/frame.yaml", encoding="utf-8") as f:
    text = f.read()
at = text.index("goal:") + len("goal: ")
text = text[:at] + "\udc00" + text[at:]
with open("plans/frame.yaml", "wb") as f:
    f.write("\ufeff".encode("utf-16-le") + text.encode("utf-16-le", "surrogatepass"))
PY
