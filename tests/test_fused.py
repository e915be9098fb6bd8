"""The compiled training steps (backprop.fused, the C kernels) against the NumPy engine.

On one thread the kernels compute the NumPy engine's numbers to the last bit, in float64 (and so
the worked solutions', explain) and in float32: their exponentials and logarithms are numpy's own
loops (cstep.numpy_loops). Split across threads they agree within rounding. They are deterministic for a given thread count and
resume bit for bit. The tests that run the kernels are skipped where they cannot be built (no C
compiler); the fallback tests run everywhere. (tests/test_cstep.py: the C kernels' build, cache and
fallback; tests/test_kernel_choice.py: which engine trains.)
"""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from backprop import fused, steps
from backprop.errors import UsageError
from backprop.fused import cstep
from backprop.problem import load_problem, parse_problem
from backprop.training import TrainConfig, TrainingInterrupted, TrainState, train

from kernel_runs import MNIST, SHAPES, SMALL, _bits, _data, _outside_rounding, _problem, _train, needs_c


@pytest.fixture
def small_pieces(monkeypatch):
    """Split even small batches across two threads, in both engines alike: pieces of 4 rows,
    every layer's units cut."""
    monkeypatch.setattr(steps, "FUSED_MIN_ROWS_PER_PIECE", 4)
    monkeypatch.setattr(steps, "MIN_ROWS_PER_PIECE", 4)
    monkeypatch.setattr(steps, "MIN_SPLIT_WEIGHTS", 0)
    monkeypatch.setattr(steps, "FUSED_MIN_SPLIT_WEIGHTS", 0)


SETTINGS = [{}, {"momentum": 0.9, "weight_decay": 1e-3}, {"weight_decay": 1e-2},
            {"reduction": "sum", "learning_rate": 0.02}, {"batch_size": 1, "epochs": 1},
            {"batch_size": 1, "epochs": 1, "momentum": 0.5}, {"batch_size": 7}]
SETTING_IDS = ["sgd", "momentum-decay", "decay", "sum", "per-sample", "per-sample-momentum", "remainder-batch"]


@needs_c
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("settings", SETTINGS, ids=SETTING_IDS)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_kernels_give_the_numpy_engines_bits(shape, settings, dtype, monkeypatch):
    """On one thread, in float64 and float32 alike (with numpy's float32 products: backprop's own,
    where cstep.OWN_PRODUCT takes them, agree within rounding, tests/test_fused_product.py): the
    kernels' exponentials and logarithms are numpy's own loops (on a processor with AVX-512 numpy's are its SIMD code, whose last bits differ
    from the C library's in about one value of twenty). (Split across threads, the two engines cut
    a step differently: the NumPy engine only the first layer's rows, the kernels every layer's; a
    matrix product on a piece of rows may round otherwise than on the whole, so there they agree
    within rounding, below.)"""
    monkeypatch.setattr(cstep, "OWN_PRODUCT", "off")
    text = SHAPES[shape]
    numpy_net, numpy_result = _train("numpy", text, dtype, **settings)
    fused_net, fused_result = _train("c", text, dtype, **settings)
    assert _bits(fused_net) == _bits(numpy_net)
    assert [(r.train_loss, r.train_accuracy) for r in fused_result.history] == \
        [(r.train_loss, r.train_accuracy) for r in numpy_result.history]


@pytest.fixture(autouse=True)
def general_per_sample_update(monkeypatch):
    """The NumPy engine's per-sample steps as its general path (the rank-one update gives other
    last bits: tests/test_one_sample.py), so that float64 runs can be compared bit for bit."""
    monkeypatch.setattr(steps, "fits_rank_one", lambda network, momentum, decay: [False] * len(network.layers))


@needs_c
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("settings", SETTINGS[:5], ids=SETTING_IDS[:5])
@pytest.mark.parametrize("shape", ["6-5-4-3", "784-128-64-10"])
def test_kernels_agree_with_the_numpy_engine_within_rounding(shape, settings, threads, dtype, small_pieces):
    """One epoch's first 3 steps from the same weights, against the float64 truth of one thread:
    the kernels' error is no more than twice the NumPy engine's own error in that dtype and thread
    count, plus 8 units in the last place of the largest (an update off by a thousandth of itself
    fails: see the next test)."""
    text, settings = SHAPES[shape], {**settings, "epochs": 1, "max_steps": 3}
    start = parse_problem(text).build_network(np.float64)
    truth, _ = _train("numpy", text, np.float64, 1, **settings)
    engine, _ = _train("numpy", text, dtype, threads, **settings)
    fused, _ = _train("c", text, dtype, threads, **settings)
    assert _outside_rounding(start, truth, engine, fused, dtype) == []


