"""`make eval`: score the extractors on ../shared/gold and ../shared/pages (skipped when absent).

Each module here exposes `run(shared: Path) -> bool`; a module returns False when a score falls below
the floor pinned in `evaluation/floors.toml`.
"""
