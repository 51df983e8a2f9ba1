"""py3langid's bundled model, unpacked once, so a process loads it in a fraction of the time.

The library ships its model as one LZMA-compressed file (4.6 MB) that every process unpacks on its first
detection: about 0.5 s, most of the start-up of `newsmon figures` and of every extraction worker. `prime()`
loads the model from an unpacked copy instead (68 MB, written on first use under $XDG_CACHE_HOME/newsmon,
else ~/.cache/newsmon, named by the packed file's size and time so a new library version unpacks anew) and
hands it to the library; a damaged copy is unpacked anew. Any problem (no writable cache, a full disk, another model layout) leaves the
library to load its own model on first use, as before: the same answers, only slower.
"""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
import threading
import time
import zipfile
from pathlib import Path

_LOCK = threading.Lock()


def cache_dir() -> Path:
    """Where the unpacked model is kept: $XDG_CACHE_HOME/newsmon, else ~/.cache/newsmon."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsmon"


def prime(directory: Path | None = None) -> bool:
    """Give py3langid its model from the unpacked copy in `directory` (unpacking it there first if it is
    missing). True when the library now holds a model; False leaves it to load its own."""
    with _LOCK:
        try:
            from py3langid import langid

            if langid.IDENTIFIER is not None:
                return True
            packed = langid.MODEL_DIR / langid.MODEL_FILE
            stat = packed.stat()
            unpacked = (directory or cache_dir()) / f"py3langid-model-{stat.st_size}-{stat.st_mtime_ns}.npz"
            if unpacked.is_file():
                try:
                    langid.IDENTIFIER = _identifier(unpacked)
                    return True
                except _DAMAGED:  # a truncated copy (a full disk, a killed writer): unpack it anew
                    unpacked.unlink(missing_ok=True)
            _unpack(packed, unpacked)
            langid.IDENTIFIER = _identifier(unpacked)
            return True
        except (*_DAMAGED, ImportError, AttributeError, lzma.LZMAError):
            return False


_DAMAGED = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)


def _unpack(packed: Path, unpacked: Path) -> None:
    """The packed model decompressed to `unpacked`, atomically (another process may be unpacking too)."""
    unpacked.parent.mkdir(parents=True, exist_ok=True)
    _sweep(unpacked.parent)
    fd, tmp = tempfile.mkstemp(dir=unpacked.parent, suffix=".part")
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
    for part in folder.glob("*.part"):
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
