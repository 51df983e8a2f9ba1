"""The seed corpus (`*.txt`) and the default watch (`feeds.toml`), shipped as package data."""

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent
DEFAULT_FEEDS = SEEDS_DIR / "feeds.toml"
