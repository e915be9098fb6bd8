"""The user's own data (CSV, NPZ), Dataset, standardisation, the validation split, load_dataset."""

import numpy as np
import pytest

from backprop.data import (DataError, Dataset, Standardizer, load_dataset, load_rows, load_table, standardize,
                           train_validation_split)


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def fails(path, *parts, **options):
    """The table is refused in one line naming the file and each of ``parts`` (read as predict
    reads it when ``features`` is given)."""
    with pytest.raises(DataError) as info:
        (load_rows if "features" in options else load_table)(path, **options)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    for part in parts:
        assert part in message, f"{part!r} not in {message!r}"
    return message


# --- CSV -----------------------------------------------------------------------------------------

def test_csv_string_classes(tmp_path):
    path = write(tmp_path, "size, colour ,species\n1.5,2,setosa\n-3,4e-1,virginica\n\n"
                           "0,7,setosa\n2.25, 1 ,versicolor\n")
    data = load_table(path, target="species")
    assert data.task == "classification" and data.name == "data.csv"
    assert data.classes == ["setosa", "versicolor", "virginica"]
    assert data.y.dtype == np.int64 and data.y.tolist() == [0, 2, 0, 1]
    assert data.feature_names == ["size", "colour"]
    assert data.x.dtype == np.float32 and data.x.flags.c_contiguous
    assert data.x.tolist() == [[1.5, 2.0], [-3.0, np.float32(0.4)], [0.0, 7.0], [2.25, 1.0]]


def test_csv_integer_classes_sorted_numerically(tmp_path):
    path = write(tmp_path, "a,label,b\n1,10,2\n3,2,4\n5,10,6\n7,9,8\n")
    data = load_table(path)
    assert data.classes == ["2", "9", "10"]
    assert data.y.tolist() == [2, 0, 2, 1]
    assert data.x.tolist() == [[1, 2], [3, 4], [5, 6], [7, 8]]
    as_regression = load_table(path, task="regression")
    assert as_regression.y.shape == (4, 1) and as_regression.y[:, 0].tolist() == [10, 2, 10, 9]
    known = load_table(path, classes=11)
    assert known.classes == [str(k) for k in range(11)] and known.y.tolist() == [10, 2, 10, 9]


def test_csv_regression(tmp_path):
    path = write(tmp_path, "x1,x2,price\n1,2,3.5\n4,5,-6.25\n")
    data = load_table(path, target="price")
    assert data.task == "regression" and data.classes is None
    assert data.y.dtype == np.float32 and data.y.shape == (2, 1)
    assert data.y[:, 0].tolist() == [3.5, -6.25] and data.n_outputs == 1


def test_csv_target_choice(tmp_path):
    both = write(tmp_path, "x,y,Class\n1,2,a\n")
    fails(both, "line 1 (header)", "several columns could be the target (y, Class)", "--target")
    assert load_table(both, target="Class").classes == ["a"]
    fails(both, "line 2, column 'Class'", "'a' is not a number", target="y")  # now a feature
    none = write(tmp_path, "a,b\n1,2\n", "none.csv")
    fails(none, "no column is named target, label, y or class")
    fails(none, "no column named 'bb'", "did you mean 'b'?", target="bb")


@pytest.mark.parametrize("text, where, what", [
    ("a,b,label\n1,2,0\n3,nan,1\n", "line 3, column 'b'", "'nan' is not a finite number"),
    ("a,b,label\n1,2,0\n\n3,-inf,1\n", "line 4, column 'b'", "'-inf' is not a finite number"),
    ("a,b,label\n1,1e39,0\n", "line 2, column 'b'", "'1e39' is too large for float32"),
    ("a,b,label\n1,2,0\n3,4\n", "line 3", "2 fields, but the header has 3 columns"),
    ("a,b,label\n1,2,0\n3,4,1,5\n", "line 3", "4 fields, but the header has 3 columns"),
    ("a,b,label\n1,2,0\n1,2,1\nfive,2,1\n", "line 4, column 'a'", "'five' is not a number"),
    ("a,b,label\n1,,0\n", "line 2, column 'b'", "empty value"),
    ("a,b,label\n1,2,\n", "line 2, column 'label'", "no target value"),
    ("", "line 1", "the file is empty"),
    ("\n\n", "line 1", "the file is empty"),
    ("a,b,label\n", "line 2", "the file has a header but no data rows"),
    ("1,2,3\n4,5,6\n", "line 1", "the file has no header row, so its target column is not known"),
    ("a,a,label\n1,2,3\n", "line 1 (header)", "two columns are named 'a'"),
    ("a,,label\n1,2,3\n", "line 1 (header)", "column 2 has no name"),
    ("label\n1\n", "line 1 (header)", "only one column"),
    ('a,b,label\n1,"2,0\n', "line 2", "malformed CSV (unexpected end of data)"),
    ('a,b,label\n1,"2"x,0\n', "line 2", "malformed CSV"),
])
def test_csv_errors(tmp_path, text, where, what):
    fails(write(tmp_path, text), f": {where}: {what}")


