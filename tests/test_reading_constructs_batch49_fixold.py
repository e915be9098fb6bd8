"""The last right formulas batches 22 and 24 of the public formulas called wrong, each written here as another author
would (other names, other networks than the pages'), and now refused where they read two ways with different
verdicts, in one line saying what to write:

- an index repeated in a product with no sum sign and no value on the left side, ``(o_k - d_k) u_{kj}``: read at
  each k (the spec's unsummed index) wrong, summed over k (Einstein's convention, or a sum left out) right: refused,
  saying to write the sum; wrong summed too, it stays wrong with the missing sum's hint; a letter in no product with
  itself, right summed, is wrong with a hint that does not name Einstein's convention;
- a parameter's value claim whose numbers are its values after one step of the file's update (a page's "updated
  weights", ``v = [...]``): refused, saying to write ``v^{new}`` or ``v \\leftarrow``; its numbers the file's own, it
  is the value, right; neither, or its name marked as the value now (``v_{1}(old)``), wrong; and grade reports it
  as a claim it could not read, never skips it;
- a sum over the samples to a count the notation leaves unnamed, ``\\sum_{i=1}^{m}`` with no "m", on a file of one
  sample whose reduction is the mean: right for that sample, wrong over m samples of their mean loss: refused, saying
  to give m its value or write reduction = "sum"; wrong at one sample too, it is wrong.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names (an unsummed member at one value of its letter, an
update's numbers as the new value).
"""

from __future__ import annotations

import json
import tomllib

from backprop.cli import main
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# one tanh unit on two inputs with the file's numbers and a step of 0.5: its weights [0.5, -0.3] and bias 0.2 are
# [0.4364, -0.2152] and 0.1576 after the step (z = 1.55, h = tanh(z) = 0.91379, dE/dz = (h - 0.4)(1 - h^2))
_STEPPED = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.5, -0.3]]\nbiases = [0.2]\n'
            '[loss]\nname = "half_squared_error"\n[data]\nx = [[1.5, -2.0]]\ny = [[0.4]]\n[update]\nlearning_rate = 0.5\n')
NETWORKS = {
    "hidden": SIGMOID_2_3_2,
    "stepped": _STEPPED,
    "logistic": LOGISTIC_2,
    # the same with the samples' total as the step's loss
    "logistic-sum": LOGISTIC_2 + '[update]\nlearning_rate = 0.1\nreduction = "sum"\n',
}
CHECKS = CaseChecks(NETWORKS)
_problem, _refusal = CHECKS.problem, CHECKS.refused

