"""The code base's own hygiene, where linters do not look.

The extractor keeps hundreds of module-level patterns. A new one given the name of an older one
silently replaces it for every function defined after it: ruff does not flag a rebound constant,
and it happened twice (``_NOUN_AFTER``, ``_NAME``), moving a date a year.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import geo

#: Names a module binds twice on purpose: the triggers, rebuilt once with their needles.
REBOUND_ON_PURPOSE = {("events.py", "TRIGGERS")}


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_no_module_binds_a_top_level_name_twice():
    package = Path(geo.__file__).parent
    twice = [
        (path.relative_to(package).as_posix(), name)
        for path in sorted(package.rglob("*.py"))
        for name, count in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items()
        if count > 1
    ]
    assert [t for t in twice if t not in REBOUND_ON_PURPOSE] == []


def test_the_check_sees_a_rebound_pattern():
    tree = ast.parse('_NAME = r"a"\n_LIST = _NAME\n_NAME = r"b"\n')
    assert _top_level_names(tree)["_NAME"] == 2
