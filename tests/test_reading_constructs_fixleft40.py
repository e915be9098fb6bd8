"""Constructs the last session left (issue 13, fix helper fixleft40), written here as other authors would (other
names, other networks than the pages'):

- a refusal of a formula holding Lua's Torch7 calls quotes the student's text, ``err:cmul(hid)``, and points at
  the place in it, never at the code the reader rewrites it into (``((err).cwiseProduct(hid))``);
- PyTorch's ``u.unsqueeze(1)`` (NumPy's ``u[:, None]``) of what the notation names a layer's vector (``grad(z2[:])``)
  where that layer has one unit: the 1 x 1 column of its one entry, broadcast against the sample's row (batch 170's
  ``dL_dw = torch.mean(dL_dz.unsqueeze(1) * batch_features, dim=0)``); of a number the notation names alone (a
  bias ``b1[0]``) still refused, a number having no axis.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, SIGMOID_2_3_2, TANH_2_3_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_reading_constructs_fixlua39 import _TORCH

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "logistic-3": LOGISTIC_3,
                     "tanh-2-3-sigmoid-1-bce": TANH_2_3_SIGMOID_1_BCE})

# a PyTorch script's names on rows: the sample's features a row, each layer's gradient by its sums per sample
_ROWS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"feats" = "x[:].T"
"hid" = "a1[:].T"
"out" = "a2[:]"
"p" = "a1[:]"
"g_out" = "grad(z2[:])"
"g" = "grad(z1[:])"
"g_w" = "grad(W1[0, :])"
"g_w2" = "grad(W2[0, :])"
"bias" = "b1[0]"
'''
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})


def _cases() -> list[Public]:
    return [
        Public("unsqueeze-one-unit", "test", "logistic-3", _ROWS,
               "g_w = torch.mean(g.unsqueeze(1) * feats, dim=0)", ((C,),),
               (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I3),)),
        Public("unsqueeze-one-unit-wrong", "test", "logistic-3", _ROWS,
               "g_w = torch.mean(p.unsqueeze(1) * feats, dim=0)", ((W,),),
               (Twin("gradient", "W1[0,{i}]", ("a1[0]*x[{i}]",), _I3),)),
        Public("new-axis-one-unit", "test", "logistic-3", _ROWS, "g_w = (g[:, None] * feats).mean(axis=0)", ((C,),),
               (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I3),)),
        Public("unsqueeze-output-unit", "test", "tanh-2-3-sigmoid-1-bce", _ROWS,
               "g_w2 = torch.mean(g_out.unsqueeze(1) * hid, dim=0)", ((C,),),
               (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),)),
        Public("unsqueeze-output-unit-wrong", "test", "tanh-2-3-sigmoid-1-bce", _ROWS,
               "g_w2 = torch.mean(out.unsqueeze(1) * hid, dim=0)", ((W,),),
               (Twin("gradient", "W2[0,{j}]", ("a2[0]*a1[{j}]",), _J3),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_refusal_of_torch7_calls_quotes_them_as_written():
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "local dout = err:cmul(hid)")
    assert refusal.startswith("formula 'dout = err:cmul(hid)': ") and "cwiseProduct(hid)" not in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "local dout = err:cmul(out:cmul(1 - out)) + foo")
    assert refusal.startswith("formula 'dout = err:cmul(out:cmul(1 - out)) + foo': unknown symbol foo")
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "dhid = net.w2:t() * dout:cmul(hid)")
    assert refusal.startswith("formula 'dhid = net.w2:t() * dout:cmul(hid)': ") and "transpose(" not in refusal


def test_a_refusal_of_torch7_calls_points_into_the_text_as_written():
    text = "dhid = net.w2:t() * dout:cmul(hid) ] 2"
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, text)
    assert refusal == f"formula {text!r}: unexpected at ']' (position {text.index(']') + 1})"
    long = "dhid = net.w2:t() * dout:cmul(hid:cmul(1 - hid)) + hid:cmul(1 - hid) + hid"
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, long)  # the quote cut at 57 characters, of the Lua text
    assert refusal.startswith(f"formula {long[:57] + '...'!r}: ")


def test_a_new_axis_of_a_number_named_alone_is_still_refused():
    refusal = CHECKS.refused("logistic-3", _ROWS, "g_w = torch.mean(bias.unsqueeze(1) * feats, dim=0)")
    assert "u[:, None] of a number" in refusal
