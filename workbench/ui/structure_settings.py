"""Outils > Paramètres de la structure… : what every document prints about the CEP structure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.app import settings
from workbench.app.settings import StructureSettings
from workbench.errors import UserError, ValidationError
from workbench.ui.errors import show_user_error
from workbench.ui.forms import KeyboardDialog


class StructureSettingsDialog(KeyboardDialog):
    """Edit and save the structure's settings; nothing is written until they are valid."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Paramètres de la structure"))
        self.setMinimumWidth(560)
        current = settings.structure(ctx)

        self.name = QLineEdit(current.name)
        self.address = QPlainTextEdit(current.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.phone = QLineEdit(current.phone)
        self.email = QLineEdit(current.email)
        self.website = QLineEdit(current.website)
        self.logo_path = QLineEdit(current.logo_path)
        self.logo_path.setPlaceholderText(self.tr("image PNG ou JPEG (facultatif)"))
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(browse)
        logo = QWidget()
        logo.setLayout(logo_row)
        self.signature_line = QLineEdit(current.signature_line)
        self.signature_line.setPlaceholderText(self.tr("ex. Conseillère en évolution professionnelle"))
        self.footer_text = QLineEdit(current.footer_text)
        self.footer_text.setMaxLength(140)
        self.footer_text.setPlaceholderText(self.tr("ex. Service gratuit et confidentiel"))
        self.privacy_contact = QLineEdit(current.privacy_contact)
        self.privacy_contact.setPlaceholderText(self.tr("qui répond aux demandes RGPD (adresse, courriel)"))
        self.retention_years = QSpinBox()
        self.retention_years.setRange(1, settings.MAX_RETENTION_YEARS)
        self.retention_years.setSuffix(self.tr(" an(s)"))
        self.retention_years.setValue(min(max(current.retention_years, 1), settings.MAX_RETENTION_YEARS))

        self.commissions = QPlainTextEdit(current.transitions_pro_commissions)
        self.commissions.setTabChangesFocus(True)
        self.commissions.setMaximumHeight(72)
        self.commissions.setPlaceholderText(self.tr("une date par ligne, ex. 14/09/2026"))
        self.commissions.setToolTip(
            self.tr(
                "Dates des commissions de Transitions Pro de votre région : « À relancer » montre la prochaine"
            )
        )
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("&Nom de la structure"), self.name),
            ("address", self.tr("&Adresse"), self.address),
            ("phone", self.tr("&Téléphone"), self.phone),
            ("email", self.tr("&Courriel"), self.email),
            ("website", self.tr("Site &web"), self.website),
            ("logo_path", self.tr("&Logo"), logo),
            ("signature_line", self.tr("&Fonction sous la signature"), self.signature_line),
            ("footer_text", self.tr("&Pied de page"), self.footer_text),
            ("privacy_contact", self.tr("Contact &données personnelles"), self.privacy_contact),
            ("retention_years", self.tr("&Durée de conservation"), self.retention_years),
            ("transitions_pro_commissions", self.tr("Commissions Transitions &Pro"), self.commissions),
        ):
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #9a3412;")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            form.addRow(label, holder)
            label_widget = form.labelForField(holder)
            if isinstance(label_widget, QLabel):  # Alt+letter moves to the field, not to its holder
                label_widget.setBuddy(widget)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Ces informations figurent en tête et en pied de chaque document remis aux bénéficiaires. "
                "Laissées vides, elles sont imprimées comme des zones à compléter."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    # ---- Public API

    @classmethod
    def edit(cls, ctx: Any, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when new settings were saved."""
        try:
            dialog = cls(ctx, parent)
        except UserError as exc:  # a damaged structure.json: say so, then start from empty settings
            show_user_error(parent, exc)
            settings_file = settings.settings_file(ctx)
            settings_file.replace(settings_file.with_suffix(".json.endommage"))
            dialog = cls(ctx, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def value(self) -> StructureSettings:
        return StructureSettings(
            name=self.name.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            logo_path=self.logo_path.text().strip(),
            signature_line=self.signature_line.text().strip(),
            footer_text=self.footer_text.text().strip(),
            privacy_contact=self.privacy_contact.text().strip(),
            retention_years=self.retention_years.value(),
            transitions_pro_commissions=self.commissions.toPlainText().strip(),
        )

    # ---- Qt overrides

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            settings.save_structure(self.ctx, self.value())
        except ValidationError as exc:
            for key, text in exc.problems.items():
                self.errors[key].setText(text[:1].upper() + text[1:])
                self.errors[key].show()
            return
        except UserError as exc:
            show_user_error(self, exc)
            return
        super().accept()

    # ---- Helpers

    def _choose_logo(self) -> None:
        start = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)
