"""backprop.explain/derive/check/grade/train (and load, variants): each takes a path, a bundled
example's name or a problem file's text, returns what the command computes, and fails with the
command's one line as a backprop.UserError."""

from __future__ import annotations

import contextlib
import inspect
import io
import json
import re
from pathlib import Path

import numpy as np
import pytest

import backprop
import backprop.api
from backprop.bundled import bundled
from backprop.cli import main

REGRESSION = bundled("examples")["seed000_regression"]
TEXT = REGRESSION.read_text(encoding="utf-8")
CLASS = Path(__file__).resolve().parents[2] / "examples" / "class"
HALF = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -(y - O_0^2) \cdot O_1^1"


def cli(capsys, *arguments) -> tuple[int, str, str]:
    status = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("source", [REGRESSION, str(REGRESSION), "seed000_regression", TEXT],
                         ids=["Path", "path", "bundled name", "TOML text"])
def test_explain_gives_the_trace_the_cli_writes(capsys, source):
    solution = backprop.explain(source)
    _, out, _ = cli(capsys, "explain", REGRESSION, "--format", "json")
    assert solution.to_json_dict() == json.loads(out)
    assert isinstance(solution, backprop.Trace)
    # step 1's loss by a forward pass written here: sample [1.0, 0.5], target 0.5
    hidden = 1 / (1 + np.exp(-np.array([0.3 * 1.0 - 0.2 * 0.5 + 0.1, -0.4 * 1.0 + 0.6 * 0.5 - 0.1,
                                        0.5 * 1.0 + 0.1 * 0.5 + 0.2])))
    output = hidden @ [0.5, -0.3, 0.4] + 0.2
    assert solution.steps[0].loss == pytest.approx((0.5 - output) ** 2, rel=1e-14)


def test_explain_steps_and_the_default_example(capsys):
    assert len(backprop.explain(REGRESSION, steps=2).steps) == 2
    _, out, _ = cli(capsys, "explain", "--format", "json")
    assert backprop.explain().to_json_dict() == json.loads(out)


@pytest.mark.parametrize("source", [str(REGRESSION), "seed000_regression", TEXT], ids=["path", "name", "text"])
def test_derive_gives_the_cli_text(capsys, source):
    derivation = backprop.derive(source, param="W2[0,0]", notation="seed000")
    _, out, _ = cli(capsys, "derive", REGRESSION, "--param", "W2[0,0]", "--notation", "seed000")
    # the source line names the file, "<string>" for a text: the rest is the same
    assert str(derivation).splitlines()[1:] == out.splitlines()[1:]
    assert derivation.render("markdown") == derivation.render("markdown")


@pytest.mark.parametrize("source", [str(REGRESSION), "seed000_regression", TEXT], ids=["path", "name", "text"])
def test_check_gives_the_cli_verdict(capsys, source):
    verdict = backprop.check(source, HALF, notation="seed000")
    status, out, _ = cli(capsys, "check", REGRESSION, "--notation", "seed000", "--formula", HALF)
    assert (verdict.verdict, verdict.exit_status, str(verdict)) == ("wrong", status, out)
    assert "a missing factor 2" in out
    right = backprop.check(source, "2*(a2[0] - y[0])*a1[0]", param="W2[0,0]")
    assert right.correct and str(right).startswith("correct: ")


def test_grade_gives_the_cli_results(capsys, tmp_path):
    results = backprop.grade(CLASS, problem="seed000_regression", notation="seed000", workers=1)
    _, out, _ = cli(capsys, "grade", CLASS, "--problem", "seed000_regression", "--notation", "seed000",
                    "--format", "json", "--workers", "1")
    assert json.loads(results.to_json()) == json.loads(out)
    # the README's class: what each student got right of what they claimed
    assert results.scores() == {"ada": (3, 3), "ben": (1, 3), "cleo": (0, 1), "dan": (0, 1)}
    from_text = backprop.grade([CLASS / "ben.md"], problem=TEXT, notation="seed000", workers=1)
    assert from_text.scores() == {"ben": (1, 3)}


def test_variants_writes_what_the_cli_writes(capsys, tmp_path):
    written = backprop.variants("seed004_sparse_sigmoid", count=2, seed=1, students=["ada", "ben", "cleo"],
                                out=tmp_path / "api")
    cli(capsys, "variants", "seed004_sparse_sigmoid", "--count", "2", "--seed", "1", "--out", tmp_path / "cli")
    assert [path.name for path in written] == ["variant-01.toml", "variant-02.toml", "roster.csv"]
    for name in ("variant-01.toml", "variant-02.toml", "variant-02.key.md"):
        assert (tmp_path / "api" / name).read_text() == (tmp_path / "cli" / name).read_text()
    assert (tmp_path / "api" / "roster.csv").read_text().splitlines() == [
        "student,variant", "ada,variant-01.toml", "ben,variant-02.toml", "cleo,variant-01.toml"]


