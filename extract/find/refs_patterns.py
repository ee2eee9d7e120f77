"""Moved to :mod:`extract.find.refs.patterns`; this name stays only for ``extract.resolve``'s import."""
from extract.find.refs.patterns import is_state_symbol  # noqa: F401
