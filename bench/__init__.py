"""`make bench`: benchmarks with targets, printed as one table (see bench/__main__.py)."""
