"""Bad input fails well: one line naming the file, the place, what is wrong and what would be right.

The rule: a wrong problem file, data file or flag ends with one line on stderr,

    error: <path>: <where>: <what is wrong>; <what would be right>

exit status 2, nothing on stdout, no traceback. Every case below is a kind of mistake a user can
make; each goes through the command line in-process (``backprop.cli.main``, fast), and one of every
kind also as ``python -m backprop.cli explain FILE`` in a subprocess (a few at a time), where a
traceback or a warning printed by the interpreter would show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from backprop.cli import main

# -- a valid problem, in parts that the cases replace ------------------------------------------

LAYERS = """
[[layer]]
inputs = 2
units = 3
activation = "relu"
weights = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]
biases = [0.0, 0.1, 0.2]

[[layer]]
units = 2
activation = "sigmoid"
"""
LOSS = '[loss]\nname = "squared_error"\n'
DATA = "[data]\nx = [[1.0, 2.0], [3.0, 4.0]]\ny = [[0.0, 1.0], [1.0, 0.0]]\n"
UPDATE = "[update]\nlearning_rate = 0.1\n"
SOFTMAX_LAYERS = LAYERS.replace('"sigmoid"', '"softmax"')
CE_LOSS = '[loss]\nname = "cross_entropy"\n'
LABELS = '[data]\nx = [[1.0, 2.0], [3.0, 4.0]]\nlabels = [0, 1]\n'
NAMED = '[data]\nclasses = ["cat", "dog"]\nx = [[1.0, 2.0], [3.0, 4.0]]\nlabels = ["cat", "dog"]\n'


def doc(layers=LAYERS, loss=LOSS, data=DATA, update=UPDATE, top="") -> str:
    return "\n".join(part for part in (top, layers, loss, data, update) if part)


def one_layer(extra: str, units: int = 2, inputs: int = 2, activation: str = "identity") -> str:
    return f'[[layer]]\ninputs = {inputs}\nunits = {units}\nactivation = "{activation}"\n{extra}\n'


def line_of(text: str, needle: str) -> int:
    """The number (from 1) of the first line of ``text`` containing ``needle``."""
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


UNQUOTED = doc(layers=LAYERS.replace('"relu"', "relu"))
UNCLOSED = doc(update="[update]\nlearning_rate = [0.1\n")
DUPLICATE = doc(update="[update]\nlearning_rate = 0.1\nlearning_rate = 0.2\n")
NO_EQUALS = doc(update="[update]\nlearning_rate 0.1\n")


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    where: str                # exactly the place after "<path>: "
    what: tuple[str, ...]     # words in the part before "; "
    fix: tuple[str, ...]      # words in the part after "; "


CASES = [
    # TOML syntax: line and column (or the line where an unterminated thing starts)
    Case("toml-unquoted-name", UNQUOTED, f"line {line_of(UNQUOTED, 'relu')}, column 14",
         ("TOML syntax error", "Invalid value"), ('"relu"', "quotes")),
    Case("toml-unclosed-list", UNCLOSED, f"line {line_of(UNCLOSED, 'learning_rate = [0.1')}",
         ("TOML syntax error", "Unclosed array"), ("]",)),
    Case("toml-duplicate-key", DUPLICATE, f"line {line_of(DUPLICATE, '= 0.2')}, column 20",
         ("TOML syntax error", "overwrite"), ("only once",)),
    Case("toml-missing-equals", NO_EQUALS, f"line {line_of(NO_EQUALS, 'learning_rate 0.1')}, column 15",
         ("TOML syntax error", "Expected '='"), ("key = value",)),
    Case("toml-layer-header-twice", "[layer]\ninputs = 2\nunits = 1\n[layer]\nunits = 1\n" + LOSS,
         "line 4, column 7", ("TOML syntax error", "twice"), ("[[layer]]",)),
    # the layers as a whole
    Case("layer-written-as-table", "[layer]\ninputs = 2\nunits = 1\n" + LOSS, "[layer]",
         ("single table",), ("[[layer]]", "double brackets")),
    Case("layer-not-tables", "layer = 3\n" + LOSS, "top level key 'layer'", ("3", "not an array of tables"),
         ("[[layer]]",)),
    Case("no-layers", LOSS + DATA + UPDATE, "[[layer]]", ("no layers",), ("[[layer]]", "units")),
    Case("empty-layer-list", "layer = []\n" + LOSS, "[[layer]]", ("no layers",), ("[[layer]]",)),
    # unknown keys, with a did-you-mean or the table the key belongs in
    Case("unknown-top-key", doc(top='titel = "x"'), "top level key 'titel'", ("unknown key",),
         ("did you mean 'title'?",)),
    Case("unknown-layer-key", doc(layers=LAYERS.replace("activation = \"relu\"", 'activaton = "relu"')),
         "[[layer]] 1 key 'activaton'", ("unknown key",), ("did you mean 'activation'?",)),
    Case("unknown-loss-key", doc(loss='[loss]\nnmae = "squared_error"\n'), "[loss] key 'nmae'",
         ("unknown key",), ("did you mean 'name'?",)),
    Case("unknown-data-key", doc(data=DATA.replace("y =", "yy =")), "[data] key 'yy'", ("unknown key",),
         ("did you mean 'y'?",)),
    Case("unknown-update-key", doc(update="[update]\nlearning_rte = 0.1\n"), "[update] key 'learning_rte'",
         ("unknown key",), ("did you mean 'learning_rate'?",)),
    Case("top-key-below-a-layer", one_layer('title = "t"') + LOSS, "[[layer]] 1 key 'title'",
         ("unknown key",), ("'title' belongs at the top level", "above the first [table]")),
    Case("update-key-in-data", doc(data=DATA + "learning_rate = 0.1\n"), "[data] key 'learning_rate'",
         ("unknown key",), ("belongs in [update]",)),
    # activations
    Case("unknown-activation", doc(layers=LAYERS.replace('"relu"', '"rlu"')), "[[layer]] 1 key 'activation'",
         ('unknown activation "rlu"',), ("did you mean 'relu'?", '"sigmoid"')),
    Case("activation-not-a-name", doc(layers=LAYERS.replace('"relu"', "3")), "[[layer]] 1 key 'activation'",
         ("3 is a whole number", "not a name"), ('"relu"',)),
    Case("activation-empty-list", doc(layers=LAYERS.replace('"relu"', "[]")), "[[layer]] 1 key 'activation'",
         ("empty list",), ("at least one activation",)),
    Case("softmax-in-middle-layer", doc(layers=LAYERS.replace('"relu"', '"softmax"')),
         "[[layer]] 1 key 'activation'", ("softmax on layer 1", "not the last layer (of 2)"),
         ("only end the last layer",)),
    Case("softmax-not-last-in-chain", doc(layers=LAYERS.replace('"sigmoid"', '["softmax", "relu"]')),
         "[[layer]] 2 key 'activation'", ('softmax is followed by "relu"',), ('["relu", "softmax"]',)),
    Case("binary-cross-entropy-without-sigmoid", doc(layers=SOFTMAX_LAYERS, loss='[loss]\nname = "binary_cross_entropy"\n'),
         "[loss] key 'name'", ("binary_cross_entropy needs a sigmoid output", "ends with softmax"), ('"sigmoid"',)),
    Case("binary-cross-entropy-target-above-1", doc(loss='[loss]\nname = "binary_cross_entropy"\n',
                                                   data=DATA.replace("[1.0, 0.0]]", "[1.0, 2.0]]")),
         "[data] key 'y'[1]", ("has a target outside [0, 1]",), ("binary_cross_entropy takes targets from 0 to 1",)),
    Case("binary-cross-entropy-log-base-10", doc(loss='[loss]\nname = "binary_cross_entropy"\nlog_base = 10\n'),
         "[loss] key 'log_base'", ("10 is not a supported base",), ('"e" or 2',)),
    Case("cross-entropy-without-softmax", doc(loss=CE_LOSS, data=LABELS), "[loss] key 'name'",
         ("cross_entropy needs a softmax output", "ends with sigmoid"), ('"softmax"', "squared_error")),
    # weights, masks, biases
    Case("weights-wrong-rows", doc(layers=LAYERS.replace(", [0.5, 0.6]]", "]")), "[[layer]] 1 key 'weights'",
         ("has 2 rows",), ("3 x 2 (units x inputs)", "one row per unit")),
    Case("weights-wrong-columns", doc(layers=LAYERS.replace("[0.3, 0.4]", "[0.3, 0.4, 0.7]")),
         "[[layer]] 1 key 'weights'[1]", ("has 3 numbers",), ("2 numbers (one per input)",)),
    Case("weights-not-a-matrix", doc(layers=LAYERS.replace("weights = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]",
                                                          'weights = "abc"')),
         "[[layer]] 1 key 'weights'", ('"abc" is text', "not a matrix"), ("3 rows of 2 numbers",)),
    Case("weights-flat-list", one_layer("weights = [1, 2, 3, 4]") + LOSS, "[[layer]] 1 key 'weights'",
         ("flat list", "not a matrix"), ("2 rows of 2 numbers", "[[1, 2], [3, 4]]")),
    Case("mask-wrong-shape", one_layer("mask = [[1, 1]]") + LOSS, "[[layer]] 1 key 'mask'", ("has 1 row",),
         ("2 x 2 (units x inputs)",)),
    Case("mask-not-0-or-1", one_layer("mask = [[1, 0.5], [1, 1]]") + LOSS, "[[layer]] 1 key 'mask'[0][1]",
         ("is 0.5",), ("only 0 (no connection) and 1",)),
    Case("mask-boolean", one_layer("mask = [[true, false], [true, true]]") + LOSS,
         "[[layer]] 1 key 'mask'[0][0]", ("true is a boolean", "not a number"), ("write 0 or 1",)),
    Case("weight-where-masked", one_layer("mask = [[1, 0], [1, 1]]\nweights = [[1, 2], [3, 4]]") + LOSS,
         "[[layer]] 1 key 'weights'[0][1]", ("is 2 where the mask has no connection",),
         ("write 0 there", "1 in mask[0][1]")),
    # weights written inputs x units: checked as written, positions as in the file
    Case("layout-unknown", one_layer('weights_layout = "columns"') + LOSS, "[[layer]] 1 key 'weights_layout'",
         ('unknown weights layout "columns"',), ('"units x inputs"', '"inputs x units"')),
    Case("layout-wrong-rows", one_layer('weights_layout = "inputs x units"\nweights = [[1, 2, 3], [4, 5, 6]]',
                                        units=3, inputs=3) + LOSS,
         "[[layer]] 1 key 'weights'", ("has 2 rows",), ("3 x 3 (inputs x units)", "one row per input")),
    Case("layout-wrong-columns", one_layer('weights_layout = "inputs x units"\nweights = [[1, 2, 3], [4, 5]]',
                                           units=3) + LOSS,
         "[[layer]] 1 key 'weights'[1]", ("has 2 numbers",), ("3 numbers (one per unit)",)),
    Case("layout-weight-where-masked", one_layer('weights_layout = "inputs x units"\nmask = [[1, 1, 1], [0, 1, 1]]\n'
                                                 "weights = [[1, 2, 3], [4, 5, 6]]", units=3) + LOSS,
         "[[layer]] 1 key 'weights'[1][0]", ("is 4 where the mask has no connection",), ("1 in mask[1][0]",)),
    # frozen parameters
    Case("frozen-not-a-list", one_layer('frozen = "biases"') + LOSS, "[[layer]] 1 key 'frozen'",
         ('"biases" is text, not a list',), ('frozen = ["biases"]',)),
    Case("frozen-unknown-kind", one_layer('frozen = ["bias"]') + LOSS, "[[layer]] 1 key 'frozen'[0]",
         ('unknown kind of parameter "bias"',), ('"weights" and/or "biases"',)),
    Case("frozen-twice", one_layer('frozen = ["weights", "weights"]') + LOSS, "[[layer]] 1 key 'frozen'[1]",
         ('"weights" appears twice',), ("name each kind once",)),
    Case("frozen-biases-without-biases", one_layer('bias = "none"\nfrozen = ["biases"]') + LOSS,
         "[[layer]] 1 key 'frozen'[0]", ('the layer has no biases (bias = "none")',), ('remove "biases"',)),
    # activations with parameters
    Case("activation-parameter-unknown", doc(layers=LAYERS.replace('"relu"', '{name = "tanh", gain = 0.2}')),
         "[[layer]] 1 key 'activation' key 'gain'", ("unknown parameter",), ("tanh takes no parameters",)),
    Case("activation-parameter-of-another", doc(layers=LAYERS.replace('"relu"', '{name = "tanh", slope = 0.2}')),
         "[[layer]] 1 key 'activation' key 'slope'", ("only applies to leaky_relu", "not tanh"), ("remove slope",)),
    Case("activation-slope-out-of-range", doc(layers=LAYERS.replace('"relu"', '{name = "leaky_relu", slope = 1.5}')),
         "[[layer]] 1 key 'activation' key 'slope'", ("1.5 is not a slope from 0 up to 1",),
         ("a number from 0 up to (not including) 1",)),
    Case("activation-slope-in-a-chain", doc(layers=LAYERS.replace('"relu"', '["tanh", {name = "leaky_relu", slope = "x"}]')),
         "[[layer]] 1 key 'activation'[1] key 'slope'", ('"x" is not a slope',), ("e.g. 0.2",)),
    Case("activation-table-without-name", doc(layers=LAYERS.replace('"relu"', "{slope = 0.2}")),
         "[[layer]] 1 key 'activation'", ("a table without 'name'",), ("{name = ",)),
    Case("biases-wrong-length", doc(layers=LAYERS.replace("[0.0, 0.1, 0.2]", "[0.0, 0.1]")),
         "[[layer]] 1 key 'biases'", ("has 2 numbers",), ("3 numbers (one per unit)",)),
    Case("biases-list-for-shared", one_layer('bias = "shared"\nbiases = [0.1, 0.2]') + LOSS,
         "[[layer]] 1 key 'biases'", ("[0.1, 0.2] is a list but the bias is shared",),
         ("one number", "biases = 0.1")),
    Case("biases-with-bias-none", one_layer('bias = "none"\nbiases = [0.1, 0.2]') + LOSS,
         "[[layer]] 1 key 'biases'", ('given but the layer has bias = "none"',), ("remove 'biases'",)),
    Case("unknown-bias-mode", one_layer('bias = "shard"') + LOSS, "[[layer]] 1 key 'bias'",
         ('unknown bias mode "shard"',), ("did you mean 'shared'?",)),
    Case("init-empty-range", one_layer("init = [1, -1]") + LOSS, "[[layer]] 1 key 'init'",
         ("[1, -1] is empty", "lo >= hi"), ("lo < hi",)),
    Case("unknown-init", one_layer('init = "xavier"') + LOSS, "[[layer]] 1 key 'init'",
         ('unknown initialiser "xavier"',), ('"he"', '"glorot"', "[lo, hi]")),
    # layer sizes
    Case("missing-inputs", "[[layer]]\nunits = 2\n" + LOSS, "[[layer]] 1", ("missing key 'inputs'",),
         ("inputs = 2",)),
    Case("missing-units", "[[layer]]\ninputs = 2\n" + LOSS, "[[layer]] 1", ("missing key 'units'",),
         ("units = 3",)),
    Case("inputs-contradict-previous-layer", doc(layers=LAYERS.replace("units = 2", "units = 2\ninputs = 4")),
         "[[layer]] 2 key 'inputs'", ("is 4 but layer 1 has 3 units",), ("inputs = 3", "leave 'inputs' out")),
    Case("zero-units", one_layer("", units=0) + LOSS, "[[layer]] 1 key 'units'", ("0 is too small",),
         ("whole number >= 1",)),
    Case("fractional-units", "[[layer]]\ninputs = 2\nunits = 1.5\n" + LOSS, "[[layer]] 1 key 'units'",
         ("1.5 is a decimal number", "not a whole number"), ("whole number >= 1",)),
    Case("units-with-decimal-point", "[[layer]]\ninputs = 2\nunits = 2.0\n" + LOSS, "[[layer]] 1 key 'units'",
         ("2.0 is a decimal number",), ("write 2 (no decimal point)",)),
    Case("too-many-units", one_layer("", units=10**9) + LOSS, "[[layer]] 1 key 'units'",
         ("1000000000 is too large",), ("<= 1,000,000",)),
    Case("too-many-weights", one_layer("", units=100_000, inputs=100_000) + LOSS, "[[layer]] 1",
         ("100,000 units x 100,000 inputs is too many weights",), ("<= 50,000,000",)),
    # non-numbers and non-finite numbers
    Case("nan-in-weights", doc(layers=LAYERS.replace("[0.3, 0.4]", "[nan, 0.4]")),
         "[[layer]] 1 key 'weights'[1][0]", ("nan is not a finite number",), ("not nan or inf",)),
    Case("inf-in-x", doc(data=DATA.replace("[3.0, 4.0]", "[3.0, -inf]")), "[data] key 'x'[1][1]",
         ("-inf is not a finite number",), ("not nan or inf",)),
    Case("nan-learning-rate", doc(update="[update]\nlearning_rate = nan\n"), "[update] key 'learning_rate'",
         ("nan is not a finite number",), ("positive number",)),
    Case("1e400-is-inf", doc(layers=LAYERS.replace("0.6]]", "1e400]]")), "[[layer]] 1 key 'weights'[2][1]",
         ("inf is not a finite number", "beyond 1.7e308"), ("not nan or inf",)),
    Case("huge-integer", doc(data=DATA.replace("3.0, 4.0", "3.0, 1" + "0" * 400)), "[data] key 'x'[1][1]",
         ("401-digit number is too large",), ("between -1.7e308 and 1.7e308",)),
    Case("string-for-a-number", doc(layers=LAYERS.replace("0.1, 0.2]", '"0.1", 0.2]')),
         "[[layer]] 1 key 'weights'[0][0]", ('"0.1" is text', "not a number"), ("write 0.1 without quotes",)),
    Case("word-for-a-number", doc(update='[update]\nlearning_rate = "fast"\n'), "[update] key 'learning_rate'",
         ('"fast" is text', "not a number"), ("positive number, e.g. 0.1",)),
    Case("boolean-for-a-number", doc(data=DATA.replace("[1.0, 2.0]", "[true, 2.0]")), "[data] key 'x'[0][0]",
         ("true is a boolean", "not a number"), ("number such as 0.5",)),
    Case("date-for-a-number", doc(data=DATA.replace("[1.0, 2.0]", "[1979-05-27, 2.0]")),
         "[data] key 'x'[0][0]", ("1979-05-27 is a date",), ("number such as 0.5",)),
    # [data]
    Case("missing-data", doc(data=""), "[data]", ("missing",), ("add [data] with x and y",)),
    Case("data-not-a-table", doc(data="", top="data = [1, 2]"), "[data]", ("[1, 2] is a list", "not a table"),
         ("[data] on its own line",)),
    Case("missing-x", doc(data="[data]\ny = [[0.0, 1.0]]\n"), "[data]", ("missing key 'x'",),
         ("each a list of 2", "x = [[0.5, 0.5], ...]")),
    Case("x-is-a-number", doc(data="[data]\nx = 5\ny = [[0.0, 1.0]]\n"), "[data] key 'x'",
         ("5 is a whole number", "not a list of samples"), ("list of 2 numbers in brackets",)),
    Case("x-flat-list", doc(data="[data]\nx = [1.0, 2.0]\ny = [[0.0, 1.0]]\n"), "[data] key 'x'",
         ("flat list", "not a list of samples"), ("x = [[0.5, 0.5], ...]",)),
    Case("x-empty", doc(data="[data]\nx = []\ny = []\n"), "[data] key 'x'", ("empty list",),
         ("list of 2 numbers",)),
    Case("x-nested-too-deep", doc(data="[data]\nx = [[1, [2]]]\ny = [[0.0, 1.0]]\n"), "[data] key 'x'[0][1]",
         ("[2] is a list", "not a number"), ("number such as 0.5",)),
    Case("x-wrong-width", doc(data=DATA.replace("[3.0, 4.0]", "[3.0]")), "[data] key 'x'[1]",
         ("has 1 number",), ("2 numbers (one per input)",)),
    Case("missing-targets", doc(data="[data]\nx = [[1.0, 2.0]]\n"), "[data]",
         ("no targets", "neither 'y' nor 'labels'"), ("exactly one of y", "labels")),
    Case("both-y-and-labels", doc(data=DATA + "labels = [0, 1]\n"), "[data]", ("both 'y' and 'labels'",),
         ("exactly one of y",)),
    Case("y-wrong-length", doc(data=DATA.replace("[1.0, 0.0]]", "[1.0]]")), "[data] key 'y'[1]",
         ("has 1 number",), ("2 numbers (one per output unit)",)),
    Case("y-wrong-sample-count", doc(data=DATA.replace("y = [[0.0, 1.0], [1.0, 0.0]]", "y = [[0.0, 1.0]]")),
         "[data] key 'y'", ("has 1 target for 2 samples in x",), ("one target per sample",)),
    Case("y-is-a-table", doc(data="[data]\nx = [[1.0, 2.0]]\ny = {a = 1}\n"), "[data] key 'y'",
         ("{a = 1} is not a list",), ("one target per sample",)),
    Case("y-not-a-probability", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS,
                                    data=DATA.replace("[1.0, 0.0]]", "[1.0, 1.0]]")),
         "[data] key 'y'[1]", ("not a probability vector",), ("one-hot", "labels")),
    Case("label-out-of-range", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS, data=LABELS.replace("[0, 1]", "[0, 2]")),
         "[data] key 'labels'[1]", ("class 2 is out of range",), ("expected 0 to 1", "2 units")),
    Case("negative-label", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS, data=LABELS.replace("[0, 1]", "[-1, 1]")),
         "[data] key 'labels'[0]", ("class -1 is out of range",), ("expected 0 to 1",)),
    Case("label-not-a-class", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS, data=LABELS.replace("[0, 1]", "[0.0, 1]")),
         "[data] key 'labels'[0]", ("0.0 is not a class",), ("class index or a name",)),
    Case("labels-wrong-count", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS, data=LABELS.replace("[0, 1]", "[0]")),
         "[data] key 'labels'", ("has 1 label for 2 samples in x",), ("one class (index or name) per sample",)),
    Case("unknown-class-name", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS, data=NAMED.replace('labels = ["cat", "dog"]', 'labels = ["cat", "dgo"]')),
         "[data] key 'labels'[1]", ('unknown class "dgo"',), ("did you mean 'dog'?", '"cat", "dog"')),
    Case("class-names-without-classes", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS,
                                            data=NAMED.replace('classes = ["cat", "dog"]\n', "")),
         "[data] key 'labels'[0]", ('class name "cat" without a \'classes\' list',), ("add classes = [...]",)),
    Case("classes-wrong-length", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS,
                                     data=NAMED.replace('["cat", "dog"]\nx', '["cat", "dog", "cow"]\nx')),
         "[data] key 'classes'", ("has 3 names but the output layer has 2 units",), ("name the 2 output units",)),
    Case("classes-duplicate", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS,
                                  data=NAMED.replace('["cat", "dog"]\nx', '["cat", "cat"]\nx')),
         "[data] key 'classes'[1]", ('"cat" appears twice',), ("different name",)),
    Case("classes-not-names", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS,
                                  data=NAMED.replace('["cat", "dog"]\nx', '[0, 1]\nx')),
         "[data] key 'classes'[0]", ("0 is not a name",), ("in quotes",)),
    Case("classes-without-labels", doc(data=DATA + 'classes = ["a", "b"]\n'), "[data] key 'classes'",
         ("given without 'labels'",), ("labels", "remove classes")),
    # [loss]
    Case("missing-loss", doc(loss=""), "[loss]", ("missing",), ('"squared_error"',)),
    Case("loss-as-a-string", doc(loss="", top='loss = "squared_error"'), "[loss]",
         ('"squared_error" is text', "not a table"), ("[loss] on its own line",)),
    Case("missing-loss-name", doc(loss="[loss]\n"), "[loss]", ("missing key 'name'",), ('"cross_entropy"',)),
    Case("unknown-loss", doc(loss='[loss]\nname = "mse"\n'), "[loss] key 'name'", ('unknown loss "mse"',),
         ('"squared_error"', '"half_squared_error"')),
    Case("log-base-on-squared-loss", doc(loss='[loss]\nname = "squared_error"\nlog_base = 2\n'),
         "[loss] key 'log_base'", ("only applies to binary_cross_entropy and cross_entropy", "not squared_error"),
         ("remove log_base",)),
    Case("log-base-10", doc(layers=SOFTMAX_LAYERS, loss=CE_LOSS + "log_base = 10\n", data=LABELS),
         "[loss] key 'log_base'", ("10 is not a supported base",), ('"e" or 2',)),
    # [update]
    Case("missing-update", doc(update=""), "[update]", ("missing",), ("learning_rate = 0.1",)),
    Case("missing-learning-rate", doc(update="[update]\nsteps = 2\n"), "[update]", ("missing key 'learning_rate'",),
         ("learning_rate = 0.1",)),
    Case("zero-learning-rate", doc(update="[update]\nlearning_rate = 0\n"), "[update] key 'learning_rate'",
         ("0 is not positive",), ("positive number",)),
    Case("negative-learning-rate", doc(update="[update]\nlearning_rate = -0.5\n"), "[update] key 'learning_rate'",
         ("-0.5 is not positive",), ("positive number",)),
    Case("zero-steps", doc(update=UPDATE + "steps = 0\n"), "[update] key 'steps'", ("0 is too small",),
         ("whole number >= 1",)),
    Case("too-many-steps", doc(update=UPDATE + "steps = 10000000000\n"), "[update] key 'steps'",
         ("10000000000 is too large",), ("<= 1,000,000",)),
    Case("zero-batch-size", doc(update=UPDATE + "batch_size = 0\n"), "[update] key 'batch_size'",
         ("0 is too small",), ("whole number >= 1",)),
    Case("unknown-reduction", doc(update=UPDATE + 'reduction = "average"\n'), "[update] key 'reduction'",
         ('unknown reduction "average"',), ('"sum", "mean"',)),
    # top level
    Case("title-not-text", doc(top="title = 3"), "top level key 'title'", ("3 is a whole number", "not text"),
         ("in quotes",)),
    Case("negative-seed", doc(top="seed = -1"), "top level key 'seed'", ("-1 is too small",), ("whole number >= 0",)),
    # numbers that are fine one by one but overflow float64 in the worked solution
    Case("overflow-in-worked-solution", one_layer("weights = [[1e200, 1e200], [1, 1]]") + LOSS
         + "[data]\nx = [[1e200, 1]]\ny = [[0, 0]]\n" + UPDATE,
         "step 1, [[layer]] 1 z", ("overflows float64",), ("smaller weights, inputs or learning_rate",)),
]


def check_one_line(code: int, out: str, err: str, path: str, where: str, what=(), fix=()) -> None:
    """The whole contract: exit 2, nothing on stdout, one line '<path>: <where>: <what>; <fix>'."""
    assert "Traceback" not in out + err
    assert code == 2, err
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    line = err.rstrip("\n")
    prefix = f"error: {path}: {where}: "
    assert line.startswith(prefix), f"{line!r} does not start with {prefix!r}"
    wrong, _, right = line[len(prefix):].partition("; ")
    assert wrong and right, f"no '<what is wrong>; <what would be right>' in {line!r}"
    for word in what:
        assert word in wrong, f"{word!r} not in what-is-wrong {wrong!r}"
    for word in fix:
        assert word in right, f"{word!r} not in what-would-be-right {right!r}"


def run_main(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# -- every case through main() in-process ---------------------------------------------------------

def test_cases_have_distinct_ids_and_cover_many_kinds():
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 60


@pytest.fixture(scope="module")
def case_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad problems")
    files = {}
    for case in CASES:
        files[case.id] = folder / f"{case.id}.toml"
        files[case.id].write_text(case.text, encoding="utf-8")
    return files


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_file_through_main(case, case_files, capsys):
    path = case_files[case.id]
    code, out, err = run_main(capsys, ["explain", str(path), "--format", "json"])
    check_one_line(code, out, err, str(path), case.where, case.what, case.fix)


# -- the real command line, in subprocesses: one case of every kind of mistake ----------------------

SUBPROCESS_CASES = [case for case in CASES if case.id in {
    "toml-unquoted-name", "layer-written-as-table", "unknown-layer-key", "unknown-activation",
    "softmax-not-last-in-chain", "cross-entropy-without-softmax", "weights-wrong-columns",
    "mask-not-0-or-1", "weight-where-masked", "biases-list-for-shared", "label-out-of-range",
    "unknown-class-name", "classes-duplicate", "nan-in-weights", "string-for-a-number",
    "boolean-for-a-number", "inputs-contradict-previous-layer", "missing-data", "both-y-and-labels",
    "y-wrong-sample-count", "zero-learning-rate", "zero-steps", "log-base-10", "unknown-init",
    "overflow-in-worked-solution",
}]

def run_cli(args: list[str], cwd: Path | None = None) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "backprop.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120, env={**os.environ, "PYTHONWARNINGS": "default"})
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def cli_results(case_files) -> dict[str, tuple[int, str, str]]:
    """Each case's (exit status, stdout, stderr) from its own process, run a few at a time."""
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2))) as pool:
        runs = {case.id: pool.submit(run_cli, ["explain", str(case_files[case.id])])
                for case in SUBPROCESS_CASES}
        return {name: run.result() for name, run in runs.items()}


