"""Data for training: MNIST (IDX files, download cache, a bundled sample) and the user's own CSV or
NPZ files, all as :class:`Dataset` (x float32 (samples, features), y class indices or regression
targets).

    from backprop.data import load_dataset, standardize
    train, test = load_dataset("mnist-sample")           # bundled: 6,000 + 1,000 images, offline
    train, test = load_dataset("mnist", data_dir="DIR")  # the four IDX files under canonical names
    train, val = load_dataset("houses.csv", target="price", task="regression", validation=0.2)
    train, val, standardizer = standardize(train, val)

Every problem with a file raises :class:`DataError`, whose message is one line:
``"<file>: <where>: <what is wrong>; <what would be right>"``.
"""

from __future__ import annotations

from pathlib import Path

from .dataset import Dataset, Standardizer, standardize, test_split, train_validation_split
from ..errors import DataError
from .mnist import load_folder, load_mnist, load_mnist_sample
from .scaling import InputScaling
from .table import Rows, load_rows, load_table

__all__ = [
    "DataError", "Dataset", "InputScaling", "Rows", "Standardizer", "load_dataset", "load_mnist",
    "load_mnist_sample", "load_rows", "load_table", "standardize", "test_split", "train_validation_split",
]

DATASETS = ("mnist", "mnist-sample")


def load_dataset(spec: str | None = None, data_dir=None, *, target: str | None = None,
                 task: str | None = None, validation: float | None = None, seed: int = 0,
                 download: bool = True, cache_dir=None, base_url=None, pixels: bool = False):
    """Resolve a ``--dataset`` value (and ``--data-dir``) to the training set and a held-out set.

    Parameters
    ----------
    spec : str, optional
        ``"mnist"``: the full MNIST, from ``data_dir`` if given, else the download cache (see
        :func:`load_mnist`). ``"mnist-sample"``: the sample shipped in the package. A folder: MNIST
        IDX files under their canonical names. A ``.csv`` or ``.npz`` path: the user's own table
        (see :func:`load_table`). None: ``"mnist"`` when ``data_dir`` is given, else
        ``"mnist-sample"``.
    data_dir : str or os.PathLike, optional
        The folder of MNIST files, for ``"mnist"`` (or None) only.
    target, task
        For tables only: see :func:`load_table`.
    validation : float, optional
        For tables only: the fraction held out as validation set
        (:func:`train_validation_split`, shuffled with ``seed``).
    seed : int
        Seed of the validation split.
    download, cache_dir, base_url
        For ``"mnist"`` only: see :func:`load_mnist`.
    pixels : bool
        MNIST (full, sample or folder) with x as Pixels, the files' bytes (see :func:`load_mnist`);
        tables as they are.

    Returns
    -------
    (Dataset, Dataset or None)
        ``(train, held_out)``. MNIST (full, sample or folder): the training and the test set.
        A table: the whole file and None, or with ``validation`` the training part and the
        validation part. Standardisation is left to the caller (:func:`standardize`), who keeps
        the returned :class:`Standardizer` for predict time.

    Raises
    ------
    DataError
        An unknown spec, options that do not apply to it, or any reader error.
    """
    if spec is None:
        spec = "mnist" if data_dir is not None else "mnist-sample"
    path = Path(spec)
    table = spec not in DATASETS and not path.is_dir()
    if data_dir is not None and spec != "mnist":
        raise DataError(spec, "--dataset", "--data-dir applies only to --dataset mnist",
                        f"use --dataset mnist --data-dir {data_dir}, or leave out --data-dir")
    for option, value in (("--target", target), ("--task", task), ("--validation", validation)):
        if value is not None and not table:
            raise DataError(spec, "--dataset", f"{option} applies only to .csv and .npz files",
                            "MNIST has fixed targets and its own test set (split it with "
                            "backprop.data.train_validation_split if needed)")
    if spec == "mnist":
        return load_mnist(data_dir, download=download, cache_dir=cache_dir, base_url=base_url, pixels=pixels)
    if spec == "mnist-sample":
        return load_mnist_sample(pixels)
    if path.is_dir():
        return load_folder(path, pixels=pixels)
    if not path.exists() and path.suffix.lower() not in (".csv", ".npz"):
        raise DataError(spec, "--dataset", "no such file or folder, and not a known dataset",
                        "give mnist, mnist-sample, a folder of MNIST IDX files, or a .csv or "
                        ".npz file")
    data = load_table(path, target, task)
    if validation is None:
        return data, None
    return train_validation_split(data, validation, seed)
