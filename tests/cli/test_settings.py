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


def test_smtp_and_alert_settings():
    s = Settings.from_env(
        {
            "NEWSMON_SMTP_HOST": "mail.example.org",
            "NEWSMON_SMTP_PORT": "2525",
            "NEWSMON_SMTP_TLS": "SSL",
            "NEWSMON_ALERT_TO": "a@example.org, b@example.org",
            "NEWSMON_ALERT_MIN_CHANGE": "10%",
            "NEWSMON_ALERT_MIN_SOURCES": "2",
        }
    )
    assert (s.smtp_host, s.smtp_port, s.smtp_tls) == ("mail.example.org", 2525, "ssl")
    assert s.alert_to == ("a@example.org", "b@example.org")
    assert (s.alert_min_change, s.alert_min_sources) == ("10%", 2)


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
        ("NEWSMON_SMTP_TLS", "tls"),
        ("NEWSMON_SMTP_PORT", "70000"),
        ("NEWSMON_ALERT_MIN_CHANGE", "-5"),
        ("NEWSMON_ALERT_MIN_CHANGE", "lots%"),
        ("NEWSMON_ALERT_MIN_SOURCES", "0"),
    ],
)
def test_bad_alert_settings_name_the_variable(var, value):
    with pytest.raises(SettingsError, match=var):
        Settings.from_env({var: value})


def test_the_password_is_hidden():
    s = Settings.from_env({"NEWSMON_SMTP_PASSWORD": "hunter2 "})
    assert s.smtp_password == "hunter2 " and "hunter2" not in repr(s)
    secret = next(setting for setting in SETTINGS if setting.env == "NEWSMON_SMTP_PASSWORD")
    assert secret.secret


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


def test_every_bad_value_is_named_with_what_it_accepts():
    from flows.settings import check_env

    problems = check_env(
        {
            "NEWSMON_CONCURRENCY": "abc",
            "NEWSMON_SCHEDULE": "bogus",
            "NEWSMON_SMTP_TLS": "foo",
            "NEWSMON_HOST_DELAY": "nan",
            "NEWSMON_SMTP_PORT": "70000",
            "NEWSMON_SMTP_PASSWORD": "s3cret",
        }
    )
    assert problems == [
        "NEWSMON_CONCURRENCY='abc': expected a positive integer",
        "NEWSMON_HOST_DELAY='nan': expected a number, 0 or more",
        "NEWSMON_SMTP_PORT='70000': expected a TCP port 1-65535, or 0 for the TLS mode's usual port",
        "NEWSMON_SMTP_TLS='foo': expected one of starttls, ssl, none",
        "NEWSMON_SCHEDULE='bogus': expected a cron expression of 5 fields or an alias such as @hourly, "
        "e.g. '*/30 * * * *'",
    ]
    assert check_env({}) == []


@pytest.mark.parametrize(
    "cron", ["*/30 * * * *", "0 6 * * mon-fri", "@hourly", "5,10 */2 1-15 jan,jun 0-7", "0 0 1 */3 *"]
)
def test_cron_expressions_prefect_reads_are_accepted(cron):
    from prefect._internal.schemas.validators import validate_cron_string

    assert Settings.from_env({"NEWSMON_SCHEDULE": cron}).schedule == validate_cron_string(cron)


@pytest.mark.parametrize(
    "cron", ["61 * * * *", "* * * *", "*/0 * * * *", "5-1 * * * *", "H * * * *", "* * 0 * *"]
)
def test_bad_cron_expressions_are_refused(cron):
    with pytest.raises(SettingsError):
        Settings.from_env({"NEWSMON_SCHEDULE": cron})


def test_a_bad_setting_stops_every_command_before_any_work(tmp_path, monkeypatch, capsys):
    from flows.cli import main

    monkeypatch.setenv("NEWSMON_CONCURRENCY", "abc")
    monkeypatch.setenv("NEWSMON_DB", str(tmp_path / "never.duckdb"))
    for argv in (
        ["run"],
        ["status"],
        ["sql", "select 1"],
        ["settings", "--check"],
        ["export", str(tmp_path / "x")],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "NEWSMON_CONCURRENCY='abc': expected a positive integer" in err, argv
    assert not (tmp_path / "never.duckdb").exists() and not (tmp_path / "x").exists()
    monkeypatch.delenv("NEWSMON_CONCURRENCY")
    assert main(["settings", "--check"]) == 0


@pytest.mark.parametrize(
    ("raw", "value"),
    [("512MB", "512MB"), (" 2 gb ", "2GB"), ("1.5GiB", "1.5GiB"), ("300mib", "300MiB"), ("", "")],
)
def test_the_duckdb_memory_limit_takes_sizes(raw, value):
    assert Settings.from_env({"NEWSMON_DB_MEMORY_LIMIT": raw}).db_memory_limit == value
    assert Settings.from_env({}).db_memory_limit == "512MB"


@pytest.mark.parametrize("raw", ["0MB", "512", "80%", "lots", "-1GB"])
def test_a_bad_duckdb_memory_limit_names_the_variable(raw):
    with pytest.raises(SettingsError, match="NEWSMON_DB_MEMORY_LIMIT.*memory size"):
        Settings.from_env({"NEWSMON_DB_MEMORY_LIMIT": raw})
