"""The summary's spreadsheet formats read back with real readers and compared,
figure by figure, with the JSON summary of the same plan set (summary_check.py
runs them on every case):

  xlsx  opened with openpyxl (Debian's python3-openpyxl): the sheets the
        workbook has, the header rows frozen, every amount a number with the
        kroner format, every share a number with a percent format, every
        date a date; a year sheet per year shown (income, administration,
        measures and reserve as adopted and as revised, granted and left, the
        totals, withdrawn after the year, returned, paid), the grants, the shares against their bands (year and
        period), the reserve and the commitments, all equal to the JSON's
  csv   parsed with Python's csv module (RFC 4180, CRLF): one row per grant
        with the JSON's figures
"""

import csv
import datetime
import io
import re

import openpyxl

MONEY_FORMATS = {"en": '"NOK "#,##0', "nb": '#,##0\\ "kr"'}
PERCENT_FORMATS = {"en": "0.0%", "nb": "0.0\\ %"}
DATE_FORMATS = {"en": "yyyy-mm-dd", "nb": "dd.mm.yyyy"}
SHEETS = {"en": ("Grants", "Shares", "Reserve", "Commitments"),
          "nb": ("Tilsagn", "Andeler", "Reserve", "Forpliktelser")}
DASH = "\u2013"


class Checker:
    def __init__(self, case, lang, fail):
        self.case = case
        self.lang = lang
        self.fail = fail

    def problem(self, where, text):
        self.fail(self.case, "%s: %s" % (where, text))

    def money(self, where, cell, kroner):
        """A cell holds the JSON's kroner as a number with the kroner format (a dash for null)."""
        if kroner is None:
            if cell.value != DASH:
                self.problem(where, "%r where the JSON has null (a dash expected)" % (cell.value,))
            return
        if isinstance(cell.value, bool) or not isinstance(cell.value, (int, float)):
            self.problem(where, "%r is not a number (expected %d)" % (cell.value, kroner))
            return
        if cell.value != kroner:
            self.problem(where, "%r, the JSON has %d" % (cell.value, kroner))
        if cell.number_format != MONEY_FORMATS[self.lang]:
            self.problem(where, "number format %r, not the kroner format" % cell.number_format)

    def share(self, where, cell, share):
        if share is None:
            if cell.value != DASH:
                self.problem(where, "%r where the JSON has no share" % (cell.value,))
            return
        if not isinstance(cell.value, (int, float)) or abs(cell.value - share["num"] / share["den"]) > 1e-12:
            self.problem(where, "%r, the JSON has %d/%d" % (cell.value, share["num"], share["den"]))
        if cell.number_format != PERCENT_FORMATS[self.lang]:
            self.problem(where, "number format %r, not the percent format" % cell.number_format)

    def date(self, where, cell, iso):
        if iso is None:
            if cell.value is not None:
                self.problem(where, "%r where the JSON has no date" % (cell.value,))
            return
        expected = datetime.datetime.strptime(iso, "%Y-%m-%d")
        if cell.value != expected:
            self.problem(where, "%r, the JSON has %s" % (cell.value, iso))
        if cell.number_format != DATE_FORMATS[self.lang]:
            self.problem(where, "number format %r, not the date format" % cell.number_format)

    def text(self, where, cell, text):
        # A cell cannot hold control characters (XML 1.0): the workbook writes spaces.
        text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", " ", text or "")
        if (cell.value or "") != text:
            self.problem(where, "%r, the JSON has %r" % (cell.value, text))

    def integer(self, where, cell, n):
        if cell.value != n:
            self.problem(where, "%r, expected %r" % (cell.value, n))


def rows_of(ws):
    """The data rows of a sheet (after the title and the frozen header row), as cell tuples."""
    return [row for row in ws.iter_rows(min_row=3) if any(c.value is not None for c in row)]


def check_frozen(ck, ws):
    if ws.freeze_panes != "A3":
        ck.problem(ws.title, "the header rows are not frozen (%r)" % ws.freeze_panes)
    if not ws["A1"].value or not ws["A2"].value:
        ck.problem(ws.title, "no title or header row")