def test_csv_errors_in_later_chunks(tmp_path):
    """The fast (numpy) path reports the right line far into the file."""
    rows = [f"{i},{i * 2},{i % 3}" for i in range(10000)]
    rows[9000] = "1,oops,2"
    fails(write(tmp_path, "a,b,label\n" + "\n".join(rows) + "\n"), "line 9002, column 'b'",
          "'oops' is not a number")
    rows[9000] = "1,2,2"
    data = load_table(write(tmp_path, "a,b,label\n" + "\n".join(rows) + "\n", "ok.csv"))
    assert data.x.shape == (10000, 2) and data.x[9999].tolist() == [9999, 19998]
    assert np.bincount(data.y).tolist() == [3333, 3333, 3334]


def test_csv_labels_out_of_range(tmp_path):
    path = write(tmp_path, "a,label\n1,0\n2,1\n3,3\n")
    fails(path, "line 4, column 'label'", "label '3' is out of range",
          "the 3 known classes are 0 to 2", classes=3)
    names = write(tmp_path, "a,label\n1,cat\n2,dog\n3,cow\n", "names.csv")
    fails(names, "line 4, column 'label'", "label 'cow' is out of range", "cat, dog",
          classes=["cat", "dog"])
    assert load_table(names, classes=["dog", "cow", "cat"]).y.tolist() == [2, 0, 1]
    fails(write(tmp_path, "a,target\n1,2.5\n2,high\n", "reg.csv"), "line 3, column 'target'",
          "'high' is not a number", task="regression")


def test_missing_table(tmp_path):
    fails(tmp_path / "absent.csv", "file: not found")
    fails(tmp_path / "absent.npz", "file: not found")


# --- NPZ -----------------------------------------------------------------------------------------

def test_npz_classification_and_keys(tmp_path):
    x = np.arange(12, dtype=np.float64).reshape(4, 3)
    for key in ("x", "X", "features"):
        path = tmp_path / f"{key}.npz"
        np.savez(path, **{key: x}, y=np.array([3, 1, 3, 7]))
        data = load_table(path)
        assert data.x.dtype == np.float32 and data.x.tolist() == x.tolist()
        assert data.classes == ["1", "3", "7"] and data.y.tolist() == [1, 0, 1, 2]
    path = tmp_path / "names.npz"
    np.savez(path, x=x, labels=np.array(["b", "a", "c", "a"]), other=np.ones(4))
    assert load_table(path).classes == ["a", "b", "c"]
    assert load_table(path).y.tolist() == [1, 0, 2, 0]
    assert load_table(path, classes=10 * ["?"][:0] + ["c", "b", "a"]).y.tolist() == [1, 2, 0, 2]
    assert load_table(path, target="other").task == "regression"


def test_npz_regression_and_images(tmp_path):
    path = tmp_path / "reg.npz"
    np.savez(path, x=np.ones((5, 2, 2), np.uint8), y=np.linspace(0, 1, 10).reshape(5, 2))
    data = load_table(path)
    assert data.task == "regression" and data.x.shape == (5, 4) and data.y.shape == (5, 2)
    assert data.y.dtype == np.float32 and data.y[4].tolist() == [np.float32(8 / 9), 1.0]
    as_classes = tmp_path / "float-classes.npz"
    np.savez(as_classes, x=np.ones((3, 1)), y=np.array([0.0, 2.0, 1.0]))
    assert load_table(as_classes, task="classification").y.tolist() == [0, 2, 1]


