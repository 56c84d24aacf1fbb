"""`pip install -e .` without setuptools warnings: the licence is an SPDX expression (a `license = {text=...}` table
is deprecated) and every folder that ships files is a listed package (setuptools warns about data folders that
are not, and will stop shipping them)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_licence_is_an_spdx_expression() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(project["license"], str) and project["license"] == "MIT"
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))


def test_every_folder_with_files_is_a_listed_package() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    data = setuptools.get("package-data", {})
    roots = {name: ROOT / folder for name, folder in setuptools.get("package-dir", {}).items()}
    roots.setdefault("replylint", ROOT / "replylint")
    missing = []
    for name, folder in roots.items():
        for here in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
            if "__pycache__" in here.parts or not any(p.is_file() for p in here.iterdir()):
                continue
            parts = [name, *here.relative_to(folder).parts]
            dotted = ".".join(parts)
            # a folder whose name is no identifier ("Local Folders", "sign-off") ships through a glob of its
            # parent's package-data ("Local Folders/*", "*/*.txt")
            shipped = any(
                "/" in glob and fnmatch.fnmatchcase(parts[-1], glob.split("/", 1)[0])
                for glob in data.get(".".join(parts[:-1]), [])
            )
            if dotted not in listed and not (not parts[-1].isidentifier() and shipped):
                missing.append(dotted)
    assert not missing, f"folders with files that are not listed in [tool.setuptools] packages: {missing}"
