"""The vnreport-kg ontology, shapes, vocabularies and competency questions as package data (``kg.ontology``).

This file only makes the folder a package for installs (``pyproject.toml`` maps it to ``kg.ontology``); read
``README.md`` and edit the ``.ttl`` and ``.rq`` files here.
"""
