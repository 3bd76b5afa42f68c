"""All-or-nothing writes keep the permissions a user expects of an exported file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from geo import atomic


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_follow_the_umask_not_mkstemps_private_mode(tmp_path: Path):
    target = tmp_path / "out" / "map.html"
    atomic.write_text(target, "<p>x</p>")
    assert target.read_text() == "<p>x</p>"
    assert _mode(target) == 0o666 & ~atomic._UMASK
    assert _mode(target) & 0o044, "an exported map must be readable by others under a usual umask"


def test_an_existing_files_mode_is_kept(tmp_path: Path):
    target = tmp_path / "events.yaml"
    target.write_text("old")
    os.chmod(target, 0o640)
    atomic.write_text(target, "new")
    assert target.read_text() == "new"
    assert _mode(target) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path):
    target = tmp_path / "events.csv"
    target.write_text("old")

    def rows():
        yield {"a": 1}
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError, match="disk gone"):
        atomic.write_csv(target, ["a"], rows())
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_a_crash_at_the_rename_removes_the_temporary(tmp_path: Path, monkeypatch):
    target = tmp_path / "events.geojson"
    target.write_text("old")

    def boom(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError, match="power cut"):
        atomic.write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["events.geojson"]
