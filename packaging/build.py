"""Build the installer folder: import the given ROME release, then run PyInstaller on the spec.

    python packaging/build.py [--rome PATH]      # PATH: the official release, folder or zip

The result is dist/atelier-cep/ (run dist/atelier-cep/atelier-cep); the ROME release is inside it and
is used on first start with no import step.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--rome", default=str(ROOT.parent / "shared" / "rome" / "francetravail_rome4_v460_csv")
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from workbench.rome.importer import import_release

    staging = ROOT / "build" / "bundled-rome"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    result = import_release(staging, args.rome)
    bundled = staging / "bundled.sqlite"
    shutil.copy2(result.path, bundled)
    print(f"ROME {result.version} ({result.label}) bundled: {result.counts['fiches']} fiches")
    env = {**os.environ, "ATELIER_BUNDLED_ROME": str(bundled)}
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
    return subprocess.call(command, env=env, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
