"""Files that appear whole or not at all.

Every file the package writes (tables, reports, cache entries, manifests) goes through
:func:`atomic_path`: the content is written to a temporary file in the same folder and moved
over the target with :func:`os.replace` only when writing succeeded, so a failed, interrupted
or killed run leaves the previous file as it was.

A run killed outright (``SIGKILL``, a power cut) cannot remove its temporary file. The name of
each temporary file holds the host and the process id of its writer
(``.out.csv.HOST.PID.XXXXXXXX.part``), and the next successful write of the same target on the
same host removes those whose writer is gone.
"""

from __future__ import annotations

import contextlib
import os
import socket
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
    prefix = f".{target.name}.{_host()}.{os.getpid()}."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    except OSError as err:
        raise OutsideError(f"cannot write {str(target)!r}: {err.strerror or err}.") from err
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
        _remove_orphans(folder, target.name)
    except OSError as err:
        raise OutsideError(f"cannot write {str(target)!r}: {err.strerror or err}.") from err
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()


def _host() -> str:
    return "".join(c if c.isalnum() or c == "-" else "_" for c in socket.gethostname()) or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):  # another user's process, or cannot tell: keep its file
        return True
    return True


def _remove_orphans(folder: Path, name: str) -> None:
    """Remove temporary files of ``name`` left by writers on this host that no longer run."""
    prefix = f".{name}.{_host()}."
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for path in candidates:
        pid = path.name[len(prefix) :].split(".", 1)[0]
        if path.name.endswith(".part") and pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (see :func:`atomic_path`)."""
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``target`` atomically, with ``\\n`` line ends."""
    write_bytes(target, text.encode(encoding))
