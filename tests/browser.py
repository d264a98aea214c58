#!/usr/bin/env python3
"""The HTML summary as a browser shows and prints it: Debian's headless
Chromium renders the examples' Norwegian summaries, and the test measures
what a council member would see.

  browser.py --plancheck BIN [--workdir DIR] [--keep]

For examples/lillehammer and examples/elvedal (summary --lang nb --format html):

- screen, at a phone's width (390 px) and a desktop's (1280 px): the page
  does not overflow sideways (the page goes into an iframe of that width in
  a wrapper page whose script writes the document's scrollWidth and
  clientWidth, and the elements that stick out, into the DOM, which
  --dump-dom prints); every chart (svg.chart) is there, laid out with a
  non-zero size and with its bars;
- print (--print-to-pdf, A4 from the page's own @page rule, no browser
  header or footer): pdftotext -layout reads each page, and every heading
  (h1, h2, h3 of the page, matched as whole lines in document order) has
  content after it on its own page, so no heading is left at the bottom
  (a table's caption: its head and a row);
  the colophon (date and plancheck version) is printed on every page;
  pdftoppm renders each page, and none is empty (its text area has ink).

Each check must be able to fail, so the test first runs it on a copy of
the page broken on purpose and expects the fault to be found: a box wider
than the screen, the charts hidden, every h3 forced to end its page, and
a blank page forced in. Chromium runs without a network (a proxy that
does not exist, every host name unresolvable), with a fresh profile, and
with --no-sandbox (root and most containers cannot use it; the pages are
local and our own). Standard library only.
"""

import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = ["lillehammer", "elvedal"]
SCREENS = [("phone", 390, 844), ("desktop", 1280, 900)]
# A fixed date, so that the colophon is known (2 December 2026, 12:00 UTC).
SOURCE_DATE_EPOCH = "1796212800"
COLOPHON_DATE = "2. desember 2026"

# The page goes into an iframe of the screen's width (a headless window is
# never narrower than 500 px); when it has loaded, this script measures it
# and writes what it found into the wrapper's DOM, which --dump-dom prints.
WRAPPER = """<!DOCTYPE html>
<html><head><meta charset="utf-8" /></head><body style="margin: 0">
<iframe id="page" style="border: 0; width: %(width)dpx; height: %(height)dpx" srcdoc="%(page)s"></iframe>
<script>
window.addEventListener('load', function () {
  var win = document.getElementById('page').contentWindow, doc = win.document, root = doc.documentElement;
  var out = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: [], charts: []};
  function clipped(el) {
    for (var p = el.parentElement; p; p = p.parentElement) {
      var o = win.getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  }
  var all = doc.body.getElementsByTagName('*');
  for (var i = 0; i < all.length && out.wide.length < 5; i++) {
    var r = all[i].getBoundingClientRect();
    if (r.right > root.clientWidth + 1 && !clipped(all[i]))
      out.wide.push(all[i].tagName.toLowerCase() + ' ' + Math.round(r.right) + ' px');
  }
  var svgs = doc.querySelectorAll('svg.chart');
  for (var j = 0; j < svgs.length; j++) {
    var b = svgs[j].getBoundingClientRect();
    var bars = svgs[j].querySelectorAll('rect.bar-year, rect.bar-period');
    var drawn = 0;
    for (var k = 0; k < bars.length; k++) if (bars[k].getBoundingClientRect().width > 0) drawn++;
    out.charts.push({width: b.width, height: b.height, bars: bars.length, drawn: drawn,
                     visible: win.getComputedStyle(svgs[j]).display !== 'none'});
  }
  var pre = document.createElement('pre');
  pre.id = 'plancheck-probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
</body></html>
"""


class Failure(Exception):
    pass


def chromium_binary():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary, args, workdir, timeout=120):
    """Runs headless Chromium with a fresh profile and no network; its stdout."""
    profile = tempfile.mkdtemp(prefix="profile-", dir=workdir)
    command = [binary, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--disable-default-apps", "--mute-audio",
               "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
               "--user-data-dir=" + profile,
               # Root cannot use the sandbox, and a container often has no user namespaces
               # for it; the pages are our own, local, and the network is shut off.
               "--no-sandbox"]
    try:
        proc = subprocess.run(command + args, capture_output=True, timeout=timeout,
                              env=dict(os.environ, HOME=profile))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if proc.returncode != 0:
        raise Failure("chromium %s exited %d: %s" % (" ".join(args), proc.returncode,
                                                        proc.stderr.decode("utf-8", "replace")[-2000:]))
    return proc.stdout.decode("utf-8", "replace")


def url(path):
    return "file://" + os.path.abspath(path)


