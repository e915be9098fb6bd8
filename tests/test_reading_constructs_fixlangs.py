"""Constructs of code in other languages that batches 108, 112, 113 and 114 showed refused, written here as other authors
would (other names, other networks than the pages'):

- Julia's broadcasting assignment ``.=`` (and ``.+=``, ``.-=``), with ``.+``, ``.*`` and ``sigmoid.(...)``: the
  assignment entry by entry, as ``=`` of vectors is; a rule over the layers whose left side is, at its first layer,
  the notation's own name of the input (``"net.out[1]" = "x[:]"``) holds at the layers after it (the input is given,
  no formula computes it);
- a code name whose field holds a Greek letter or ∂ (Julia's ``nn.δ[l]``, ``nn.∂C∂b[l]``), which the typesetting of
  Unicode would part into a product: refused in one line naming the field and its ASCII spelling; a Greek letter before
  code's bracket, ``δ[l][j]``, that letter's entry (in a formula and a notation's pattern alike), never δ times l times
  j; an unknown character named by its Unicode name (⦿, CIRCLED BULLET, for the entry-by-entry product);
- a C declaration over two lines (the type before the name, the statement's ``;`` on the line its operator continues
  to); a typed literal's suffix, ``1.0f``, ``0.5F``, ``1e-3f``, ``2.0d``, and an integer's ``1L`` in a statement;
- a function reached through a pointer, ``layer->act(s)``, declared among the notation's functions as
  ``"layer->act" = "sigmoid"``;
- a flat array's entry, ``w_in[i * N_HID + j]`` (row-major), with the size a name the notation gives a number
  (``"N_HID" = "3"``, a dotted ``self.n_hid``) or a number written, and the entries the notation lists by number;
  refused where the size is a name it gives no number;
- an index on the right side of a += or -= only (a loop's letter the left side does not bind): refused, saying
  what to write; Fortran's component ``this%out`` the notation does not name: refused, naming it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_1, SIGMOID_2_3_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
    "tanh-2-1": TANH_2_1,
    "logistic-two": LOGISTIC_2,
}
CHECKS = CaseChecks(NETWORKS)

# ---- Julia: a network's fields by layer, counted from the input as 1 (Nielsen's counting) ----------------------
_JULIA = r'''
[notation]
indices = "ijkl"
learning_rate = ["η"]
[notation.symbols]
"net.out[1]" = "x[:]"
"net.out[l]" = "a{l-1}[:]"
"net.s[l]" = "z{l-1}[:]"
"net.W[l]" = "W{l-1}[:, :]"
"net.c[l]" = "b{l-1}[:]"
"c2" = "b2[:]"
"d2" = "delta2[:]"
'''
# the comments' entries, Julia's counting from 1: w[l][j,k], a[l][k] and δ[l][j] (a Greek letter before code's bracket)
_JULIA_ENTRIES = r'''
[notation]
indices = "ijkl"
loss = ["C"]
[notation.symbols]
"w[l][j,k]" = "W{l-1}[j-1, k-1]"
"a[1][k]" = "x[k-1]"
"a[l][k]" = "a{l-1}[k-1]"
"δ[l][j]" = "delta{l-1}[j-1]"
'''
_SUMS = (tuple({"l": 1, "j": j, "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3))
         + tuple({"l": 2, "j": k, "m": f"W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]"}
                 for k in range(2)))
_SUMS_MINUS = tuple({**value, "w": value["m"].rsplit(" + ", 1)[0] + f" - b{value['l']}[{value['j']}]"}
                    for value in _SUMS)
_D2S = [f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2)]
_D1S = [f"(W2[0,{j}]*{_D2S[0]} + W2[1,{j}]*{_D2S[1]})*a1[{j}]*(1 - a1[{j}])" for j in range(3)]
_RULE = (tuple({"l": 1, "j": j, "i": i, "m": f"x[{i}]*{_D1S[j]}", "w": f"x[{i}]*{_D1S[j]}*2"}
               for j in range(3) for i in range(2))
         + tuple({"l": 2, "j": k, "i": j, "m": f"a1[{j}]*{_D2S[k]}", "w": f"a1[{j}]*{_D2S[k]}*2"}
                 for k in range(2) for j in range(3)))
_UNITS = tuple({"l": 1, "j": j} for j in range(3)) + tuple({"l": 2, "j": k} for k in range(2))
_K2 = tuple({"k": k} for k in range(2))
_D2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"

# ---- C: a unit's output and its target; a tanh unit's sum ------------------------------------------------------
_C_UNIT = r'''
[notation]
[notation.symbols]
"target" = "y[0]"
"out" = "a1[0]"
"s" = "z1[0]"
"grad_out" = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
"slope" = "1 - tanh(z1[0])**2"
'''
_C_DELTA = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
_POINTER = r'''
[notation]
functions = { "layer->act" = "sigmoid" }
[notation.symbols]
"s" = "z1[0]"
"out" = "a1[0]"
'''

# ---- a flat array of the input weights, row i (input i) of N_HID entries (hidden unit j) ------------------------
_FLAT = r'''
[notation]
indices = "ijk"
learning_rate = ["lr"]
[notation.symbols]
"N_HID" = "3"
"self.n_hid" = "3"
"x_in[i]" = "x[i]"
"d_hid[j]" = "-delta1[j]"
''' + "".join(f'"w_in[{i * 3 + j}]" = "W1[{j}, {i}]"\n"self.w[{i * 3 + j}]" = "W1[{j}, {i}]"\n'
              for i in range(2) for j in range(3))
_D2 = [f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2)]
_D1J = f"(W2[0,{{j}}]*{_D2[0]} + W2[1,{{j}}]*{_D2[1]})*a1[{{j}}]*(1 - a1[{{j}}])"
_D1I = _D1J.replace("{j}", "{i}")
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_I2J2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))


def _cases() -> list[Public]:
    return [
        # ---- Julia's broadcasting assignment ---------------------------------------------------------------------
        Public("julia-broadcast-sum", "test", "sigmoid-2-3-2", _JULIA,
               "        net.s[l] .= net.W[l] * net.out[l-1] .+ net.c[l]", ((C,),),
               (Twin("value", "z{l}[{j}]", ("{m}",), _SUMS),)),
        Public("julia-broadcast-sum-wrong", "test", "sigmoid-2-3-2", _JULIA,
               "net.s[l] .= net.W[l] * net.out[l-1] .- net.c[l]", ((W,),),
               (Twin("value", "z{l}[{j}]", ("{w}",), _SUMS_MINUS),)),
        Public("julia-broadcast-activation", "test", "sigmoid-2-3-2", _JULIA, "    net.out[l] .= sigmoid.(net.s[l])",
               ((C,),), (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _UNITS),)),
        Public("julia-broadcast-activation-wrong", "test", "sigmoid-2-3-2", _JULIA, "net.out[l] .= tanh.(net.s[l])",
               ((W,),), (Twin("value", "a{l}[{j}]", ("tanh(z{l}[{j}])",), _UNITS),)),
        Public("julia-broadcast-update", "test", "sigmoid-2-3-2", _JULIA, "c2 .-= η .* d2", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2K}",), _K2),)),
        Public("julia-broadcast-update-wrong", "test", "sigmoid-2-3-2", _JULIA, "c2 .+= η .* d2", ((W,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_D2K}",), _K2),)),
        Public("julia-greek-bracket-rule", "test", "sigmoid-2-3-2", _JULIA_ENTRIES,
               "    #    ∂C/∂w[l][j,k] = a[l-1][k] * δ[l][j]", ((C,),),
               (Twin("gradient", "W{l}[{j},{i}]", ("{m}",), _RULE),)),
        Public("julia-greek-bracket-rule-wrong", "test", "sigmoid-2-3-2", _JULIA_ENTRIES,
               "∂C/∂w[l][j,k] = 2 * a[l-1][k] * δ[l][j]", ((W,),),
               (Twin("gradient", "W{l}[{j},{i}]", ("{w}",), _RULE),)),
        # ---- C's declaration over two lines, typed literals ------------------------------------------------------
        Public("c-declaration-two-lines", "test", "sigmoid-2-1", _C_UNIT,
               "    double grad_out = (target - out) *\n                      out * (1.0 - out);", ((C,),),
               (Twin("value", _C_DELTA, (_C_DELTA,)),)),
        Public("c-declaration-two-lines-wrong", "test", "sigmoid-2-1", _C_UNIT,
               "    const double grad_out = (target - out) *\n        out * (1.0 + out);", ((W,),),
               (Twin("value", _C_DELTA, ("(y[0] - a1[0])*a1[0]*(1 + a1[0])",)),)),
        Public("float-literal", "test", "tanh-2-1", _C_UNIT, "    float slope = 1.0f - tanh(s) * tanh(s);", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0])",)),)),
        Public("float-literal-exponent-wrong", "test", "tanh-2-1", _C_UNIT,
               "float slope = 1.0F - tanh(s) * tanh(s) + 1e-3f;", ((W,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0]) + 0.001",)),)),
        Public("double-and-long-literals", "test", "sigmoid-2-1", _C_UNIT,
               "final double grad_out = 2.0d * (target - out) * out * (1L - out) / 2L;", ((C,),),
               (Twin("value", _C_DELTA, (_C_DELTA,)),)),
        Public("double-literal-wrong", "test", "sigmoid-2-1", _C_UNIT,
               "double grad_out = 0.5d * (target - out) * out * (1 - out);", ((W,),),
               (Twin("value", _C_DELTA, (f"0.5*{_C_DELTA}",)),)),
        # ---- a function through a pointer, declared ------------------------------------------------------------
        Public("pointer-function", "test", "sigmoid-2-1", _POINTER, "    float out = layer->act(s);", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
        Public("pointer-function-wrong", "test", "sigmoid-2-1", _POINTER, "float out = layer->act(-s);", ((W,),),
               (Twin("value", "a1[0]", ("sigmoid(-z1[0])",)),)),
        # ---- a flat array's entry ---------------------------------------------------------------------------------
        Public("flat-index", "test", "sigmoid-2-3-2", _FLAT,
               "            w_in[i * N_HID + j] +=\n                lr * d_hid[j] * x_in[i];", ((C,),),
               (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1J}*x[{{i}}]",), _J3I2),)),
        Public("flat-index-size-first", "test", "sigmoid-2-3-2", _FLAT,
               "self.w[self.n_hid * i + j] += lr * d_hid[j] * x_in[i];", ((C,),),
               (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1J}*x[{{i}}]",), _J3I2),)),
        Public("flat-index-number", "test", "sigmoid-2-3-2", _FLAT, "w_in[j + i*3] += lr * d_hid[j] * x_in[i]",
               ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1J}*x[{{i}}]",), _J3I2),)),
        Public("flat-index-transposed-wrong", "test", "sigmoid-2-3-2", _FLAT,
               "w_in[j * N_HID + i] += lr * d_hid[j] * x_in[i];", ((W,),),
               (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_D1J}*x[{{i}}]",), _I2J2),)),
        Public("flat-index-sign-wrong", "test", "sigmoid-2-3-2", _FLAT,
               "w_in[i * N_HID + j] -= lr * d_hid[j] * x_in[i];", ((W,),),
               (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_D1J}*x[{{i}}]",), _J3I2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_greek_field_of_a_code_name_is_refused_naming_its_ascii_spelling():
    """``net.δ[l]``: set as TeX's \\delta it would be net times δ_l; refused, the field and its ASCII name said."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _JULIA, "    net.δ[l] .= (transpose(net.W[l+1]) * net.δ[l+1]) .* sp.(net.s[l])")
    assert "net.δ is a code name whose field holds a Greek letter" in refusal
    assert "net.delta" in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _JULIA, "net.∂C∂b[L] .= d2")
    assert "net.dCdb" in refusal


