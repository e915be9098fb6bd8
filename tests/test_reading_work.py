"""How much work reading and judging a claim does, counted (never timed): a symbol read once per index
values it names (reading_memo.py), a notation inverted only for the quantities printed
(notation_printing.py), each subexpression printed once (sum_printing.OncePrinted), a notation's
meaning parsed without Python's parser (parsing._plain_entry), and no more points drawn once a rule's
first index values all differ (homework_families.py). Each part's result must be what the full work
gives: the same value, the same error, the same code, the same names.
"""

from __future__ import annotations

import inspect
import itertools

import pytest
import sympy as sp
from sympy.printing.numpy import NumPyPrinter

from backprop.symbolic import family_comparison, notation_printing, parsing, reading_symbols
from backprop.symbolic.derivation import Deriver
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import load_notation
from backprop.symbolic.notation_printing import NotationPrinter
from backprop.symbolic.numeric import _lambdified, arguments
from backprop.symbolic.quantities import FormulaError, NetworkSymbols
from backprop.symbolic.sum_printing import OncePrinted
from seed_verbatim import problem
from test_check_families import NETWORK
from backprop.problem import parse_problem
from backprop.symbolic.homework import _Homework
from backprop.symbolic.reading import Reader
from backprop.symbolic.reading_base import TrackingEnv
from backprop.symbolic.syntax_tree import Sym

#: seed 001's dC/db^(3) (tests/seeds/seed001.md line 96, test_seed_verbatim's 001-b3-result): its
#: nested sums read w_{i,m}^{(3)} p_{i,k}^{(2)} for 640 + 64 values, 69,195 times without the memo
B3_RESULT = (r"\frac{\partial}{\partial b^{(3)}} [C(\underline{\theta})] = \frac{-1}{K} \sum_{k=0}^{K-1} \sum_{m=0}^q"
             r" t_{m,k} \left( \prod_{j=0}^q \{ \sum_{i=0}^{63} w_{i,m}^{(3)} p_{i,k}^{(2)} > 0 \} - \sum_{z=0}^q"
             r" \hat{p}_{z,k} \prod_{j=0}^q \{ \sum_{i=0}^{63} w_{i,z}^{(3)} p_{i,k}^{(2)} > 0 \} \right)")


@pytest.fixture(scope="module")
def literal():
    return problem("seed001_mnist_literal")


def test_a_symbol_is_read_once_per_index_values(literal, monkeypatch):
    reads = []
    original = reading_symbols.SymbolReading._sym

    def counted(self, sym):
        reads.append(sym)
        return original(self, sym)

    monkeypatch.setattr(reading_symbols.SymbolReading, "_sym", counted)
    result = check_homework(literal, B3_RESULT, notation="seed001")
    assert [step.verdict for step in result.claims[0].steps] == ["wrong"]  # as the oracle says (001-b3-result)
    # 10 x 64 w_{i,z}^{(3)} (and w_{i,m}^{(3)}: the same symbols at the same values), 64 p_{i,k}^{(2)}, 10
    # t_{m,k} and 10 \hat{p}_{z,k}, a few more for the left side, the bounds, the probes of each sum's range
    assert len(reads) < 3000, len(reads)


def test_a_remembered_reading_gives_its_value_its_error_and_the_letters_it_read(literal):
    homework = _Homework(literal, "seed001", None, None, False, 6, 0)
    context = homework.context(None)
    weight = Sym("w", "i,m", "3")
    for m, expected in ((2, "W3[2, 5]"), (2, "W3[2, 5]"), (3, "W3[3, 5]")):
        env = TrackingEnv({"i": 5, "m": m, "k": 0})
        assert str(Reader(context, env, "formula").value(weight)) == expected
        assert env.read >= {"i", "m"}  # read again from memory: the letters it read are read
    sample = Sym("t", "m,k")  # t_{m,k}: k is no index of t[m], the samples' letter
    for _ in range(2):
        reader = Reader(context, TrackingEnv({"m": 1, "k": 0}), "formula")
        assert str(reader.value(sample)) == "t[1]" and reader.sample_letters == {"k"}
    messages = []
    for _ in range(2):
        with pytest.raises(FormulaError) as error:
            Reader(context, TrackingEnv({"i": 5, "m": 12}), "formula").value(weight)
        messages.append(str(error.value))
    assert messages[0] == messages[1] and "index 12 is out of range" in messages[0]
    assert len([key for key in context.readings if key[0] == "w"]) == 3


def test_the_notation_is_inverted_only_for_the_quantities_printed(literal, monkeypatch):
    symbols = NetworkSymbols(literal)
    meanings = []
    notation = load_notation("seed001", literal)
    original = type(notation).meaning

    def counted(self, *args, **kwargs):
        meanings.append(args[0].text)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(notation), "meaning", counted)
    printer = NotationPrinter(notation, symbols)
    # dC/db^(3) holds a3[j], t[j], z3[j] of a sum only: no pattern's value is one of them
    written = printer.latex(Deriver(symbols).gradient(symbols.parameter("b3")))
    assert written == r"\sum_{j=0}^{9} \left(a3[j] - t[j]\right) \cdot \operatorname{H}\left(z3[j]\right)"
    assert meanings == []
    # W3[2,5]: the first pattern whose meaning is W3's names it (its 4,097 values, and the symbol read
    # back), not all 22 patterns (35,587 meanings)
    assert printer.symbol(symbols.parameter("W3[2,5]").symbol) == "w_{5,2}^{(3)}"  # as the pattern writes it
    assert set(meanings) == {"w_{i,n}^{(3)}"} and len(meanings) <= 4097 + 1, len(meanings)