def test_npz_errors(tmp_path):
    x = np.ones((3, 2))
    objects = tmp_path / "objects.npz"
    np.savez(objects, x=x, y=np.array([1, "a", None], dtype=object))
    fails(objects, "array 'y'", "holds Python objects (dtype object)", "allow_pickle=False")
    ragged = tmp_path / "ragged.npz"
    np.savez(ragged, x=np.array([[1.0], [2.0, 3.0], []], dtype=object), y=np.arange(3))
    fails(ragged, "array 'x'", "dtype object")
    short = tmp_path / "short.npz"
    np.savez(short, x=x, y=np.arange(2))
    fails(short, "array 'y'", "2 target(s) for 3 samples in 'x'")
    nan = tmp_path / "nan.npz"
    np.savez(nan, x=np.array([[1.0, 2.0], [3.0, np.inf], [5, 6]]), y=np.arange(3))
    fails(nan, "array 'x', sample 1, column 1 (0-based)", "not a finite float32 number")
    nox = tmp_path / "nox.npz"
    np.savez(nox, data=x, y=np.arange(3))
    fails(nox, "arrays: no features array (x, X or features) among data, y")
    noy = tmp_path / "noy.npz"
    np.savez(noy, x=x, target=np.arange(3))
    fails(noy, "no target array (y or labels) among x, target")
    fails(noy, "no array named 'z'", target="z")
    out = tmp_path / "out.npz"
    np.savez(out, x=x, y=np.array([0, 1, 5]))
    fails(out, "array 'y', sample 2 (0-based)", "label 5 is out of range", "0 to 1", classes=2)
    half = tmp_path / "half.npz"
    np.savez(half, x=x, y=np.array([0, 0.5, 1]))
    fails(half, "sample 1 (0-based)", "0.5 is not a whole number", task="classification")
    text = tmp_path / "text.npz"
    text.write_text("not a zip")
    fails(text, "file: is not an NPZ archive")
    single = tmp_path / "single.npz"
    np.save(tmp_path / "single.npy", x)
    (tmp_path / "single.npy").rename(single)
    fails(single, "is a single .npy array")


# --- Dataset, standardize, split, load_dataset ---------------------------------------------------

def small(n=10, features=3):
    x = np.arange(n * features, dtype=np.float32).reshape(n, features)
    return Dataset(x, np.arange(n, dtype=np.int64) % 2, "classification", ["a", "b"], "small")


def test_dataset_checks_its_arrays():
    x = np.zeros((4, 2), np.float32)
    with pytest.raises(ValueError, match="float32"):
        Dataset(x.astype(np.float64), np.zeros(4, np.int64), "classification", ["a"])
    with pytest.raises(ValueError, match="C-contiguous"):
        Dataset(np.zeros((2, 4), np.float32).T, np.zeros(4, np.int64), "classification", ["a"])
    with pytest.raises(ValueError, match="class indices"):
        Dataset(x, np.array([0, 1, 2, 0]), "classification", ["a", "b"])
    with pytest.raises(ValueError, match="regression"):
        Dataset(x, np.zeros(4, np.float32), "regression")
    with pytest.raises(ValueError, match="one row per sample"):
        Dataset(x, np.zeros(3, np.int64), "classification", ["a"])
    assert repr(small()) == "Dataset('small', classification, 10 samples, 3 features, 2 classes)"


def test_standardize():
    x = np.array([[1, 5, 0], [3, 5, 10], [5, 5, 20]], np.float32)
    train = Dataset(x, np.zeros((3, 1), np.float32), "regression")
    test = Dataset(np.array([[3, 6, 30]], np.float32), np.ones((1, 1), np.float32), "regression")
    train_s, test_s, none, scaler = standardize(train, test, None)
    assert none is None
    assert scaler.mean.tolist() == [3, 5, 10] and scaler.std[1] == 1.0  # constant feature: std 1
    np.testing.assert_allclose(scaler.std, [np.sqrt(8 / 3), 1, np.sqrt(200 / 3)], rtol=1e-6)
    np.testing.assert_allclose(train_s.x.mean(axis=0), 0, atol=1e-6)
    np.testing.assert_allclose(train_s.x.std(axis=0), [1, 0, 1], rtol=1e-6)
    np.testing.assert_allclose(test_s.x, [[0, 1, 20 / np.sqrt(200 / 3)]], rtol=1e-6)
    assert test_s.y is test.y and train.x[0, 0] == 1  # inputs untouched
    again = Standardizer.from_dict(scaler.to_dict())
    np.testing.assert_array_equal(again.apply(test.x), test_s.x)
    with pytest.raises(ValueError, match="expected shape"):
        scaler.apply(np.ones((2, 4)))


