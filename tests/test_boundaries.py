"""The code's shape, checked on every run: the size limits, and entry points and tasks that never query the
database themselves (they go through selectors, services and jobs). import-linter (.importlinter, in
`make check`) keeps the import direction; these are the rules it cannot see."""

import ast
import io
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "crave",
    "core",
    "accounts",
    "cravings",
    "insights",
    "personas",
    "gpu",
    "tuning",
    "privacy",
    "tests",
    "bench",
)
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60
NO_QUERIES_IN = ("apis.py", "pages.py", "tasks.py")


# The blind evaluation sets are sealed by their SHA256SUMS: their authors' files stay as they were committed.
SEALED = tuple(
    ROOT / "bench" / name
    for name in (
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
    )
)


def python_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts and not any(path.is_relative_to(sealed) for sealed in SEALED):
                yield path


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def counted_lines(source: str) -> set[int]:
    """The lines a statement starts on, and comment lines: a call or literal wrapped over several lines counts once,
    so the limits measure code, not how a formatter lays it out."""
    lines, starts_statement = set(), True
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            lines.add(token.start[0])
        elif token.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            starts_statement = True
        elif token.type not in (tokenize.NL, tokenize.ENDMARKER) and starts_statement:
            lines.add(token.start[0])
            starts_statement = False
    return lines


def syntax_tree(source: str) -> ast.Module:
    """ast.parse, tried again on CPython 3.11's spurious "AST constructor recursion depth mismatch": its AST
    builder keeps one depth counter per interpreter, and another thread of this pytest process building an AST at
    the same moment throws it off (python/cpython#106905). The same source parses on the next try."""
    for _ in range(2):
        try:
            return ast.parse(source)
        except SystemError:
            continue
    return ast.parse(source)


def oversize(path: Path) -> list[str]:
    source = path.read_text()
    lines = counted_lines(source)
    found = []
    if len(lines) > MAX_MODULE_LINES:
        found.append(f"{shown(path)}: {len(lines)} lines")
    for node in ast.walk(syntax_tree(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            size = sum(node.lineno <= line <= node.end_lineno for line in lines)
            if size > MAX_FUNCTION_LINES:
                found.append(f"{shown(path)}:{node.lineno} {node.name}: {size} lines")
    return found


def queries(path: Path) -> list[str]:
    """`Model.objects…` or get_object_or_404 in a module that should leave reads to selectors and jobs."""
    found = []
    for node in ast.walk(syntax_tree(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr == "objects":
            found.append(f"{shown(path)}:{node.lineno} .objects")
        if isinstance(node, ast.Name) and node.id == "get_object_or_404":
            found.append(f"{shown(path)}:{node.lineno} get_object_or_404")
    return found


def test_no_module_over_300_lines_and_no_function_over_60():
    assert [line for path in python_files() for line in oversize(path)] == []


def test_apis_pages_and_tasks_leave_queries_to_selectors_services_and_jobs():
    modules = [path for path in python_files() if path.name in NO_QUERIES_IN]
    assert len(modules) >= 9  # each app's apis and tasks, and insights' pages: the check reads something
    assert [line for path in modules for line in queries(path)] == []


@pytest.mark.parametrize(
    "source, expected",
    [
        ("def f():\n" + "    x = 1\n" * 60, ["m.py:1 f: 61 lines"]),
        ("def f():\n" + "    x = 1\n" * 59, []),
    ],
)
def test_the_size_check_counts_a_function_from_its_def_to_its_last_line(tmp_path, source, expected):
    (tmp_path / "m.py").write_text(source)
    assert oversize(tmp_path / "m.py") == expected


def test_the_size_check_counts_a_wrapped_statement_once_and_every_comment(tmp_path):
    (tmp_path / "m.py").write_text("def f():\n    # why\n    return g(\n        1,\n        2,\n    )\n")
    assert counted_lines((tmp_path / "m.py").read_text()) == {1, 2, 3}


def test_the_query_check_sees_a_manager_and_get_object_or_404(tmp_path):
    (tmp_path / "apis.py").write_text("def get(request):\n    get_object_or_404(X, id=1)\n    return X.objects.all()\n")
    assert queries(tmp_path / "apis.py") == ["apis.py:2 get_object_or_404", "apis.py:3 .objects"]
