"""Headless case commands, in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

LEA = {
    "last_name": "Martin",
    "first_name": "Léa",
    "birth_date": "1988-04-12",
    "counsellor": "Claire Roussel",
    "attributes": {"cpf_balance_eur": 1450},
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_show_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "lea.json"
    source.write_text(json.dumps(LEA), encoding="utf-8")
    code, out, _ = run(capsys, "case", "add", str(source))
    assert code == 0 and out.strip() == "1"

    code, out, _ = run(capsys, "case", "list", "--json")
    assert [(c["id"], c["last_name"], c["counsellor"]) for c in json.loads(out)] == [
        (1, "Martin", "Claire Roussel")
    ]

    code, out, _ = run(capsys, "case", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["birth_date"] == "1988-04-12" and shown["attributes"] == {"cpf_balance_eur": 1450}

    target = tmp_path / "export" / "lea-export.json"
    assert run(capsys, "case", "export", "1", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["case"]["first_name"] == "Léa"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"last_name": "X", "birth_date": "2099-01-01"}', "birth_date"),
        ('{"last_name": "X", "sexe": "F"}', "sexe : champ inconnu"),
        ('{"last_name": "X", ', "JSON invalide"),
        ('{"first_name": "Y"}', "last_name"),
    ],
)
def test_invalid_input_is_refused_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fragment: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "case", "add", str(source))
    assert code == 2 and out == ""
    assert fragment in err
    assert json.loads(run(capsys, "case", "list", "--json")[1]) == []


def test_missing_file_and_unknown_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert "introuvable" in run(capsys, "case", "add", "/nulle/part.json")[2]
    assert "Aucun dossier n° 7" in run(capsys, "case", "show", "7")[2]


def test_python_dash_m_workbench(tmp_path: Path) -> None:
    source = tmp_path / "lea.json"
    source.write_text(json.dumps(LEA), encoding="utf-8")
    data = tmp_path / "other-data"
    added = subprocess.run(
        [sys.executable, "-m", "workbench", "--data-dir", str(data), "case", "add", str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert added.stdout.strip() == "1"
    assert (data / "cases.db").exists()


def test_help_and_errors_speak_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["case", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : workbench case")
    assert "options :" in out and "afficher cette aide et quitter" in out
    assert "usage:" not in out and "options:" not in out
    with pytest.raises(SystemExit):
        main(["rome", "cherche"])
    err = capsys.readouterr().err
    assert "erreur : argument ACTION : choix invalide : 'cherche'" in err


def test_the_window_path_imports_no_command_module() -> None:
    """Starting the window must not pay for every command group's imports."""
    code = (
        "import sys, workbench.ui.app as app\n"
        "app.run_gui = lambda ctx: print(sorted(m for m in sys.modules if m.startswith('workbench.commands')))"
        " or 0\n"
        "from workbench.cli import main\n"
        "main([])\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_the_first_window_paints_before_anything_heavy(tmp_path: Path) -> None:
    """What `workbench` does up to the first paint creates no Qt namespace enum and no style, and
    imports no database, logging handler or area module (tests/benchmarks/bench_startup.py times it)."""
    code = (
        "import sys, PySide6.QtCore, PySide6.QtWidgets\n"
        "import workbench.cli\n"
        "from workbench.context import Context\n"
        "from workbench.ui.app import start_window\n"
        "app, first = start_window(Context.create(sys.argv[1]))\n"
        "assert first.isVisible()\n"
        "print('Qt' in vars(PySide6.QtCore), 'QStyle' in vars(PySide6.QtWidgets))\n"
        "heavy = ('sqlalchemy', 'sqlcipher3', 'logging.handlers', 'workbench.store', 'workbench.ui.style',"
        " 'workbench.ui.main_window', 'workbench.ui.errors')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True, env=env
    )
    assert shown.stdout.split("\n")[:2] == ["False False", "[]"]
