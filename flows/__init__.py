"""newsmon flows: the I/O side (HTTP, Prefect flows, the CLI).

Prefect reads its settings at import time, so the privacy defaults are set here, before any
module of this package imports prefect: no telemetry, no outside DNS lookup beyond the feeds.
"""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
