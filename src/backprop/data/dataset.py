"""Dataset, the one container every loader returns, and what is done to one before training:
standardisation (z-score), a seeded test split of a file without its own test set, and a seeded
validation split."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .pixels import Pixels, as_array

TASKS = ("classification", "regression")
#: The random stream of a seed that test_split draws from (the validation split draws from the seed's first).
TEST_STREAM = 1


@dataclass(eq=False)
class Dataset:
    """Features and targets of one set of samples.

    Attributes
    ----------
    x : numpy.ndarray or Pixels
        float32, shape (samples, features), C-contiguous; or Pixels, 8-bit pixels kept as bytes
        that stand for float32 values in [0, 1] (MNIST loaded with ``pixels=True``: a quarter of
        the memory; training and evaluation convert a batch at a time).
    y : numpy.ndarray
        Classification: int64 class indices, shape (samples,), each in ``range(len(classes))``.
        Regression: float32, shape (samples, outputs).
    task : str
        ``"classification"`` or ``"regression"``.
    classes : list of str or None
        Classification: the class names, index ``i`` naming class ``i`` (sorted; MNIST:
        ``"0"`` to ``"9"``). Regression: None.
    name : str
        What it is, for messages and reports (e.g. ``"mnist-train"``, a file name).
    feature_names : list of str or None
        The feature columns' names where the file has them (CSV), else None.

    Raises
    ------
    ValueError
        On construction, when the arrays break the rules above (a programming error, not a bad
        file).
    """

    x: np.ndarray
    y: np.ndarray
    task: str
    classes: list[str] | None = None
    name: str = ""
    feature_names: list[str] | None = None

    def __post_init__(self):
        x, y = self.x, self.y
        if self.task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}, not {self.task!r}")
        if not (isinstance(x, Pixels) or (isinstance(x, np.ndarray) and x.dtype == np.float32
                                          and x.ndim == 2 and x.flags.c_contiguous)):
            raise ValueError("x must be a C-contiguous float32 array of shape (samples, features), or Pixels")
        if not isinstance(y, np.ndarray) or len(y) != len(x):
            raise ValueError(f"y must be an array with one row per sample ({len(x)})")
        if self.task == "classification":
            if y.dtype != np.int64 or y.ndim != 1 or self.classes is None:
                raise ValueError("classification needs y int64 of shape (samples,) and classes")
            if y.size and (y.min() < 0 or y.max() >= len(self.classes)):
                raise ValueError(f"class indices must lie in 0..{len(self.classes) - 1}")
        elif y.dtype != np.float32 or y.ndim != 2 or self.classes is not None:
            raise ValueError("regression needs y float32 of shape (samples, outputs), classes None")
        if self.feature_names is not None and len(self.feature_names) != x.shape[1]:
            raise ValueError("feature_names must name every column of x")

    def __len__(self) -> int:
        return len(self.x)

    @property
    def n_features(self) -> int:
        """The number of features (columns of x)."""
        return self.x.shape[1]

    @property
    def n_outputs(self) -> int:
        """What a network's output layer needs: the class count, or the regression outputs."""
        return len(self.classes) if self.classes is not None else self.y.shape[1]

    def subset(self, index, name: str | None = None) -> Dataset:
        """The samples at ``index`` (a slice is a view, an index array a copy), as a new Dataset."""
        x = (Pixels(np.ascontiguousarray(self.x.values[index])) if isinstance(self.x, Pixels)
             else np.ascontiguousarray(self.x[index]))
        return replace(self, x=x, y=self.y[index],
                       name=self.name if name is None else name)

    def __repr__(self) -> str:
        what = (f"{len(self.classes)} classes" if self.classes is not None
                else f"{self.n_outputs} outputs")
        return (f"Dataset({self.name!r}, {self.task}, {len(self)} samples, {self.n_features} "
                f"features, {what})")


