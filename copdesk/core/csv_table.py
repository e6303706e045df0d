"""Reading a CSV file the way spreadsheets and survey tools write them.

UTF-8 with or without BOM, UTF-16 with BOM, or cp1252; comma, semicolon or tab
detected; quoted newlines kept. Any problem is an :class:`ImportProblem` naming
the line.
"""

from __future__ import annotations

import csv
import io
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
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=False)
        try:
            raw_header = next(reader)
        except csv.Error as exc:
            raise ImportProblem(f"Line 1: the header cannot be read ({exc}).") from exc
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
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                why = (
                    f"a field is longer than {max_field:,} characters"
                    if "field larger" in str(exc)
                    else str(exc)
                )
                raise ImportProblem(f"Line {line}: {why}.") from exc
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