def test_train_validation_split():
    data = small(10)
    train, validation = train_validation_split(data, 0.3, seed=1)
    assert (len(train), len(validation)) == (7, 3)
    rows = sorted(train.x[:, 0].tolist() + validation.x[:, 0].tolist())
    assert rows == data.x[:, 0].tolist()  # disjoint, and together everything
    assert train.x[:, 0].tolist() == sorted(train.x[:, 0].tolist())
    assert np.array_equal(train.y, (train.x[:, 0] // 3).astype(np.int64) % 2)
    again, _ = train_validation_split(data, 0.3, seed=1)
    assert np.array_equal(again.x, train.x)
    others = {tuple(train_validation_split(data, 0.3, seed=s)[1].x[:, 0]) for s in range(10)}
    assert len(others) > 1
    assert validation.name == "small-validation" and validation.classes == ["a", "b"]
    assert len(train_validation_split(data, 0.001, 0)[1]) == 1
    for bad in (0, 1, -0.5):
        with pytest.raises(ValueError, match="between 0 and 1"):
            train_validation_split(data, bad, 0)


def test_load_dataset(tmp_path, mnist_dir):
    path = write(tmp_path, "a,b,label\n" + "".join(f"{i},{-i},{i % 2}\n" for i in range(20)))
    whole, held_out = load_dataset(str(path))
    assert len(whole) == 20 and held_out is None
    train, validation = load_dataset(str(path), validation=0.25, seed=3)
    assert (len(train), len(validation)) == (15, 5)
    train, test = load_dataset(str(mnist_dir))
    assert (len(train), len(test)) == (24345, 10000)
    for spec, options, what in (
            ("nothing-like-this", {}, "no such file or folder, and not a known dataset"),
            (str(path), {"data_dir": mnist_dir}, "--data-dir applies only to --dataset mnist"),
            ("mnist-sample", {"target": "y"}, "--target applies only to .csv and .npz files"),
            (str(mnist_dir), {"validation": 0.1}, "--validation applies only")):
        with pytest.raises(DataError) as info:
            load_dataset(spec, **options)
        assert str(info.value).startswith(f"{spec}: --dataset: {what}")


# --- one CSV reader: CSV's number syntax, a header or none, the target by name or number ------------

@pytest.mark.parametrize("cell", ["1_000", "\u0661\u0662", "\uff11", "0x10", "1e", "--1"])
def test_csv_numbers_are_csvs_not_pythons(tmp_path, cell):
    """float() and NumPy read 1_000 as 1000 and Arabic-Indic or full-width digits as numbers."""
    fails(write(tmp_path, f"a,label\n1,0\n{cell},1\n"), "line 3, column 'a'", f"{cell!r} is not a number")


@pytest.mark.parametrize("label", ["1_0", "\u0661"])
def test_csv_labels_follow_csvs_syntax_too(tmp_path, label):
    data = load_table(write(tmp_path, f"a,label\n1,0\n2,{label}\n"))
    assert data.classes == ["0", label]  # a name, not the number 10 or 1


def test_csv_without_a_header_needs_the_target_column_by_number(tmp_path):
    path = write(tmp_path, "\ufeff1,2,0\n3,4,1\n5,6,1\n")  # a byte-order mark before the first row
    fails(path, "line 1", "no header row, so its target column is not known", "--target N")
    data = load_table(path, target="3")
    assert data.x.tolist() == [[1, 2], [3, 4], [5, 6]] and data.y.tolist() == [0, 1, 1]
    assert data.feature_names is None
    first = load_table(path, target=1)
    assert first.x.tolist() == [[2, 0], [4, 1], [6, 1]] and first.classes == ["1", "3", "5"]
    fails(path, "line 1", "target 'price' must be a column number", "1 to 3", target="price")
    fails(write(tmp_path, "1,2\n3\n", "ragged.csv"), "line 2", "1 fields, but the first row has 2 columns", target=2)


def test_csv_target_by_number_in_a_file_with_a_header(tmp_path):
    data = load_table(write(tmp_path, "a,b,price\n1,2,3.5\n"), target="3")
    assert data.task == "regression" and data.feature_names == ["a", "b"]


def test_a_class_label_too_large_to_count_exactly_is_refused(tmp_path):
    fails(write(tmp_path, "a,label\n1,0\n2," + "1" + "0" * 30 + "\n"), "line 3, column 'label'",
          "too large for a class label", "--task regression")
    assert load_table(write(tmp_path, "a,label\n1,0\n2,1" + "0" * 30 + "\n", "r.csv"), task="regression").y[1, 0] == 1e30
    path = tmp_path / "float-labels.npz"
    np.savez(path, x=np.ones((2, 1)), y=np.array([0.0, 1e30]))
    fails(path, "array 'y', sample 1 (0-based)", "too large for a class label", task="classification")


def test_predict_train_and_evaluate_read_a_table_alike(tmp_path):
    path = write(tmp_path, "\ufeff0.5,1.5\n2.5,3.5\n")  # headerless, a BOM: features only
    rows = load_rows(path, features=2)
    assert rows.dataset is None and rows.x.tolist() == [[0.5, 1.5], [2.5, 3.5]] and rows.names == ["row 1", "row 2"]
    labelled = write(tmp_path, "a,b,label\n0.5,1.5,x\n2.5,3.5,y\n", "labelled.csv")
    rows = load_rows(labelled, features=2, classes=["x", "y"])
    assert rows.dataset.y.tolist() == [0, 1]
    np.testing.assert_array_equal(rows.x, load_table(labelled).x)
    fails(write(tmp_path, "1,2,3,4\n", "four.csv"), "line 1", "4 columns but the model takes 2 inputs", features=2)
