"""Imported only by the extraction pool's forkserver (`set_forkserver_preload`): py3langid's model is loaded
there once, from its unpacked copy (flows/langmodel.py), so every worker forked from the forkserver starts
with it instead of unpacking the library's LZMA file itself (about 0.4 s a process)."""

from flows.langmodel import prime

prime()
