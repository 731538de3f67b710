"""Headless commands, one module per command group (see workbench/cli.py)."""
