# newsmon: the ingestion pipeline, running `newsmon serve` by default.
# Built by docker-compose.yml; secrets come at run time through compose `secrets:`, never here.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PREFECT_SERVER_ANALYTICS_ENABLED=false \
    DO_NOT_TRACK=1 \
    PYTHONPATH=/srv/newsmon/app

RUN groupadd --system --gid 10001 newsmon \
    && useradd --system --uid 10001 --gid newsmon --create-home --home-dir /home/newsmon newsmon

# Dependencies first, so this layer is reused while requirements.lock does not change: exact
# versions, every downloaded file checked against its hash in the lock.
COPY requirements.lock /tmp/requirements.lock
RUN python -m pip install --require-hashes -r /tmp/requirements.lock && rm /tmp/requirements.lock

# The project's packages as source on PYTHONPATH (nothing to build, so nothing unpinned to fetch),
# owned by root and read-only for the service; `newsmon` runs `python -m flows.cli`.
COPY flows /srv/newsmon/app/flows
COPY extractors /srv/newsmon/app/extractors
COPY warehouse /srv/newsmon/app/warehouse
COPY seeds /srv/newsmon/app/seeds
RUN python -m compileall -q /srv/newsmon/app \
    && printf '#!/bin/sh\nexec python -m flows.cli "$@"\n' > /usr/local/bin/newsmon \
    && chmod 755 /usr/local/bin/newsmon

# data/ is the mount point of the newsmon-data volume; a new volume takes this owner.
WORKDIR /srv/newsmon
RUN mkdir -p /srv/newsmon/data && chown newsmon:newsmon /srv/newsmon/data

USER 10001:10001
ENTRYPOINT ["newsmon"]
CMD ["serve"]
