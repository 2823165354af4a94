"""committee-papers: UK council and NHS committee papers → SQLite knowledge base."""
__version__ = "0.1.0"
