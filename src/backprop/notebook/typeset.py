"""Mathematics in a notebook display: LaTeX as MathML, which browsers draw without a script.

Apart from page.py because latex2mathml takes a tenth of a second to import, which a problem's
display (no formulas) need not pay.
"""

from __future__ import annotations

from html import escape

from ..rendering.mathml import mathml_content


def math(latex: str, display: bool = False) -> str:
    """LaTeX as MathML (``display``: on its own line); the LaTeX is the alternative text."""
    mode = ' display="block"' if display else ""
    return f'<math{mode} alttext="{escape(latex)}">{mathml_content(latex)}</math>'
