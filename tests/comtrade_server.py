"""A stand-in for the UN Comtrade API on 127.0.0.1, with faults injected on request.

It behaves like the real service on each point ``comtrade_api.md`` describes:

- the keyless preview (``/public/v1/preview``) refuses several periods in one call with HTTP 400
  (§4) and returns at most 500 records, cut silently (§6); the keyed endpoint
  (``/data/v1/get``) cuts at ``maxRecords``;
- a URL of 4,096 characters or more is refused with a text body "Request URL Too Long" (§3, §7);
- query names are matched case-insensitively (§3); a period of the wrong form for the frequency
  or an unknown flow code gives an empty 200 answer, not an error (§3, §4);
- the envelope has the four keys ``elapsedTime``, ``count``, ``data``, ``error`` (§8); answers are
  gzip-encoded on request (§7);
- 429 with ``Retry-After`` and a "Try again in N seconds" message (also, with ``min_gap``, to
  calls that come too fast), 401 for a bad key, 403 for a
  used-up quota (§7);
- the availability call (``/public/v1/getDa``, ``/data/v1/getDa``) gives, per reporter and period,
  ``lastReleased`` and a signed ``datasetChecksum`` that can be negative (§11);
- North Korea (408) reports nothing: calls with it as reporter answer empty.

Records have the real shape (the 47 fields of a final-data record, in the API's order), but
every value is constructed for tests: 100,000,000 + 1,000,000 × month index (+ 1 for imports,
+ 7,000 × reporter code / 1,000 for reporters other than China, + the HS code for a product).
NOT real data.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FIELDS = [
    "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO",
    "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code",
    "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
    "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc",
    "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated", "altQtyUnitCode",
    "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
    "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported",
    "isAggregate",
]  # fmt: skip


NON_REPORTERS = {408}


def value_for(period: str, flow: str, reporter: int = 156, cmd: str = "TOTAL") -> int:
    """The constructed value of a month (YYYYMM) or year (YYYY), flow, reporter and product."""
    month = int(period[4:6]) if len(period) == 6 else 6
    index = (int(period[:4]) - 1960) * 12 + month
    value = 100_000_000 + 1_000_000 * index + (1 if flow == "M" else 0)
    value += 0 if reporter == 156 else 7_000 * reporter // 1000 * 1000
    return value + (0 if cmd == "TOTAL" else int(cmd))


def record(period: str, flow: str, reporter: int = 156, partner: int = 408, value: int | None = None,
           cmd: str = "TOTAL") -> dict[str, Any]:  # fmt: skip
    v = float(value if value is not None else value_for(period, flow, reporter, cmd))
    annual = len(period) == 4
    r = {
        "typeCode": "C", "freqCode": "A" if annual else "M",
        "refPeriodId": int(period + ("0101" if annual else "01")), "refYear": int(period[:4]),
        "refMonth": 52 if annual else int(period[4:]), "period": period, "reporterCode": reporter, "reporterISO": "CHN",
        "reporterDesc": "China", "flowCode": flow, "flowDesc": {"X": "Export", "M": "Import"}[flow],
        "partnerCode": partner, "partnerISO": "PRK", "partnerDesc": "Dem. People's Rep. of Korea",
        "partner2Code": 0, "partner2ISO": "W00", "partner2Desc": "World", "classificationCode": "H6",
        "classificationSearchCode": "HS", "isOriginalClassification": True, "cmdCode": cmd,
        "cmdDesc": "All Commodities", "aggrLevel": 0 if cmd == "TOTAL" else len(cmd), "isLeaf": False,
        "customsCode": "C00",
        "customsDesc": "TOTAL CPC", "mosCode": "0", "motCode": 0, "motDesc": "TOTAL MOT", "qtyUnitCode": -1,
        "qtyUnitAbbr": "N/A" if cmd == "TOTAL" else "kg", "qty": None if cmd == "TOTAL" else 1000 + int(cmd),
        "isQtyEstimated": False, "altQtyUnitCode": -1,
        "altQtyUnitAbbr": "N/A", "altQty": None, "isAltQtyEstimated": False, "netWgt": None,
        "isNetWgtEstimated": False, "grossWgt": None, "isGrossWgtEstimated": False,
        "cifvalue": v if flow == "M" else None, "fobvalue": v if flow == "X" else None, "primaryValue": v,
        "legacyEstimationFlag": 0, "isReported": True, "isAggregate": False,
    }  # fmt: skip
    assert list(r) == FIELDS
    return r


class FakeComtrade:
    """Serve Comtrade answers; ``script[first_period]`` lists the fault for each data call in turn
    (``ok``, ``429``, ``429msg``, ``500``, ``timeout``, ``truncated``, ``empty``, ``hang``, ``gzip``,
    ``401``, ``403quota``, ``datanull``, ``nullvalue``); ``omit`` drops (period, flow) records;
    ``override`` changes values; ``releases[(reporter, period)]`` is the release number the
    availability call reports (default 1)."""

    def __init__(self) -> None:
        self.script: dict[str, list[str]] = {}
        self.omit: set[tuple[str, str]] = set()
        self.override: dict[tuple[str, str], int] = {}
        self.releases: dict[tuple[int, str], int] = {}
        self.da_one_period = False  # make the availability call refuse several periods (HTTP 400)
        self.min_gap = 0.0  # answer 429 to a data call sooner than this after the previous one
        self.last_call = 0.0
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # no 40-200 ms wait between headers and body

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                server.handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeComtrade:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def data_requests(self) -> list[dict[str, Any]]:
        """The data calls received (availability calls left out)."""
        return [r for r in self.requests if "/getDa/" not in r["path"]]

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        if len(h.path) + len(self.url) >= 4096:
            return self._send(
                h, 414, b"<html><body>Request URL Too Long</body></html>", {}, "text/html"
            )
        parsed = urllib.parse.urlparse(h.path)
        q = {k.lower(): v[0] for k, v in urllib.parse.parse_qs(parsed.query).items()}
        periods = q.get("period", "").split(",")
        preview = parsed.path.startswith("/public/")
        freq = parsed.path.rstrip("/").split("/")[-2]
        reporter = int(q.get("reportercode", "156"))
        with self.lock:
            self.requests.append(
                {"path": parsed.path, "query": q, "key": h.headers.get("Ocp-Apim-Subscription-Key")}
            )
            availability = "/getDa/" in parsed.path
            queue = [] if availability else self.script.get(periods[0], [])
            action = queue.pop(0) if queue else "ok"
            if not availability and self.min_gap:
                now = time.monotonic()
                if now - self.last_call < self.min_gap:
                    action = "429wait"
                self.last_call = now
        if availability:
            if self.da_one_period and len(periods) > 1:
                body = {"statusCode": 400, "message": "One period per call (constructed message)."}
                return self._send(h, 400, json.dumps(body).encode())
            return self._availability(h, reporter, periods, freq)
        if preview and len(periods) > 1:
            body = {
                "statusCode": 400,
                "message": "The preview takes a single period (constructed message).",
            }
            return self._send(h, 400, json.dumps(body).encode())
        if action == "hang":
            time.sleep(30)
            return
        if action == "timeout":
            time.sleep(1.5)
        if action == "429wait":  # too fast: wait as long as the gap asks
            body = json.dumps({"statusCode": 429, "message": "Rate limit is exceeded."})
            return self._send(h, 429, body.encode(), {"Retry-After": f"{self.min_gap:.2f}"})
        if action in ("429", "429msg"):
            body = json.dumps(
                {"statusCode": 429, "message": "Rate limit is exceeded. Try again in 0 seconds."}
            )
            return self._send(
                h, 429, body.encode(), {"Retry-After": "0"} if action == "429" else {}
            )
        if action == "500":
            return self._send(h, 500, b"Internal Server Error")
        if action == "401":
            body = {"statusCode": 401, "message": "Access denied due to invalid subscription key."}
            return self._send(h, 401, json.dumps(body).encode())
        if action == "403quota":
            body = {
                "statusCode": 403,
                "message": "Out of call volume quota. Quota will be replenished in 03:14:17.",
            }
            return self._send(h, 403, json.dumps(body).encode())
        if action == "datanull":
            body = {
                "elapsedTime": "0.01 secs",
                "count": 0,
                "data": None,
                "error": "Invalid parameter (constructed).",
            }
            return self._send(h, 200, json.dumps(body).encode())
        flows = q.get("flowcode", "X,M").split(",")
        cmds = q.get("cmdcode", "TOTAL").split(",")
        partner = int(q.get("partnercode", "408"))
        data = []
        good_period = all(len(p) == (6 if freq == "M" else 4) for p in periods)
        if action != "empty" and good_period and reporter not in NON_REPORTERS:
            for p in periods:
                for f in flows:
                    for c in cmds:
                        if (p, f) not in self.omit and f in ("X", "M"):
                            value = self.override.get((p, f)) if c.upper() == "TOTAL" else None
                            data.append(record(p, f, reporter, partner, value, c.upper()))
        cap = int(q.get("maxrecords", "100000"))
        data = data[: min(cap, 500) if preview else cap]
        if action == "nullvalue" and data:
            data[0]["primaryValue"] = None
        body = json.dumps(
            {"elapsedTime": "0.01 secs", "count": len(data), "data": data, "error": ""}
        ).encode()
        if action == "truncated":
            body = body[: len(body) // 2]
        headers = {}
        if action == "gzip":
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        self._send(h, 200, body, headers)

    def _availability(
        self, h: BaseHTTPRequestHandler, reporter: int, periods: list[str], freq: str
    ) -> None:
        data = []
        if reporter not in NON_REPORTERS:
            for p in periods:
                n = self.releases.get((reporter, p), 1)
                data.append({
                    "datasetCode": int(f"3{reporter:04d}{p}"), "typeCode": "C", "freqCode": freq, "period": int(p),
                    "reporterCode": reporter, "classificationCode": "H6", "classificationSearchCode": "HS",
                    "totalRecords": 100, "datasetChecksum": -1349955130 + 7 * n,
                    "firstReleased": "2025-03-01T10:53:32.8266667", "lastReleased": f"2026-01-{10 + n:02d}T04:12:54.5",
                })  # fmt: skip
        body = {"elapsedTime": "0.01 secs", "count": len(data), "data": data, "error": ""}
        self._send(h, 200, json.dumps(body).encode())

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "application/json; charset=utf-8") -> None:  # fmt: skip
        try:
            h.send_response(status)
            h.send_header("Content-Type", content_type)
            h.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


if __name__ == "__main__":  # run as a process for the interrupted-download test
    import sys

    with FakeComtrade() as fake:
        fake.script = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
        print(fake.url, flush=True)
        time.sleep(float(sys.argv[2]) if len(sys.argv) > 2 else 60)
