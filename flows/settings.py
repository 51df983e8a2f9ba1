"""One settings object, read from NEWSMON_* environment variables.

Every setting is one `Setting(name, default, help, parse)` entry. The same table drives validation,
the CLI defaults and the README's settings table (a test checks the README against it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from flows import settings_types as _types

# the value parsers (flows/settings_types.py), under the names the registry below uses
_bool = _types.boolean
_choice = _types.choice
_cron = _types.cron
_csv = _types.comma_list
_memory_size = _types.memory_size
_min_change = _types.min_change
_non_negative_float = _types.non_negative_float
_non_negative_int = _types.non_negative_int
_optional_path = _types.optional_path
_path = _types.path
_port = _types.port
_positive_float = _types.positive_float
_positive_int = _types.positive_int
_secret = _types.secret
_text = _types.text
_timezone = _types.timezone


class SettingsError(ValueError):
    """A NEWSMON_* variable holds a value that cannot be used."""


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str
    help: str
    parse: Callable[[str], Any]
    secret: bool = False  # never printed: `newsmon settings` and errors show it as set or not

    @property
    def env(self) -> str:
        return "NEWSMON_" + self.name.upper()

    @property
    def accepts(self) -> str:
        return getattr(self.parse, "accepts", "a valid value")

    def problem(self, raw: str) -> str | None:
        """None when `raw` is a valid value; otherwise one line naming the variable, the value and
        what it accepts (a secret's value is never shown)."""
        try:
            self.parse(raw)
        except ValueError:
            shown = "(hidden)" if self.secret else repr(raw)
            return f"{self.env}={shown}: expected {self.accepts}"
        return None


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "data/newsmon.duckdb", "DuckDB file the pipeline writes and analysts query", _path),
    Setting(
        "feeds", "", "Feeds file (TOML); empty means the default watch in seeds/feeds.toml", _optional_path
    ),
    Setting("seeds_dir", "", "Folder of seed *.txt files; empty means the packaged seeds/", _optional_path),
    Setting(
        "allowed_hosts",
        "",
        "Comma-separated hosts or IPs that may be fetched although they are private or loopback",
        _csv,
    ),
    Setting(
        "contact", "", "Contact (URL or e-mail) carried in the User-Agent so site owners can reach you", _text
    ),
    Setting("connect_timeout", "10", "Seconds to wait for a TCP/TLS connection", _positive_float),
    Setting("read_timeout", "20", "Seconds to wait between two reads of a response", _positive_float),
    Setting(
        "fetch_deadline",
        "30",
        "Total seconds of network time one fetch attempt may take, redirects and body included",
        _positive_float,
    ),
    Setting("max_bytes", "10000000", "Largest raw response body, in bytes", _positive_int),
    Setting(
        "max_decoded_bytes",
        "30000000",
        "Largest decoded (decompressed) response body, in bytes",
        _positive_int,
    ),
    Setting("max_entries", "2000", "Most entries kept from one feed", _positive_int),
    Setting("concurrency", "16", "Most fetches in flight at once", _positive_int),
    Setting("per_host", "2", "Most fetches in flight to one host", _positive_int),
    Setting("host_delay", "0.5", "Least seconds between two requests to the same host", _non_negative_float),
    Setting(
        "retries",
        "2",
        "Retries within a run of a transient failure (429, 5xx, timeout, connection error)",
        _non_negative_int,
    ),
    Setting(
        "retry_backoff",
        "1",
        "Seconds before the first retry, doubled for each next one; a Retry-After header replaces it",
        _non_negative_float,
    ),
    Setting(
        "retry_max_delay",
        "30",
        "Longest wait before a retry; a longer Retry-After is not waited for but delays the feed's next run",
        _non_negative_float,
    ),
    Setting(
        "feed_backoff",
        "3600",
        "Seconds a failing feed is skipped for, per failure in a row (linear backoff across runs)",
        _non_negative_float,
    ),
    Setting(
        "feed_backoff_max",
        "86400",
        "Longest a failing feed is skipped for, in seconds (also caps a feed's Retry-After)",
        _non_negative_float,
    ),
    Setting(
        "page_retry_backoff",
        "300",
        "Seconds before a page that failed transiently (timeout, 5xx, 429) is fetched again by a later run; "
        "doubled per attempt, up to 12 h; 0 retries it at the next run",
        _non_negative_float,
    ),
    Setting(
        "page_retry_max",
        "8",
        "Retries across runs of a page that failed transiently; when the last fails it is a failures row",
        _non_negative_int,
    ),
    Setting(
        "workers",
        "0",
        "Processes for text and figure extraction, the run's own included; 0 picks by batch size and cores",
        _non_negative_int,
    ),
    Setting(
        "db_lock_timeout",
        "300",
        "Seconds a run waits for a DuckDB file another process holds before it spools its batch",
        _non_negative_float,
    ),
    Setting(
        "db_memory_limit",
        "512MB",
        "Memory DuckDB may use in a run's process (buffer pool, caches; larger work spills to disk); "
        "empty means DuckDB's default, 80% of RAM",
        _memory_size,
    ),
    Setting(
        "spool",
        "",
        "Folder for batches that could not be loaded (database locked); empty means spool/ beside the database",
        _optional_path,
    ),
    Setting(
        "topic",
        "",
        "Topic label in the trend views and alert subjects; empty means the feeds file's first keyword",
        _text,
    ),
    Setting(
        "smtp_host", "", "SMTP server for alert e-mails; empty means alerts only wait in the table", _text
    ),
    Setting("smtp_port", "0", "SMTP port; 0 means 465 for ssl, 587 for starttls, 25 for none", _port),
    Setting("smtp_user", "", "SMTP login user; empty means no login", _text),
    Setting("smtp_password", "", "SMTP login password (never logged or stored)", _secret, secret=True),
    Setting(
        "smtp_password_file",
        "",
        "File holding the SMTP password (e.g. a compose secret); used when NEWSMON_SMTP_PASSWORD is empty",
        _optional_path,
    ),
    Setting(
        "smtp_tls",
        "starttls",
        "SMTP transport security: starttls, ssl or none",
        _choice("starttls", "ssl", "none"),
    ),
    Setting("alert_from", "newsmon@localhost", "Sender address of alert e-mails", _text),
    Setting(
        "alert_to", "", "Comma-separated recipients of alert e-mails; empty means no e-mail is sent", _csv
    ),
    Setting(
        "alert_min_change",
        "0",
        "Least rise of a headline since its last alert: an absolute number (50) or a percentage (10%)",
        _min_change,
    ),
    Setting(
        "alert_min_sources",
        "1",
        "Independent sources (story clusters) that must report at least the new figure before it is alerted",
        _positive_int,
    ),
    Setting("schedule", "*/30 * * * *", "Cron expression on which `newsmon serve` starts a run", _cron),
    Setting("schedule_timezone", "UTC", "IANA time zone the schedule is read in", _timezone),
    Setting(
        "task_runner",
        "thread",
        "Where the extraction tasks run: thread (in the flow's process) or dask (needs prefect-dask)",
        _choice("thread", "dask"),
    ),
    Setting(
        "dask_address",
        "",
        "Dask scheduler address (tcp://host:8786) for the dask task runner; empty starts a local cluster",
        _text,
    ),
)