@pytest.mark.parametrize("case", SUBPROCESS_CASES, ids=lambda case: case.id)
def test_bad_file_through_cli_subprocess(case, case_files, cli_results):
    check_one_line(*cli_results[case.id], str(case_files[case.id]), case.where, case.what, case.fix)


# -- the file itself: missing, a directory, not text, empty ---------------------------------------

def test_missing_file(tmp_path):
    path = tmp_path / "nope.toml"
    check_one_line(*run_cli(["explain", str(path)]), str(path), "file", ("no such file",),
                   ("existing .toml problem file",))


@pytest.mark.parametrize("name, hint", [("seed000_regresion", "did you mean 'seed000_regression'?"),
                                        ("qqq", "backprop examples lists them")])
def test_a_misspelt_bundled_example_gets_the_closest_name(name, hint, tmp_path):
    code, out, err = run_cli(["explain", name], cwd=tmp_path)
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert f"{name}: no such file, nor a bundled example" in err and hint in err


def test_directory_instead_of_file(tmp_path):
    check_one_line(*run_cli(["explain", str(tmp_path)]), str(tmp_path), "file", ("is a directory",),
                   (".toml problem file",))


def test_binary_file(tmp_path):
    path = tmp_path / "model.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff")
    check_one_line(*run_cli(["explain", str(path)]), str(path), "file", ("not UTF-8 text", "0x89"),
                   ("save it as UTF-8",))