def test_train_gives_the_model_and_history_it_wrote(tmp_path):
    trained = backprop.train(epochs=2, limit=500, out=tmp_path / "run")
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert [record.test_accuracy for record in trained.history] == [
        epoch["test_accuracy"] for epoch in history["epochs"]]
    assert trained.written == [tmp_path / "run" / "model.safetensors", tmp_path / "run" / "history.json"]
    saved = backprop.io.load_model(tmp_path / "run")
    x = np.random.default_rng(0).random((3, 784), dtype=np.float32)
    np.testing.assert_array_equal(trained.predict(x), saved.predict(x))


def test_train_takes_a_problem_text(tmp_path):
    text = """
[[layer]]
units = 3
inputs = 2
activation = "tanh"
[[layer]]
units = 1
activation = "identity"
[loss]
name = "mean_squared_error"
[train]
epochs = 3
batch_size = 4
learning_rate = 0.05
"""
    data = tmp_path / "data.csv"
    rows = np.random.default_rng(1).normal(size=(40, 2))
    data.write_text("a,b,target\n" + "".join(f"{a},{b},{a - b}\n" for a, b in rows))
    trained = backprop.train(text, dataset=str(data), out=tmp_path / "run")
    assert len(trained.history) == 3 and trained.history[-1].train_loss < trained.history[0].train_loss


# Bad input: the same one line as the command line's, as a UserError.
BAD = [
    (lambda: backprop.explain("no_such_example"), ["explain", "no_such_example"]),
    (lambda: backprop.explain(REGRESSION, steps=10**7), ["explain", REGRESSION, "--steps", str(10**7)]),
    (lambda: backprop.explain(REGRESSION, steps=0), ["explain", REGRESSION, "--steps", "0"]),
    (lambda: backprop.explain(REGRESSION, steps=1000), ["explain", REGRESSION, "--steps", "1000", "--format", "html"]),
    (lambda: backprop.explain(REGRESSION, format="pdf"), ["explain", REGRESSION, "--format", "pdf"]),
    (lambda: backprop.derive(REGRESSION, param="W9[0,0]"), ["derive", REGRESSION, "--param", "W9[0,0]"]),
    (lambda: backprop.check(REGRESSION, "2*(a2[0] - y[0]", param="W2[0,0]"),
     ["check", REGRESSION, "--param", "W2[0,0]", "--formula", "2*(a2[0] - y[0]"]),
    (lambda: backprop.check(REGRESSION, HALF, notation="seed999"),
     ["check", REGRESSION, "--notation", "seed999", "--formula", HALF]),
    (lambda: backprop.grade(CLASS, problem="nothing.toml"), ["grade", CLASS, "--problem", "nothing.toml"]),
    (lambda: backprop.grade(CLASS), ["grade", CLASS]),
    (lambda: backprop.train(epochs=0), ["train", "--epochs", "0"]),
    (lambda: backprop.train(preset="mnist-big"), ["train", "--preset", "mnist-big"]),
]


@pytest.mark.parametrize("call, arguments", BAD, ids=[" ".join(map(str, args[:3])) for _, args in BAD])
def test_a_bad_input_is_the_cli_line_as_a_user_error(capsys, tmp_path, monkeypatch, call, arguments):
    monkeypatch.chdir(tmp_path)
    status, _, err = cli(capsys, *arguments)
    assert status == 2 and err.startswith("error: ")
    with pytest.raises(backprop.UserError) as raised:
        call()
    assert str(raised.value) == err.removeprefix("error: ").rstrip("\n")
    assert "\n" not in str(raised.value)


def test_a_bad_toml_text_names_the_string():
    with pytest.raises(backprop.UserError) as raised:
        backprop.explain("[[layer]]\nunits = 0\n")
    assert str(raised.value).startswith("<string>: ")


def test_an_unknown_training_setting_says_which_is_meant():
    with pytest.raises(backprop.UserError, match=r"^backprop.train: unknown setting 'epohcs'; did you mean 'epochs'\?"):
        backprop.train(epohcs=1)


def test_importing_backprop_imports_no_api_and_no_ipython():
    import subprocess
    import sys
    code = "import backprop, sys; print(sorted(m for m in sys.modules if m.startswith(('IPython', 'backprop.'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_docs_name_every_function_and_show_a_real_error_line():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "notebooks.md").read_text(encoding="utf-8")
    for name in backprop.api.__all__:
        signature = re.search(rf"`backprop\.{name}\((.*?)\)`", docs)
        assert signature, name
        documented = [part.split("=")[0].strip(" *") for part in signature.group(1).split(",")]
        actual = [parameter for parameter in inspect.signature(getattr(backprop, name)).parameters
                  if parameter != "settings"]
        assert [part for part in documented if part and part not in ("**settings", "settings")] == actual, name
    assert "backprop.UserError" in docs
    code, printed = re.search(r"```python\n(try:.*?)```\n\nprints the command's own line:\n\n```\n(.*?)\n```",
                              docs, re.DOTALL).groups()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        exec(code, {"backprop": backprop})
    assert out.getvalue().rstrip("\n") == printed
