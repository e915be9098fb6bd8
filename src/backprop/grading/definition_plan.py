"""Which chains of a submission define names and which read them (docs/grading.md, "Names defined in
the document"); the names, their scope and their writing out are definitions.py's.

:func:`plan` goes over a submission's chains twice: first every definition, in order (a chain
``u = ...`` whose u the notation does not know, and the names of ``\\frac{U}{V} = \\frac{A}{B}``),
each read with the definitions made before it; then every other chain, with the names it uses
written out as their meanings where it sees them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .definitions import (Definition, DefinitionError, Scope, differentiated_by, expand, fraction,
                          normal_name, strip_end)

#: relations that define a name: u = ..., u := ...
DEFINING = ("=", ":=", r"\coloneqq")


@dataclass
class Reading:
    """What one chain is to the grader: its definitions (when it defines), else the members to judge.

    definitions : the definitions the chain makes (its own, or a fraction's names).
    members, relations : the chain to judge with defined names written out (None: nothing to judge).
    original : for each member judged, the member as written.
    error : why the chain cannot be read (a refused name, an unclear prime), one line.
    used : the definitions it reads.
    """

    definitions: list
    members: list | None = None
    relations: list | None = None
    original: list | None = None
    error: str = ""
    used: list | None = None


def plan(chains: list, knows, validate, known_words: set[str] = frozenset()) -> dict[int, Reading]:
    """{id(chain): Reading} for the chains of a submission, in order.

    knows(chain, name) : whether the notation (of the chain's problem) gives ``name`` a meaning.
    validate(chain, latex) : "" if ``latex`` reads through that notation, else why not (one line).
    Chains without definitions around them are left out (they are judged as written).
    """
    defining: dict[int, str] = {}
    for index, chain in enumerate(chains):
        name = normal_name(chain.members[0]) if chain.relations[0] in DEFINING else None
        if name is not None and not knows(chain, name):
            defining[index] = name
    scopes: dict = {}
    readings: dict[int, Reading] = {}
    where_of = _where_clauses(chains, defining)
    fractions, dropped_members = _fraction_names(chains, defining, where_of, knows)
    if not defining and not fractions:
        return {}
    parameters = _section_parameters(chains)
    made: dict[int, list] = {}
    for index, chain in enumerate(chains):  # the definitions first: a where clause explains the chain before it
        scope = scopes.setdefault(chain.section, Scope())
        parameter = differentiated_by(chain.members[0]) or parameters.get(chain.section)
        found = []
        if index in defining:
            explained = where_of.get(index)
            strong = explained is not None and chains[explained].span == chain.span
            key = (explained if strong else index, index)
            found.append(_define(defining[index], strip_end(chain.members[1]), chain, key, scope, parameter,
                                 validate, known_words))
            if explained is not None and not strong:
                found[-1].explains = explained
        found += [_define(name, text, chain, (index, index), scope, parameter, validate, known_words)
                  for name, text in fractions.get(index, {}).items()]
        made[index] = found
    for index, chain in enumerate(chains):
        scope = scopes[chain.section]
        parameter = differentiated_by(chain.members[0]) or parameters.get(chain.section)
        dropped = dropped_members.get(index, ())
        kept = [(relation, member) for position, (relation, member)
                in enumerate(zip([None] + list(chain.relations), chain.members)) if position not in dropped]
        members = [member for _, member in kept]
        relations = [relation for relation, _ in kept[1:]]
        if index in defining:
            members, relations = members[1:], relations[1:]  # u = A = B: u is A, and A = B is judged
        reading = Reading(made[index])
        if len(members) >= 2:
            visible = scope.visible((index, len(chains) + 1))
            try:
                expanded, used = [], []
                for member in members:
                    text, names = expand(member, visible, parameter, f"line {chain.line}", known_words)
                    expanded.append(text)
                    used += names
            except DefinitionError as error:
                reading.error = str(error)
            else:
                if used or reading.definitions or len(members) != len(chain.members):
                    reading.members, reading.relations, reading.original, reading.used = \
                        expanded, relations, members, used
        if reading.definitions or reading.members is not None or reading.error:
            readings[id(chain)] = reading
    return readings


def _define(name, text, chain, key, scope: Scope, parameter, validate, known_words) -> Definition:
    definition = Definition(name, text, chain.line, key=key, section=chain.section)
    try:
        meaning, _ = expand(text, scope.visible(key), parameter, "its right side", known_words)
    except DefinitionError as error:
        definition.refused, definition.cause = str(error), error.cause
    else:
        problem = validate(chain, meaning)
        if problem:
            definition.refused = definition.cause = problem
        else:
            definition.meaning = meaning
    scope.add(definition)
    return definition


def _where_clauses(chains: list, defining: dict) -> dict[int, int]:
    """{index of a definition: index of the chain it explains}: the chain just before a run of
    definitions in the same section ("$$p = u/v \\quad u = ...$$", "$$p = u/v$$ where $v = ...$")."""
    found = {}
    for index in sorted(defining):
        before = index - 1
        while before >= 0 and before in defining and chains[before].section == chains[index].section:
            before -= 1
        if before >= 0 and before not in defining and chains[before].section == chains[index].section:
            found[index] = before
    return found


def _fraction_names(chains: list, defining: dict, where_of: dict, knows) -> tuple[dict, dict]:
    """({chain index: {name: its meaning}}, {chain index: the positions of the members that define})
    for \\frac{U}{V} = \\frac{A}{B}: U is A and V is B, where U and V have no meaning in the notation
    nor in the chain's where clause."""
    found: dict[int, dict] = {}
    dropped: dict[int, set] = {}
    for index, chain in enumerate(chains):
        if index in defining:
            continue
        explained = {defining[d] for d, j in where_of.items() if j == index}
        parts = [fraction(member) for member in chain.members]
        for position, part in enumerate(parts):
            if part is None:
                continue
            names = [normal_name(text) for text in part]
            if None in names or any(name in explained or knows(chain, name) for name in names):
                continue
            for other in (position - 1, position + 1):
                # the other fraction is the meaning: an expression, not names again
                if 0 <= other < len(parts) and parts[other] is not None \
                        and None in [normal_name(text) for text in parts[other]]:
                    found.setdefault(index, {}).update(zip(names, (strip_end(text) for text in parts[other])))
                    dropped.setdefault(index, set()).add(position)
                    break
    return found, dropped


def _section_parameters(chains: list) -> dict:
    """{section: the LaTeX of the one parameter its derivatives are by}, for sections whose
    derivatives are all by one parameter (written the same way, spaces aside)."""
    seen: dict = {}
    for chain in chains:
        wrt = differentiated_by(chain.members[0])
        if wrt is not None:
            seen.setdefault(chain.section, set()).add(re.sub(r"\s+", "", wrt))
    return {section: next(iter(found)) for section, found in seen.items() if len(found) == 1}
