"""A UN Comtrade client that never loses a period: checked parameters, chunked requests,
retries that honour the server's wait, a manifest to resume, and every answer cached by vintage.

The official client prints a failed request and drops that period from the combined table. This
one retries 429 and 5xx answers (waiting as long as ``Retry-After`` or the message says),
timeouts and truncated JSON; retries an unexpectedly empty answer once; and when a chunk still
fails, raises :class:`FetchError` naming the chunk. An interrupted download resumes where it
stopped, and the final table is the same as an uninterrupted one.

Configuration: ``COMTRADE_API_KEY`` (or ``comtrade_api_key`` in
``~/.config/tradestats/config.toml``) for the keyed endpoint, else the keyless preview;
``TRADESTATS_COMTRADE_URL`` for the base URL (a mirror or a test server).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
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
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import ComtradeError, FetchError, InputError
from ..periods import Span, parse_span
from ..schema import validate_table
from .cache import QueryCache
from .countries import comtrade_code, iso3_from_comtrade, resolve_country

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
_FLOWS = {"X": "export", "M": "import", "1": "import", "2": "export"}
_KNOWN_FLOWS = {"X", "M", "RX", "RM", "DX", "FM", "MIP", "MOP", "XIP", "XOP"}


@dataclass(frozen=True)
class ComtradeQuery:
    """What to fetch: checked before any request is made.

    Parameters
    ----------
    reporter, partner
        Country names or codes (resolved to ISO3; sent as Comtrade area codes).
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
        comtrade_code(self.reporter), comtrade_code(self.partner)  # both must have an area code

    @property
    def span(self) -> Span:
        return parse_span(self.period)

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
    """What a fetch did: chunks fetched or read from cache, retries, and what is missing."""

    chunks: int = 0
    fetched: int = 0
    cached: int = 0
    retried: int = 0
    empty_retried: int = 0
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # (period, flow, cmd)
    log: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.chunks} chunk(s): {self.fetched} fetched, {self.cached} from cache; "
                f"{self.retried} retried request(s), {self.empty_retried} empty answer(s) retried")  # fmt: skip
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
        with config.open("rb") as fh:
            value = tomllib.load(fh).get("comtrade_api_key")
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


