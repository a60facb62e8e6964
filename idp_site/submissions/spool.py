"""Submissions kept outside PostgreSQL while it cannot be reached, until it can.

An entry is the whole validated payload of one form post (outage.py builds it: the form
scope, the page it belongs to, its token's nonce, spam reasons, the record's fields,
when it arrived), as JSON encrypted with the intake keys (keys.py, the MultiFernet of
the intake records). Nothing of it is ever written in clear: not here, not in a log.

Where an entry is kept, first that works:

1. Redis (`SUBMISSION_SPOOL_REDIS_URL`, by default `REDIS_URL`): one field of the hash
   `SUBMISSION_SPOOL_REDIS_KEY`, with no expiry. Shared by every app server.
2. This server's disk (`SUBMISSION_SPOOL_DIR`): one file per entry, written to a
   temporary file opened with mode 0600, flushed to disk, then renamed into place, so
   a reader of the folder sees a whole entry or none.

An entry is named by a hash of its form token's nonce: posting the same rendered form
twice keeps one entry. `replay(store)` hands every entry to `store` and removes it once
`store` returns: the record's unique `submission_token` column (form_protection) makes
a second replay of the same entry, after a crash or by another process, store nothing.
A lock (a Redis key with a short expiry; `flock` on the folder's lock file) keeps two
processes from doing the same work at once; correctness never depends on it.
"""

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import uuid
from pathlib import Path

from cryptography.fernet import InvalidToken
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError

from idp_site.submissions.keys import get_fernet

logger = logging.getLogger("idp.forms")

SUFFIX = ".spool"
LOCK_FILE = ".lock"
LOCK_SECONDS = 60
_clients = {}


def _redis_url():
    return getattr(settings, "SUBMISSION_SPOOL_REDIS_URL", "") or ""


def _redis_key():
    return getattr(settings, "SUBMISSION_SPOOL_REDIS_KEY", "idp:submission-spool")


def _folder():
    folder = getattr(settings, "SUBMISSION_SPOOL_DIR", "")
    return Path(folder) if folder else None


def _redis():
    """A redis-py client with short timeouts, or None when no Redis is configured."""
    url = _redis_url()
    if not url:
        return None
    if url not in _clients:
        import redis

        timeout = getattr(settings, "SUBMISSION_SPOOL_REDIS_TIMEOUT", 0.5)
        _clients[url] = redis.Redis.from_url(
            url, socket_connect_timeout=timeout, socket_timeout=timeout
        )
    return _clients[url]


def entry_name(nonce):
    """The name of the entry of a form token's nonce (not the nonce itself)."""
    return hashlib.sha256(f"spool|{nonce}".encode()).hexdigest()[:40]


def seal(entry):
    text = json.dumps(entry, separators=(",", ":"), cls=DjangoJSONEncoder)
    return get_fernet().encrypt(text.encode("utf-8"))


def unseal(token):
    """The entry, or None when no configured key opens it (never its text in a log)."""
    try:
        return json.loads(get_fernet().decrypt(bytes(token)).decode("utf-8"))
    except (InvalidToken, ValueError, TypeError):
        return None


def keep(entry):
    """Keep `entry` (encrypted); "redis", "disk", or None when neither could keep it."""
    name, sealed = entry_name(entry["token"]), seal(entry)
    if _keep_in_redis(name, sealed):
        return "redis"
    if _keep_on_disk(name, sealed):
        return "disk"
    return None


def _keep_in_redis(name, sealed):
    client = _redis()
    if client is None:
        return False
    try:
        client.hset(_redis_key(), name, sealed)
    except Exception as exc:  # noqa: BLE001 - any failure of the optional first place
        logger.warning("Submission spool: Redis unavailable (%s).", type(exc).__name__)
        return False
    return True


def _keep_on_disk(name, sealed):
    folder = _folder()
    if folder is None:
        return False
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_atomically(folder, name + SUFFIX, sealed)
    except OSError as exc:
        logger.error("Submission spool: folder not writable (%s).", type(exc).__name__)
        return False
    return True


def _write_atomically(folder, filename, data):
    # mkstemp opens with mode 0600 and O_EXCL; the rename makes the entry appear whole.
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, folder / filename)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a power cut
    finally:
        os.close(directory)


def waiting():
    """How many entries wait (in Redis and in this server's folder); cheap."""
    count = 0
    client = _redis()
    if client is not None:
        with contextlib.suppress(Exception):
            count += client.hlen(_redis_key())
    folder = _folder()
    if folder is not None:
        with contextlib.suppress(OSError):
            count += sum(1 for path in folder.glob("*" + SUFFIX))
    return count


def replay(store):
    """Hand every waiting entry to `store(entry)` and remove it once stored; returns
    (stored, left). A DatabaseError from `store` ends the round (the database is still
    out); any other error leaves that entry for a person to look at, logged by kind."""
    stored = left = 0
    for source in (_replay_redis, _replay_disk):
        done, kept = source(store)
        stored += done
        left += kept
    return stored, left


def _replay_redis(store):
    client = _redis()
    if client is None:
        return 0, 0
    key, lock = _redis_key(), _redis_key() + ":lock"
    owner = uuid.uuid4().hex
    try:
        if not client.set(lock, owner, nx=True, ex=LOCK_SECONDS):
            return 0, 0  # another process is replaying
        entries = client.hgetall(key)
    except Exception as exc:  # noqa: BLE001 - Redis out: its entries wait for it
        logger.warning("Submission spool: Redis unavailable (%s).", type(exc).__name__)
        return 0, 0
    try:
        return _replay_each(entries.items(), store, lambda name: client.hdel(key, name))
    finally:
        with contextlib.suppress(Exception):
            if client.get(lock) == owner.encode():
                client.delete(lock)


def _replay_disk(store):
    folder = _folder()
    if folder is None or not folder.is_dir():
        return 0, 0
    try:
        lock = open(folder / LOCK_FILE, "a")  # noqa: SIM115 - held for the whole round
    except OSError:
        lock = None
    try:
        if lock is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return 0, 0  # another process is replaying
        entries = ((path, path.read_bytes()) for path in sorted(folder.glob("*" + SUFFIX)))
        return _replay_each(entries, store, lambda path: path.unlink(missing_ok=True))
    finally:
        if lock is not None:
            lock.close()


def _replay_each(entries, store, remove):
    stored = left = 0
    for name, sealed in entries:
        entry = unseal(sealed)
        if entry is None:
            logger.error("Submission spool: an entry no configured key opens is kept.")
            left += 1
            continue
        try:
            done = store(entry)
        except DatabaseError:
            raise
        except Exception as exc:  # noqa: BLE001 - keep it, say what kind of failure
            logger.error("Submission spool: an entry could not be stored (%s).", type(exc).__name__)
            left += 1
            continue
        if done:
            remove(name)
            stored += 1
        else:
            left += 1
    return stored, left
