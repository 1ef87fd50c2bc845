"""Files that appear whole or not at all.

Every file the package writes (tables, reports, cache entries, manifests) goes through
:func:`atomic_path`: the content is written to a temporary file in the same folder and moved
over the target with :func:`os.replace` only when writing succeeded, so a failed, interrupted
or killed run leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import OutsideError

__all__ = ["atomic_path", "write_bytes", "write_text"]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; move it over ``target`` on success.

    Parameters
    ----------
    target
        The file to write. Its folder must exist.

    Raises
    ------
    OutsideError
        The folder cannot be written (permissions, a full disk).
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as err:
        raise OutsideError(f"cannot write {str(target)!r}: {err.strerror or err}.") from err
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except OSError as err:
        raise OutsideError(f"cannot write {str(target)!r}: {err.strerror or err}.") from err
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (see :func:`atomic_path`)."""
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``target`` atomically, with ``\\n`` line ends."""
    write_bytes(target, text.encode(encoding))
