"""py3langid's bundled model, unpacked once, so a process loads it in a fraction of the time.

The library ships its model as one LZMA-compressed file (4.6 MB) that every process unpacks on its first
detection: about 0.5 s, most of the start-up of `newsmon figures` and of every extraction worker. `prime()`
loads the model from an unpacked copy instead (68 MB, written on first use under $XDG_CACHE_HOME/newsmon,
else ~/.cache/newsmon) and hands it to the library. The copy is named by the packed file's content hash:
venvs with the same model share it, and a new model unpacks anew. A damaged copy is unpacked again, and
the half-written copies of killed writers are swept. Any problem (no writable cache, a full disk, another
library version) leaves the library to load its own model on first use, as before: the same answers,
only slower.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import shutil
import tempfile
import threading
import time
import zipfile
from pathlib import Path

_LOCK = threading.Lock()
_FAILED: set[Path] = set()  # cache folders whose copy could not serve in this process


def cache_dir() -> Path:
    """Where the unpacked model is kept: $XDG_CACHE_HOME/newsmon, else ~/.cache/newsmon."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsmon"


def prime(directory: Path | None = None) -> bool:
    """Give py3langid its model from the unpacked copy in `directory` (unpacking it there first if it is
    missing). True when the library now holds a model; False leaves it to load its own."""
    folder: Path | None = None
    with _LOCK:
        try:
            from py3langid import langid

            if langid.IDENTIFIER is not None:
                return True
            packed = langid.MODEL_DIR / langid.MODEL_FILE
            folder = directory or cache_dir()
            if folder in _FAILED:
                return False  # (tried once in this process: no second hash, glob or 68 MB unpack)
            unpacked = folder / f"{_PREFIX}model-{_digest(packed)}.npz"
            _sweep(folder)
            if unpacked.is_file():
                try:
                    langid.IDENTIFIER = _identifier(unpacked)
                    return True
                except _DAMAGED:  # a truncated copy (a full disk, a killed writer): unpack it anew
                    unpacked.unlink(missing_ok=True)
            _unpack(packed, unpacked)
            langid.IDENTIFIER = _identifier(unpacked)
            return True
        except Exception:  # noqa: BLE001 - any surprise (another library version, a full disk): its own load
            if folder is not None:
                _FAILED.add(folder)
            return False


_DAMAGED = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)
_PREFIX = "py3langid-"


def _digest(packed: Path) -> str:
    """The packed model's content hash: venvs with the same model share one unpacked copy."""
    with packed.open("rb") as f:
        return hashlib.file_digest(f, "blake2b").hexdigest()[:20]


def _unpack(packed: Path, unpacked: Path) -> None:
    """The packed model decompressed to `unpacked`, atomically (another process may be unpacking too)."""
    unpacked.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=unpacked.parent, prefix=_PREFIX, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, lzma.open(packed) as src:
            shutil.copyfileobj(src, out, length=1 << 20)
        os.replace(tmp, unpacked)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


STALE_PART_S = 60.0  # a writer that is alive touches its .part file every few milliseconds


def _sweep(folder: Path) -> None:
    """Remove the .part files of writers that died mid-unpack (a killed process): each is up to 68 MB."""
    now = time.time()
    for part in folder.glob(f"{_PREFIX}*.part"):
        try:
            if now - part.stat().st_mtime > STALE_PART_S:
                part.unlink()
        except OSError:
            pass  # another process swept it first


def _identifier(unpacked: Path):
    """The library's identifier built from the unpacked arrays, as its own loader builds it."""
    import numpy as np
    from py3langid import langid, modelio

    with np.load(unpacked, allow_pickle=False) as data:
        return langid.LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            modelio._to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            tk_row=modelio._to_array(data["nextmove_row"]),
        )
