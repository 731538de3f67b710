"""Two people saved the same case file: show what each changed and let the person choose, field by
field. Changes made on one side only are already merged and listed for information."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.cases import FIELD_LABELS
from workbench.core.dates import format_date
from workbench.core.merge import Merge
from workbench.ui.forms import KeyboardDialog


def field_label(name: str) -> str:
    if name.startswith("attributes."):
        from workbench.core import funding

        attribute = funding.rulebook().attributes.get(name.split(".", 1)[1])
        return attribute.label if attribute else name.split(".", 1)[1]
    return FIELD_LABELS.get(name, name)


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, date):
        return format_date(value)
    return str(value)


class ConflictDialog(KeyboardDialog):
    """``choices()`` after ``exec()``: field → "mine" | "theirs"."""

    def __init__(self, merge: Merge, who: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifications simultanées"))
        self.resize(760, 420)
        self.merge = merge
        intro = QLabel(
            self.tr(
                "Ce dossier a été enregistré ailleurs{0} pendant que vous le modifiiez. Les changements qui ne "
                "se recoupent pas sont repris des deux côtés ; pour les champs ci-dessous, choisissez la "
                "version à garder."
            ).format(f" ({who})" if who else "")
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Champ"), self.tr("Avant"), self.tr("Votre version"), self.tr("L'autre version"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        for row, conflict in enumerate(merge.conflicts, start=1):
            grid.addWidget(QLabel(field_label(conflict.name)), row, 0)
            grid.addWidget(QLabel(shown(conflict.base)), row, 1)
            mine = QRadioButton(shown(conflict.mine))
            theirs = QRadioButton(shown(conflict.theirs))
            mine.setChecked(True)  # what the person just typed is the default: nothing is lost
            group = QButtonGroup(self)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            self.groups[conflict.name] = group
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
        grid.setRowStretch(len(merge.conflicts) + 1, 1)  # rows at the top, not spread out
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        if merge.mine_applied:
            kept = QLabel(
                self.tr("Vos autres changements sont gardés : {0}.").format(
                    ", ".join(field_label(n) for n in merge.mine_applied)
                )
            )
            kept.setWordWrap(True)
            layout.addWidget(kept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer ces choix"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str]:
        return {name: "mine" if group.checkedId() == 0 else "theirs" for name, group in self.groups.items()}