@needs_c
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("threads", [2, 3])
# (the sum's rate scaled as SETTINGS scales it: at 0.2 a sum over 15 rows diverges, its weights moving by thousands
# in the epoch, where rounding's differences grow with each step and no bound of rounding holds)
@pytest.mark.parametrize("settings", [{}, {"momentum": 0.9}, {"momentum": 0.9, "weight_decay": 1e-3},
                                      {"reduction": "sum", "learning_rate": 0.02}],
                         ids=["sgd", "momentum", "momentum-decay", "sum"])
def test_a_split_epoch_ending_on_a_batch_of_one_row_agrees_within_rounding(settings, threads, dtype, small_pieces):
    """A whole epoch of batches of 15 and a last of one sample (its first layer's product cut
    into pieces of inputs all the same, one row each), on the MNIST shape: within rounding of
    the float64 truth, as the test above bounds it. (Split, the kernels fold the update into the
    weight gradient's product where there is no weight decay: sgd, momentum and sum.)"""
    settings = {**settings, "count": 61, "batch_size": 15, "epochs": 1}
    start = parse_problem(MNIST).build_network(np.float64)
    truth, _ = _train("numpy", MNIST, np.float64, 1, **settings)
    engine, _ = _train("numpy", MNIST, dtype, threads, **settings)
    fused, _ = _train("c", MNIST, dtype, threads, **settings)
    assert _outside_rounding(start, truth, engine, fused, dtype) == []


@pytest.mark.parametrize("threads", [1, 2, 3, 8])
@pytest.mark.parametrize("text", [MNIST, SMALL], ids=["784-128-64-10", "6-5-4-3"])
def test_the_kernels_pieces_cover_every_weight_once(text, threads, small_pieces):
    """steps.fused_pieces: the per-unit pieces cover each layer's weights, and the column pieces
    the first layer's inputs, each exactly once; split, the first layer is cut by its inputs in
    the column pieces, the largest first, on multiples of 16 where the inputs are many (MNIST)."""
    network = parse_problem(text).build_network(np.float32)
    pieces, columns = steps.fused_pieces(network, threads, steps.unit_pieces(network, threads, 1, 0))
    for index, layer in enumerate(network.layers):
        covered = np.zeros((layer.units, layer.inputs), int)
        for _, units, inputs in (piece for piece in pieces if piece[0] == index):
            covered[units, inputs] += 1
        assert (covered == 1).all()
    features = network.layers[0].inputs
    first_layer = [inputs for index, _, inputs in pieces if index == 0]
    assert first_layer == columns
    assert columns[0].start == 0 and columns[-1].stop == features
    assert all(a.stop == b.start and a.stop > a.start for a, b in zip(columns, columns[1:]))
    assert len(columns) == min(threads, features)
    sizes = [c.stop - c.start for c in columns]
    assert sizes[0] == max(sizes)
    if threads == 1:
        assert pieces == [(k, slice(0, layer.units), slice(0, layer.inputs)) for k, layer in enumerate(network.layers)]
    if text == MNIST and threads > 1:
        assert all(c.start % 16 == 0 for c in columns)
        assert [p[0] for p in pieces[:threads]] == [0] * threads and all(p[1] == slice(0, 128) for p in pieces[:threads])


@needs_c
def test_the_float32_bound_catches_a_rate_off_by_a_thousandth():
    """The bound above is not loose: the same kernels with the learning rate 0.1% off fail it."""
    text, settings = SMALL, {"epochs": 1, "max_steps": 3}
    start = parse_problem(text).build_network(np.float64)
    truth, _ = _train("numpy", text, np.float64, **settings)
    engine, _ = _train("numpy", text, np.float32, **settings)
    fused, _ = _train("c", text, np.float32, **{**settings, "learning_rate": 0.2 * 1.001})
    assert len(_outside_rounding(start, truth, engine, fused, np.float32)) == 6  # every parameter


