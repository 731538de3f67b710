"""Aide: the guide of the screen in use (F1) and the glossary of acronyms (Maj+F1), searchable and
printable for the person."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core import glossary
from workbench.errors import UserError
from workbench.ui.errors import show_user_error

GUIDE, GLOSSARY = 0, 1


class HelpDialog(QDialog):
    """Stays open beside the work (not modal): the counsellor can read it with the person."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Aide — Atelier CEP"))
        self.resize(720, 560)
        self.guide = QTextBrowser()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Chercher un sigle ou un mot (ex. PTP, reconversion)"))
        self.search.setClearButtonEnabled(True)
        self.terms = QTextBrowser()
        self.print_button = QPushButton(self.tr("Enregistrer en PDF pour la personne…"))
        self.status = QLabel()
        glossary_page = QWidget()
        glossary_layout = QVBoxLayout(glossary_page)
        glossary_layout.addWidget(self.search)
        glossary_layout.addWidget(self.terms, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.print_button)
        glossary_layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("Guide de l'écran"))
        self.tabs.addTab(glossary_page, self.tr("Glossaire des sigles"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._show_terms)
        self.print_button.clicked.connect(self.save_pdf)
        self._show_terms()

    def show_guide(self, screen: str) -> None:
        guides = glossary.guides()
        parts = []
        if screen in guides:
            parts.append(f"<h3>{html.escape(screen)}</h3>{_paragraphs(guides[screen])}")
        parts.append(
            "<p>"
            + html.escape(
                self.tr(
                    "Partout : F1 ouvre ce guide, Maj+F1 le glossaire des sigles ; Ctrl+Entrée valide un "
                    "formulaire, Échap le ferme ; Tab passe au champ suivant."
                )
            )
            + "</p>"
        )
        others = [title for title in guides if title != screen]
        parts += [f"<h4>{html.escape(title)}</h4>{_paragraphs(guides[title])}" for title in others]
        self.guide.setHtml("".join(parts))
        self.tabs.setCurrentIndex(GUIDE)
        self._present()

    def show_glossary(self) -> None:
        self.tabs.setCurrentIndex(GLOSSARY)
        self._present()
        self.search.setFocus()
        self.search.selectAll()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Glossaire en PDF"), "glossaire-des-sigles.pdf", self.tr("Document PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from workbench.app.help import write_glossary

        try:
            written = write_glossary(self.ctx, path, date.today())
        except UserError as exc:
            show_user_error(self, exc)
            return
        self.status.setText(self.tr("Enregistré : {0}").format(written))

    def _show_terms(self) -> None:
        found = glossary.search(self.search.text())
        if not found:
            self.terms.setHtml(
                "<p>" + html.escape(self.tr("Aucun sigle ne correspond ; essayez un autre mot.")) + "</p>"
            )
            return
        self.terms.setHtml(
            "".join(
                f"<p><b>{html.escape(t.term)}</b> — {html.escape(t.name)}<br>{html.escape(t.text)}</p>"
                for t in found
            )
        )

    def _present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
