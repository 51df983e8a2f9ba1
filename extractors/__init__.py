"""Pure extraction: functions on text or bytes. No I/O, no settings, no DuckDB."""
