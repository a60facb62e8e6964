"""Spreadsheets staff download never run what someone typed as a formula.

A name, title or city that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
would be evaluated by Excel or LibreOffice when the file is opened (CSV injection:
`=HYPERLINK(...)` sending data elsewhere, say). Public forms let anyone type such
values, and editors paste them. `spreadsheet_safe` puts an apostrophe in front, which
makes the cell plain text.

`FormulaSafeExportMiddleware` applies it to every CSV and XLSX file the admin answers
with: Wagtail's `list_export` of every snippet and model viewset (bills, partners...),
its reports (site history, page types...) and this project's own exports. Doing it on
the response, once, means a new viewset cannot forget it.
"""

import codecs
import csv
import io

#: A cell a spreadsheet would run as a formula (or that hides one after a tab or a
#: carriage return) starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def spreadsheet_safe(value):
    """The cell text, with a leading apostrophe when a spreadsheet would otherwise
    evaluate it: the apostrophe makes it plain text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Line:
    """A file-like target for csv.writer that hands back what was written."""

    def write(self, value):
        return value


def safe_csv_lines(chunks, charset="utf-8"):
    """Re-write CSV text arriving in `chunks` (bytes, split anywhere) with every cell
    made safe; yields one encoded record at a time, so a streamed export stays
    streamed. Quoted cells spanning lines are read whole by csv.reader."""
    decoder = codecs.getincrementaldecoder(charset)(errors="replace")

    def lines():
        # Split on "\n" only: str.splitlines would also split on characters such as
        # U+2028 that the csv module leaves unquoted inside a cell.
        pending = ""
        for chunk in chunks:
            pending += decoder.decode(chunk)
            *complete, pending = pending.split("\n")
            yield from (line + "\n" for line in complete)
        pending += decoder.decode(b"", final=True)
        if pending:
            yield pending

    writer = csv.writer(_Line())
    for row in csv.reader(lines()):
        yield writer.writerow([spreadsheet_safe(cell) for cell in row]).encode(charset)


def safe_xlsx(content):
    """The workbook in `content` (bytes) with every text cell made safe."""
    from openpyxl import load_workbook  # a few MB of import, only for an export

    workbook = load_workbook(io.BytesIO(content))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    cell.value = spreadsheet_safe(cell.value)
                    cell.data_type = "s"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


class FormulaSafeExportMiddleware:
    """Make every CSV and XLSX answer under `/admin/` formula-safe (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith("/admin/"):
            return response
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type == CSV:
            charset = response.charset or "utf-8"
            if response.streaming:
                response.streaming_content = safe_csv_lines(response.streaming_content, charset)
                del response["Content-Length"]  # the apostrophes change it
            else:
                response.content = b"".join(safe_csv_lines([response.content], charset))
        elif content_type == XLSX:
            # A workbook is a zip file: read whole, rewritten whole (Wagtail sends it
            # as a file response).
            original = (
                b"".join(response.streaming_content) if response.streaming else response.content
            )
            rewritten = safe_xlsx(original)
            if response.streaming:
                response.streaming_content = [rewritten]
            else:
                response.content = rewritten
            response["Content-Length"] = str(len(rewritten))
        return response
