"""The snippets here are read by mypy, never imported by pytest."""

collect_ignore = ["bad_params.py", "good_params.py"]