@pytest.mark.parametrize("network, notation_name, param", [
    ("seed000_regression", "seed000", "W1[0,1]"), ("seed000_classification", "seed000", "W2[1,2]"),
    ("seed004_sparse_sigmoid", "seed004", "W1[0,0]"), ("seed004_softmax_classifier", "seed004", "W1[2,1]")])
def test_names_found_when_printed_are_those_of_inverting_every_pattern(network, notation_name, param):
    problem_ = problem(network)
    symbols = NetworkSymbols(problem_)
    notation = load_notation(notation_name, problem_)
    printer = NotationPrinter(notation, symbols)
    gradient = Deriver(symbols).gradient(symbols.parameter(param))
    # every pattern inverted first, in order, as the printer did before it named quantities on demand
    eager = {}
    limit = max(symbols.units(layer) for layer in range(symbols.depth + 1)) + 2
    for pattern in notation.patterns:
        used = [p for p in pattern.placeholders if p not in pattern.unused_placeholders()]
        unused = [p for p in pattern.placeholders if p in pattern.unused_placeholders()]
        ranges = [range(1, symbols.depth + 1) if p == "l" else range(limit) for p in used]
        for count, values in enumerate(itertools.product(*ranges)):
            if count > notation_printing.MAX_VALUES:
                break
            bindings = dict(zip(used, (str(v) for v in values)))
            try:
                meaning = notation.meaning(pattern, bindings, {}, symbols)
            except (FormulaError, Exception):
                continue
            atom, sign = notation_printing._atom(meaning)
            if atom is None or atom in eager:
                continue
            written = notation_printing._written(pattern, {**bindings, **{p: p for p in unused}})
            if printer._reads_back(pattern, written, atom, sign):
                eager[atom] = (written, sign)
    atoms = [atom for atom in gradient.free_symbols if isinstance(atom, (sp.Indexed, sp.Symbol))]
    assert atoms
    for atom in atoms:
        found = printer.name(atom)
        assert (found[:2] if found else None) == eager.get(atom), atom
        if found:  # numbered as every pattern inverted in order numbers it (the factors' printed order)
            assert printer._number(atom, found[2][0]) == list(eager).index(atom)


def test_a_subexpression_is_printed_once_and_the_code_is_the_same(literal):
    symbols = NetworkSymbols(literal)
    part = sp.Heaviside(sum(symbols.weight(3, 0, i) * symbols.a[2][i] for i in range(64)), 0)
    expr = sum(symbols.a[3][m] * part ** 10 for m in range(10)) + part
    printed = []

    class CountingNumPy(NumPyPrinter):
        def _print(self, expr, **kwargs):
            if isinstance(expr, sp.Heaviside):
                printed.append(expr)
            return super()._print(expr, **kwargs)

    class Counting(OncePrinted, CountingNumPy):
        pass

    settings = {"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True,
                "user_functions": {}}
    once = Counting(settings).doprint(expr)
    assert once == NumPyPrinter(settings).doprint(expr)
    assert len(printed) == 1
    function = _lambdified(tuple(arguments(symbols)), expr, "float64")
    assert inspect.getsource(function).count("Heaviside(") == 11  # the code itself is as long as before


@pytest.mark.parametrize("text", ["W3[(2), (5)]", "W3[2,5]", "x[(5)]", "a0[4]", "y[9]", "x[( -1 )]", "W1[(128), (3)]",
                                  "W1[(3), (784)]", "W2[(1)]", "W3[(2), (5), (1)]", "b3[(0)]", "q[(1)]", "delta2[3]",
                                  # a general rule's ranged letters (families.py), in range and not
                                  "W2[ix_i_r0_63, 5]", "W2[ix_i_r0_63,ix_B_r0_127]", "x[ix_alpha_r0_783]",
                                  "W1[ix_B_r0_127, ix_alpha_r0_784]", "W3[ix_m_r5_12, (2)]"])
def test_an_entry_at_whole_numbers_is_parsed_as_python_parses_it(literal, text):
    symbols = NetworkSymbols(literal)
    names = parsing.namespace(symbols)

    def outcome(build):
        try:
            expr = build()
            parsing.Validator(symbols, names, text).check(expr, {})
            return expr
        except FormulaError as error:
            return str(error)

    fast = parsing._plain_entry(text, names)
    if fast is None:  # a shared bias, an unknown name: Python's parser reads them, as before
        assert text in ("b3[(0)]", "q[(1)]")
        return
    slow = outcome(lambda: parsing._Builder(names, text).top(parsing._syntax_tree(text)))
    assert outcome(lambda: fast) == slow
    try:
        assert parsing.parse_formula(text, symbols) == slow
    except FormulaError as error:
        assert str(error) == slow


def test_a_rule_wrong_at_its_first_values_draws_no_more_points(monkeypatch):
    from backprop.symbolic import claims
    monkeypatch.setattr(claims, "MAX_ASSIGNMENTS", 2)
    small = parse_problem(NETWORK, "<families>")
    drawn = []
    original = family_comparison.forward_at

    def counted(*args):
        drawn.append(1)
        return original(*args)

    monkeypatch.setattr(family_comparison, "forward_at", counted)  # (a point of the rule's comparison)
    # the output layer's rule without the 1/p-hat of the chain rule: wrong at every index value
    result = check_homework(small, r"\frac{\partial L}{\partial w_{\alpha,\beta}^{(2)}} = (1 - t_{\beta})"
                                   r" p_{\alpha}^{(1)}")
    assert [step.verdict for step in result.claims[0].steps] == ["wrong"]
    assert result.claims[0].steps[0].where == r"\alpha = 0, \beta = 0"
    # the first point already differs at the first four index values but one (a rectifier switched off
    # gives 0 = 0 there); the second makes it four: 2 points, not the 24 a rule that agrees is compared at
    assert len(drawn) == 2
