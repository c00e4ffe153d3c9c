"""The shared vocabulary of indexing and answering.

- ``abbreviations``: the field's abbreviations, expanded for lexical search;
- ``terms``: agencies, recognition titles, chat shorthand;
- ``places``: administrative units before and after the 2025 reorganisation.

Import the submodules directly; this package imports nothing so that
``index.textnorm`` can use ``abbreviations`` without a cycle.
"""
