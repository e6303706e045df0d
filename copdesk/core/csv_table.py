"""Reading a CSV file the way spreadsheets and survey tools write them.

UTF-8 with or without BOM, UTF-16 with BOM, or cp1252; comma, semicolon or tab
detected; quoted newlines kept. Any problem is an :class:`ImportProblem` naming
the line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from copdesk.core.errors import ImportProblem

MAX_BYTES = 50 * 1024 * 1024
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class CsvRow:
    line: int  # 1-based line number where the row starts in the file
    values: dict[str, str]


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]  # normalised: stripped, lower-case
    rows: tuple[CsvRow, ...]
    delimiter: str
    encoding: str


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, else cp1252."""
    if len(data) > MAX_BYTES:
        raise ImportProblem(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ImportProblem("The file says it is UTF-16 but is not readable as such.") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            "The file's text encoding is not recognised (expected UTF-8 or Windows-1252)."
        ) from exc


def sniff_delimiter(text: str) -> str:
    """Pick the delimiter from the header line: the most frequent of , ; tab."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_table(
    data: bytes,
    *,
    required: Sequence[str] = (),
    max_rows: int = 10_000,
    max_field: int = 100_000,
) -> CsvTable:
    """Parse CSV bytes with a header row into a table of rows with line numbers."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise ImportProblem("The file contains NUL bytes: it is not a text CSV file.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportProblem("The file is empty.")
    delimiter = sniff_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(max_field, 1) + 1)
    try:
        source = _CountedLines(text)
        reader = csv.reader(source, delimiter=delimiter, strict=False)
        try:
            raw_header = next(reader)
        except csv.Error as exc:
            _refuse_open_quote(text, 0, 1, delimiter)
            raise ImportProblem(f"Line 1: the header cannot be read ({exc}).") from exc
        if source.consumed >= len(text):  # a quote left open runs to the end of the file
            _refuse_open_quote(text, 0, 1, delimiter)
        headers = tuple(h.strip().strip("\ufeff").lower() for h in raw_header)
        if not any(headers):
            raise ImportProblem("Line 1: the header row is empty.")
        seen = [h for h in headers if h]
        if len(seen) != len(set(seen)):
            raise ImportProblem("Line 1: the header names a column twice.")
        missing = [r for r in required if r not in headers]
        if missing:
            raise ImportProblem(
                f"Line 1: the header has no “{missing[0]}” column "
                f"(found: {', '.join(h for h in headers if h) or 'nothing'})."
            )
        rows: list[CsvRow] = []
        while True:
            line = reader.line_num + 1
            start = source.consumed
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                _refuse_open_quote(text, start, line, delimiter)
                why = (
                    f"a field is longer than {max_field:,} characters"
                    if "field larger" in str(exc)
                    else str(exc)
                )
                raise ImportProblem(f"Line {line}: {why}.") from exc
            if source.consumed >= len(text):  # the last row: is a quote left open?
                _refuse_open_quote(text, start, line, delimiter)
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(headers):
                extra = values[len(headers) :]
                if any(v.strip() for v in extra):
                    raise ImportProblem(
                        f"Line {line}: it has {len(values)} fields but the header has "
                        f"{len(headers)}."
                    )
            if len(rows) >= max_rows:
                raise ImportProblem(f"The file has more than {max_rows:,} rows.")
            rows.append(
                CsvRow(
                    line,
                    {h: (values[i] if i < len(values) else "") for i, h in enumerate(headers) if h},
                )
            )
    finally:
        csv.field_size_limit(old_limit)
    return CsvTable(headers, tuple(rows), delimiter, encoding)


class _CountedLines:
    """The lines of ``text`` for :func:`csv.reader`, counting the characters handed
    out, so that a row's start in ``text`` is known."""

    def __init__(self, text: str) -> None:
        self._lines = iter(io.StringIO(text))
        self.consumed = 0

    def __iter__(self) -> _CountedLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.consumed += len(line)
        return line


def open_quote_line(text: str, start: int = 0, line: int = 1, delimiter: str = ",") -> int | None:
    """The line where a quoted field opens and never closes, reading the row that
    begins at ``start`` (on line ``line``) of ``text`` the way :mod:`csv` does: a
    quote opens a field only as its first character, ``""`` inside is a quote.
    None when the row ends with every quoted field closed."""
    ends = re.compile(f"[{re.escape(delimiter)}\n]")
    i, n = start, len(text)
    while i < n:
        if text[i] == '"':  # a quoted field: find its closing quote
            j = i + 1
            while True:
                k = text.find('"', j)
                if k == -1:
                    return line + text.count("\n", start, i)
                if text.startswith('""', k):
                    j = k + 2
                    continue
                break
            i = k + 1
        found = ends.search(text, i)  # the rest of the field is plain text
        if found is None or found.group() == "\n":  # the row ends
            return None
        i = found.end()
    return None


def _refuse_open_quote(text: str, start: int, line: int, delimiter: str) -> None:
    where = open_quote_line(text, start, line, delimiter)
    if where is not None:
        raise ImportProblem(
            f'Line {where}: a quote (") opens a field that is never closed, so the rest '
            "of the file would become one field. Close the quote or remove it."
        )