@needs_c
@pytest.mark.parametrize("threads", [1, 2, 3])
def test_the_kernels_train_the_mnist_shape_run_after_run_to_the_same_bits(threads, small_pieces):
    first, first_result = _train("c", MNIST, np.float32, threads, count=100)
    again, again_result = _train("c", MNIST, np.float32, threads, count=100)
    assert _bits(first) == _bits(again)
    assert [r.train_loss for r in first_result.history] == [r.train_loss for r in again_result.history]


@needs_c
@pytest.mark.parametrize("threads", [1, 2, 3])
@pytest.mark.parametrize("settings", [{}, {"momentum": 0.9}, {"batch_size": 1, "epochs": 2}],
                         ids=["sgd", "momentum", "per-sample"])
def test_a_run_stopped_and_resumed_ends_as_never_stopped(settings, threads, small_pieces):
    whole, whole_result = _train("c", SMALL, np.float32, threads, **settings)
    network = parse_problem(SMALL).build_network(np.float32)
    config = TrainConfig(**{"epochs": 2, "batch_size": 16, "learning_rate": 0.2, "seed": 1, **settings})
    state = TrainState.start(network, config, 60)
    stop = 2 + (60 if config.batch_size == 1 else 4)  # the second step of the second epoch
    with pytest.raises(TrainingInterrupted):
        _train("c", SMALL, np.float32, threads, state=state, network=network,
               interrupted=lambda: state.steps == stop, **settings)
    assert state.epoch == 2
    _, result = _train("c", SMALL, np.float32, threads, state=state, network=network, **settings)
    assert _bits(network) == _bits(whole)
    assert [r.train_loss for r in result.history] == [r.train_loss for r in whole_result.history]


EXAMPLES = sorted(str(entry) for entry in (resources.files("backprop") / "examples").iterdir()
                  if str(entry).endswith(".toml"))


