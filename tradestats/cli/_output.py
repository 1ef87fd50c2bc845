"""Helpers shared by the commands: writing a table to ``--out``; checking the settings that
come from environment variables before a command relies on them."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from ..atomic import atomic_path
from ..errors import InputError, OutsideError

__all__ = [
    "preflight",
    "check_out",
    "checked_api_key",
    "checked_cache_dir",
    "checked_url",
    "date_arg",
    "positive",
    "write_table",
]


def check_out(out: str | None) -> None:
    """Check ``--out`` before the work starts: a .csv or .parquet file in an existing folder.

    Raises
    ------
    InputError
        Another extension, a folder, or a folder that does not exist.
    """
    if out is None:
        return
    if not out.lower().endswith((".csv", ".parquet")):
        raise InputError(f"--out must end in .csv or .parquet; received {out!r}.")
    if os.path.isdir(out):
        raise InputError(f"--out must be a file, not a folder; received {out!r}.")
    folder = os.path.dirname(out) or "."
    if not os.path.isdir(folder):
        raise InputError(f"--out must be in an existing folder; {folder!r} does not exist.")


def write_table(table: pd.DataFrame, out: str) -> str:
    """Write ``table`` to ``out`` (.csv or .parquet) atomically; return the line to print."""
    check_out(out)
    path = out.lower()
    frame = table.copy()
    for col in ("start", "end"):
        if col in frame.columns:
            frame[col] = frame[col].astype(str)
    if path.endswith(".parquet"):
        try:
            import pyarrow  # noqa: F401
        except ImportError as err:
            raise InputError(
                "--out FILE.parquet needs pyarrow: pip install pyarrow (or write .csv)."
            ) from err
        with atomic_path(out) as tmp:
            frame.to_parquet(tmp, index=False)
    else:
        with atomic_path(out) as tmp:
            frame.to_csv(tmp, index=False, lineterminator="\n")
    return f"wrote {len(frame)} rows to {out}\n"


def positive(kind: type[int] | type[float], allow_zero: bool = False):  # noqa: ANN201
    """An argparse ``type=`` for a positive (or non-negative) finite number."""

    def convert(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            value = None
        if (
            value is None
            or value != value
            or value in (float("inf"), float("-inf"))
            or (value < 0 or (value == 0 and not allow_zero))
        ):
            least = "0 or more" if allow_zero else "more than 0"
            raise argparse.ArgumentTypeError(
                f"expected {'a whole number' if kind is int else 'a number'} {least}; "
                f"received {text!r}"
            )
        return value

    convert.__name__ = kind.__name__
    return convert


def date_arg(text: str) -> str:
    """An argparse ``type=`` for a date: ``YYYY-MM-DD`` (or ``YYYY-MM``, or a timestamp)."""
    import datetime as dt

    try:
        if len(text) == 7:
            dt.date.fromisoformat(text + "-01")
        else:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD; received {text!r}") from None
    return text


def _cache_setting() -> str:
    if os.environ.get("TRADESTATS_CACHE_DIR"):
        return "TRADESTATS_CACHE_DIR"
    return "XDG_CACHE_HOME" if os.environ.get("XDG_CACHE_HOME") else "HOME"


def checked_cache_dir(write: bool = True) -> Path:
    """The cache folder (:func:`tradestats.cache.cache_dir`), created and checked.

    Parameters
    ----------
    write
        Also check that a file can be created in it (commands that store downloads).

    Raises
    ------
    OutsideError
        The setting names a file or a path through a file, or the folder cannot be created or
        written (permissions, a read-only or full disk): exit code 3, as for any other disk
        failure; the message names the environment variable.
    """
    try:
        from ..sources.cache import cache_dir  # where the sources branch moves it
    except ImportError:
        from ..cache import cache_dir  # type: ignore[no-redef]

    try:
        root = cache_dir()
    except RuntimeError as err:  # Path.home() without HOME or a password entry
        raise InputError(
            "the cache folder must be given by TRADESTATS_CACHE_DIR when there is no home "
            f"folder; {err}."
        ) from err
    setting = _cache_setting()
    if root.exists() and not root.is_dir():
        raise OutsideError(f"{setting} must name a folder for the cache; {str(root)!r} is a file.")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except (NotADirectoryError, FileExistsError) as err:
        raise OutsideError(
            f"{setting} must name a folder for the cache; {str(root)!r} lies inside a file."
        ) from err
    except OSError as err:
        raise OutsideError(
            f"cannot create the cache folder {str(root)!r} (from {setting}): {err.strerror or err}."
        ) from err
    if write:
        try:
            with tempfile.TemporaryFile(dir=root):
                pass
        except OSError as err:
            raise OutsideError(
                f"cannot write in the cache folder {str(root)!r} (from {setting}): "
                f"{err.strerror or err}."
            ) from err
    return root


def checked_url(variable: str) -> None:
    """Check that the environment variable ``variable``, when set, holds an http(s) URL.

    Raises
    ------
    InputError
        It is set to something else.
    """
    value = os.environ.get(variable)
    if not value:
        return
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InputError(f"{variable} must be an http:// or https:// URL; received {value!r}.")


def checked_api_key() -> None:
    """Check the Comtrade API key settings before a download relies on them.

    The key comes from ``COMTRADE_API_KEY``, else from ``comtrade_api_key`` in
    ``$XDG_CONFIG_HOME/tradestats/config.toml`` (see :mod:`tradestats.comtrade`).

    Raises
    ------
    InputError
        The key holds characters an HTTP header cannot carry, or the config file cannot be read
        as TOML.
    """
    key = os.environ.get("COMTRADE_API_KEY")
    where = "COMTRADE_API_KEY"
    if not key:
        folder = os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config"))
        config = Path(folder) / "tradestats" / "config.toml"
        where = f"comtrade_api_key in {str(config)!r}"
        if not config.is_file():
            return
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib
        try:
            with config.open("rb") as fh:
                value = tomllib.load(fh).get("comtrade_api_key")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise InputError(
                f'the config file {str(config)!r} must be TOML (comtrade_api_key = "..."); '
                f"it is not: {err}."
            ) from err
        except OSError as err:
            raise OutsideError(
                f"cannot read the config file {str(config)!r}: {err.strerror or err}."
            ) from err
        key = str(value) if value else None
    bad = [c for c in key or "" if not (c.isascii() and c.isprintable()) or c.isspace()]
    if bad:
        raise InputError(
            f"{where} must be an API key of printable ASCII characters without spaces; "
            f"received {len(key or '')} characters including {bad[0]!r}."
        )


def _option(name: str, value: object, ok: bool, expected: str) -> None:
    if not ok:
        raise InputError(f"{name} must be {expected}; received {value!r}.")


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and value == value and abs(value) != float("inf")


def preflight(args: argparse.Namespace) -> None:
    """Check, before a command starts its work, what it will need from the user's setup.

    ``--out`` (a .csv or .parquet file in an existing folder), and for ``fetch``: its number
    options, ``--as-of``, the cache folder, ``TRADESTATS_COMTRADE_URL`` and the API key. A
    download that ends in a bad ``--out`` or an unusable cache folder wastes the user's time
    and quota, and may end in a traceback.

    Raises
    ------
    InputError, OutsideError
        The first problem found, naming the option or the environment variable.
    """
    check_out(getattr(args, "out", None))
    if getattr(args, "command", None) != "fetch":
        return
    n = getattr(args, "chunk_months", None)
    _option("--chunk-months", n, n is None or (isinstance(n, int) and n > 0), "more than 0")
    n = getattr(args, "max_retries", 0)
    _option("--max-retries", n, isinstance(n, int) and n >= 0, "0 or more")
    x = getattr(args, "timeout", None)
    _option("--timeout", x, x is None or (_finite(x) and x > 0), "a number more than 0")
    for name in ("backoff", "throttle"):
        x = getattr(args, name, None)
        _option(f"--{name}", x, x is None or (_finite(x) and x >= 0), "a number 0 or more")
    as_of = getattr(args, "as_of", None)
    if as_of is not None:
        try:
            date_arg(as_of)
        except argparse.ArgumentTypeError:
            raise InputError(f"--as-of must be a date YYYY-MM-DD; received {as_of!r}.") from None
    checked_url("TRADESTATS_COMTRADE_URL")
    checked_api_key()
    checked_cache_dir(write=as_of is None)
