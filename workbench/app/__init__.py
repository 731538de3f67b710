"""The application layer: the operations a counsellor (the window) or a script (the commands) runs.

One module per area — :mod:`cases`, :mod:`cep`, :mod:`matching`, :mod:`funding`, :mod:`documents`,
:mod:`privacy`, :mod:`team`, :mod:`rome`, :mod:`settings` — each with a small service bound to a
:class:`~workbench.context.Context` (``Cep(ctx).save_meeting(case_id, meeting)``). Operations take
and return plain dataclasses (most from :mod:`workbench.core`); every operation that changes a case
announces it on ``ctx.changes`` (:mod:`workbench.app.changes`), so every open view of that case can
update itself. ``workbench/ui`` and ``workbench/commands`` reach the store and the ROME reference
only through here (tests/test_layers.py).
"""
