"""A stand-in for the UN Comtrade API on 127.0.0.1, with faults injected on request.

Records have the real shape (the 47 fields of a final-data record, in the API's order), but
every value is constructed for tests: 100,000,000 + 1,000,000 × month index (+ 1 for imports).
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


def value_for(period: str, flow: str) -> int:
    """The constructed value of a month (YYYYMM) and flow."""
    index = (int(period[:4]) - 2000) * 12 + int(period[4:6])
    return 100_000_000 + 1_000_000 * index + (1 if flow == "M" else 0)


def record(
    period: str, flow: str, reporter: int = 156, partner: int = 408, value: int | None = None
) -> dict[str, Any]:
    v = float(value if value is not None else value_for(period, flow))
    r = {
        "typeCode": "C", "freqCode": "M", "refPeriodId": int(period + "01"), "refYear": int(period[:4]),
        "refMonth": int(period[4:]), "period": period, "reporterCode": reporter, "reporterISO": "CHN",
        "reporterDesc": "China", "flowCode": flow, "flowDesc": {"X": "Export", "M": "Import"}[flow],
        "partnerCode": partner, "partnerISO": "PRK", "partnerDesc": "Dem. People's Rep. of Korea",
        "partner2Code": 0, "partner2ISO": "W00", "partner2Desc": "World", "classificationCode": "H6",
        "classificationSearchCode": "HS", "isOriginalClassification": True, "cmdCode": "TOTAL",
        "cmdDesc": "All Commodities", "aggrLevel": 0, "isLeaf": False, "customsCode": "C00",
        "customsDesc": "TOTAL CPC", "mosCode": "0", "motCode": 0, "motDesc": "TOTAL MOT", "qtyUnitCode": -1,
        "qtyUnitAbbr": "N/A", "qty": None, "isQtyEstimated": False, "altQtyUnitCode": -1,
        "altQtyUnitAbbr": "N/A", "altQty": None, "isAltQtyEstimated": False, "netWgt": None,
        "isNetWgtEstimated": False, "grossWgt": None, "isGrossWgtEstimated": False,
        "cifvalue": v if flow == "M" else None, "fobvalue": v if flow == "X" else None, "primaryValue": v,
        "legacyEstimationFlag": 0, "isReported": True, "isAggregate": False,
    }  # fmt: skip
    assert list(r) == FIELDS
    return r


class FakeComtrade:
    """Serve Comtrade answers; ``script[first_period]`` lists the fault for each attempt in turn
    (``ok``, ``429``, ``429msg``, ``500``, ``timeout``, ``truncated``, ``empty``, ``hang``, ``gzip``,
    ``401``, ``403quota``); ``omit`` drops (period, flow) records; ``override`` changes values."""

    def __init__(self) -> None:
        self.script: dict[str, list[str]] = {}
        self.omit: set[tuple[str, str]] = set()
        self.override: dict[tuple[str, str], int] = {}
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
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

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        parsed = urllib.parse.urlparse(h.path)
        q = {k.lower(): v[0] for k, v in urllib.parse.parse_qs(parsed.query).items()}
        periods = q.get("period", "").split(",")
        with self.lock:
            self.requests.append(
                {"path": parsed.path, "query": q, "key": h.headers.get("Ocp-Apim-Subscription-Key")}
            )
            queue = self.script.get(periods[0], [])
            action = queue.pop(0) if queue else "ok"
        if action == "hang":
            time.sleep(30)
            return
        if action == "timeout":
            time.sleep(1.5)
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
        flows = q.get("flowcode", "X,M").split(",")
        data = []
        if action != "empty":
            for p in periods:
                for f in flows:
                    if (p, f) not in self.omit:
                        data.append(record(p, f, value=self.override.get((p, f))))
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

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json; charset=utf-8")
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
