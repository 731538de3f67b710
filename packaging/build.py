"""Build the installer folder with PyInstaller on the checked-in spec.

    python packaging/build.py          (Windows: py packaging\\build.py)

The result is dist/atelier-cep/: `atelier-cep` (windowed: the application) and `atelier-cep-console`
(the headless commands), with the resources, the rules and the bundled ROME release of data/rome/.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from workbench.rome.importer import BUNDLED_RELEASE, bundled_release

    if bundled_release() is None:
        print(f"data/{'/'.join(BUNDLED_RELEASE)} manque : le référentiel ROME fourni.", file=sys.stderr)
        return 1
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "atelier-cep.spec"),
    ]
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
