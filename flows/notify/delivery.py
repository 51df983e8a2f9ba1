"""Alerts: headline changes -> the `alerts` outbox (in the load's transaction) -> SMTP -> marked sent.

`queue_alerts` runs inside `load_batch`, before COMMIT, so an alert exists exactly when the data that
caused it does. `deliver` runs after the commit: it claims each pending alert (`sending`, committed),
talks to the SMTP server, then marks it `sent`. An alert the server did not take goes back to `pending`
and is retried on the next run; one whose conversation broke after the message went out stays `sending`
(delivery in doubt) and is never sent again unless `newsmon alerts --requeue ID` says so.
"""

from __future__ import annotations

import base64
import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

import duckdb

from extractors.notify.mail import compose, quote_span
from flows.settings import Settings
from flows.watch import Watch
from warehouse import outbox

log = logging.getLogger("newsmon.alerts")

DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+$")


class DeliveryError(RuntimeError):
    """Alerts could not be delivered (SMTP unreachable, refused the login, bad settings); they stay pending."""


# --- policy and queueing ---------------------------------------------------------------------------


def topic_label(settings: Settings, watch: Watch | None) -> str:
    """NEWSMON_TOPIC, else the feeds file's first topic keyword ('Libya' for the default watch)."""
    if settings.topic:
        return settings.topic
    if watch is not None and watch.topic.keywords:
        return watch.topic.keywords[0]
    return "news"


@dataclass(frozen=True, slots=True)
class AlertPolicy:
    topic: str | None = None  # label stored on the run; None leaves the run's topic as it is
    min_change: str = "0"  # absolute ("50") or percentage ("10%") rise since the last alert
    min_sources: int = 1

    @classmethod
    def from_settings(cls, settings: Settings, watch: Watch | None) -> AlertPolicy:
        return cls(topic_label(settings, watch), settings.alert_min_change, settings.alert_min_sources)


def rise_is_enough(previous: int | None, new: int, min_change: str) -> bool:
    """Whether `new` rose enough over the last alerted `previous` (any rise counts when there is none)."""
    if previous is None:
        return True
    if new <= previous:
        return False
    text = min_change.strip() or "0"
    if text.endswith("%"):
        if previous <= 0:
            return True
        return (new - previous) * 100 >= float(text[:-1]) * previous
    return new - previous >= float(text)


def queue_alerts(con: duckdb.DuckDBPyConnection, run_id: str, policy: AlertPolicy) -> int:
    """Write an alert for every series whose headline rose past its last alert; returns how many.

    Runs in the caller's transaction. The rise is measured from the last alert of the series, sent or
    not. The e-mail's "was" is what the reader last received (the last alert sent, or possibly sent);
    before any, the headline before it in the history. A pending alert that the new one outdates is
    superseded, so a reader coming back from an SMTP outage gets one e-mail per series, not a backlog.
    """
    if policy.topic:
        outbox.set_run_topic(con, run_id, policy.topic)
    last = outbox.last_alerted(con)
    seen = outbox.last_alerted(con, ("sending", "sent"))
    written = 0
    for c in outbox.headline_candidates(con, policy.min_sources):
        baseline = last.get(c.series)
        if baseline is not None and not rise_is_enough(baseline.value, c.value, policy.min_change):
            continue
        told = seen.get(c.series)
        if told is not None:
            previous = (told.value, told.qualifier, told.as_of)
        else:
            previous = (c.previous_value, c.previous_qualifier, c.previous_as_of)
        quote, quote_start, quote_end = quote_span(c.text, c.sentence, c.start, c.end)
        alert = outbox.Alert(
            alert_id=outbox.alert_id(c.topic, c.kind, c.unit, c.location, c.value),
            topic=c.topic,
            kind=c.kind,
            unit=c.unit,
            location=c.location,
            change="first" if previous[0] is None else "rise",
            value=c.value,
            qualifier=c.qualifier,
            as_of=c.as_of,
            previous_value=previous[0],
            previous_qualifier=previous[1],
            previous_as_of=previous[2],
            sources=c.sources,
            figure_id=c.figure_id,
            article_id=c.article_id,
            title=c.title,
            url=c.url,
            outlet=c.outlet,
            published_at=c.published_at,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            other_outlets=tuple(o for o in c.outlets if o != c.outlet),
            run_id=run_id,
            language=c.language,
        )
        if outbox.insert_alert(con, alert):
            outbox.supersede(con, alert)
            written += 1
    return written


# --- delivery --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Delivery:
    sent: int = 0
    pending: int = 0
    in_doubt: int = 0
    configured: bool = True
    error: str | None = None  # why alerts stayed pending, in one line (no secrets)


def smtp_configured(settings: Settings) -> bool:
    return bool(settings.smtp_host and settings.alert_to)


def _password(settings: Settings) -> str:
    if settings.smtp_password:
        return settings.smtp_password
    if settings.smtp_password_file is None:
        return ""
    try:
        return settings.smtp_password_file.read_text(encoding="utf-8").strip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise DeliveryError(
            f"NEWSMON_SMTP_PASSWORD_FILE {settings.smtp_password_file}: cannot read: {reason}"
        ) from None


def _scrub(text: str, settings: Settings, password: str) -> str:
    """An error message with the password (plain or as sent in AUTH) taken out."""
    if not password:
        return text
    secrets = {
        password,
        base64.b64encode(password.encode()).decode(),
        base64.b64encode(f"\0{settings.smtp_user}\0{password}".encode()).decode(),
    }
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        message = (
            exc.smtp_error.decode("utf-8", "replace")
            if isinstance(exc.smtp_error, bytes)
            else str(exc.smtp_error)
        )
        return f"{type(exc).__name__} {exc.smtp_code}: {' '.join(message.split())}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "all recipients refused: " + ", ".join(sorted(exc.recipients))
    return f"{type(exc).__name__}: {' '.join(str(exc).split()) or 'no detail'}"


