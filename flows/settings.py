"""One settings object, read from NEWSMON_* environment variables.

Every setting is one `Setting(name, default, help, parse)` entry. The same table drives validation,
the CLI defaults and the README's settings table (a test checks the README against it).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


class SettingsError(ValueError):
    """A NEWSMON_* variable holds a value that cannot be used."""


def _positive_float(raw: str) -> float:
    value = float(raw)
    if value <= 0:
        raise ValueError("must be greater than 0")
    return value


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise ValueError("must be a whole number greater than 0")
    return value


def _non_negative_int(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError("must be a whole number, 0 or more")
    return value


def _non_negative_float(raw: str) -> float:
    value = float(raw)
    if value < 0:
        raise ValueError("must be 0 or more")
    return value


def _csv(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _path(raw: str) -> Path:
    if not raw.strip():
        raise ValueError("must not be empty")
    return Path(raw).expanduser()


def _optional_path(raw: str) -> Path | None:
    return Path(raw).expanduser() if raw.strip() else None


def _text(raw: str) -> str:
    return raw.strip()


def _secret(raw: str) -> str:
    return raw.strip("\r\n")


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return value

    return parse


def _cron(raw: str) -> str:
    """A cron expression as Prefect's scheduler reads it: 5 fields or an alias such as @hourly."""
    from prefect._internal.schemas.validators import validate_cron_string

    value = " ".join(raw.split())
    if not value.startswith("@") and len(value.split()) != 5:
        raise ValueError("must be a cron expression of 5 fields, e.g. '*/30 * * * *'")
    try:
        return validate_cron_string(value)
    except ValueError:
        raise ValueError("must be a valid cron expression, e.g. '*/30 * * * *'") from None


def _timezone(raw: str) -> str:
    from zoneinfo import available_timezones

    value = raw.strip()
    if value != "UTC" and value not in available_timezones():
        raise ValueError("must be an IANA time zone, e.g. UTC or Africa/Tripoli")
    return value


def _min_change(raw: str) -> str:
    value = raw.strip()
    number = float(value[:-1].strip() if value.endswith("%") else value)
    if not math.isfinite(number) or number < 0:
        raise ValueError("must be an absolute change (e.g. 10) or a percentage (e.g. 5%), not negative")
    return value


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 <= value <= 65535:
        raise ValueError("must be a TCP port (1-65535), or 0 for the TLS mode's usual port")
    return value


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
        "Processes for text and figure extraction; 0 picks by batch size and cores",
        _non_negative_int,
    ),
    Setting(
        "db_lock_timeout",
        "300",
        "Seconds a run waits for a DuckDB file another process holds before it spools its batch",
        _non_negative_float,
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
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            raw = env.get(setting.env, setting.default)
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as exc:
                shown = "(hidden)" if setting.secret else repr(raw)
                raise SettingsError(f"{setting.env}={shown}: {exc}") from None
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
