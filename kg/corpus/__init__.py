"""Corpus mode: many articles into one dataset, cross-article entity resolution, the corpus summary."""