@dataclass(eq=False)
class Standardizer:
    """A z-score, fitted on training data: ``(x - mean) / std`` per feature.

    Keep it with the trained model and apply it to whatever is predicted later.

    Attributes
    ----------
    mean : numpy.ndarray
        float32, shape (features,).
    std : numpy.ndarray
        float32, shape (features,); 1 where the training data's standard deviation is 0 (a constant
        feature then becomes 0, not NaN).
    """

    mean: np.ndarray
    std: np.ndarray

    @classmethod
    def fit(cls, x: np.ndarray) -> Standardizer:
        """Fit on x, shape (samples, features); statistics are summed in float64."""
        x = np.asarray(as_array(x))
        if x.ndim != 2 or len(x) == 0:
            raise ValueError("fit needs an array of shape (samples, features) with samples > 0")
        mean = x.mean(axis=0, dtype=np.float64)
        std = x.std(axis=0, dtype=np.float64)
        std[std == 0] = 1.0
        return cls(mean.astype(np.float32), std.astype(np.float32))

    def apply(self, data):
        """Standardise a Dataset (a new one, y shared) or an array of shape (samples, features).

        Returns
        -------
        Dataset or numpy.ndarray
            Same kind as given; arrays come back float32 and C-contiguous.
        """
        if isinstance(data, Dataset):
            return replace(data, x=self.apply(data.x))
        x = np.asarray(as_array(data), dtype=np.float32)
        if x.ndim != 2 or x.shape[1] != self.mean.shape[0]:
            raise ValueError(f"expected shape (samples, {self.mean.shape[0]}), got {x.shape}")
        out = np.subtract(x, self.mean, dtype=np.float32)
        out /= self.std
        return out

    def to_dict(self) -> dict:
        """Plain lists, for saving next to a model (JSON, TOML...)."""
        return {"mean": self.mean.tolist(), "std": self.std.tolist()}

    @classmethod
    def from_dict(cls, state: dict) -> Standardizer:
        """The inverse of :meth:`to_dict`."""
        return cls(np.asarray(state["mean"], np.float32), np.asarray(state["std"], np.float32))


def standardize(train: Dataset, *others: Dataset | None):
    """Z-score the features with the training set's mean and std.

    Parameters
    ----------
    train : Dataset
        The set the statistics come from.
    *others : Dataset or None
        Further sets (validation, test) standardised with the same statistics; None passes through.

    Returns
    -------
    tuple
        ``(train, *others, standardizer)``: new Datasets (x of shape (samples, features), float32;
        y shared with the inputs), then the :class:`Standardizer`, to keep for predict time.
    """
    standardizer = Standardizer.fit(train.x)
    done = [None if data is None else standardizer.apply(data) for data in (train, *others)]
    return (*done, standardizer)


def test_split(dataset: Dataset, fraction: float, seed: int = 0):
    """Hold out a seeded random fraction of a file's samples as its test set.

    The same file, fraction and seed always give the same split, so that ``evaluate`` scores a
    model on exactly the samples its training held out. The rows are drawn from their own stream of
    ``seed`` (not the validation split's), and each part keeps the file's order.

    Returns
    -------
    (Dataset, Dataset)
        ``(training part, test part)``, named ``"<name>"`` and ``"<name>-test"``.
    """
    training, test = _held_out(len(dataset), fraction, (seed, TEST_STREAM), "test")
    return dataset.subset(training), dataset.subset(test, f"{dataset.name}-test")


def train_validation_split(dataset: Dataset, fraction: float, seed: int = 0):
    """Hold out a seeded random fraction of the samples for validation.

    Parameters
    ----------
    dataset : Dataset
        The samples to split, shape (samples, features).
    fraction : float
        Share of the samples for validation, 0 < fraction < 1; rounded to a whole number of samples,
        at least one in each part.
    seed : int
        Seed of the shuffle: the same seed gives the same split.

    Returns
    -------
    (Dataset, Dataset)
        ``(train, validation)``, each keeping the original order of its samples, named
        ``"<name>-train"`` and ``"<name>-validation"``.
    """
    train, validation = _held_out(len(dataset), fraction, seed, "validation")
    return (dataset.subset(train, f"{dataset.name}-train"),
            dataset.subset(validation, f"{dataset.name}-validation"))


def _held_out(n: int, fraction: float, key, part: str) -> tuple[np.ndarray, np.ndarray]:
    """``(kept, held out)``: the sorted indices of ``n`` samples split by a permutation drawn from
    ``np.random.default_rng(key)``, ``fraction`` of them held out (rounded, at least one in each part).
    ValueError, naming the held-out ``part``, for a fraction outside (0, 1) or fewer than two samples."""
    if not 0 < fraction < 1:
        raise ValueError(f"the {part} fraction must lie between 0 and 1, not {fraction}")
    if n < 2:
        raise ValueError(f"cannot split {n} sample(s) into training and {part}")
    held = min(max(round(n * fraction), 1), n - 1)
    order = np.random.default_rng(key).permutation(n)
    return np.sort(order[held:]), np.sort(order[:held])
