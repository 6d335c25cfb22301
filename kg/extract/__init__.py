"""The extraction stages: text → normalised document → sentences → mentions → entities → facts. No rdflib here."""
