"""Atelier CEP: the offline workbench of French career-transition counsellors."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Atelier CEP"
APP_ID = "atelier-cep"

try:
    __version__ = version("atelier-cep")
except PackageNotFoundError:  # running from a frozen build or a plain checkout
    __version__ = "0.1.0"
