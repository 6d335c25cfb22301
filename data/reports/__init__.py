"""The bundled reports and their gold facts as package data (``kg.reports``, mapped in ``pyproject.toml``)."""