def _connect(settings: Settings, password: str) -> smtplib.SMTP:
    port = settings.smtp_port or DEFAULT_PORTS[settings.smtp_tls]
    timeout = settings.read_timeout
    if settings.smtp_tls == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.smtp_host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(settings.smtp_host, port, timeout=timeout)
    try:
        smtp.ehlo()
        if settings.smtp_tls == "starttls":
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _check_addresses(settings: Settings) -> None:
    for name, addresses in (
        ("NEWSMON_ALERT_FROM", (settings.alert_from,)),
        ("NEWSMON_ALERT_TO", settings.alert_to),
    ):
        for address in addresses:
            if not _ADDRESS.match(address):
                raise DeliveryError(f"{name}: {address[:80]!r} is not an e-mail address")


# Errors where the server answered with a refusal: the message was not taken, so it may be sent again.
_REFUSED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


def deliver(con: duckdb.DuckDBPyConnection, settings: Settings) -> Delivery:
    """Send every pending alert, oldest first, over one SMTP connection. Never raises for SMTP trouble:
    the reason is in `Delivery.error` and the alerts stay pending for the next run."""
    result = Delivery(configured=smtp_configured(settings))
    if result.configured:
        outbox.requeue_in_doubt(con)
    pending = outbox.list_alerts(con, ("pending",), limit=1000)
    incidents = outbox.pending_incidents(con)
    result.pending = len(pending)
    if not (pending or incidents) or not result.configured:
        return result
    password = ""
    try:
        _check_addresses(settings)
        password = _password(settings)
        smtp = _connect(settings, password)
    except DeliveryError as exc:
        result.error = str(exc)
        return result
    except (smtplib.SMTPException, OSError) as exc:
        port = settings.smtp_port or DEFAULT_PORTS[settings.smtp_tls]
        result.error = _scrub(f"SMTP {settings.smtp_host}:{port}: {_describe(exc)}", settings, password)
        return result
    try:
        _send_all(smtp, con, settings, password, pending, incidents, result)
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
    return result


def _send_all(smtp: smtplib.SMTP, con, settings: Settings, password: str, pending, incidents, result) -> None:
    """The incidents, then each pending alert: claimed, sent, marked; a refusal leaves it pending, a broken
    conversation leaves it in doubt and stops."""
    for incident_id, at, kind, detail in incidents:
        smtp.send_message(
            incident_message(settings, incident_id, at, kind, detail),
            from_addr=settings.alert_from,
            to_addrs=list(settings.alert_to),
        )
        outbox.mark_incident_sent(con, incident_id)
    for alert in pending:
        msg = compose(alert, settings.alert_from, settings.alert_to, outbox.explore_sql(alert))
        if not outbox.claim(con, alert.alert_id):
            continue
        try:
            refused = smtp.send_message(msg, from_addr=settings.alert_from, to_addrs=list(settings.alert_to))
        except _REFUSED as exc:
            reason = _scrub(_describe(exc), settings, password)
            outbox.release(con, alert.alert_id, reason)
            result.error = f"SMTP refused alert {alert.alert_id}: {reason}"
            continue
        except (smtplib.SMTPException, OSError) as exc:
            reason = _scrub(_describe(exc), settings, password)
            outbox.note_in_doubt(con, alert.alert_id, f"delivery in doubt: {reason}")
            result.in_doubt += 1
            result.pending -= 1
            result.error = f"SMTP failed while sending alert {alert.alert_id} (delivery in doubt): {reason}"
            break
        note = f"refused by the server: {', '.join(sorted(refused))}" if refused else None
        outbox.mark_sent(con, alert.alert_id, msg["Message-ID"], note)
        result.sent += 1
        result.pending -= 1
        log.info("alert sent: %s", msg["Subject"])


def incident_message(settings: Settings, incident_id: str, at, kind: str, detail: str) -> EmailMessage:
    """A plain-text e-mail telling the operator about an incident (a quarantined WAL)."""
    msg = EmailMessage()
    msg["Subject"] = f"newsmon: database incident ({kind})"
    msg["From"] = settings.alert_from
    msg["To"] = ", ".join(settings.alert_to)
    msg["Message-ID"] = f"<incident-{incident_id}@newsmon>"
    msg.set_content(
        f"newsmon recorded an incident at {at}:\n\n{detail}\n\n"
        f'Database: {settings.db}\nSee: newsmon sql "select * from incidents"\n'
    )
    return msg


def summary_line(delivery: Delivery, new: int | None = None) -> str:
    """One line for the run summary (with the alerts the run queued) and `newsmon alerts --send`."""
    parts = [f"{delivery.sent} sent", f"{delivery.pending} pending"]
    if new is not None:
        parts.insert(0, f"{new} new")
    if delivery.in_doubt:
        parts.append(f"{delivery.in_doubt} in doubt")
    line = "alerts: " + ", ".join(parts)
    if delivery.pending and not delivery.configured:
        line += (
            " (no SMTP configured: set NEWSMON_SMTP_HOST and NEWSMON_ALERT_TO; `newsmon alerts` lists them)"
        )
    elif delivery.error:
        line += f"; {delivery.error}; pending alerts are retried on the next run"
    return line