def test_latin1_file(tmp_path, capsys):
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "café"\n'.encode("latin-1"))
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), "file", ("not UTF-8 text",), ("UTF-8",))


def test_utf8_text_with_a_nul_byte(tmp_path, capsys):
    path = tmp_path / "nul.toml"
    path.write_text("\x00[[layer]]\n", encoding="utf-8")
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), "line 1, column 1",
                   ("TOML syntax error",), ())


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"], ids=["empty", "blank", "comment"])
def test_empty_file(tmp_path, capsys, text):
    path = tmp_path / "empty.toml"
    path.write_text(text, encoding="utf-8")
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), "[[layer]]", ("no layers",),
                   ("add at least one [[layer]]",))


def test_empty_file_through_cli(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("", encoding="utf-8")
    check_one_line(*run_cli(["explain", str(path)]), str(path), "[[layer]]", ("no layers",), ("[[layer]]",))


# -- hostile files: bounded before tomllib or the reader works on them -------------------------------

@pytest.mark.parametrize("text, where, what", [
    ("x = " + "[" * 1000 + "]" * 1000 + "\n", "line 1, column 55", "brackets nested more than 50 deep"),
    ("x = " + "{a = " * 1000 + "1" + "}" * 1000 + "\n", "line 1, column 255", "brackets nested more than 50 deep"),
    ("[" + ".".join(["a"] * 200_000) + "]\n", "line 1, column 2", "a dotted key of more than 32 parts"),
], ids=["lists-1000-deep", "inline-tables-1000-deep", "dotted-key-200000-parts"])
def test_toml_nested_too_deep_or_keys_too_long_are_one_line(tmp_path, capsys, text, where, what):
    """tomllib raised RecursionError at 1,000 levels, and takes minutes over a 200,000-part key."""
    path = tmp_path / "deep.toml"
    path.write_text(text, encoding="utf-8")
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), where, (what,), ("three levels",)
                   if "nested" in what else ("one or two parts",))


