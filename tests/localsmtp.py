"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the tests; it can be stopped and started on its port."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message
from email.policy import default

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.raw, policy=default)


class _Handler:
    def __init__(self, inbox: list[Received]):
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):
        self.inbox.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK: queued"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalSMTP:
    """`inbox` collects what the server accepted. `user`/`password` turn on AUTH (over plain TCP)."""

    def __init__(self, user: str | None = None, password: str | None = None):
        self.port = free_port()
        self.inbox: list[Received] = []
        self.user, self.password = user, password
        self.auth_attempts: list[str] = []
        self._controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = auth_data.login.decode() if isinstance(auth_data.login, bytes) else auth_data.login
        password = (
            auth_data.password.decode() if isinstance(auth_data.password, bytes) else auth_data.password
        )
        self.auth_attempts.append(login)
        return AuthResult(success=(login, password) == (self.user, self.password), handled=False)

    def start(self) -> LocalSMTP:
        kwargs = {}
        if self.user is not None:
            kwargs = {"authenticator": self._authenticate, "auth_require_tls": False}
        self._controller = Controller(_Handler(self.inbox), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def env(self) -> dict[str, str]:
        """The NEWSMON_* settings that point the sender at this server."""
        return {
            "NEWSMON_SMTP_HOST": "127.0.0.1",
            "NEWSMON_SMTP_PORT": str(self.port),
            "NEWSMON_SMTP_TLS": "none",
            "NEWSMON_ALERT_FROM": "newsmon@example.org",
            "NEWSMON_ALERT_TO": "duty@example.org, desk@example.org",
        }

    def __enter__(self) -> LocalSMTP:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
