"""The Windows version resource of the executables (what Explorer shows in Properties > Details).

PyInstaller reads it as the text of a ``VSVersionInfo(...)`` expression (``EXE(version=FILE)``);
it is written from pyproject.toml at each build, so the version has one source. Ignored elsewhere.
"""

from __future__ import annotations

from pathlib import Path


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: "0.1.0" → (0, 1, 0, 0); a suffix like "rc1" is dropped."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = "".join(c for c in part if c.isdigit()) or "0"
        numbers.append(int(digits))
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def version_resource(name: str, version: str, description: str, original: str) -> str:
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "Atelier CEP",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": name,
        "LegalCopyright": "Atelier CEP. Données ROME : France Travail, Licence Ouverte.",
        "OriginalFilename": original,
        "ProductName": "Atelier CEP",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040C04B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200])])
  ]
)
"""


def write_version_resource(folder: Path, name: str, version: str, description: str, original: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-version.txt"
    path.write_text(version_resource(name, version, description, original), encoding="utf-8")
    return path