@needs_c
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.split("/")[-1])
def test_kernels_in_float64_end_where_the_worked_solution_does(path):
    """Every bundled example the kernels cover, trained on its class labels in file order, ends with
    the weights of explain's last step, bit for bit."""
    problem = load_problem(path, require_data=True)
    targets = problem.targets
    one_hot = np.isin(targets, (0.0, 1.0)).all() and (targets.sum(axis=1) == 1).all()
    network = problem.build_network(np.float64)
    batch = problem.x.shape[0] if problem.batch_size is None else problem.batch_size
    network.reserve(batch)
    x, labels = np.ascontiguousarray(problem.x, np.float64), targets.argmax(axis=1)
    if not one_hot or steps.kernels_for(network, x, labels, "auto") is None:
        pytest.skip("not a network the kernels cover")
    trace = problem.explain()
    if len(trace.steps) * batch > x.shape[0]:  # explain wraps around the samples; train() does not
        trace.steps = trace.steps[:x.shape[0] // batch]
    config = TrainConfig(epochs=1, batch_size=batch, learning_rate=problem.learning_rate,
                         reduction=problem.reduction, shuffle=False, max_steps=len(trace.steps))
    steps.KERNELS = "c"
    try:
        train(network, x, labels, config)
    finally:
        steps.KERNELS = "auto"
    for layer, recorded in zip(network.layers, trace.steps[-1].layers):
        assert np.array_equal(layer.weights, recorded.weights)
        if recorded.biases is not None:
            assert np.array_equal(layer.biases, recorded.biases)


@needs_c
def test_random_problems_in_float64_end_where_the_worked_solution_does():
    rng = np.random.default_rng(11)
    x = rng.normal(0.0, 1.0, (12, 6))
    labels = rng.integers(0, 3, 12)
    rows = ", ".join("[" + ", ".join(repr(float(v)) for v in row) + "]" for row in x)
    for reduction, batch in (("mean", 4), ("sum", 3), ("mean", 1)):
        text = SMALL + (f'[data]\nx = [{rows}]\nlabels = [{", ".join(map(str, labels))}]\n'
                        f'[update]\nlearning_rate = 0.3\nbatch_size = {batch}\nreduction = "{reduction}"\n'
                        f'steps = {12 // batch}\n')
        problem = parse_problem(text, require_data=True)
        trace = problem.explain()
        network = problem.build_network(np.float64)
        steps.KERNELS = "c"
        try:
            train(network, problem.x, labels, TrainConfig(epochs=1, batch_size=batch, learning_rate=0.3,
                                                          reduction=reduction, shuffle=False))
        finally:
            steps.KERNELS = "auto"
        for layer, recorded in zip(network.layers, trace.steps[-1].layers):
            assert np.array_equal(layer.weights, recorded.weights), (reduction, batch)
            assert np.array_equal(layer.biases, recorded.biases)


@needs_c
@pytest.mark.parametrize("text, covered", [
    (SMALL, True), (MNIST, True), (SHAPES["identity-none-nobias"], True),
    (_problem(hidden=("tanh", "relu")), False),  # tanh: numpy's vectorised tanh, not the C library's
    (_problem(bias="shared"), False),
    (SMALL.replace('activation = "softmax"', 'activation = "sigmoid"').replace("cross_entropy", "squared_error"),
     False),
])
def test_which_networks_the_kernels_cover(text, covered):
    network = parse_problem(text).build_network(np.float32)
    network.reserve(8)
    x, labels = _data(text, 8, np.float32)
    assert (steps.kernels_for(network, x, labels, "auto") is not None) == covered
    assert steps.kernels_for(network, x, None, "auto") is None  # regression targets: not covered
    assert steps.kernels_for(network, x.astype(np.float64), labels, "auto") is None  # another dtype
    for outside in (-1, network.layers[-1].units):  # a label that is no class: never indexed unchecked
        wrong = labels.copy()
        wrong[3] = outside
        assert steps.kernels_for(network, x, wrong, "auto") is None
    if covered:
        assert steps.kernels_for(network, x, labels, "c").name == "c"
    else:
        with pytest.raises(UsageError, match="BACKPROP_KERNELS is 'c' but the compiled kernels cannot"
                                             " train this network"):
            steps.kernels_for(network, x, labels, "c")


@needs_c
def test_who_does_the_pieces_changes_no_bit(monkeypatch, small_pieces):
    """Two threads: the calling thread doing every piece itself, sharing them with the worker, or
    choosing between the two by the clock (fused.SHARING), gives the same numbers (the pieces are
    the same)."""
    results = []
    for sharing in ("never", "always", "adapt"):
        monkeypatch.setattr(fused, "SHARING", sharing)
        monkeypatch.setattr(fused, "ADAPT_FIRST", 2)  # probe early and often
        monkeypatch.setattr(fused, "ADAPT_WAIT", 2)
        network, result = _train("c", MNIST, np.float32, 2, count=200, epochs=3, batch_size=16)
        results.append((_bits(network), [r.train_loss for r in result.history]))
    assert results[0] == results[1] == results[2]


@needs_c
def test_adapting_keeps_the_faster_way_and_probes_less_often_when_nothing_changes(monkeypatch):
    """The choice between sharing a step and doing it alone, fed made-up step times (not timed)."""
    monkeypatch.setattr(fused, "SHARING", "adapt")
    network = parse_problem(SMALL).build_network(np.float32)
    network.reserve(16)
    x, labels = _data(SMALL, 60, np.float32)
    step = fused.FusedStep(fused.load(), network, x, labels, np.empty((16, 6), np.float32),
                           [{key: np.zeros_like(value) for key, value in layer.params.items()}
                            for layer in network.layers], *steps.fused_pieces(network, 2, steps.unit_pieces(network, 2)), 2)
    try:
        seconds = {True: 0.002, False: 0.001}  # sharing is slower (a busy machine)
        ways = []
        for _ in range(1100):
            share = step._share(16)
            ways.append(share)
            step._timed(share, seconds[share])
        assert ways[:fused.ADAPT_FIRST] == [False] * fused.ADAPT_FIRST  # a run starts alone
        assert ways[fused.ADAPT_FIRST:fused.ADAPT_FIRST + fused.ADAPT_PROBE] == [True] * fused.ADAPT_PROBE
        assert not step._sharing  # the probe of sharing lost
        probes = [k for k in range(1, len(ways)) if ways[k] and not ways[k - 1]]  # 16, 152, 416, 936
        gaps = np.diff(probes)  # the probes of sharing come ever further apart
        assert len(probes) == 4 and (gaps[1:] > gaps[:-1]).all()
        assert step._share(5) is False  # a smaller batch (an epoch's last) goes the current way
        seconds = {True: 0.00085, False: 0.001}  # sharing a little faster: within the margin
        for _ in range(4200):
            share = step._share(16)
            step._timed(share, seconds[share])
        assert not step._sharing
        seconds = {True: 0.0005, False: 0.001}  # now sharing is much faster (the machine is quiet)
        for _ in range(8400):
            share = step._share(16)
            step._timed(share, seconds[share])
        assert step._sharing
    finally:
        step.close()