def check_year_sheet(ck, ws, frame, year):
    rows = rows_of(ws)
    if not year["readable"]:
        if len(rows) != 1:
            ck.problem(ws.title, "an unreadable year has %d rows, not one note" % len(rows))
        return
    notes = sum(1 for r in rows if r[4].value is None and r[6].value is None and r[7].value is None
                and r[1].value is None and r[2].value is None)
    rows = rows[notes:]
    income = year["income"]
    allocation = year["allocation"]
    expected = [("partner", p["id"], p["amount"], p["amount"]) for p in income["partners"]]
    expected += [("carried-over", "carried-over", income["carried-over"], income["carried-over"]),
                 ("income", None, income["total"], income["total"]),
                 ("administration", None, allocation["adopted-administration"], allocation["administration"])]
    for (what, ident, adopted, revised), row in zip(expected, rows):
        where = "%s %s %s" % (ws.title, what, ident or "")
        if ident is not None:
            ck.text(where + " id", row[1], ident)
        ck.money(where + " adopted", row[4], adopted)
        ck.money(where + " revised", row[5], revised)
    rows = rows[len(expected):]
    measures = year["grants"]["measures"]
    for m, row in zip(measures, rows):
        where = "%s measure %s" % (ws.title, m["id"])
        ck.text(where + " id", row[1], m["id"])
        ck.text(where + " title", row[2], m["title"])
        ck.text(where + " priority", row[3], m["priority"])
        ck.money(where + " adopted", row[4], m["adopted"])
        ck.money(where + " revised", row[5], m["amount"])
        ck.money(where + " granted", row[6], m["granted"])
        ck.money(where + " left", row[7], m["left"])
    rows = rows[len(measures):]
    reserve = year["reserve"]
    if reserve is not None:
        row = rows.pop(0)
        where = ws.title + " reserve"
        ck.text(where + " id", row[1], "reserve")
        ck.money(where + " adopted", row[4], allocation["adopted-reserve"])
        ck.money(where + " revised", row[5], reserve["amount"])
        ck.money(where + " drawn", row[6], reserve["drawn"])
        ck.money(where + " left", row[7], reserve["left"])
    grants = year["grants"]
    row = rows.pop(0)
    ck.money(ws.title + " total measure funds", row[5], allocation["measure-funds"])
    ck.money(ws.title + " total granted", row[6], grants["granted"])
    row = rows.pop(0)
    ck.money(ws.title + " allocated as adopted", row[4], year["adopted-allocated"])
    ck.money(ws.title + " allocated", row[5], allocation["allocated"])
    ck.money(ws.title + " unallocated", rows.pop(0)[5], allocation["unallocated"])
    if grants["withdrawn-count"] > 0:
        ck.money(ws.title + " withdrawn", rows.pop(0)[6], grants["withdrawn"])
    if grants["withdrawn-later-count"] > 0:
        ck.money(ws.title + " withdrawn later", rows.pop(0)[6], grants["withdrawn-later"])
    if grants["returned-count"] > 0:
        ck.money(ws.title + " returned", rows.pop(0)[7], grants["returned"])
    if grants["paid-grants"] > 0:
        ck.money(ws.title + " paid", rows.pop(0)[6], grants["paid"])
    ck.money(ws.title + " left over", rows.pop(0)[7], grants["left-over"])
    if rows:
        ck.problem(ws.title, "%d rows more than the JSON has figures for" % len(rows))


def status_words(lang):
    return {"en": {"granted": "granted", "paid": "paid", "completed": "completed", "withdrawn": "withdrawn"},
            "nb": {"granted": "innvilget", "paid": "utbetalt", "completed": "sluttført",
                   "withdrawn": "trukket tilbake"}}[lang]


def later_years(grant):
    if not grant["installments"]:
        return "none"
    amounts = [i["amount"] for i in grant["installments"]]
    return None if None in amounts else sum(amounts)


