"""A persistent cache of fetched data, keyed by query, that keeps every vintage.

A vintage is named after Comtrade's release (the ``lastReleased`` date and ``datasetChecksum``
of the availability call) when the release is known, else after the retrieval time.

Layout under the cache directory (``$TRADESTATS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tradestats``,
else ``~/.cache/tradestats``)::

    comtrade/<query key>/query.json                  the query
    comtrade/<query key>/manifest.json               chunks done in the current run (resume)
    comtrade/<query key>/<chunk key>/<vintage>.json  one stored answer per distinct content

A refetch stores a new vintage only when the answer's content changed; ``as_of`` picks, for each
chunk, the newest vintage retrieved on or before a date, so a table can be reproduced as it was
known then. Every file is written atomically (:mod:`tradestats.atomic`). A cache folder that
cannot be created or written is an :class:`~tradestats.errors.OutsideError` naming it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from ..atomic import write_bytes
from ..errors import OutsideError

__all__ = ["cache_dir", "atomic_write", "QueryCache"]


def cache_dir() -> Path:
    """The root of the tradestats cache."""
    env = os.environ.get("TRADESTATS_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "tradestats"


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a part."""
    _mkdir(path.parent)
    write_bytes(path, data)


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        env = " (TRADESTATS_CACHE_DIR)" if os.environ.get("TRADESTATS_CACHE_DIR") else ""
        raise OutsideError(
            f"the cache folder {str(folder)!r}{env} cannot be created: {err.strerror or err}; "
            "set TRADESTATS_CACHE_DIR to a writable folder."
        ) from err


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise OutsideError(
            f"the cache file {str(path)!r} cannot be read ({err}); delete it to fetch again."
        ) from err


def _key(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:16]


class QueryCache:
    """The stored answers of one query, chunk by chunk, in every vintage.

    Parameters
    ----------
    source
        ``comtrade`` (a folder name under the cache root).
    query
        The query as a JSON-able dict; its hash names the folder.
    root
        The cache root (default :func:`cache_dir`).
    """

    def __init__(self, source: str, query: dict[str, Any], root: Path | None = None) -> None:
        self.query = query
        self.folder = (root or cache_dir()) / source / _key(query)
        _mkdir(self.folder)
        qfile = self.folder / "query.json"
        if not qfile.exists():
            atomic_write(qfile, json.dumps(query, sort_keys=True, indent=1).encode())

    @staticmethod
    def chunk_key(chunk: dict[str, Any]) -> str:
        return _key(chunk)

    # -- manifest: what the current run has done ---------------------------------------------
    def manifest(self) -> dict[str, Any]:
        path = self.folder / "manifest.json"
        if not path.exists():
            return {"complete": False, "done": {}}
        return _read_json(path)

    def start_run(self, resume: bool) -> dict[str, Any]:
        """Resume an unfinished run (keep its done chunks) or start afresh."""
        m = self.manifest()
        if resume and not m.get("complete"):
            return m
        m = {"complete": False, "done": {}}
        self._save_manifest(m)
        return m

    def mark_done(self, manifest: dict[str, Any], chunk: dict[str, Any], vintage: str) -> None:
        manifest["done"][self.chunk_key(chunk)] = vintage
        self._save_manifest(manifest)

    def finish_run(self, manifest: dict[str, Any]) -> None:
        manifest["complete"] = True
        self._save_manifest(manifest)

    def _save_manifest(self, manifest: dict[str, Any]) -> None:
        atomic_write(
            self.folder / "manifest.json", json.dumps(manifest, sort_keys=True, indent=1).encode()
        )

    # -- vintages -------------------------------------------------------------------------------
    def store(self, chunk: dict[str, Any], records: list[dict[str, Any]], retrieved_at: str,
              release: dict[str, Any] | None = None) -> str:  # fmt: skip
        """Store an answer; returns the vintage id (an earlier one when neither the content nor
        the release changed).

        ``release`` maps each period of the chunk to Comtrade's ``{"released", "checksum"}``
        (``None`` for a period not released); the vintage is named after it when every period
        has one, e.g. ``20260314T101500-1a2b3c4d``.
        """
        folder = self.folder / self.chunk_key(chunk)
        content = json.dumps(records, sort_keys=True).encode()
        digest = hashlib.sha256(content).hexdigest()
        latest = self.vintages(chunk)
        if latest and latest[-1]["checksum"] == digest and latest[-1].get("release") == release:
            return str(latest[-1]["vintage"])
        if release and all(release.values()):
            newest = max(r["released"] for r in release.values())
            sums = json.dumps([release[p]["checksum"] for p in sorted(release)]).encode()
            vintage = re.sub(r"\D", "", newest)[:14] + "-" + hashlib.sha256(sums).hexdigest()[:8]
            vintage = vintage[:8] + "T" + vintage[8:]
        else:
            vintage = "retrieved-" + retrieved_at.replace(":", "").replace("-", "")
        if (folder / f"{vintage}.json").exists():
            vintage += "-" + digest[:6]
        payload = {
            "chunk": chunk,
            "retrieved_at": retrieved_at,
            "checksum": digest,
            "release": release,
            "records": records,
        }
        atomic_write(folder / f"{vintage}.json", json.dumps(payload, sort_keys=True).encode())
        return vintage

    def vintages(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        """The stored vintages of a chunk, oldest first (without their records)."""
        folder = self.folder / self.chunk_key(chunk)
        out = []
        for path in sorted(folder.glob("*.json")):
            payload = _read_json(path)
            out.append({"vintage": path.stem, "retrieved_at": payload["retrieved_at"],
                        "checksum": payload["checksum"], "release": payload.get("release")})  # fmt: skip
        out.sort(key=lambda v: v["retrieved_at"])
        return out

    def load(
        self, chunk: dict[str, Any], vintage: str | None = None, as_of: str | None = None
    ) -> dict[str, Any] | None:
        """A stored answer: a given vintage, the newest on or before ``as_of``, or the newest."""
        folder = self.folder / self.chunk_key(chunk)
        paths = sorted(folder.glob("*.json"))
        if vintage is not None:
            paths = [p for p in paths if p.stem == vintage]
        payloads = sorted(
            (dict(_read_json(p), vintage=p.stem) for p in paths), key=lambda p: p["retrieved_at"]
        )
        if as_of is not None:
            payloads = [p for p in payloads if p["retrieved_at"][: len(as_of)] <= as_of]
        return payloads[-1] if payloads else None

    def all_vintages(self) -> list[dict[str, Any]]:
        """Every stored vintage of every chunk of this query."""
        out = []
        for folder in sorted(p for p in self.folder.iterdir() if p.is_dir()):
            for path in sorted(folder.glob("*.json")):
                payload = _read_json(path)
                out.append({"chunk": payload["chunk"], "vintage": path.stem, "retrieved_at": payload["retrieved_at"],
                            "records": len(payload["records"])})  # fmt: skip
        return out