def screen(binary, page, name, width, height, workdir):
    """What the script measured of `page` shown in a frame of width x height."""
    path = os.path.join(workdir, "%s-%d.html" % (name, width))
    with open(path, "w", encoding="utf-8") as f:
        f.write(WRAPPER % {"width": width, "height": height, "page": html.escape(page, quote=True)})
    dom = chromium(binary, ["--window-size=%d,%d" % (max(width, 800), height + 200),
                            "--virtual-time-budget=5000", "--dump-dom", url(path)], workdir)
    m = re.search(r'<pre id="plancheck-probe">(.*?)</pre>', dom, re.S)
    if not m:
        raise Failure("%s at %d px: the script wrote nothing into the DOM (did it run?)" % (name, width))
    probe = json.loads(html.unescape(m.group(1)))
    if abs(probe["clientWidth"] - width) > 20:
        raise Failure("%s: the page was laid out %d px wide, not %d px" % (name, probe["clientWidth"], width))
    return probe


def check_overflow(probe, what):
    if probe["clientWidth"] <= 0:
        raise Failure("%s: the page has no width" % what)
    if probe["scrollWidth"] > probe["clientWidth"]:
        raise Failure("%s: the page overflows sideways: %d px of content in %d px (%s)"
                      % (what, probe["scrollWidth"], probe["clientWidth"], ", ".join(probe["wide"])))


def check_charts(probe, what, expected):
    charts = probe["charts"]
    if len(charts) != expected:
        raise Failure("%s: %d charts, expected %d" % (what, len(charts), expected))
    for i, c in enumerate(charts):
        if not c["visible"] or c["width"] < 100 or c["height"] < 50:
            raise Failure("%s: chart %d is not shown (%.0f x %.0f px)" % (what, i + 1, c["width"], c["height"]))
        if c["bars"] == 0 or c["drawn"] == 0:
            raise Failure("%s: chart %d has no bars drawn (%d bars)" % (what, i + 1, c["bars"]))


# A heading needs a line of its content after it on its page; a table's
# caption needs two: the table's head and a row.
LINES_AFTER = {"h1": 1, "h2": 1, "h3": 1, "caption": 2}


class Headings(html.parser.HTMLParser):
    """The h1, h2 and h3 elements and table captions, in document order:
    (text, how many lines of content must follow it on its page)."""

    def __init__(self):
        super().__init__()
        self.headings, self._text, self._tag = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag in LINES_AFTER:
            self._text, self._tag = "", tag

    def handle_endtag(self, tag):
        if tag == self._tag and self._text is not None:
            self.headings.append((" ".join(self._text.split()), LINES_AFTER[tag]))
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text += data


def headings_of(page):
    parser = Headings()
    parser.feed(page)
    return [h for h in parser.headings if h[0]]


def print_pdf(binary, page, name, workdir):
    html_path = os.path.join(workdir, name + "-print.html")
    pdf_path = os.path.join(workdir, name + ".pdf")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(page)
    if os.path.exists(pdf_path):
        os.remove(pdf_path)
    chromium(binary, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf_path, url(html_path)], workdir)
    if not os.path.exists(pdf_path) or os.path.getsize(pdf_path) == 0:
        raise Failure("%s: chromium wrote no PDF" % name)
    return pdf_path


def pdf_pages(pdf_path):
    """Each page's lines (pdftotext -layout), whitespace folded, blank lines left out."""
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf_path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in pages]


FOOTER = re.compile(r"^(Utarbeidet .* med plancheck \S+\.)?\s*(Side \d+ av \d+)?$")


def content_lines(lines):
    """A page's lines without the footer the @page rule prints (colophon, page number)."""
    return [line for line in lines if not FOOTER.match(line)]


def check_footer(pages, what):
    for number, lines in enumerate(pages, 1):
        joined = " ".join(lines[-3:])
        if COLOPHON_DATE not in joined or "Side %d av %d" % (number, len(pages)) not in joined:
            raise Failure("%s: page %d does not end with the colophon and its page number (%r)"
                          % (what, number, lines[-3:]))


def check_headings(pages, headings, what):
    """Every heading found, in order, as whole lines, with content after it on its page."""
    pages = [content_lines(p) for p in pages]
    page_no, line_no = 0, 0
    for heading, after in headings:
        found = None
        while page_no < len(pages) and found is None:
            lines = pages[page_no]
            for i in range(line_no, len(lines)):
                text = lines[i]
                j = i
                while len(text) < len(heading) and j + 1 < len(lines) and heading.startswith(text):
                    j += 1
                    text += " " + lines[j]
                if text == heading:
                    found = (page_no, j)
                    break
            if found is None:
                page_no, line_no = page_no + 1, 0
        if found is None:
            raise Failure("%s: the heading %r is on no page" % (what, heading))
        page_no, last = found
        if last + after >= len(pages[page_no]):
            raise Failure("%s: the heading %r is at the foot of page %d; its content starts on the "
                          "next page" % (what, heading, page_no + 1))
        line_no = last + 1


def page_images(pdf_path, workdir):
    """Each page as a greyscale image (pdftoppm -gray, PGM): (width, height, bytes)."""
    prefix = os.path.join(workdir, "page")
    for old in os.listdir(workdir):
        if old.startswith("page") and old.endswith(".pgm"):
            os.remove(os.path.join(workdir, old))
    subprocess.run(["pdftoppm", "-gray", "-r", "30", pdf_path, prefix], check=True)
    images = []
    for name in sorted(n for n in os.listdir(workdir) if n.startswith("page") and n.endswith(".pgm")):
        with open(os.path.join(workdir, name), "rb") as f:
            data = f.read()
        m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
        if not m:
            raise Failure("pdftoppm wrote something that is not a PGM: " + name)
        width, height = int(m.group(1)), int(m.group(2))
        images.append((width, height, data[m.end():m.end() + width * height]))
    return images