def test_brackets_inside_strings_and_comments_do_not_count(tmp_path, capsys):
    path = tmp_path / "strings.toml"
    path.write_text(f'title = "{"[" * 200}"\n# {"{" * 200}\ndescription = """\n{"[" * 200}\n"""\n' + doc(),
                    encoding="utf-8")
    assert main(["explain", str(path)]) == 0


def test_too_many_layers_are_refused(tmp_path, capsys):
    path = tmp_path / "deep.toml"
    path.write_text("[[layer]]\ninputs = 1\nunits = 1\n" + "[[layer]]\nunits = 1\n" * 1000 + LOSS, encoding="utf-8")
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), "[[layer]]", ("1,001 layers are too many",),
                   ("at most 1,000",))


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, capsys):
    path = tmp_path / "sparse.toml"
    with open(path, "wb") as file:
        file.truncate(8 << 20 | 1)  # sparse: all zero bytes, nothing on disk
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), "file",
                   ("8,388,609 bytes, more than the 8,388,608 allowed",), ("at most 8,388,608 bytes",))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path, capsys):
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    check_one_line(*run_main(capsys, ["explain", str(path)]), str(path), "file",
                   ("is a named pipe (FIFO), not a regular file",), ("give a regular file",))


# -- flags -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def good_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.toml"
    path.write_text(doc(), encoding="utf-8")
    return path


