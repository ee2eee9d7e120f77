"""Moved to :mod:`extract.find.refs.patterns`; this name stays only for ``extract.resolve``'s import."""
from extract.find.refs.patterns import identity_code, is_state_symbol  # noqa: F401
