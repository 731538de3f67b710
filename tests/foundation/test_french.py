"""French throughout: Qt's own dialogs, the catalogue of the window's strings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from workbench.resources import resource_path
from workbench.ui.app import create_application


def test_qt_file_dialog_speaks_french(qtbot: QtBot) -> None:
    create_application([])
    dialog = QFileDialog(None, "Ouvrir", "/", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"  # "Look in:" before
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"


def test_the_catalogue_holds_the_window_strings() -> None:
    """`make translations` extracts the window's tr() strings into resources/translations (Qt Linguist)."""
    catalogue = ET.parse(resource_path("translations", "workbench_fr.ts"))
    sources = {message.findtext("source") for message in catalogue.iter("message")}
    assert len(sources) > 300
    assert {"Nouveau dossier", "Enregistrer l'entretien", "Ajouter une action"} <= sources
    assert resource_path("translations", "qt_complement_fr.qm").exists()
