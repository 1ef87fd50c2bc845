"""A UN Comtrade client that never loses a period: checked parameters, chunked requests, a
throttle, retries that honour the server's wait, a manifest to resume, releases, and every
answer cached by vintage.

The official client prints a failed request and drops that period from the combined table. This
one retries 429 and 5xx answers (waiting as long as ``Retry-After`` or the message says),
timeouts and truncated JSON; retries an unexpectedly empty answer once; and when a chunk still
fails, raises :class:`FetchError` naming the chunk. An interrupted download resumes where it
stopped, and the final table is the same as an uninterrupted one.

What the service allows (``comtrade_api.md`` §4, §6): the keyless preview takes **one period per
call** and returns at most 500 records; the keyed endpoint takes up to 12 periods per call; URLs
must stay under 4,096 characters. Calls are spaced (by default 6 s apart: 10 a minute, comtradr's
default, the only published rate) and an answer cut at the record cap is asked again in smaller
parts (by period, then flow, then commodity code), never kept cut.

Releases: the data-availability call (``getDa``) gives, for each reporter and period, the date
Comtrade last released the data and a checksum of the dataset. Both are stored with every
cached answer (the vintage is named after them), ``published`` holds the release date, and
``if_newer=True`` asks the service whether a newer release exists before fetching anything again.

Configuration: ``COMTRADE_API_KEY`` (or ``comtrade_api_key`` in
``~/.config/tradestats/config.toml``) for the keyed endpoint, else the keyless preview;
``TRADESTATS_COMTRADE_URL`` for the base URL (a mirror or a test server).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import itertools
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import ComtradeError, FetchError, InputError
from ..periods import Span, parse_span
from ..schema import validate_table
from .cache import QueryCache
from .countries import comtrade_code, resolve_country
from .records import comtrade_frame_to_table

__all__ = [
    "ComtradeError",
    "FetchError",
    "FetchReport",
    "ComtradeQuery",
    "fetch_comtrade",
    "records_to_table",
]

DEFAULT_URL = "https://comtradeapi.un.org"
PREVIEW_CAP, KEYED_CAP = 500, 100_000
#: Longest URL sent; the service refuses 4,096 characters and more (comtrade_api.md §3, §6).
MAX_URL = 4095
#: Seconds between calls by default: 10 a minute (comtradr's throttle; comtrade_api.md §4, §6).
DEFAULT_INTERVAL = 6.0
_KNOWN_FLOWS = {"X", "M", "RX", "RM", "DX", "FM", "MIP", "MOP", "XIP", "XOP"}
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ComtradeQuery:
    """What to fetch: checked before any request is made.

    Parameters
    ----------
    reporter, partner
        Country or area names or codes (resolved to ids; sent as the Comtrade area code valid
        in each year: USA is 841 until 1980, 842 from 1981).
    period
        A span (``2019-01..2020-12``; for annual data whole years such as ``2015..2020`` written
        ``2015-01..2020-12`` or a single year ``2019``).
    freq
        ``M`` (monthly) or ``A`` (annual).
    flows
        Comtrade flow codes; the canonical table holds ``X`` (exports) and ``M`` (imports).
    cmd
        ``TOTAL`` or HS codes (strings with their leading zeros).
    """

    reporter: str
    partner: str
    period: str
    freq: str = "M"
    flows: tuple[str, ...] = ("X", "M")
    cmd: tuple[str, ...] = ("TOTAL",)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reporter", resolve_country(self.reporter, "reporter"))
        object.__setattr__(self, "partner", resolve_country(self.partner, "partner"))
        span = parse_span(self.period)
        object.__setattr__(self, "period", str(span))
        if self.freq not in ("M", "A"):
            raise InputError(f"freq must be 'M' (monthly) or 'A' (annual); received {self.freq!r}.")
        if self.freq == "A" and not (span.start.month == 1 and span.end.month == 12):
            raise InputError(
                f"period must be whole calendar years for annual data; received {span}."
            )
        flows = tuple(f.strip().upper() for f in self.flows)
        unknown = [f for f in flows if f not in _KNOWN_FLOWS]
        if unknown or not flows:
            raise InputError(
                f"flows must be Comtrade flow codes such as X, M; received {list(self.flows)}."
            )
        unsupported = [f for f in flows if f not in ("X", "M")]
        if unsupported:
            raise InputError(
                f"flows {unsupported} are valid Comtrade codes, but the canonical table holds exports (X) and "
                "imports (M) only; ask for X and M."
            )
        object.__setattr__(self, "flows", flows)
        cmds = tuple(str(c).strip().upper() for c in self.cmd)
        bad = [c for c in cmds if not (c == "TOTAL" or re.fullmatch(r"\d{2}(\d{2}){0,2}", c))]
        if bad or not cmds:
            raise InputError(
                f"cmd must be TOTAL or HS codes of 2, 4 or 6 digits as text; received {list(self.cmd)}."
            )
        object.__setattr__(self, "cmd", cmds)
        for year in range(span.start.year, span.end.year + 1):  # an area code for every year
            self.area_codes(year)

    @property
    def span(self) -> Span:
        return parse_span(self.period)

    def area_codes(self, year: int) -> tuple[int, int]:
        """The (reporter, partner) Comtrade codes valid in ``year`` (historic codes included)."""
        return comtrade_code(self.reporter, year), comtrade_code(self.partner, year)

    def period_codes(self) -> list[str]:
        """``YYYYMM`` for monthly data, ``YYYY`` for annual."""
        if self.freq == "M":
            return [m.strftime("%Y%m") for m in self.span.months]
        return [str(y) for y in range(self.span.start.year, self.span.end.year + 1)]

    def as_dict(self) -> dict[str, Any]:
        return {"reporter": self.reporter, "partner": self.partner, "period": self.period, "freq": self.freq,
                "flows": list(self.flows), "cmd": list(self.cmd)}  # fmt: skip


@dataclass
class FetchReport:
    """What a fetch did: chunks fetched or read from cache, calls, retries, releases, and what
    is missing."""

    chunks: int = 0
    fetched: int = 0
    cached: int = 0
    calls: int = 0
    retried: int = 0
    empty_retried: int = 0
    split: int = 0
    unreleased: int = 0
    newer: list[str] | None = None  # chunks with a newer release (None: not asked)
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # (period, flow, cmd)
    log: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.chunks} chunk(s): {self.fetched} fetched, {self.cached} from cache; {self.calls} call(s), "
                f"{self.retried} retried request(s), {self.empty_retried} empty answer(s) retried")  # fmt: skip
        if self.unreleased:
            text += f", {self.unreleased} chunk(s) not asked: no release by the availability call"
        if self.split:
            text += f", {self.split} answer(s) at the record cap asked again in parts"
        if self.newer is not None:
            text += (f"; newer release for {len(self.newer)} chunk(s): {', '.join(self.newer[:6])}"
                     if self.newer else "; no newer release than the cached one")  # fmt: skip
        if self.missing:
            shown = ", ".join(f"{p} {f} {c}" for p, f, c in self.missing[:12])
            text += f"; MISSING {len(self.missing)}: {shown}" + (
                " …" if len(self.missing) > 12 else ""
            )
        else:
            text += "; every period and flow present"
        return text


def _api_key(key: str | None) -> str | None:
    if key:
        return key
    if os.environ.get("COMTRADE_API_KEY"):
        return os.environ["COMTRADE_API_KEY"]
    config = (
        Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
        / "tradestats"
        / "config.toml"
    )
    if config.is_file():
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover
            import tomli as tomllib
        try:
            with config.open("rb") as fh:
                value = tomllib.load(fh).get("comtrade_api_key")
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise InputError(f"{config} must be a readable TOML file; {err}.") from err
        return str(value) if value else None
    return None


def _wait_from(headers: Any, body: str, attempt: int, backoff: float) -> float:
    retry_after = headers.get("Retry-After") if headers is not None else None
    if retry_after:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass
    m = re.search(r"[Tt]ry again in (\d+(?:\.\d+)?) seconds?", body)
    if m:
        return float(m.group(1))
    return min(60.0, backoff * (2**attempt))


def _label(chunk: dict[str, Any]) -> str:
    p = chunk["periods"]
    span = p[0] if len(p) == 1 else f"{p[0]}..{p[-1]}"
    cmd = ",".join(chunk["cmd"])
    return f"{span} {','.join(chunk['flows'])} {cmd if len(cmd) < 30 else str(len(chunk['cmd'])) + ' codes'}"


class _Http:
    def __init__(self, base_url: str, key: str | None, timeout: float, max_retries: int, backoff: float,
                 sleep: Callable[[float], None], report: FetchReport, min_interval: float,
                 progress: Progress | None) -> None:  # fmt: skip
        self.base_url = base_url.rstrip("/")
        self.key = key
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.sleep = sleep
        self.report = report
        self.min_interval = min_interval
        self.progress = progress
        self.last = -1e9
        self.position = (0, 1)

    def url(self, freq: str, params: dict[str, str], endpoint: str = "data") -> str:
        if endpoint == "availability":
            path = f"/data/v1/getDa/C/{freq}/HS" if self.key else f"/public/v1/getDa/C/{freq}/HS"
        else:
            path = f"/data/v1/get/C/{freq}/HS" if self.key else f"/public/v1/preview/C/{freq}/HS"
        return f"{self.base_url}{path}?{urllib.parse.urlencode(params, safe=',')}"

    def _throttle(self) -> None:
        wait = self.min_interval - (time.monotonic() - self.last)
        if wait > 0:
            self.sleep(wait)
        self.last = time.monotonic()

    def get_json(self, url: str, chunk: dict[str, Any]) -> dict[str, Any]:
        if len(url) > MAX_URL:  # never sent: the chunks are split before
            raise InputError(
                f"a Comtrade URL of {len(url)} characters is over the service's limit of 4,096."
            )
        last = ""
        label = _label(chunk)
        for attempt in range(self.max_retries + 1):
            if attempt:
                self.report.retried += 1
            headers = {"Accept-Encoding": "gzip", "User-Agent": "tradestats"}
            if self.key:
                headers["Ocp-Apim-Subscription-Key"] = self.key
            self._throttle()
            self.report.calls += 1
            try:
                with urllib.request.urlopen(
                    urllib.request.Request(url, headers=headers), timeout=self.timeout
                ) as r:
                    raw = r.read()
                    if r.headers.get("Content-Encoding") == "gzip" or raw[:2] == b"\x1f\x8b":
                        raw = gzip.decompress(raw)
                text = raw.decode("utf-8")
                payload = json.loads(text)
                if not isinstance(payload, dict) or "data" not in payload:
                    raise ValueError("the answer is not a Comtrade envelope (no 'data' key)")
                if payload.get("error") or payload["data"] is None:
                    raise ComtradeError(
                        f"Comtrade answered without data for {label}: "
                        f"{payload.get('error') or 'data is null'} (count {payload.get('count')!r})."
                    )
                if not isinstance(payload["data"], list):
                    raise ValueError("the answer's 'data' is not a list")
                return payload
            except urllib.error.HTTPError as err:
                try:
                    body = err.read().decode("utf-8", "replace")
                except OSError:
                    body = ""
                finally:
                    err.close()
                message = _message(body)
                if err.code == 401:
                    raise ComtradeError(f"Comtrade refused the key (401): {message}") from err
                if err.code == 403 and "quota" in message.lower():
                    raise ComtradeError(f"Comtrade quota used up (403): {message}") from err
                if err.code not in (429, 500, 502, 503, 504, 403):
                    raise ComtradeError(
                        f"Comtrade answered {err.code} for {label}: {message}"
                    ) from err
                last = f"HTTP {err.code}: {message}"
                wait = _wait_from(err.headers, body, attempt, self.backoff)
            except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
                last = f"network: {getattr(err, 'reason', err)}"
                wait = min(60.0, self.backoff * (2**attempt))
            except (
                ValueError,
                UnicodeDecodeError,
                EOFError,
                OSError,
            ) as err:  # truncated or invalid JSON
                last = f"invalid answer: {err}"
                wait = min(60.0, self.backoff * (2**attempt))
            line = f"{label}: retry {attempt + 1} after {last[:80]}; waiting {wait:g} s"
            self.report.log.append(line)
            if self.progress:
                self.progress(*self.position, line)
            if attempt < self.max_retries:
                self.sleep(wait)
        raise FetchError(
            f"Chunk {label} failed after {self.max_retries + 1} attempts; last: {last}. "
            "Nothing was dropped: rerun to resume.",
            chunk,
        )


def _message(body: str) -> str:
    try:
        data = json.loads(body)
        if isinstance(data, dict):
            inner = data.get("errorObject") if isinstance(data.get("errorObject"), dict) else {}
            return " ".join(str(data.get("message") or inner.get("errorMessage") or data.get("error")
                                or body).split())[:300]  # fmt: skip
    except ValueError:
        pass
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(text.split())[:300]


def _params(chunk: dict[str, Any], cap: int) -> dict[str, str]:
    return {
        "reporterCode": str(chunk["reporter_code"]), "partnerCode": str(chunk["partner_code"]),
        "partner2Code": "0", "period": ",".join(chunk["periods"]), "cmdCode": ",".join(chunk["cmd"]),
        "flowCode": ",".join(chunk["flows"]), "customsCode": "C00", "motCode": "0",
        "breakdownMode": "classic", "includeDesc": "true", "maxRecords": str(cap),
    }  # fmt: skip


def _fit(chunk: dict[str, Any], http: _Http, cap: int) -> list[dict[str, Any]]:
    """Split a chunk until its URL is under the limit: commodity codes first, then periods."""
    if len(http.url(chunk["freq"], _params(chunk, cap))) <= MAX_URL:
        return [chunk]
    for key in ("cmd", "periods"):
        items = chunk[key]
        if len(items) > 1:
            half = len(items) // 2
            return _fit(dict(chunk, **{key: items[:half]}), http, cap) + _fit(
                dict(chunk, **{key: items[half:]}), http, cap
            )
    raise InputError("a single Comtrade request would be over 4,096 characters; shorten the query.")


def _chunks(query: ComtradeQuery, size: int, http: _Http, cap: int) -> list[dict[str, Any]]:
    """Periods grouped by the area codes valid in their year, ``size`` per chunk, URLs fitted."""
    out: list[dict[str, Any]] = []
    grouped = itertools.groupby(query.period_codes(), key=lambda c: query.area_codes(int(c[:4])))
    for (rcode, pcode), items in grouped:
        codes = list(items)
        for i in range(0, len(codes), size):
            chunk = {"periods": codes[i : i + size], "flows": list(query.flows), "cmd": list(query.cmd),
                     "freq": query.freq, "reporter_code": rcode, "partner_code": pcode}  # fmt: skip
            out += _fit(chunk, http, cap)
    return out


def availability(
    http: _Http, freq: str, reporter_code: int, periods: list[str]
) -> dict[str, dict[str, str]]:
    """Comtrade's releases for one reporter: period → ``{"released", "checksum"}`` (``getDa``).

    Periods are asked 12 per call (one per call if the service refuses several with HTTP 400).
    A period Comtrade has not released is absent.
    """
    out: dict[str, dict[str, str]] = {}
    for i in range(0, len(periods), 12):
        part = periods[i : i + 12]
        chunk = {"periods": part, "flows": ["availability"], "cmd": [f"reporter {reporter_code}"]}
        url = http.url(
            freq, {"reporterCode": str(reporter_code), "period": ",".join(part)}, "availability"
        )
        try:
            data = http.get_json(url, chunk)["data"]
        except ComtradeError as err:
            if len(part) == 1 or "answered 400" not in str(err):
                raise
            # a service that takes one period per call here too: ask period by period
            data = [r for p in part for r in _availability_records(http, freq, reporter_code, p)]
        for r in data:
            period = str(r.get("period", "")).split(".")[0]
            if period not in part or not r.get("lastReleased"):
                continue
            entry = out.setdefault(period, {"released": "", "checksum": ""})
            entry["released"] = max(entry["released"], str(r["lastReleased"]))
            sums = sorted(
                {*filter(None, entry["checksum"].split(";")), str(r.get("datasetChecksum"))}
            )
            entry["checksum"] = ";".join(sums)
    return out


def _availability_records(
    http: _Http, freq: str, reporter_code: int, period: str
) -> list[dict[str, Any]]:
    chunk = {"periods": [period], "flows": ["availability"], "cmd": [f"reporter {reporter_code}"]}
    url = http.url(freq, {"reporterCode": str(reporter_code), "period": period}, "availability")
    return list(http.get_json(url, chunk)["data"])


def _release(
    chunk: dict[str, Any], avail: dict[int, dict[str, dict[str, str]]] | None
) -> dict[str, Any] | None:
    if avail is None:
        return None
    known = avail.get(chunk["reporter_code"], {})
    return {p: known.get(p) for p in chunk["periods"]}


def fetch_comtrade(
    reporter: str,
    partner: str,
    period: str,
    *,
    freq: str = "M",
    flows: tuple[str, ...] = ("X", "M"),
    cmd: tuple[str, ...] = ("TOTAL",),
    key: str | None = None,
    base_url: str | None = None,
    cache_root: Path | None = None,
    refresh: bool = False,
    if_newer: bool = False,
    as_of: str | None = None,
    chunk_periods: int | None = None,
    max_retries: int = 5,
    timeout: float = 60.0,
    backoff: float = 1.0,
    min_interval: float = DEFAULT_INTERVAL,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, FetchReport]:
    """Fetch goods trade from UN Comtrade into the canonical table.

    Parameters
    ----------
    reporter, partner, period, freq, flows, cmd
        The query (see :class:`ComtradeQuery`); checked before any request.
    key, base_url
        API key and base URL; by default from ``COMTRADE_API_KEY`` and ``TRADESTATS_COMTRADE_URL``.
    cache_root
        The cache root (default ``$TRADESTATS_CACHE_DIR`` or the user cache directory).
    refresh
        Ask the server again although a complete answer is cached; changed answers are kept
        as new vintages.
    if_newer
        Ask the service's availability call whether a newer release than the cached one exists,
        and fetch only the chunks whose release changed.
    as_of
        ``YYYY-MM-DD``: no request; the table as the cache knew it on that date.
    chunk_periods
        Periods per request: 1 without a key (the preview takes one), at most 12 with one
        (default 12).
    max_retries, timeout, backoff, sleep
        Retry policy: up to ``max_retries`` retries per chunk, exponential back-off from
        ``backoff`` seconds unless the server states a wait.
    min_interval
        Seconds between two calls (default 6: 10 calls a minute).
    progress
        Called as ``progress(done, total, message)`` before each chunk and on each retry.

    Returns
    -------
    (pandas.DataFrame, FetchReport)
        The canonical table (with ``retrieved_at``, ``vintage``, ``checksum``, ``reporter_code``,
        ``partner_code``, ``primary_value``, ``cif_usd``, ``fob_usd``, ``valuation``, ``quantity``
        and ``quantity_unit`` columns; ``published`` is Comtrade's release date when known) and
        what was fetched, cached, retried and is missing.

    Raises
    ------
    InputError
        For a malformed query (nothing is requested).
    ComtradeError
        For an answer the service gives as an error (a refused key, a used-up quota, a message
        instead of data, a record without a value).
    FetchError
        When a chunk still fails after retries; the chunks done so far stay cached.
    """
    query = ComtradeQuery(reporter, partner, period, freq, tuple(flows), tuple(cmd))
    key = _api_key(key)
    size = chunk_periods if chunk_periods is not None else (12 if key else 1)
    if not key and size != 1:
        raise InputError(f"chunk_periods must be 1 without an API key (the keyless preview takes one period "
                         f"per call); received {size}.")  # fmt: skip
    if not 1 <= size <= 12:
        raise InputError(f"chunk_periods must be 1 to 12; received {size}.")
    if min_interval < 0:
        raise InputError(f"min_interval must be 0 or more seconds; received {min_interval}.")
    if max_retries < 0 or timeout <= 0 or backoff < 0:
        raise InputError(
            f"max_retries and backoff must be 0 or more and timeout above 0; received {max_retries}, "
            f"{backoff}, {timeout}."
        )
    if as_of is not None and not re.fullmatch(
        r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?", str(as_of)
    ):
        raise InputError(
            f"as_of must be a date written YYYY-MM-DD (or YYYY-MM-DDTHH:MM:SS); received {as_of!r}."
        )
    cap = KEYED_CAP if key else PREVIEW_CAP
    report = FetchReport()
    http = _Http(base_url or os.environ.get("TRADESTATS_COMTRADE_URL", DEFAULT_URL), key, timeout, max_retries,
                 backoff, sleep, report, min_interval, progress)  # fmt: skip
    cache = QueryCache("comtrade", query.as_dict(), cache_root)
    chunks = _chunks(query, size, http, cap)
    report.chunks = len(chunks)
    stored: list[dict[str, Any]] = []
    if as_of is not None:
        for chunk in chunks:
            payload = cache.load(chunk, as_of=as_of)
            if payload is None:
                raise InputError(
                    f"as_of {as_of}: the cache holds no answer for {_label(chunk)} retrieved by then."
                )
            stored.append(payload)
            report.cached += 1
        return _finish(query, stored, report)
    manifest = cache.manifest()
    done = {} if refresh else dict(manifest.get("done", {}))
    payloads = {}
    for chunk in chunks:
        vintage = done.get(cache.chunk_key(chunk))
        payload = cache.load(chunk, vintage=vintage) if vintage else None
        if payload is not None:
            payloads[cache.chunk_key(chunk)] = payload
    todo = [c for c in chunks if cache.chunk_key(c) not in payloads]
    avail: dict[int, dict[str, dict[str, str]]] | None = None
    if todo or if_newer:
        avail = {}
        asked = chunks if if_newer else todo
        for rcode, group in itertools.groupby(sorted(asked, key=lambda c: c["reporter_code"]),
                                              key=lambda c: c["reporter_code"]):  # fmt: skip
            periods = sorted({p for c in group for p in c["periods"]})
            try:
                avail[rcode] = availability(http, query.freq, rcode, periods)
            except (ComtradeError, InputError) as err:
                if if_newer:
                    raise
                report.log.append(f"release dates unknown (availability call failed: {err})")
                avail = None
                break
    if if_newer and avail is not None:
        newer = [c for c in chunks if cache.chunk_key(c) in payloads
                 and payloads[cache.chunk_key(c)].get("release") != _release(c, avail)]  # fmt: skip
        report.newer = [_label(c) for c in newer]
        todo = [c for c in chunks if c in newer or cache.chunk_key(c) not in payloads]
    manifest = cache.start_run(resume=not refresh and not manifest.get("complete"))
    keys_todo = {cache.chunk_key(c) for c in todo}
    for i, chunk in enumerate(chunks, 1):
        ck = cache.chunk_key(chunk)
        if ck not in keys_todo:
            report.cached += 1
            stored.append(payloads[ck])
            manifest["done"][ck] = payloads[ck]["vintage"]
            continue
        http.position = (i - 1, len(chunks))
        if progress:
            progress(i - 1, len(chunks), f"fetching {_label(chunk)}")
        release = _release(chunk, avail)
        if release is not None and not any(release.values()):
            # the availability call says Comtrade has released nothing for these periods
            report.log.append(
                f"{_label(chunk)}: no release for reporter {chunk['reporter_code']}; not asked"
            )
            records = []
            report.unreleased += 1
        else:
            records = _fetch_chunk(http, chunk, cap, report)
            report.fetched += 1
        retrieved = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        vintage = cache.store(chunk, records, retrieved, release=release)
        stored.append(cache.load(chunk, vintage=vintage) or {})
        cache.mark_done(manifest, chunk, vintage)
    if progress:
        progress(len(chunks), len(chunks), "done")
    cache.finish_run(manifest)
    return _finish(query, stored, report)


def _fetch_chunk(
    http: _Http, chunk: dict[str, Any], cap: int, report: FetchReport
) -> list[dict[str, Any]]:
    """The total rows of one chunk; an answer cut at the record cap is asked again in parts."""
    url = http.url(chunk["freq"], _params(chunk, cap))
    data = http.get_json(url, chunk)["data"]
    if not data:  # an unexpectedly empty answer: ask once more after a pause
        report.empty_retried += 1
        http.sleep(http.backoff)
        data = http.get_json(url, chunk)["data"]
    if len(data) >= cap:  # the service cuts silently at its cap: ask again in smaller parts
        for key in ("periods", "flows", "cmd"):
            if len(chunk[key]) > 1:
                report.split += 1
                half = len(chunk[key]) // 2
                return [r for part in (chunk[key][:half], chunk[key][half:])
                        for r in _fetch_chunk(http, dict(chunk, **{key: part}), cap, report)]  # fmt: skip
        raise FetchError(
            f"Chunk {_label(chunk)} returned {len(data)} records, the cap of this endpoint: the answer may be cut. "
            "Ask for fewer commodity codes or use an API key.",
            chunk,
        )
    rows = [_slim(r) for r in data if _is_total_row(r)]
    for r in rows:
        if r.get("primaryValue") in (None, ""):
            raise ComtradeError(
                f"Comtrade sent a record without a value (primaryValue null) for {r.get('period')} flow "
                f"{r.get('flowCode')} cmd {r.get('cmdCode')} (reporter {r.get('reporterCode')}, partner "
                f"{r.get('partnerCode')}); nothing is filled in."
            )
    return rows


def _is_total_row(r: dict[str, Any]) -> bool:
    return (str(r.get("customsCode", "C00")) in ("C00", "None")
            and int(r.get("motCode", 0) or 0) == 0 and int(r.get("partner2Code", 0) or 0) == 0)  # fmt: skip


_KEEP = ("freqCode", "refYear", "refMonth", "period", "reporterCode", "partnerCode", "flowCode",
         "classificationCode", "cmdCode", "qtyUnitAbbr", "qty", "cifvalue", "fobvalue", "primaryValue",
         "isReported", "isAggregate", "isQtyEstimated", "legacyEstimationFlag")  # fmt: skip


def _slim(r: dict[str, Any]) -> dict[str, Any]:
    lower = {k.lower(): v for k, v in r.items()}
    return {k: lower.get(k.lower()) for k in _KEEP}


def records_to_table(records: list[dict[str, Any]], *, source_id: str = "comtrade", retrieved_at: str = "",
                     vintage: str = "", checksum: str = "", published: str = "") -> pd.DataFrame:  # fmt: skip
    """Comtrade records (API or bulk) → canonical table rows of exports and imports (not yet
    validated); records of other flows are left out (see :mod:`tradestats.sources.records`)."""
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame(columns=list(_KEEP))
    table, _ = comtrade_frame_to_table(frame, source_id=source_id, name=source_id, published=published,
                                       extra={"retrieved_at": retrieved_at, "vintage": vintage,
                                              "checksum": checksum})  # fmt: skip
    return table


def _finish(query: ComtradeQuery, stored: list[dict[str, Any]], report: FetchReport
            ) -> tuple[pd.DataFrame, FetchReport]:  # fmt: skip
    records, meta = [], []
    for payload in stored:
        chunk = payload["chunk"]
        digest = hashlib.sha1(json.dumps(chunk, sort_keys=True).encode()).hexdigest()[:10]
        sid = f"comtrade-{chunk.get('reporter_code')}-{chunk.get('partner_code')}-{chunk['freq']}-{digest}"
        release = payload.get("release") or {}
        for r in payload["records"]:
            period = str(r.get("period") or "").split(".")[0]
            known = release.get(period) or {}
            records.append(r)
            released = (known.get("released") or "")[:10] or None
            checksum = known.get("checksum") or payload["checksum"]
            meta.append(
                (sid, payload["retrieved_at"], payload.get("vintage", ""), checksum, released)
            )
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame(columns=list(_KEEP))
    info = pd.DataFrame(meta, columns=["source_id", "retrieved_at", "vintage", "checksum", "published"],
                        index=frame.index)  # fmt: skip
    extra = {c: info[c] for c in ("published", "retrieved_at", "vintage", "checksum")}
    raw, _ = comtrade_frame_to_table(
        frame, source_id=info["source_id"], name="Comtrade answer", extra=extra
    )
    columns = ["reporter", "partner", "flow", "start", "end", "commodity", "value_usd"]
    if raw.empty:
        table = validate_table(pd.DataFrame(columns=columns), name="comtrade")
    else:
        raw = raw.sort_values(["commodity", "flow", "start"], kind="stable").reset_index(drop=True)
        table = validate_table(raw, name="comtrade")
    have = (
        set(zip(table["start"].astype(str), table["flow"], table["commodity"]))
        if len(table)
        else set()
    )
    names = {"X": "export", "M": "import"}
    for code in query.period_codes():
        month = f"{code[:4]}-{code[4:6]}" if query.freq == "M" else f"{code}-01"
        for f in query.flows:
            for c in query.cmd:
                if (month, names[f], c) not in have:
                    report.missing.append((code, names[f], c))
    return table, report