class _Http:
    def __init__(self, base_url: str, key: str | None, timeout: float, max_retries: int, backoff: float,
                 sleep: Callable[[float], None], report: FetchReport) -> None:  # fmt: skip
        self.base_url = base_url.rstrip("/")
        self.key = key
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.sleep = sleep
        self.report = report

    def url(self, freq: str, params: dict[str, str]) -> str:
        path = f"/data/v1/get/C/{freq}/HS" if self.key else f"/public/v1/preview/C/{freq}/HS"
        return f"{self.base_url}{path}?{urllib.parse.urlencode(params)}"

    def get_json(self, url: str, chunk: dict[str, Any]) -> dict[str, Any]:
        last = ""
        for attempt in range(self.max_retries + 1):
            if attempt:
                self.report.retried += 1
            headers = {"Accept-Encoding": "gzip", "User-Agent": "tradestats"}
            if self.key:
                headers["Ocp-Apim-Subscription-Key"] = self.key
            try:
                with urllib.request.urlopen(
                    urllib.request.Request(url, headers=headers), timeout=self.timeout
                ) as r:
                    raw = r.read()
                    if r.headers.get("Content-Encoding") == "gzip" or raw[:2] == b"\x1f\x8b":
                        raw = gzip.decompress(raw)
                text = raw.decode("utf-8")
                payload = json.loads(text)
                if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
                    raise ValueError("the answer is not a Comtrade envelope (no 'data' list)")
                if payload.get("error"):
                    raise ComtradeError(
                        f"Comtrade answered with an error for {chunk}: {payload['error']}"
                    )
                return payload
            except urllib.error.HTTPError as err:
                body = err.read().decode("utf-8", "replace")
                message = _message(body)
                if err.code == 401:
                    raise ComtradeError(f"Comtrade refused the key (401): {message}") from err
                if err.code == 403 and "quota" in message.lower():
                    raise ComtradeError(f"Comtrade quota used up (403): {message}") from err
                if err.code not in (429, 500, 502, 503, 504, 403):
                    raise ComtradeError(
                        f"Comtrade answered {err.code} for {chunk}: {message}"
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
            self.report.log.append(
                f"retry {attempt + 1} for {chunk['periods'][0]}..: {last}; waiting {wait:g} s"
            )
            if attempt < self.max_retries:
                self.sleep(wait)
        raise FetchError(
            f"Chunk {chunk['periods'][0]}..{chunk['periods'][-1]} (flows {chunk['flows']}, cmd {chunk['cmd']}) "
            f"failed after {self.max_retries + 1} attempts; last: {last}. Nothing was dropped: rerun to resume.",
            chunk,
        )


def _message(body: str) -> str:
    try:
        data = json.loads(body)
        if isinstance(data, dict):
            return str(data.get("message") or data.get("error") or body)[:300]
    except ValueError:
        pass
    return body.strip()[:300]


def _chunks(query: ComtradeQuery, size: int) -> list[dict[str, Any]]:
    codes = query.period_codes()
    return [
        {
            "periods": codes[i : i + size],
            "flows": list(query.flows),
            "cmd": list(query.cmd),
            "freq": query.freq,
        }
        for i in range(0, len(codes), size)
    ]


def _params(query: ComtradeQuery, chunk: dict[str, Any], cap: int) -> dict[str, str]:
    return {
        "reporterCode": str(comtrade_code(query.reporter)), "partnerCode": str(comtrade_code(query.partner)),
        "partner2Code": "0", "period": ",".join(chunk["periods"]), "cmdCode": ",".join(chunk["cmd"]),
        "flowCode": ",".join(chunk["flows"]), "customsCode": "C00", "motCode": "0",
        "breakdownMode": "classic", "includeDesc": "true", "maxRecords": str(cap),
    }  # fmt: skip


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
    as_of: str | None = None,
    chunk_periods: int = 12,
    max_retries: int = 5,
    timeout: float = 60.0,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[int, int, str], None] | None = None,
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
    as_of
        ``YYYY-MM-DD``: no request; the table as the cache knew it on that date.
    chunk_periods
        Periods per request (at most 12).
    max_retries, timeout, backoff, sleep
        Retry policy: up to ``max_retries`` retries per chunk, exponential back-off from
        ``backoff`` seconds unless the server states a wait.
    progress
        Called as ``progress(done, total, message)`` after each chunk.

    Returns
    -------
    (pandas.DataFrame, FetchReport)
        The canonical table (with ``retrieved_at``, ``vintage``, ``checksum``, ``quantity``,
        ``quantity_unit`` and ``primary_value`` columns) and what was fetched, cached, retried
        and is missing.

    Raises
    ------
    InputError
        For a malformed query (nothing is requested).
    FetchError
        When a chunk still fails after retries; the chunks done so far stay cached.
    """
    query = ComtradeQuery(reporter, partner, period, freq, tuple(flows), tuple(cmd))
    if not 1 <= chunk_periods <= 12:
        raise InputError(f"chunk_periods must be 1 to 12; received {chunk_periods}.")
    key = _api_key(key)
    cap = KEYED_CAP if key else PREVIEW_CAP
    report = FetchReport()
    http = _Http(base_url or os.environ.get("TRADESTATS_COMTRADE_URL", DEFAULT_URL), key, timeout, max_retries,
                 backoff, sleep, report)  # fmt: skip
    cache = QueryCache("comtrade", query.as_dict(), cache_root)
    chunks = _chunks(query, chunk_periods)
    report.chunks = len(chunks)
    stored: list[dict[str, Any]] = []
    if as_of is not None:
        for chunk in chunks:
            payload = cache.load(chunk, as_of=as_of)
            if payload is None:
                raise InputError(
                    f"as_of {as_of}: the cache holds no answer for {chunk['periods'][0]}.. retrieved by then."
                )
            stored.append(payload)
            report.cached += 1
    else:
        manifest = cache.manifest()
        if manifest.get("complete") and not refresh:
            for chunk in chunks:
                vintage = manifest["done"].get(cache.chunk_key(chunk))
                payload = cache.load(chunk, vintage=vintage) if vintage else None
                if payload is None:
                    break
                stored.append(payload)
            else:
                report.cached = len(chunks)
                return _finish(query, stored, report, http, cap)
            stored = []
        manifest = cache.start_run(resume=not refresh or not manifest.get("complete"))
        for i, chunk in enumerate(chunks, 1):
            vintage = manifest["done"].get(cache.chunk_key(chunk))
            payload = cache.load(chunk, vintage=vintage) if vintage else None
            if payload is not None:
                report.cached += 1
                stored.append(payload)
            else:
                records = _fetch_chunk(http, query, chunk, cap, report)
                retrieved = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                vintage = cache.store(chunk, records, retrieved)
                stored.append(cache.load(chunk, vintage=vintage) or {})
                cache.mark_done(manifest, chunk, vintage)
                report.fetched += 1
            if progress:
                progress(i, len(chunks), f"{chunk['periods'][0]}–{chunk['periods'][-1]}")
        cache.finish_run(manifest)
    return _finish(query, stored, report, http, cap)


def _fetch_chunk(
    http: _Http, query: ComtradeQuery, chunk: dict[str, Any], cap: int, report: FetchReport
) -> list[dict[str, Any]]:
    """The total rows of one chunk; a chunk cut at the record cap is asked again period by period."""
    url = http.url(query.freq, _params(query, chunk, cap))
    payload = http.get_json(url, chunk)
    data = payload["data"]
    if not data:  # an unexpectedly empty answer: ask once more after a pause
        report.empty_retried += 1
        http.sleep(http.backoff)
        data = http.get_json(url, chunk)["data"]
    if len(data) >= cap:  # the server cut the answer at its cap: ask period by period
        if len(chunk["periods"]) == 1:
            raise FetchError(
                f"Chunk {chunk['periods'][0]} returned {len(data)} records, the cap: narrow cmd or use a key.",
                chunk,
            )
        parts: list[dict[str, Any]] = []
        for p in chunk["periods"]:
            parts += _fetch_chunk(http, query, dict(chunk, periods=[p]), cap, report)
        return parts
    return [_slim(r) for r in data if _is_total_row(r)]


def _is_total_row(r: dict[str, Any]) -> bool:
    return (str(r.get("customsCode", "C00")) in ("C00", "None")
            and int(r.get("motCode", 0) or 0) == 0 and int(r.get("partner2Code", 0) or 0) == 0)  # fmt: skip


_KEEP = ("freqCode", "refYear", "refMonth", "period", "reporterCode", "partnerCode", "flowCode",
         "classificationCode", "cmdCode", "qtyUnitAbbr", "qty", "primaryValue", "isReported",
         "isAggregate", "isQtyEstimated", "legacyEstimationFlag")  # fmt: skip


def _slim(r: dict[str, Any]) -> dict[str, Any]:
    return {k: r.get(k) for k in _KEEP}


def records_to_table(records: list[dict[str, Any]], *, source_id: str = "comtrade", retrieved_at: str = "",
                     vintage: str = "", checksum: str = "") -> pd.DataFrame:  # fmt: skip
    """Comtrade records (API or bulk) → canonical table rows (not yet validated)."""
    rows = []
    for r in records:  # records of one answer; each becomes one row
        flow = _FLOWS.get(str(r.get("flowCode")))
        if flow is None:
            raise ComtradeError(
                f"flowCode {r.get('flowCode')!r} is not exports or imports; the canonical table holds X and M."
            )
        freq = str(r.get("freqCode") or ("A" if int(r.get("refMonth") or 52) == 52 else "M"))
        year = int(r["refYear"]) if r.get("refYear") is not None else int(str(r["period"])[:4])
        if freq == "A":
            start, end = f"{year}-01", f"{year}-12"
        else:
            month = (
                int(r["refMonth"])
                if r.get("refMonth") not in (None, 52)
                else int(str(r["period"])[4:6])
            )
            start = end = f"{year}-{month:02d}"
        value = Decimal(str(r["primaryValue"]))
        flags = []
        if value != value.to_integral_value():
            flags.append("rounded_to_dollar")
        if str(r.get("isReported")).lower() in ("false", "0"):
            flags.append("not_reported")
        if str(r.get("isAggregate")).lower() in ("true", "1"):
            flags.append("aggregate")
        if str(r.get("isQtyEstimated")).lower() in ("true", "1"):
            flags.append("qty_estimated")
        cmd = str(r.get("cmdCode") or "TOTAL").upper()
        rows.append({
            "reporter": iso3_from_comtrade(r["reporterCode"]), "partner": iso3_from_comtrade(r["partnerCode"]),
            "flow": flow, "start": start, "end": end, "commodity": cmd,
            "hs_version": None if cmd == "TOTAL" else r.get("classificationCode"),
            "value_usd": str(int(value.to_integral_value())), "source_id": source_id,
            "published": retrieved_at[:10], "compiler": "UN Comtrade", "flag": ";".join(flags) or None,
            "note": f"Comtrade {r.get('classificationCode') or ''} primaryValue {value}".strip(),
            "retrieved_at": retrieved_at, "vintage": vintage, "checksum": checksum,
            "quantity": None if r.get("qty") in (None, "") else str(r.get("qty")),
            "quantity_unit": r.get("qtyUnitAbbr"), "primary_value": str(value),
        })  # fmt: skip
    return pd.DataFrame(rows)


def _finish(query: ComtradeQuery, stored: list[dict[str, Any]], report: FetchReport, http: _Http, cap: int
            ) -> tuple[pd.DataFrame, FetchReport]:  # fmt: skip
    frames = []
    for payload in stored:
        sid = (
            "comtrade-"
            + hashlib.sha1(json.dumps(payload["chunk"], sort_keys=True).encode()).hexdigest()[:10]
        )
        frames.append(records_to_table(payload["records"], source_id=sid, retrieved_at=payload["retrieved_at"],
                                       vintage=payload["retrieved_at"], checksum=payload["checksum"]))  # fmt: skip
    columns = ["reporter", "partner", "flow", "start", "end", "commodity", "value_usd"]
    raw = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
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