_BY_NAME: Mapping[str, Setting] = {s.name: s for s in SETTINGS}


def check_env(env: Mapping[str, str] | None = None) -> list[str]:
    """Every bad NEWSMON_* value in `env` (default: os.environ), one line each; empty when all are
    valid. Reads nothing but the mapping: no network, no database."""
    env = os.environ if env is None else env
    return [p for s in SETTINGS if (p := s.problem(env.get(s.env, s.default))) is not None]


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    feeds: Path | None
    seeds_dir: Path | None
    allowed_hosts: tuple[str, ...]
    contact: str
    connect_timeout: float
    read_timeout: float
    fetch_deadline: float
    max_bytes: int
    max_decoded_bytes: int
    max_entries: int
    concurrency: int
    per_host: int
    host_delay: float
    retries: int
    retry_backoff: float
    retry_max_delay: float
    feed_backoff: float
    feed_backoff_max: float
    page_retry_backoff: float
    page_retry_max: int
    workers: int
    db_lock_timeout: float
    db_memory_limit: str
    spool: Path | None
    topic: str
    smtp_host: str
    smtp_port: int
    smtp_user: str
    smtp_password: str = field(repr=False)
    smtp_password_file: Path | None
    smtp_tls: str
    alert_from: str
    alert_to: tuple[str, ...]
    alert_min_change: str
    alert_min_sources: int
    schedule: str
    schedule_timezone: str
    task_runner: str
    dask_address: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read every setting from `env` (default: os.environ); keyword overrides win.

        A bad value raises SettingsError naming the variable and what was expected.
        """
        env = os.environ if env is None else env
        problems = check_env(env)
        if problems:
            raise SettingsError("; ".join(problems))
        values = {s.name: s.parse(env.get(s.env, s.default)) for s in SETTINGS}
        for name, value in overrides.items():
            if name not in _BY_NAME:
                raise SettingsError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = value
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def spool_dir(self) -> Path:
        """Where batches wait when the database is locked: NEWSMON_SPOOL, or spool/ beside the database."""
        return self.spool or self.db.parent / "spool"
