"""The wheel carries its resources: build it, install it into a fresh virtual
environment, and run copdesk from there, far from the checkout."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("copdesk-*.whl")
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    fresh_python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(fresh_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    subprocess.run(
        [str(fresh_python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Dependencies (Qt, ReportLab, ...) come from this environment, appended after the
    # fresh site-packages so that copdesk itself can only be found from the wheel.
    (site / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {"PATH": "/usr/bin:/bin", "COPDESK_HOME": str(tmp_path / "home"), "HOME": str(tmp_path)}
    script = (
        "import copdesk, sys; from copdesk.core.resource_paths import resources_dir; "
        "print(copdesk.__file__); print(resources_dir())"
    )
    where = subprocess.run(
        [str(fresh_python), "-c", script],
        cwd=outside,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert where[0].startswith(str(site)) and where[1].startswith(str(site))
    version = subprocess.run(
        [str(env_dir / "bin" / "copdesk"), "--version"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert version.returncode == 0 and version.stdout.startswith("copdesk ")
    templates = subprocess.run(
        [str(env_dir / "bin" / "copdesk"), "templates"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert templates.returncode == 0, templates.stderr
    assert "community-retro" in templates.stdout and "community-canvas" in templates.stdout
    with __import__("zipfile").ZipFile(wheel) as zf:
        names = zf.namelist()
    assert any(n.startswith("copdesk/resources/templates/") for n in names)
    assert any(n.startswith("copdesk/resources/fonts/") for n in names)