# the hidden layer g_j, the outputs o_k and targets d_k, u_{kj} joining hidden j to output k, all counted from 1
_HIDDEN = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"g_{j}" = "a1[j-1]"
"o_{k}" = "a2[k-1]"
"d_{k}" = "y[k-1]"
"u_{kj}" = "W2[k-1, j-1]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_DE_DG = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}]"
_REPEATED = r"\frac{\partial E}{\partial g_j} = (o_k - d_k) o_k (1 - o_k) u_{kj}"
# the unit's weights v_i (v the vector), its bias c, the step eta
_STEP = r'''
[notation]
indices = "i"
learning_rate = ["\\eta"]
loss = ["E"]
[notation.symbols]
"v_{i}" = "W1[0, i-1]"
"v" = "W1[0, :]"
"c" = "b1[0]"
"h" = "a1[0]"
"t" = "y[0]"
'''
_I2 = ({"i": 0}, {"i": 1})
# the sample i as a superscript, its count m named or not; h the prediction, w_j and x_j counted from 1
_SAMPLES = r'''
[notation]
indices = "j"
loss = ["J"]
[notation.symbols]
"h^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"x_{j}^{(i)}" = "x[j-1]"
"w_{j}" = "W1[0, j-1]"
'''
_SAMPLES_ONE = _SAMPLES + '"m" = "1"\n'
_SUM = r"\frac{\partial J}{\partial w_j} = \sum_{i=1}^{m} (h^{(i)} - y^{(i)}) x_j^{(i)}"
_J2 = ({"j": 0}, {"j": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the sum written: right, and its sign changed wrong
            ("repeated-summed", _REPEATED.replace("= (", r"= \sum_k ("), C, _DE_DG),
            ("repeated-summed-sign", _REPEATED.replace("= (o_k - d_k)", r"= \sum_k (o_k + d_k)"), W,
             _DE_DG.replace("- y[0]", "+ y[0]").replace("- y[1]", "+ y[1]")),
            # k repeated with no sum and wrong either way (the sign): wrong at each k, the oracle's at k = 1
            ("repeated-sign", _REPEATED.replace("(o_k - d_k)", "(o_k + d_k)"), W,
             "(a2[0] + y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "hidden", _HIDDEN, text, ((verdict,),),
                            (Twin("value", _DE_DG, (member,), _J3),)))
    # k in no product with itself: read at each k, wrong (the oracle's at k = 1)
    cases.append(Public("unrepeated-W", "test", "hidden", _HIDDEN, r"E = \frac{1}{2} (o_k - d_k)^2", ((W,),),
                        (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2", ("(a2[0] - y[0])**2/2",)),)))
    for key, text, verdict, twin in (
            # the file's own numbers: the value now
            ("value-now", "v = [0.5, -0.3]", C, Twin("value", "W1[0,:]", ("=np.array([0.5, -0.3])",))),
            ("value-now-bias", "c = 0.2", C, Twin("value", "b1[0]", ("=0.2",))),
            # numbers neither now nor after the step: wrong
            ("value-neither", "v = [0.4364, -0.2252]", W,
             Twin("value", "W1[0,:]", ("=np.array([0.4364, -0.2252])",))),
            # marked as the value now (old): the numbers after the step are wrong, as written
            ("old-marked", "v_{1}(old) = 0.4364", W, Twin("value", "W1[0,0]", ("=0.4364",))),
            ("old-marked-superscript", "c^{old} = 0.1576", W, Twin("value", "b1[0]", ("=0.1576",))),
            # the new value written as one
            ("new-value", "v^{new} = [0.4364, -0.2152]", C,
             Twin("update", "W1[0,{i}]", ("=np.array([0.4364, -0.2152])",), _I2)),
            ("new-value-arrow", r"c \leftarrow 0.1576", C, Twin("update", "b1[0]", ("=0.1576",)))):
        cases.append(Public(f"{key}-{verdict}", "test", "stepped", _STEP, text, ((verdict,),), (twin,)))
    for key, network, notation, text, verdict, member in (
            # m named 1, or the file's reduction the total: the sum reads, right
            ("count-named", "logistic", _SAMPLES_ONE, _SUM, C, "(a1[0] - y[0])*x[{j}]"),
            ("count-total", "logistic-sum", _SAMPLES, _SUM, C, "(a1[0] - y[0])*x[{j}]"),
            # wrong at one sample: wrong whatever m is
            ("count-sign", "logistic", _SAMPLES, _SUM.replace("- y^{(i)}", "+ y^{(i)}"), W, "(a1[0] + y[0])*x[{j}]")):
        cases.append(Public(f"{key}-{verdict}", "test", network, notation, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{j}]", (member,), _J2),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _verdicts(network: str, notation: str, text: str, twin: Twin) -> tuple:
    case = Public("oracle", "test", network, notation, text, twins=(twin,))
    return oracle_verdicts(case, _problem(case))


def _detail(network: str, notation: str, text: str) -> str:
    """check's detail on the one member of ``text``'s one claim."""
    case = Public("detail", "test", network, notation, text)
    return check_homework(_problem(case), text, notation=notation_from_table(
        tomllib.loads(notation)["notation"], "<test>")).claims[0].steps[0].detail


def test_an_index_repeated_in_a_product_right_only_summed_is_refused_saying_to_write_the_sum():
    message = _refusal("hidden", _HIDDEN, _REPEATED)
    assert "repeats k in a product with no sum over it" in message and "Einstein's convention" in message
    assert message.endswith(r"write the sum, \sum_k")
    # the two readings: at k = 1 alone wrong, summed right (the oracle)
    assert _verdicts("hidden", _HIDDEN, _REPEATED, Twin("value", _DE_DG, (
        "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]",), _J3)) == ((W,),)
    assert _verdicts("hidden", _HIDDEN, _REPEATED, Twin("value", _DE_DG, (_DE_DG,), _J3)) == ((C,),)
    # a chain is refused whole where one member is: the page's sum then its Einstein form
    chain = _REPEATED.replace("= (", r"= \sum_k (o_k - d_k) o_k (1 - o_k) u_{kj} = (")
    assert "repeats k in a product" in _refusal("hidden", _HIDDEN, chain)


def test_a_repeated_index_wrong_summed_too_keeps_the_missing_sums_hint():
    from_check = _detail("hidden", _HIDDEN, _REPEATED.replace("(o_k - d_k)", "(o_k + d_k)"))
    assert from_check.endswith(r"wrong at every value of k; if a sum over a layer's units is missing, write \sum_k")


def test_a_letter_in_no_product_with_itself_right_summed_is_wrong_with_the_sums_hint():
    detail = _detail("hidden", _HIDDEN, r"E = \frac{1}{2} (o_k - d_k)^2")
    assert "right summed over k" in detail and detail.endswith(r"write \sum_k") and "Einstein" not in detail


def test_a_parameters_numbers_after_the_step_are_refused_saying_to_write_the_new_value():
    for text, name in (("v = [0.4364, -0.2152]", "v"), ("c = 0.1576", "c"), ("v_2 = -0.2152", "v_2")):
        message = _refusal("stepped", _STEP, text)
        assert f"is not {name}'s value in the file but its value after one step of the update (learning rate 0.5)" \
            in message
        assert message.endswith(f"write {name}^{{new}} = ... or {name} \\leftarrow ...")
    # the two readings: the value now wrong, the value after the step right (the oracle)
    assert _verdicts("stepped", _STEP, "c = 0.1576", Twin("value", "b1[0]", ("=0.1576",))) == ((W,),)
    assert _verdicts("stepped", _STEP, "c = 0.1576", Twin("update", "b1[0]", ("=0.1576",))) == ((C,),)


def test_grade_reports_the_numbers_after_the_step_as_a_claim_it_could_not_read(tmp_path, capsys):
    """Never skipped as prose (a vector's left side alone, v = 0, does not read), never called wrong."""
    (tmp_path / "net.toml").write_text(_STEPPED)
    (tmp_path / "notation.toml").write_text(_STEP)
    (tmp_path / "student.md").write_text("# Updated weights\n\n$$v = [0.4364, -0.2152]$$\n\n$$c = 0.1576$$\n\n"
                                         "$$v = [0.5, -0.3]$$\n")
    capsys.readouterr()
    assert main(["grade", str(tmp_path / "student.md"), "--problem", str(tmp_path / "net.toml"), "--notation",
                 str(tmp_path / "notation.toml"), "--format", "json", "--workers", "1"]) == 0
    claims = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert [(claim["line"], claim["verdict"]) for claim in claims] == [(3, "unreadable"), (5, "unreadable"),
                                                                         (7, "correct")]
    assert all("after one step of the update" in claim["detail"] for claim in claims[:2])


def test_a_sum_to_an_unnamed_count_right_only_at_one_sample_is_refused_saying_what_to_write():
    message = _refusal("logistic", _SAMPLES, _SUM)
    assert message.startswith("formula ") and "m counts the samples" in message
    assert "right for one sample" in message and '"m" = "1"' in message and 'reduction = "sum"' in message
