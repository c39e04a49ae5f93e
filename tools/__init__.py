"""The project's own development tools (translations, import contracts); not shipped.

A regular package, so that ``tools.import_contracts`` (named in pyproject.toml for
``lint-imports``, which puts the working directory first on ``sys.path``) is always
this folder, whatever else is installed.
"""
