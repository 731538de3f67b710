"""The passphrase in the window: asked at start-up, changed on request, and the idle lock.

After ``lock_minutes`` without a key press or a mouse action the window hides everything it shows
(case files, lists, dialogs) behind a lock screen that asks for the passphrase again.
"""

from __future__ import annotations

import hmac
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.app import settings
from workbench.app.privacy import crypto
from workbench.ui.forms import FormDialog, ask_int

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def unlocks(db: Any, typed: str) -> bool:
    """Whether ``typed`` is the local passphrase, or the signed-in counsellor's server password."""
    if db.passphrase is not None:
        return hmac.compare_digest(typed.encode(), str(db.passphrase).encode())
    if db.user is not None:
        return bool(db.password_matches(typed))  # the server checks it, as at sign-in
    return False


def secret_field(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class PassphraseDialog(FormDialog):
    """Start-up: the passphrase of the case database; on first start, a new one typed twice.

    ``check(passphrase)`` opens the database: what it raises (a wrong passphrase) is shown in the
    dialog, which stays open for another try.
    """

    def __init__(self, creating: bool, encrypting: bool, check: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Atelier CEP — phrase de passe"), parent)
        self.setMinimumWidth(460)
        self.creating = creating or encrypting
        self.check = check
        if encrypting:
            intro = self.tr(
                "Les dossiers vont être chiffrés sur ce poste. Choisissez une phrase de passe d'au moins "
                "8 caractères : elle sera demandée à chaque ouverture et ne peut pas être retrouvée si "
                "elle est oubliée (les sauvegardes sont chiffrées avec elle)."
            )
        elif creating:
            intro = self.tr(
                "Première ouverture : choisissez la phrase de passe qui chiffrera les dossiers (au moins "
                "8 caractères). Elle ne peut pas être retrouvée si elle est oubliée."
            )
        else:
            intro = self.tr("Les dossiers sont chiffrés. Saisissez la phrase de passe.")
        label = QLabel(intro)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.passphrase = secret_field()
        self.form.addRow(self.tr("&Phrase de passe"), self.passphrase)
        self.confirmation = secret_field()
        if self.creating:
            self.form.addRow(self.tr("&Confirmation"), self.confirmation)
        self.passphrase.setFocus()

    def produce(self) -> Any:
        text = self.passphrase.text()
        if self.creating:
            crypto.check_new_passphrase(text, self.confirmation.text())
        self.check(text)  # WrongPassphrase and other UserErrors are shown, the dialog stays
        return text


class LoginDialog(FormDialog):
    """Signing in to the structure's server: username and password."""

    def __init__(self, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Atelier CEP — serveur de la structure"), parent)
        self.setMinimumWidth(420)
        self.username = QLineEdit()
        self.password = secret_field()
        self.form.addRow(self.tr("&Identifiant"), self.username)
        self.form.addRow(self.tr("&Mot de passe"), self.password)
        if error:
            self.error.setText(error)
            self.error.show()

    def produce(self) -> Any:
        if not self.username.text().strip() or not self.password.text():
            raise ValueError(self.tr("indiquez l'identifiant et le mot de passe."))
        return self.username.text().strip(), self.password.text()


def ask_login(error: str) -> tuple[str, str]:
    """The window's way of signing in (Context.ask_login); cancelling stops the opening."""
    from workbench.errors import UserError

    dialog = LoginDialog(error)
    if dialog.exec() != LoginDialog.DialogCode.Accepted:
        raise UserError("Connexion au serveur annulée.")
    username, password = dialog.result_value
    return str(username), str(password)


def ask_local_passphrase(ctx: Any, parent: QWidget | None = None) -> str | None:
    """The passphrase of this computer's database: from the environment, else asked (chosen twice
    for a new or a still unencrypted database, checked against the file otherwise); None if
    cancelled."""

    from workbench.context import PASSPHRASE_ENV, passphrase_from_env

    if found := passphrase_from_env(PASSPHRASE_ENV):
        return found
    from workbench.app.privacy import check_passphrase

    path = ctx.paths.case_db

    def check(typed: str) -> None:  # the dialog stays open on a wrong passphrase, not on damage
        check_passphrase(ctx.paths, typed)

    dialog = PassphraseDialog(not ctx.database_exists, crypto.is_plain(path), check, parent)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return None
    return str(dialog.result_value)


class ChangePassphraseDialog(FormDialog):
    """``result_value`` is (current, new), both checked; the re-encryption itself runs elsewhere."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Changer la phrase de passe"), parent)
        self.current = current
        self.old = secret_field()
        self.new = secret_field(self.tr("8 caractères au moins"))
        self.confirmation = secret_field()
        self.form.addRow(self.tr("Phrase &actuelle"), self.old)
        self.form.addRow(self.tr("&Nouvelle phrase"), self.new)
        self.form.addRow(self.tr("&Confirmation"), self.confirmation)
        note = QLabel(
            self.tr("La base et ses sauvegardes sont chiffrées à nouveau ; cela peut prendre un moment.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)

    def produce(self) -> Any:
        if not hmac.compare_digest(self.old.text().encode(), self.current.encode()):
            raise crypto.WrongPassphrase()
        crypto.check_new_passphrase(self.new.text(), self.confirmation.text())
        return self.old.text(), self.new.text()


class LockScreen(QWidget):
    """Signals:
    sig_unlocked(): the right passphrase was typed.
    """

    sig_unlocked = Signal()

    def __init__(self, check: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check  # typed secret -> whether it unlocks
        title = QLabel(self.tr("<h2>Atelier CEP est verrouillé</h2>"))
        self.prompt = QLabel(self.tr("&Phrase de passe"))
        text = QLabel(
            self.tr(
                "Les dossiers sont masqués après une période d'inactivité.<br>"
                "Saisissez votre phrase de passe (ou, sur le serveur, votre mot de passe) pour reprendre."
            )
        )
        self.passphrase = secret_field()
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        button = QPushButton(self.tr("&Déverrouiller"))
        button.clicked.connect(self.try_unlock)
        form = QFormLayout()
        self.prompt.setBuddy(self.passphrase)
        form.addRow(self.prompt, self.passphrase)
        box = QWidget()
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        for widget in (title, text):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.passphrase)

    def try_unlock(self) -> None:
        typed = self.passphrase.text()
        self.passphrase.clear()
        if self.check(typed):
            self.error.hide()
            self.sig_unlocked.emit()
        else:
            self.error.setText(self.tr("Phrase de passe incorrecte."))
            self.error.show()


class IdleLock(QObject):
    """Watches the input the person gives and emits ``sig_idle`` after ``minutes`` without any.

    It listens to the top-level windows (``QWindow``), where the platform delivers key presses
    and mouse actions, not to the whole application: an application-wide event filter is called
    for every event of every widget, thousands while a case file is built (about 10 ms of Python
    per opening). Each window is watched from the moment it gets the focus (dialogs included).
    """

    sig_idle = Signal()

    def __init__(self, parent: QObject | None = None, minutes: float = 10) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sig_idle)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)
            for window in app.topLevelWindows():
                self.watch(window)

    def watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: installing it again only moves it first

    def set_minutes(self, minutes: float) -> None:
        """0 disables the lock."""
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.minutes > 0 and event.type() in _ACTIVITY:
            self.timer.start(int(self.minutes * 60_000))
        return False


def ask_lock_minutes(parent: QWidget, ctx: Any) -> float | None:
    """Ask for the idle delay and keep it in the settings (data directory); None if cancelled."""
    minutes = ask_int(
        parent,
        parent.tr("Verrouillage automatique"),
        parent.tr("Verrouiller après combien de minutes sans activité ? (0 : jamais)"),
        int(settings.load(ctx).idle_lock_minutes),
        0,
        settings.MAX_LOCK_MINUTES,
    )
    if minutes is None:
        return None
    settings.set_idle_lock(ctx, minutes)
    return float(minutes)
