from pathlib import Path

import pytest

from flows.settings import SETTINGS, Settings, SettingsError


def test_defaults():
    s = Settings.from_env({})
    assert s.db == Path("data/newsmon.duckdb")
    assert s.allowed_hosts == ()
    assert s.feeds is None
    assert s.max_entries == 2000


def test_env_values_and_overrides():
    s = Settings.from_env(
        {"NEWSMON_ALLOWED_HOSTS": "127.0.0.1, example.org ,", "NEWSMON_DB": "/tmp/x.duckdb"}
    )
    assert s.allowed_hosts == ("127.0.0.1", "example.org")
    assert s.db == Path("/tmp/x.duckdb")
    assert Settings.from_env({}, db=Path("other.duckdb")).db == Path("other.duckdb")


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("NEWSMON_MAX_BYTES", "lots"),
        ("NEWSMON_FETCH_DEADLINE", "-1"),
        ("NEWSMON_CONCURRENCY", "0"),
        ("NEWSMON_DB", " "),
    ],
)
def test_bad_value_names_the_variable(var, value):
    with pytest.raises(SettingsError) as err:
        Settings.from_env({var: value})
    assert var in str(err.value)
    assert "\n" not in str(err.value)


def test_every_setting_is_a_field():
    names = {s.name for s in SETTINGS}
    assert names == set(Settings.from_env({}).as_dict())


def test_schedule_defaults_to_every_30_minutes_in_utc():
    s = Settings.from_env({})
    assert (s.schedule, s.schedule_timezone) == ("*/30 * * * *", "UTC")
    assert (s.task_runner, s.dask_address) == ("thread", "")


@pytest.mark.parametrize("cron", ["* * * * *", "0 6 * * mon-fri", "*/5  * * * *", "@hourly"])
def test_schedule_accepts_cron_expressions(cron):
    assert Settings.from_env({"NEWSMON_SCHEDULE": cron}).schedule == " ".join(cron.split())


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("NEWSMON_SCHEDULE", "every 30 minutes"),
        ("NEWSMON_SCHEDULE", "61 * * * *"),
        ("NEWSMON_SCHEDULE", "* * * *"),
        ("NEWSMON_SCHEDULE", "0 0 * * * *"),
        ("NEWSMON_SCHEDULE", "H * * * *"),
        ("NEWSMON_SCHEDULE_TIMEZONE", "Mars/Olympus"),
        ("NEWSMON_TASK_RUNNER", "ray"),
    ],
)
def test_bad_schedule_or_runner_names_the_variable(var, value):
    with pytest.raises(SettingsError) as err:
        Settings.from_env({var: value})
    assert str(err.value).startswith(f"{var}=")