def check_grants_sheet(ck, ws, data, multi):
    rows = rows_of(ws)
    expected = [(f, y, g) for f in data["frames"] for y in f["years"] if y["readable"]
                for g in y["grants"]["projects"]]
    if len(rows) != len(expected):
        ck.problem(ws.title, "%d grants, the JSON has %d" % (len(rows), len(expected)))
    words = status_words(ck.lang)
    for row, (frame, year, g) in zip(rows, expected):
        cells = row[1:] if multi else row
        where = "%s %s" % (ws.title, g["id"])
        ck.integer(where + " year", cells[0], year["year"])
        ck.text(where + " id", cells[1], g["id"])
        ck.text(where + " title", cells[2], g["title"])
        ck.text(where + " applicant", cells[3], g["applicant"])
        ck.text(where + " measure", cells[4], g["measure"])
        ck.text(where + " priority", cells[5], g["priority"])
        ck.money(where + " amount", cells[6], g["amount"])
        later = later_years(g)
        if later == "none":
            if cells[7].value is not None:
                ck.problem(where, "later years %r without installments" % cells[7].value)
        else:
            ck.money(where + " later years", cells[7], later)
        ck.money(where + " total", cells[8], g["total"])
        ck.text(where + " decision", cells[9], g["decision"]["case"] if g["decision"] else None)
        ck.date(where + " decision date", cells[10], g["decision"]["date"] if g["decision"] else None)
        ck.text(where + " status", cells[11], words[g["status"]] if g["status"] else DASH)
        if g["paid"] is None:
            if cells[12].value is not None:
                ck.problem(where, "paid %r where the JSON records no payments" % cells[12].value)
        else:
            ck.money(where + " paid", cells[12], g["paid"])
        ck.date(where + " withdrawn", cells[13], g["withdrawn"])
        ck.integer(where + " returned in", cells[14], g["returned-in"])


def check_shares_sheet(ck, ws, data, multi):
    rows = rows_of(ws)
    expected = []
    for f in data["frames"]:
        for y in f["years"]:
            if y["readable"]:
                expected += [(y["year"], p, p["amount"]) for p in y["priorities"]]
        expected += [(None, p, p["planned"]) for p in f["period"]["priorities"]]
    if len(rows) != len(expected):
        ck.problem(ws.title, "%d rows, the JSON has %d shares" % (len(rows), len(expected)))
    for row, (year, p, amount) in zip(rows, expected):
        cells = row[1:] if multi else row
        where = "%s %s %s" % (ws.title, year or "period", p["id"])
        if year is not None:
            ck.integer(where + " year", cells[0], year)
        ck.text(where + " id", cells[1], p["id"])
        ck.money(where + " amount", cells[3], amount)
        ck.share(where + " share", cells[4], p["share"])
        band = p["band"]
        for column, key in ((5, "target"), (6, "low"), (7, "high")):
            ck.share(where + " " + key, cells[column], band[key] if band else None)


def check_reserve_sheet(ck, ws, data, multi):
    rows = rows_of(ws)
    expected = [(y, y["reserve"]) for f in data["frames"] for y in f["years"]
                if y["readable"] and y["reserve"] is not None]
    if len(rows) != len(expected):
        ck.problem(ws.title, "%d rows, the JSON has %d reserves" % (len(rows), len(expected)))
    for row, (year, r) in zip(rows, expected):
        cells = row[1:] if multi else row
        where = "%s %d" % (ws.title, year["year"])
        ck.integer(where + " year", cells[0], year["year"])
        for column, key in ((1, "amount"), (2, "min"), (3, "max"), (4, "drawn"), (6, "left")):
            ck.money(where + " " + key, cells[column], r[key])
        ck.integer(where + " grants", cells[5], r["grants"])


