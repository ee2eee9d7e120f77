"""partydocs: facts from Vietnamese Party documents (references, dates, people, statistics) into DuckDB."""
__version__ = "0.1.0"
