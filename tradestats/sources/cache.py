"""A persistent cache of fetched data, keyed by query, that keeps every vintage.

Layout under the cache directory (``$TRADESTATS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tradestats``,
else ``~/.cache/tradestats``)::

    comtrade/<query key>/query.json                  the query
    comtrade/<query key>/manifest.json               chunks done in the current run (resume)
    comtrade/<query key>/<chunk key>/<vintage>.json  one stored answer per distinct content

A refetch stores a new vintage only when the answer's content changed; ``as_of`` picks, for each
chunk, the newest vintage retrieved on or before a date, so a table can be reproduced as it was
known then. Every file is written atomically (temporary file, then rename).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


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
        self.folder.mkdir(parents=True, exist_ok=True)
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
        return json.loads(path.read_text(encoding="utf-8"))

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
    def store(self, chunk: dict[str, Any], records: list[dict[str, Any]], retrieved_at: str) -> str:
        """Store an answer; returns the vintage id (an earlier one when the content is unchanged)."""
        folder = self.folder / self.chunk_key(chunk)
        content = json.dumps(records, sort_keys=True).encode()
        digest = hashlib.sha256(content).hexdigest()
        latest = self.vintages(chunk)
        if latest and latest[-1]["checksum"] == digest:
            return str(latest[-1]["vintage"])
        vintage = retrieved_at.replace(":", "").replace("-", "")
        payload = {
            "chunk": chunk,
            "retrieved_at": retrieved_at,
            "checksum": digest,
            "records": records,
        }
        atomic_write(folder / f"{vintage}.json", json.dumps(payload, sort_keys=True).encode())
        return vintage

    def vintages(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        """The stored vintages of a chunk, oldest first (without their records)."""
        folder = self.folder / self.chunk_key(chunk)
        out = []
        for path in sorted(folder.glob("*.json")):
            payload = json.loads(path.read_text(encoding="utf-8"))
            out.append(
                {
                    "vintage": path.stem,
                    "retrieved_at": payload["retrieved_at"],
                    "checksum": payload["checksum"],
                }
            )
        return out

    def load(
        self, chunk: dict[str, Any], vintage: str | None = None, as_of: str | None = None
    ) -> dict[str, Any] | None:
        """A stored answer: a given vintage, the newest on or before ``as_of``, or the newest."""
        folder = self.folder / self.chunk_key(chunk)
        paths = sorted(folder.glob("*.json"))
        if vintage is not None:
            paths = [p for p in paths if p.stem == vintage]
        payloads = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
        if as_of is not None:
            payloads = [p for p in payloads if p["retrieved_at"][: len(as_of)] <= as_of]
        return payloads[-1] if payloads else None

    def all_vintages(self) -> list[dict[str, Any]]:
        """Every stored vintage of every chunk of this query."""
        out = []
        for folder in sorted(p for p in self.folder.iterdir() if p.is_dir()):
            for path in sorted(folder.glob("*.json")):
                payload = json.loads(path.read_text(encoding="utf-8"))
                out.append({"chunk": payload["chunk"], "vintage": path.stem, "retrieved_at": payload["retrieved_at"],
                            "records": len(payload["records"])})  # fmt: skip
        return out
