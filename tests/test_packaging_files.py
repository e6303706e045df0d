"""The packaging files are complete and agree with each other: the desktop entry,
the MIME type, the AppStream metadata, the icon sizes, the credits and licences,
and the place the wheel and the app bundle put ``resources/``. Fast; the external
validators run when they are installed."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from copdesk import __version__
from copdesk.core.credits import credited_files, parse_credits, parse_libraries

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.copdesk.Copdesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "copdesk-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _list(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "copdesk"
    assert entry["Comment"] and entry["GenericName"]
    assert entry["Exec"].split() == ["copdesk", "%f"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert {"Office", "Education"} <= set(_list(entry["Categories"]))
    assert "application/x-copdesk" in _list(entry["MimeType"])
    assert len(_list(entry["Keywords"])) >= 5


def test_mime_type_matches_the_extension_first_and_sqlite_magic_second(tmp_path: Path) -> None:
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    [mime] = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-copdesk"
    [glob] = mime.findall(f"{MIME_NS}glob")
    assert glob.get("pattern") == "*.copdesk"
    [magic] = mime.findall(f"{MIME_NS}magic")
    [match] = magic.findall(f"{MIME_NS}match")
    assert (match.get("type"), match.get("offset")) == ("string", "0")
    assert int(magic.get("priority", "50")) < int(glob.get("weight", "50"))
    assert mime.find(f"{MIME_NS}comment") is not None
    # The magic is what a real community file starts with.
    from copdesk.desk import Desk

    path = tmp_path / "community.copdesk"
    with Desk.open(path, create=True):
        pass
    assert path.read_bytes().startswith(match.get("value", "").encode())


def test_appstream_metadata_names_the_app_its_file_type_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("icon") == APP_ID
    assert root.findtext("description/p")
    provides = root.find("provides")
    assert provides is not None
    assert provides.findtext("binary") == "copdesk"
    assert provides.findtext("mediatype") == "application/x-copdesk"
    versions = [release.get("version") for release in root.iterfind("releases/release")]
    assert versions and versions[0] == __version__, "add a <release> for the new version"


def _png_size(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()[:33]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    length, chunk = struct.unpack(">I4s", data[8:16])
    assert (length, chunk) == (13, b"IHDR")
    width, height, _depth, color_type = struct.unpack(">IIBB", data[16:26])
    return width, height, color_type


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_a_transparent_png_of_that_size(size: int) -> None:
    path = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "copdesk.png"
    width, height, color_type = _png_size(path)
    assert (width, height) == (size, size)
    assert color_type == 6, "RGBA, so the icon has no box around it"


def test_the_svg_icon_is_square() -> None:
    root = ET.parse(RESOURCES / "icons" / "copdesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height > 0


def _bundled(folder: str) -> set[str]:
    return {
        p.relative_to(RESOURCES).as_posix()
        for p in (RESOURCES / folder).rglob("*")
        if p.is_file() and p.name != "README.md"
    }


def test_credits_cover_every_bundled_font_sound_and_icon() -> None:
    text = (RESOURCES / "CREDITS.json").read_text(encoding="utf-8")
    credits = parse_credits(text)
    named = credited_files(credits)
    for name in named:
        assert (RESOURCES / name).is_file(), f"CREDITS.json names a missing file {name}"
    assert _bundled("fonts") | _bundled("sounds") <= named
    rendered = {f"icons/hicolor/{s}x{s}/apps/copdesk.png" for s in ICON_SIZES}
    assert _bundled("icons") - rendered <= named
    assert parse_libraries(text), "the libraries inside the app bundle are listed too"


def test_third_party_licences_are_generated_from_the_credits() -> None:
    spec = importlib.util.spec_from_file_location(
        "write_licenses", ROOT / "packaging" / "write_licenses.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = (RESOURCES / "CREDITS.json").read_text(encoding="utf-8")
    expected = module.render(parse_credits(text), parse_libraries(text), RESOURCES)
    committed = (ROOT / "THIRD_PARTY_LICENSES.md").read_text(encoding="utf-8")
    assert committed == expected, "run python packaging/write_licenses.py"
    assert "Apache License" in committed and "Bitstream" in committed


def test_the_bundled_licence_is_the_repository_licence() -> None:
    assert (RESOURCES / "LICENSE.txt").read_bytes() == (ROOT / "LICENSE").read_bytes()


def test_wheel_and_app_bundle_put_resources_where_resource_paths_looks() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["resources"] == "copdesk/resources"
    spec = (ROOT / "packaging" / "copdesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "copdesk/resources")' in spec
    finder = (ROOT / "copdesk" / "core" / "resource_paths.py").read_text(encoding="utf-8")
    assert 'Path(frozen) / "copdesk" / "resources"' in finder


@pytest.mark.parametrize(
    "script", ["packaging/check_bundle.sh", "packaging/linux/install-linux.sh"]
)
def test_shell_scripts_parse(script: str) -> None:
    subprocess.run(["sh", "-n", str(ROOT / script)], check=True)


def test_install_linux_puts_entry_icons_and_file_type_under_the_prefix(tmp_path: Path) -> None:
    fake = tmp_path / "my apps" / "copdesk"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    prefix = tmp_path / "prefix"
    run = subprocess.run(
        ["sh", str(LINUX / "install-linux.sh"), "--prefix", str(prefix), "--exec", str(fake)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    share = prefix / "share"
    desktop = (share / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f'Exec="{fake}" %f' in desktop.splitlines()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-copdesk:*.copdesk" in globs
    removed = subprocess.run(
        ["sh", str(LINUX / "install-linux.sh"), "--prefix", str(prefix), "--uninstall"],
        capture_output=True,
        text=True,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / DESKTOP.name).exists()
    assert not list((share / "icons").rglob("*.png"))


def test_desktop_file_validate_accepts_the_entry() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    run = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "error" not in run.stdout.lower()


def test_appstreamcli_accepts_the_metainfo() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    run = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
