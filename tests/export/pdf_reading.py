"""Read exported PDFs back: text, page sizes, embedded fonts, qpdf's verdict."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    """Whitespace removed and compatibility forms folded (Arabic presentation forms)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def all_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def assert_texts_present(data: bytes, texts: list[str]) -> None:
    found = squash(all_text(data))
    missing = [t for t in texts if squash(t) not in found]
    assert not missing, f"missing from the PDF: {missing[:5]}"


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(data).pages]


def embedded_fonts(data: bytes) -> dict[str, bool]:
    """Base font name → whether its TrueType program (FontFile2) is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader(data).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            name = str(font.get("/BaseFont"))
            fonts[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return fonts


def assert_fonts_embedded(data: bytes) -> None:
    fonts = embedded_fonts(data)
    assert fonts, "the PDF uses no fonts"
    assert all(fonts.values()), f"fonts not embedded: {[n for n, e in fonts.items() if not e]}"


def assert_qpdf_clean(data: bytes, tmp_path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (.ci/run installs it); structural check skipped")
    target = tmp_path / "check.pdf"
    target.write_bytes(data)
    result = subprocess.run([qpdf, "--check", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def rectangles(data: bytes, page: int = 0) -> list[tuple[float, float, float, float]]:
    """Every ``re`` rectangle (x, y-bottom, w, h) on a page: the poster draws its
    notes so, and frames, outlines and labels with curves."""
    from pypdf.generic import ContentStream

    pdf = reader(data)
    operations = ContentStream(pdf.pages[page].get_contents(), pdf).operations
    return [
        (float(x), float(y), float(w), float(h))
        for operands, op in operations
        if op == b"re"
        for x, y, w, h in [operands]
    ]


def text_runs(data: bytes, page: int = 0) -> list[tuple[str, float, float, float]]:
    """(text, x, baseline y, size) of every line of text on a page."""
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), tm[4], tm[5], size * tm[0]))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return runs
