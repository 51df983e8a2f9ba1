"""Run every evaluation module; exit 1 when any score is below its pinned floor."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

import evaluation


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSMON_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def main() -> int:
    shared = shared_dir()
    if not shared.is_dir():
        print(f"skip: no shared data at {shared} (set NEWSMON_SHARED to point at it)")
    ok = True
    for module in sorted(m.name for m in pkgutil.iter_modules(evaluation.__path__)):
        if module.startswith("_"):
            continue
        mod = importlib.import_module(f"evaluation.{module}")
        if not shared.is_dir() and getattr(mod, "NEEDS_SHARED", True):
            continue
        if hasattr(mod, "run"):
            print(f"== {module}")
            ok = mod.run(shared) and ok
    print("eval: PASS" if ok else "eval: FAIL (a score is below its floor)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
