"""docker-compose.yml, .env.example and the Dockerfile, checked without a Docker engine."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from flows.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"
SECRET_WORDS = ("PASSWORD", "SECRET", "TOKEN", "API_KEY")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep, f".env.example: not KEY=VALUE: {line!r}"
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def patterns(ignore_file: Path) -> list[str]:
    lines = ignore_file.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_compose_file_is_valid_against_the_compose_spec():
    """The schema ships inside check-jsonschema: this runs offline."""
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.compose-spec", str(COMPOSE_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", [COMPOSE_FILE, ENV_EXAMPLE, DOCKERFILE], ids=lambda p: p.name)
def test_every_newsmon_variable_is_a_real_setting(path):
    known = {s.env for s in SETTINGS}
    used = set(re.findall(r"\bNEWSMON_[A-Z0-9_]+\b", path.read_text(encoding="utf-8")))
    assert used - known == set(), f"{path.name} uses variables newsmon does not read"


def test_env_example_lists_every_setting_with_its_default():
    values = env_example()
    for setting in SETTINGS:
        assert setting.env in values, f".env.example lacks {setting.env}"
        assert values[setting.env] == setting.default, f"{setting.env}: not its default"
        setting.parse(values[setting.env])


def test_env_example_leaves_secrets_empty():
    for key, value in env_example().items():
        if any(word in key for word in SECRET_WORDS) and not key.endswith("_FILE"):
            assert value == "", f"{key} must be empty in .env.example"


def test_prefect_server_service(compose):
    server = compose["services"]["prefect-server"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = next(d for d in pyproject["project"]["dependencies"] if d.startswith("prefect=="))
    assert server["image"] == f"prefecthq/prefect:{pinned.split('==')[1]}-python3.11"
    assert server["command"][:3] == ["prefect", "server", "start"]
    assert server["command"][server["command"].index("--host") + 1] == "0.0.0.0"
    assert any("/api/health" in part for part in server["healthcheck"]["test"])
    assert any(str(port).endswith(":4200:4200") for port in server["ports"])
    home = server["environment"]["PREFECT_HOME"]
    assert any(v.split(":")[0] in compose["volumes"] and v.endswith(":" + home) for v in server["volumes"])


def test_newsmon_service(compose):
    app = compose["services"]["newsmon"]
    assert app["build"] == "." and app["command"] == ["serve"]
    assert app["environment"]["PREFECT_API_URL"] == "http://prefect-server:4200/api"
    assert app["depends_on"]["prefect-server"]["condition"] == "service_healthy"
    db = Path(app["environment"]["NEWSMON_DB"])
    mounts = {v.split(":")[1]: v.split(":")[0] for v in app["volumes"]}
    assert mounts.get(str(db.parent)) in compose["volumes"], "the database must live on a named volume"
    assert app["init"] is True
    assert "smtp_password" in app["secrets"]


def test_secrets_are_files_outside_the_image(compose):
    for name, secret in compose["secrets"].items():
        path = Path(secret["file"])
        assert path.parts[0] == "secrets", f"secret {name} should live in secrets/"
    assert patterns(ROOT / "secrets" / ".gitignore") == ["*", "!.gitignore"], "secrets/ must be git-ignored"
    dockerignore = patterns(ROOT / ".dockerignore")
    assert dockerignore[0] == "*" and not any(
        line.startswith("!") and ("secrets" in line or ".env" in line) for line in dockerignore
    ), "the build context must not take secrets/ or .env"


def test_mail_catcher_only_in_the_dev_profile(compose):
    assert compose["services"]["mailpit"]["profiles"] == ["dev"]
    assert all("profiles" not in compose["services"][s] for s in ("prefect-server", "newsmon"))


def test_dockerfile_basics():
    text = DOCKERFILE.read_text(encoding="utf-8")
    instructions = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert instructions[0].startswith("FROM python:3.11-slim")
    assert re.search(r"pip install --require-hashes -r \S*requirements\.lock", text)
    assert "index-url" not in text
    user = [line.split(None, 1)[1] for line in instructions if line.startswith("USER ")]
    assert user and user[-1].split(":")[0] not in ("root", "0"), "the image must run as a non-root user"
    for line in instructions:
        if line.startswith(("ENV ", "ARG ")):
            assert not any(word in line.upper() for word in SECRET_WORDS), f"secret in the image: {line}"
    assert not re.search(r"COPY\s+(\.env|secrets)", text)
