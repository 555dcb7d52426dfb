"""sitroom's evaluations: scorers against public data and the repository's own gold, run by ``make eval``."""
