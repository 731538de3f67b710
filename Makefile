# Atelier CEP — one command to run, one to test (see README.md).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian packages: python3-venv (Debian's Python has no venv without it); Qt's runtime libraries,
# the X11/xcb ones being what `ldd` lists for PySide6's xcb platform plugin (libqxcb.so and its
# GLX integration) beyond libxcb1 and libx11; xvfb for the test that opens the real window; fonts;
# poppler-utils to look at PDFs; postgresql for the team-mode tests.
QT_XCB_PACKAGES := libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 \
	libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
DEBIAN_PACKAGES := python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	$(QT_XCB_PACKAGES) xvfb fonts-dejavu-core poppler-utils postgresql

.PHONY: run test lint typecheck pytest bench installer translations system-deps clean

run: $(STAMP)
	$(BIN)/workbench

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check workbench tests packaging

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP)
	@for script in tests/benchmarks/bench_*.py; do \
		echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

# The translation catalogue (Qt Linguist): the window's strings extracted from workbench/ui into a .ts
# (French is the source language: a catalogue to translate from), and every .ts compiled to its .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate workbench/ui/*.py -no-obsolete -source-language fr_FR -target-language fr_FR \
		-ts resources/translations/workbench_fr.ts
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# The installer folder dist/atelier-cep/ (the ROME release of data/rome/ inside).
installer: $(STAMP)
	$(BIN)/python packaging/build.py

$(STAMP): pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installs what is missing when run as root (CI, a fresh machine); otherwise says what to install.
system-deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "Paquets Debian manquants (sudo apt-get install $$missing)"; fi; \
	fi

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
