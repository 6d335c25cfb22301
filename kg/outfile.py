"""Output files: checked before any work, written through a temporary file and renamed, never half.

Every file-system fault (a full disk, a read-only folder, an output path that is a folder, a parent that is a
file, a name too long) becomes one :class:`~kg.errors.KgError` with exit code :data:`EXIT_WRITE`; the temporary
file is removed and an existing output is left as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import KgError

EXIT_WRITE = 4  # the output could not be written (file-system fault); nothing was changed

_HINTS = {
    errno.ENOSPC: "free some space or write elsewhere with -o",
    errno.EDQUOT: "free some space or write elsewhere with -o",
    errno.EROFS: "the file system is read-only: write elsewhere with -o",
    errno.EACCES: "no permission to write there: write elsewhere with -o",
    errno.EPERM: "no permission to write there: write elsewhere with -o",
    errno.EISDIR: "the output path is a folder: give a file name",
    errno.ENOTDIR: "a parent of the output path is a file: choose another -o path",
    errno.EEXIST: "a parent of the output path is a file: choose another -o path",
    errno.ENAMETOOLONG: "the file name is too long for the file system: choose a shorter -o path",
}


def write_error(path: str | Path, err: OSError) -> KgError:
    """The one-line error for a file-system fault while writing ``path``."""
    reason = err.strerror or type(err).__name__
    return KgError("E015", f"cannot write {path}: {reason}", _HINTS.get(err.errno or 0, "choose another -o path"),
                   exit_code=EXIT_WRITE)


def check_output(path: str | Path) -> Path:
    """Fail before any work when ``path`` cannot be an output file (creates missing parent folders)."""
    target = Path(path)
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        if len(os.fsencode(target.name)) > 240:  # room for the temporary file's prefix and suffix
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(target.parent, os.W_OK):
            code = errno.EROFS if os.statvfs(target.parent).f_flag & os.ST_RDONLY else errno.EACCES
            raise OSError(code, os.strerror(code), str(target.parent))
    except OSError as err:
        raise write_error(path, err) from None
    return target


@contextmanager
def atomic_output(path: str | Path, mode: str = "wb") -> Iterator:
    """A file handle on a temporary file beside ``path``, renamed to ``path`` when the block ends without an
    error; on any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched."""
    target = check_output(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise write_error(path, err) from None
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file gets the usual mode
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise write_error(path, err) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and rename: never a half-written file."""
    with atomic_output(path) as fh:
        fh.write(data)
    return Path(path)
