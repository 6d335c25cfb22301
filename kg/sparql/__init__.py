"""SPARQL: parsing and running queries, the stores, the endpoint, push and the competency questions."""