FLAG_CASES = [
    (["--steps", "0"], "argument --steps", ("0 is too small",), ("whole number from 1",)),
    (["--steps", "abc"], "argument --steps", ("'abc' is not a whole number",), ("whole number from 1",)),
    (["--steps", "1.5"], "argument --steps", ("'1.5' is not a whole number",), ("whole number from 1",)),
    (["--steps", "100000000000"], "argument --steps", ("too large",), ("1,000,000",)),
    (["--format", "pdf"], "argument --format", ("invalid choice: 'pdf'",), ()),
    (["--frobnicate"], "", ("unknown option --frobnicate",), ("backprop explain --help",)),
]


@pytest.mark.parametrize("flags,where,what,fix", FLAG_CASES, ids=lambda v: str(v))
def test_bad_flag_through_main(good_file, capsys, flags, where, what, fix):
    code, out, err = run_main(capsys, ["explain", str(good_file), *flags])
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("error: backprop")
    assert where in err
    for word in what + fix:
        assert word in err
    if "choose from" not in err:
        assert "; " in err  # what is wrong; what would be right


@pytest.mark.parametrize("flags", [["--steps", "0"], ["--format", "pdf"], ["--frobnicate"]],
                         ids=lambda v: " ".join(v))
def test_bad_flag_through_cli(good_file, flags):
    code, out, err = run_cli(["explain", str(good_file), *flags])
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err


