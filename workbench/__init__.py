"""Atelier CEP: the offline workbench of French career-transition counsellors."""

APP_NAME = "Atelier CEP"
APP_ID = "atelier-cep"

# Written here rather than read from the installed metadata: importlib.metadata costs a tenth of a
# second at every start, before the window can paint. tests/test_version.py keeps it equal to
# pyproject.toml's.
__version__ = "0.1.0"