def test_a_greek_letter_after_a_dot_before_a_prime_stays_a_product():
    """``d2.σ'(s)``: a dot before σ' (a derivative's prime) is plain text's product, not a field; read as before."""
    notation = _C_UNIT.replace('"s" = "z1[0]"', '"s" = "z1[0]"\n"d" = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"')
    case = Public("dot-product", "test", "sigmoid-2-1", notation, "d = (target - out) . σ'(s)", ((C,),))
    assert CHECKS.verdicts(case) == ((C,),)


def test_an_unknown_character_is_named_by_its_unicode_name():
    """⦿ (a circled bullet some authors draw for ⊙): refused, the character named, the product's symbol offered."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _JULIA, "d2 = d2 ⦿ d2")
    assert "cannot read '⦿' (U+29BF CIRCLED BULLET; for the entry-by-entry (Hadamard) product write ⊙" in refusal


def test_a_pointer_function_the_notation_does_not_declare_is_refused():
    refusal = CHECKS.refused("sigmoid-2-1", _POINTER, "float out = node->act(s);")
    assert "C's field through a pointer node->act" in refusal
    assert "declare the function it calls in the notation's functions, \"node->act\"" in refusal
    refusal = CHECKS.refused("sigmoid-2-1", _POINTER, "float out = node->out[0];")
    assert "give it in [notation.symbols], \"node->out\" = \"...\"" in refusal


def test_a_float_suffix_the_notation_gives_as_a_name_is_that_name():
    """``1.0f`` where the notation names f: the product 1.0 f, as written (here f is the output)."""
    notation = _C_UNIT.replace('"out" = "a1[0]"', '"f" = "a1[0]"')
    case = Public("f-named", "test", "sigmoid-2-1", notation, "grad_out = (target - 1.0f) * f * (1 - f)", ((C,),))
    assert CHECKS.verdicts(case) == ((C,),)


def test_a_flat_index_whose_size_the_notation_does_not_give_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _FLAT, "w_in[i * N_IN + j] += lr * d_hid[j] * x_in[i];")
    assert "a flat array's index i * N_IN + j" in refusal
    assert '"N_IN" = "3"' in refusal


def test_a_loop_letter_on_the_right_side_of_a_step_only_is_refused_saying_what_to_write():
    """``w_in[j] += ... * x_in[k]`` inside a loop over k: a sum the left side does not index, or its slip."""
    notation = _FLAT.replace('"x_in[i]" = "x[i]"', '"x_in[i]" = "x[i]"\n"w_in[j]" = "W1[j, 0]"')
    refusal = CHECKS.refused("sigmoid-2-3-2", notation, "w_in[j] += lr * d_hid[j] * x_in[k];")
    assert "the index k has no value" in refusal
    assert "steps its left side once for each k" in refusal


def test_a_fortran_component_the_notation_does_not_name_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-1", _C_UNIT, "grad_out = target - this%out")
    assert "this%out is Fortran's component (the field this.out of a derived type)" in refusal


def test_a_declaration_of_an_integer_type_is_refused_not_read_as_the_real_number():
    """C's ``int g = ...;`` keeps only the whole part of what its right side computes: read without the type it was
    judged as the real number (qa32: a value called correct that the code truncates); refused, for every language's
    integer type, where a floating one (double, long double, float) is still read."""
    for line in ("int grad_out = (target - out) * out * (1 - out);",
                 "    unsigned long grad_out = (target - out) * out * (1 - out);",
                 "const int grad_out = (target - out) * out * (1 - out);",
                 "var grad_out int = (target - out) * out * (1 - out)",
                 "let grad_out: i64 = (target - out) * out * (1 - out);",
                 "val grad_out: Int = (target - out) * out * (1 - out)"):
        refusal = CHECKS.refused("sigmoid-2-1", _C_UNIT, line)
        assert "the declaration's type is an integer's, which keeps only the whole part" in refusal, line
        assert "declare it with a floating type (double, float)" in refusal
    for line in ("long double grad_out = (target - out) * out * (1 - out);",
                 "val grad_out: Double = (target - out) * out * (1 - out)"):
        case = Public("floating", "test", "sigmoid-2-1", _C_UNIT, line, ((C,),),
                      (Twin("value", _C_DELTA, (_C_DELTA,)),))
        assert CHECKS.verdicts(case) == ((C,),), line


def test_a_typed_declaration_without_its_semicolon_says_to_add_it():
    """``double g = ...`` with no ``;`` (qa32: refused as "unknown symbol double; give it a meaning", which sends the
    student to the notation): the message names the declaration and the ; it lacks."""
    refusal = CHECKS.refused("sigmoid-2-1", _C_UNIT, "double grad_out = (target - out) * out * (1 - out)")
    assert ("double grad_out = ...: a typed declaration of C, C++, Java or C# is read as code where its statement ends"
            " with ; (add it: double grad_out = ...;)") in refusal


def test_a_function_returning_an_integer_type_is_refused_as_its_declaration_is():
    """``int dsig(double a) { return a * (1 - a); }`` returns the whole part of the value only (0 for every a in
    (0, 1)): read as the real number its return computes, a wrong derivative would pass as the right one (fixhealth4
    found C's heads taking int where a declaration refuses it). Refused for int, long, short and their modifiers; a
    floating return type is read and judged, long double included."""
    # the head as written, and its type as the message names it (a qualifier before it, static or const, is no type's)
    for head, integer in (("int", "int"), ("static int", "int"), ("unsigned long", "unsigned long"),
                          ("const short", "short"), ("long", "long")):
        refusal = CHECKS.refused("logistic-two", None, f"{head} sigmoid(double v) {{\n  return 1 / (1 + exp(-v));\n}}")
        assert f"sigmoid returns an integer ({integer})" in refusal, (head, refusal)
        assert "declare it to return a floating type (double, float)" in refusal
    for head in ("double", "long double", "static float"):
        right = Public("floating-return", "test", "logistic-two", None,
                       f"{head} sigmoid(double v) {{\n  return 1 / (1 + exp(-v));\n}}", ((C,),),
                       (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),))
        assert CHECKS.verdicts(right) == ((C,),), head
    wrong = Public("floating-return-sign", "test", "logistic-two", None,
                   "double sigmoid(double v) {\n  return 1 / (1 + exp(v));\n}", ((W,),),
                   (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(z1[0]))",)),))
    assert CHECKS.verdicts(wrong) == ((W,),)
