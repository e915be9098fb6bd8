"""MNIST: reading the four IDX files, downloading them once into a cache, the bundled sample, and
the shared folder of real files that tests and benchmarks use.

Where the files come from, in :func:`load_mnist`'s order:

* ``data_dir``: a folder holding the four files under their canonical names (``FILES``), gzipped
  or not; whatever their counts.
* otherwise the cache folder ``<cache>/mnist/``, where ``<cache>`` is ``cache_dir``, else the
  environment variable ``BACKPROP_CACHE``, else the per-user cache (``pooch.os_cache("backprop")``,
  e.g. ``~/.cache/backprop``). Missing files are downloaded once from ``base_url``, else
  ``BACKPROP_MNIST_URL``, else ``DEFAULT_URL``, and kept only if their md5 is the published one.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import numpy as np

from .dataset import Dataset
from ..errors import DataError
from .idx import read_idx
from .pixels import Pixels, to_unit

#: The canonical file names, by part.
FILES = {
    "train-images": "train-images-idx3-ubyte.gz",
    "train-labels": "train-labels-idx1-ubyte.gz",
    "test-images": "t10k-images-idx3-ubyte.gz",
    "test-labels": "t10k-labels-idx1-ubyte.gz",
}
#: The published md5 of each canonical file.
MD5 = {
    "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
    "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
    "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}
DEFAULT_URL = "https://ossci-datasets.s3.amazonaws.com/mnist/"
DOWNLOAD_RETRIES = 2      # further tries after a failed download (network error or bad md5)
DOWNLOAD_TIMEOUT = 15     # seconds to connect, and between bytes received
CLASSES = [str(digit) for digit in range(10)]
ROWS = COLS = 28
SAMPLE_DIR = Path(__file__).with_name("mnist_sample")
#: The shared folder's train-24k files (the first 24,345 training images) and the canonical names
#: :func:`link_train24k` gives them.
TRAIN24K = {
    "train-images-idx3-ubyte.gz": "train-24k-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz": "train-24k-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz": "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz": "t10k-labels-idx1-ubyte.gz",
}


# --- reading -------------------------------------------------------------------------------------

def read_images(path) -> np.ndarray:
    """MNIST images from an IDX file (gzipped or not).

    Returns
    -------
    numpy.ndarray
        uint8, shape (count, 28, 28), pixel 0 (background) to 255.

    Raises
    ------
    DataError
        Any :func:`backprop.data.idx.read_idx` error, or not 28x28 unsigned-byte images.
    """
    images = read_idx(path)
    if images.dtype != np.uint8 or images.ndim != 3:
        raise DataError(path, "header", f"holds a {images.ndim}-dimensional {images.dtype} array "
                        f"of shape {images.shape}, not images", "an MNIST image file has magic "
                        "00 00 08 03 (2051): unsigned bytes, (count, rows, cols)")
    if images.shape[1:] != (ROWS, COLS):
        raise DataError(path, "header", f"images are {images.shape[1]}x{images.shape[2]} pixels",
                        f"MNIST images are {ROWS}x{COLS}")
    return images


def read_labels(path) -> np.ndarray:
    """MNIST labels from an IDX file (gzipped or not).

    Returns
    -------
    numpy.ndarray
        uint8, shape (count,), digits 0 to 9.

    Raises
    ------
    DataError
        Any :func:`backprop.data.idx.read_idx` error, not a 1-dimensional unsigned-byte file, or a
        label above 9 (the message gives its index and byte offset).
    """
    labels = read_idx(path)
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise DataError(path, "header", f"holds a {labels.ndim}-dimensional {labels.dtype} array "
                        f"of shape {labels.shape}, not labels", "an MNIST label file has magic "
                        "00 00 08 01 (2049): unsigned bytes, (count,)")
    bad = np.flatnonzero(labels > 9)
    if bad.size:
        index = int(bad[0])
        raise DataError(path, f"label {index} (byte offset {8 + index})", f"value {labels[index]} "
                        f"is out of range ({bad.size} such label(s))", "MNIST labels are 0 to 9")
    return labels


def read_pair(images_path, labels_path) -> tuple[np.ndarray, np.ndarray]:
    """Images and their labels, checked to be as many.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        uint8 images (count, 28, 28) and uint8 labels (count,).
    """
    images, labels = read_images(images_path), read_labels(labels_path)
    if len(images) != len(labels):
        raise DataError(images_path, "header", f"{len(images)} images but {labels_path} has "
                        f"{len(labels)} labels", "give the images and the labels of the same set")
    return images, labels


def to_dataset(images: np.ndarray, labels: np.ndarray, name: str, pixels: bool = False) -> Dataset:
    """A classification Dataset: x float32 (count, 784) in [0, 1], y int64 (count,), classes 0-9.

    The pixels are converted to float32 and scaled in one pass (one new array, pixels.to_unit);
    with ``pixels``, x is Pixels instead: the bytes as read, a quarter of the memory.
    """
    x = images.reshape(len(images), ROWS * COLS)
    x = Pixels(np.ascontiguousarray(x)) if pixels else to_unit(x)
    return Dataset(x, labels.astype(np.int64), "classification", list(CLASSES), name)


def find_files(folder) -> dict[str, Path]:
    """The four files in a folder, by part (``FILES``' keys): each under its canonical name, or that
    name without ``.gz`` (gzip is told from the contents, not the name).

    Raises
    ------
    DataError
        The folder is missing, or a file is not in it under either name.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(folder, "folder", "not found", "give a folder holding the four MNIST IDX "
                        f"files ({', '.join(FILES.values())})")
    found = {}
    for part, name in FILES.items():
        for candidate in (folder / name, folder / name.removesuffix(".gz")):
            if candidate.exists():  # a pipe or a device under the name is refused by the reader
                found[part] = candidate
                break
        else:
            hint = (" (this folder has train-24k files: give them the canonical names with "
                    "backprop.data.mnist.link_train24k)" if (folder / TRAIN24K[name]).is_file()
                    and name != TRAIN24K[name] else "")
            raise DataError(folder / name, "file", "not found" + hint, f"put the MNIST file there "
                            f"(or {name.removesuffix('.gz')} un-gzipped), or leave out the folder "
                            "to use the download cache")
    return found


def load_folder(folder, name: str = "mnist", pixels: bool = False) -> tuple[Dataset, Dataset]:
    """MNIST from a folder of the four IDX files under their canonical names (:func:`find_files`).

    Returns
    -------
    (Dataset, Dataset)
        ``(train, test)``, named ``<name>-train`` and ``<name>-test``; x float32 (count, 784), or
        with ``pixels`` Pixels (see :func:`to_dataset`).
    """
    files = find_files(folder)
    train = to_dataset(*read_pair(files["train-images"], files["train-labels"]), f"{name}-train", pixels)
    test = to_dataset(*read_pair(files["test-images"], files["test-labels"]), f"{name}-test", pixels)
    return train, test


# --- downloading ---------------------------------------------------------------------------------

def cache_folder(cache_dir=None) -> Path:
    """Where downloaded MNIST files are kept: ``<cache>/mnist``.

    ``<cache>`` is ``cache_dir`` if given, else ``$BACKPROP_CACHE``, else the per-user cache folder
    ``pooch.os_cache("backprop")``.
    """
    if cache_dir is None:
        cache_dir = os.environ.get("BACKPROP_CACHE") or None
    if cache_dir is None:
        import pooch  # imported here: only downloads need it

        cache_dir = pooch.os_cache("backprop")
    return Path(cache_dir).expanduser() / "mnist"


def mnist_url(base_url=None) -> str:
    """The MNIST files' base URL: ``base_url``, else ``$BACKPROP_MNIST_URL``, else DEFAULT_URL."""
    url = base_url or os.environ.get("BACKPROP_MNIST_URL") or DEFAULT_URL
    return url if url.endswith("/") else url + "/"


def download_files(names=tuple(MD5), *, cache_dir=None, base_url=None, retries: int | None = None,
             timeout: float | None = None) -> dict[str, Path]:
    """Make sure the named canonical MNIST files are in the cache; download those that are not.

    A file already in the cache is used when its md5 is the published one (no request is made);
    otherwise it is downloaded (through a temporary file; pooch) and kept only if its md5 matches.

    Parameters
    ----------
    names : iterable of str
        Canonical file names (keys of ``MD5``); all four by default.
    cache_dir, base_url
        See :func:`cache_folder` and :func:`mnist_url`.
    retries : int, optional
        Further tries after a failed one (network error or md5 mismatch), with 1 s, 2 s... pauses;
        ``DOWNLOAD_RETRIES`` by default.
    timeout : float, optional
        Seconds to wait to connect and between received bytes; ``DOWNLOAD_TIMEOUT`` by default.

    Returns
    -------
    dict
        Path of each file in the cache, by name.

    Raises
    ------
    DataError
        A download failed every try, or its md5 is not the published one (nothing is kept then).
    """
    import pooch
    import requests

    folder = cache_folder(cache_dir)
    url = mnist_url(base_url)
    retries = DOWNLOAD_RETRIES if retries is None else retries
    registry = {name: f"md5:{MD5[name]}" for name in names}
    fetcher = pooch.create(path=folder, base_url=url, registry=registry, retry_if_failed=retries)
    downloader = pooch.HTTPDownloader(progressbar=False, chunk_size=1 << 16,
                                      timeout=DOWNLOAD_TIMEOUT if timeout is None else timeout)
    tries = f"{retries + 1} tr{'y' if retries == 0 else 'ies'}"
    paths = {}
    for name in registry:
        source = url + name
        try:
            paths[name] = Path(fetcher.fetch(name, downloader=downloader))
        except ValueError as error:
            if "hash" not in str(error):
                raise
            got = re.search(r"but got ([0-9a-f]+)", str(error))
            raise DataError(source, "md5", f"the downloaded file's md5 is "
                            f"{got.group(1) if got else 'different'}, not the published "
                            f"{MD5[name]} ({tries}; nothing was kept)", "point BACKPROP_MNIST_URL "
                            "(or base_url) at a mirror of the original MNIST files") from None
        except requests.exceptions.RequestException as error:
            raise DataError(source, "download", f"failed ({tries}): {_describe(error)}",
                            "check the network "
                            "and BACKPROP_MNIST_URL, or give a folder of MNIST files (--data-dir)"
                            ) from None
        except OSError as error:
            raise DataError(folder, "cache", f"cannot write the download ({error})", "make the "
                            "folder writable or choose another with BACKPROP_CACHE") from None
    return paths


def _describe(error) -> str:
    """A short account of a failed request: the HTTP status, or the socket error's gist."""
    response = getattr(error, "response", None)
    if response is not None:
        return f"{type(error).__name__}: HTTP {response.status_code} {response.reason}"
    text = str(error)
    gist = re.search(r"\[Errno -?\d+\] [^'\")]+|timed out|Name or service not known", text)
    if gist:
        return f"{type(error).__name__}: {gist.group(0).strip()}"
    return f"{type(error).__name__}: " + (text if len(text) <= 160 else text[:157] + "...")


def load_mnist(data_dir=None, *, download: bool = True, cache_dir=None, base_url=None,
               pixels: bool = False) -> tuple[Dataset, Dataset]:
    """The MNIST training and test sets.

    Parameters
    ----------
    data_dir : str or os.PathLike, optional
        A folder holding the four IDX files under their canonical names (``FILES``; gzipped or not,
        any counts). Without it, the cache folder is used (see :func:`cache_folder`).
    download : bool
        Download the files missing from the cache (once; md5-checked). With False, a missing file
        is an error. Ignored with ``data_dir``.
    cache_dir : str or os.PathLike, optional
        The cache folder (files go in its ``mnist/``); default ``$BACKPROP_CACHE`` or the per-user
        cache.
    base_url : str, optional
        Where to download from; default ``$BACKPROP_MNIST_URL`` or ``DEFAULT_URL``.
    pixels : bool
        Keep x as the files' bytes (:class:`~backprop.data.pixels.Pixels`, standing for the same
        values in [0, 1]): 47 MB for the full training set instead of 188 MB.

    Returns
    -------
    (Dataset, Dataset)
        ``(train, test)``: x float32 (count, 784), pixels scaled to [0, 1] (or Pixels); y int64
        (count,) digits; classes ``"0"`` to ``"9"``. The full set has 60,000 and 10,000 samples.

    Raises
    ------
    DataError
        A file is missing, unreadable or corrupt, or the download failed.
    """
    if data_dir is not None:
        return load_folder(data_dir, pixels=pixels)
    folder = cache_folder(cache_dir)
    if download:
        download_files(cache_dir=cache_dir, base_url=base_url)
    else:
        for name in MD5:
            if not (folder / name).is_file():
                raise DataError(folder / name, "file", "not in the download cache", "allow the "
                                "download, or give a folder of MNIST files (--data-dir)")
    return load_folder(folder, pixels=pixels)



def load_mnist_sample(pixels: bool = False) -> tuple[Dataset, Dataset]:
    """The small MNIST sample shipped in the package (offline, loads in well under a second).

    The first 6,000 training images and the first 1,000 test images of MNIST, cut by
    ``scripts/make_mnist_sample.py``.

    Returns
    -------
    (Dataset, Dataset)
        ``(train, test)`` named ``mnist-sample-train`` / ``-test``: x float32 (6000, 784) and
        (1000, 784) in [0, 1] (or Pixels, with ``pixels``); y int64 digits.
    """
    return load_folder(SAMPLE_DIR, "mnist-sample", pixels)


# --- the shared folder of real files -------------------------------------------------------------

def shared_mnist_dir(repo_root=None) -> Path | None:
    """The folder of real MNIST files shared beside the repository, or None where there is none.

    ``$BACKPROP_SHARED_DATA`` names the shared folder if set (``<it>/data/mnist``, ``<it>/mnist``
    or the MNIST folder itself are accepted); otherwise it is ``<repo_root>/../shared/data/mnist``,
    with ``repo_root`` by default the checkout this module lies in (``src/backprop/data/..``).
    """
    env = os.environ.get("BACKPROP_SHARED_DATA")
    if env:
        base = Path(env)
        candidates = [base / "data" / "mnist", base / "mnist", base]
    else:
        root = Path(repo_root) if repo_root is not None else Path(__file__).resolve().parents[3]
        candidates = [root.parent / "shared" / "data" / "mnist"]
    for candidate in candidates:
        if (candidate / "t10k-images-idx3-ubyte.gz").is_file():
            return candidate
    return None


def link_train24k(shared_dir, target_dir) -> Path:
    """A folder of symlinks giving the shared train-24k files the canonical MNIST names.

    ``train-images-idx3-ubyte.gz`` -> ``train-24k-images-idx3-ubyte.gz``,
    ``train-labels-idx1-ubyte.gz`` -> ``train-24k-labels-idx1-ubyte.gz``, the two ``t10k-*`` files
    as they are; so that ``load_mnist(target_dir)`` trains on the first 24,345 training images.
    Existing links are replaced; where symlinks cannot be made, the files are copied.

    Parameters
    ----------
    shared_dir : str or os.PathLike
        The shared MNIST folder (see :func:`shared_mnist_dir`).
    target_dir : str or os.PathLike
        The folder to fill; created if needed.

    Returns
    -------
    pathlib.Path
        ``target_dir``.
    """
    shared_dir, target_dir = Path(shared_dir).resolve(), Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    for name, source_name in TRAIN24K.items():
        source, link = shared_dir / source_name, target_dir / name
        if not source.is_file():
            raise DataError(source, "file", "not found", "give the shared MNIST folder, which has "
                            "the train-24k and t10k files")
        if link.is_symlink():
            link.unlink()
        elif link.exists():
            raise DataError(link, "file", "exists and is not a link", "give an empty folder or one "
                            "made by link_train24k")
        try:
            link.symlink_to(source)
        except OSError:
            shutil.copyfile(source, link)
    return target_dir