def test_format_error_names_the_formats(good_file, capsys):
    _, _, err = run_main(capsys, ["explain", str(good_file), "--format", "pdf"])
    assert "json" in err and "text" in err


def test_output_into_a_missing_folder(good_file, tmp_path, capsys):
    target = tmp_path / "no such folder" / "out.json"
    code, out, err = run_main(capsys, ["explain", str(good_file), "--format", "json", "-o", str(target)])
    check_one_line(code, out, err, str(target), "--output", ("cannot write", "no such file"),
                   ("existing folder",))


def test_output_onto_a_directory(good_file, tmp_path):
    check_one_line(*run_cli(["explain", str(good_file), "-o", str(tmp_path)]), str(tmp_path), "--output",
                   ("cannot write", "directory"), ("file path",))


def test_no_command(capsys):
    code, out, err = run_main(capsys, [])
    assert code == 2 and out == "" and err.count("\n") == 1 and "--help" in err


def test_good_file_runs(good_file, capsys):
    code, out, err = run_main(capsys, ["explain", str(good_file), "--format", "json"])
    assert code == 0 and err == "" and out.startswith("{")


def test_relative_path_is_shown_as_given(tmp_path):
    (tmp_path / "bad.toml").write_text("[layer]\n", encoding="utf-8")
    check_one_line(*run_cli(["explain", "bad.toml"], cwd=tmp_path), "bad.toml", "[layer]", ("single table",),
                   ("[[layer]]",))