def check_commitments_sheet(ck, ws, data, multi):
    rows = rows_of(ws)
    expected = [(y, c) for f in data["frames"] for y in f["years"] if y["readable"]
                for c in y["commitments"]]
    if len(rows) != len(expected):
        ck.problem(ws.title, "%d rows, the JSON has %d commitment lines" % (len(rows), len(expected)))
    for row, (year, c) in zip(rows, expected):
        cells = row[1:] if multi else row
        where = "%s %d %s" % (ws.title, year["year"], c["id"])
        ck.integer(where + " year", cells[0], year["year"])
        ck.text(where + " id", cells[1], c["id"])
        ck.integer(where + " from", cells[3], c["from"])
        ck.integer(where + " to", cells[4], c["to"])
        ck.money(where + " required", cells[5], c["required"])
        ck.money(where + " funded", cells[6], c["funded"])


def check_xlsx(case, path, data, lang, fail):
    ck = Checker(case, lang, fail)
    try:
        wb = openpyxl.load_workbook(path)
    except Exception as e:  # noqa: BLE001 - any reader error is the finding
        ck.problem("xlsx", "openpyxl cannot open the workbook: %s" % e)
        return
    multi = len(data["frames"]) > 1
    years = [(f, y) for f in data["frames"] for y in f["years"]]
    names = wb.sheetnames
    if len(names) != len(years) + len(SHEETS[lang]):
        ck.problem("xlsx", "sheets %r for %d years" % (names, len(years)))
        return
    if tuple(names[len(years):]) != SHEETS[lang]:
        ck.problem("xlsx", "sheets %r, not %r in the language" % (names[len(years):], SHEETS[lang]))
    for ws in wb.worksheets:
        check_frozen(ck, ws)
    for ws, (frame, year) in zip(wb.worksheets, years):
        if not multi and ws.title != str(year["year"]):
            ck.problem(ws.title, "the sheet of %d is named %r" % (year["year"], ws.title))
        check_year_sheet(ck, ws, frame, year)
    grants, shares, reserve, commitments = wb.worksheets[len(years):]
    check_grants_sheet(ck, grants, data, multi)
    check_shares_sheet(ck, shares, data, multi)
    check_reserve_sheet(ck, reserve, data, multi)
    check_commitments_sheet(ck, commitments, data, multi)


def check_csv(case, text, data, lang, fail):
    ck = Checker(case, lang, fail)
    if text and not text.endswith("\r\n"):
        ck.problem("csv", "lines do not end in CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        ck.problem("csv", "no header row")
        return
    header, rows = rows[0], rows[1:]
    if len(header) != 16:
        ck.problem("csv", "header has %d columns: %r" % (len(header), header))
    expected = [(f, y, g) for f in data["frames"] for y in f["years"] if y["readable"]
                for g in y["grants"]["projects"]]
    if len(rows) != len(expected):
        ck.problem("csv", "%d rows, the JSON has %d grants" % (len(rows), len(expected)))
    words = status_words(lang)

    def plain(value):
        return "" if value is None else str(value)

    def text_field(value):
        value = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", " ", value or "")
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t") else value

    for row, (frame, year, g) in zip(rows, expected):
        later = later_years(g)
        wanted = [text_field(frame["id"]), str(year["year"]), text_field(g["id"]), text_field(g["title"]),
                  text_field(g["applicant"]), text_field(g["measure"]), text_field(g["priority"]),
                  plain(g["amount"]), "" if later == "none" else plain(later), plain(g["total"]),
                  text_field(g["decision"]["case"] if g["decision"] else ""),
                  g["decision"]["date"] if g["decision"] else "",
                  words[g["status"]] if g["status"] else "", plain(g["paid"]), plain(g["withdrawn"]),
                  plain(g["returned-in"])]
        if len(row) != len(wanted):
            ck.problem("csv %s" % g["id"], "%d fields, not %d" % (len(row), len(wanted)))
            continue
        for i, (got, want) in enumerate(zip(row, wanted)):
            if got != want:
                ck.problem("csv %s" % g["id"], "column %s is %r, the JSON gives %r" % (header[i], got, want))