def check_pages_not_empty(pdf_path, text_pages, what, workdir):
    images = page_images(pdf_path, workdir)
    if len(images) != len(text_pages):
        raise Failure("%s: pdftoppm made %d pages, pdftotext read %d" % (what, len(images), len(text_pages)))
    if not images:
        raise Failure("%s: the PDF has no pages" % what)
    for number, (width, height, pixels) in enumerate(images, 1):
        # The text area of A4 (297 mm) inside the @page margins: 16 mm top, 18 mm bottom.
        top, bottom = int(height * 16 / 297), int(height * (297 - 18) / 297)
        ink = sum(1 for v in pixels[top * width:bottom * width] if v < 200)
        if ink == 0:
            raise Failure("%s: page %d is empty (%d dark pixels in its text area)" % (what, number, ink))
        if not content_lines(text_pages[number - 1]):
            raise Failure("%s: page %d has no text but its footer" % (what, number))


def check_screen(binary, page, name, workdir, charts):
    for screen_name, width, height in SCREENS:
        what = "%s on a %s (%d px)" % (name, screen_name, width)
        probe = screen(binary, page, name, width, height, workdir)
        check_overflow(probe, what)
        check_charts(probe, what, charts)


def check_print(binary, page, name, workdir):
    pdf = print_pdf(binary, page, name, workdir)
    pages = pdf_pages(pdf)
    what = name + " printed"
    check_footer(pages, what)
    check_headings(pages, headings_of(page), what)
    check_pages_not_empty(pdf, pages, what, workdir)
    return len(pages)


def expect_failure(label, expected, check):
    """Runs a check on a page broken on purpose: it must fail, for that fault (`expected`)."""
    try:
        check()
    except Failure as e:
        if expected not in str(e):
            raise Failure("a page broken on purpose (%s) failed for another reason: %s" % (label, e))
        print("ok: broken on purpose, found: %s: %s" % (label, e))
        return
    raise Failure("the check did not find a fault planted on purpose: " + label)


def broken(page, css="", body=""):
    """The page with extra style rules and extra content at the start of <main>."""
    if css:
        page = page.replace("</style>", css + "\n</style>", 1)
    if body:
        page = page.replace("<main>\n", "<main>\n" + body, 1)
    return page


def self_tests(binary, page, workdir, charts):
    expect_failure("a box 1500 px wide", "overflows sideways", lambda: check_overflow(
        screen(binary, broken(page, body='<div style="width: 1500px">bred</div>\n'), "wide", 390, 844,
               workdir), "wide"))
    expect_failure("the charts hidden", "is not shown", lambda: check_charts(
        screen(binary, broken(page, css="svg.chart { display: none; }"), "nochart", 1280, 900, workdir),
        "nochart", charts))
    expect_failure("every h3 forced to end its page", "at the foot of page", lambda: check_print(
        binary, broken(page, css="@media print { h3 { break-after: page !important; } }"), "headings", workdir))
    expect_failure("a blank page forced in", "is empty", lambda: check_print(
        binary, broken(page, body='<div style="height: 1mm; break-after: page"></div>\n'), "blank",
        workdir))


def summary_html(plancheck, example, workdir):
    out = os.path.join(workdir, example + ".html")
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, LANG="C.UTF-8")
    subprocess.run([plancheck, "summary", "--lang", "nb", "--format", "html", "--output", out,
                    os.path.join(ROOT, "examples", example)], check=True, env=env)
    with open(out, encoding="utf-8") as f:
        return f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plancheck", required=True)
    parser.add_argument("--workdir", help="where the pages, PDFs and images go (default: a temporary folder)")
    args = parser.parse_args()
    binary = chromium_binary()
    missing = [p for p, ok in (("chromium", binary), ("poppler-utils", shutil.which("pdftotext")
                                                                       and shutil.which("pdftoppm")))
               if not ok]
    if missing:
        print("FAIL: %s not installed; make deps installs the Debian packages" % ", ".join(missing))
        return 1
    workdir = args.workdir or tempfile.mkdtemp(prefix="plancheck-browser-")
    os.makedirs(workdir, exist_ok=True)
    try:
        pages = {e: summary_html(args.plancheck, e, workdir) for e in EXAMPLES}
        counts = {e: p.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') for e, p in pages.items()}
        self_tests(binary, pages["lillehammer"], workdir, counts["lillehammer"])
        for example, page in pages.items():
            check_screen(binary, page, example, workdir, counts[example])
            n = check_print(binary, page, example, workdir)
            print("ok: %s: no overflow at %s; %d chart(s); %d printed pages, every heading with its "
                  "content" % (example, " and ".join("%d px" % w for _, w, _ in SCREENS), counts[example], n))
    except Failure as e:
        print("FAIL: " + str(e))
        return 1
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
