"""The layout rules of docs/decisions/0009-layout.md, checked on the source tree so the layout stays as designed.

One feature, one name, three places: `handlers/<feature>/` (the Telegram side), `bot/<feature>/` (domain, rules,
storage, jobs; no aiogram), `locales/<locale>/<feature>.ftl`. Arrows point one way: handlers -> bot -> storage.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FEATURES = {"onboarding", "answers", "hours", "events", "news", "cases", "booking", "privacy"}
# Domain packages under bot/: the features that have domain code, and the shared domain they build on.
DOMAIN = {
    "answers",
    "hours",
    "events",
    "news",
    "cases",
    "booking",
    "users",
    "outbox",
    "letters",
    "console",
    "profile",
}
CORE = {"cli", "runtime", "telegram", "db", "emulator", "i18n"}
# The composition roots: the only modules that may import `handlers`, or both SQLAlchemy and aiogram.
COMPOSITION_ROOTS = {"bot/app.py"}
BOTH_FRAMEWORKS_ALLOWED = {
    "bot/app.py",
    "bot/runtime/scheduler.py",
    "bot/runtime/demo.py",
    "bot/runtime/polling.py",
}
MAX_TOP_LEVEL_MODULES = 8


def sources(top: str) -> Iterator[Path]:
    for path in sorted((ROOT / top).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (TYPE_CHECKING and function-level imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def uses(names: set[str], package: str) -> bool:
    return any(n == package or n.startswith(package + ".") for n in names)


def test_bot_has_few_loose_modules_and_named_packages() -> None:
    loose = sorted(p.name for p in (ROOT / "bot").glob("*.py"))
    assert len(loose) <= MAX_TOP_LEVEL_MODULES, loose
    packages = {p.name for p in (ROOT / "bot").iterdir() if (p / "__init__.py").exists()}
    assert packages <= DOMAIN | CORE, f"unexpected package(s) in bot/: {packages - DOMAIN - CORE}"


def test_each_feature_has_its_one_name_in_handlers_and_locales() -> None:
    handler_packages = {p.name for p in (ROOT / "handlers").iterdir() if (p / "__init__.py").exists()}
    assert handler_packages == FEATURES | {"common"} | (handler_packages & {"letters", "console"})
    for locale in (ROOT / "locales").iterdir():
        names = {p.stem for p in locale.glob("*.ftl")}
        assert names <= handler_packages, f"{locale.name}: {sorted(names - handler_packages)} name no feature"
    for feature in handler_packages - {"common"}:
        assert (ROOT / "tests" / "handlers" / feature).is_dir(), f"tests/handlers/{feature} mirrors the code"


@pytest.mark.parametrize("path", list(sources("bot")), ids=rel)
def test_the_core_never_imports_handlers(path: Path) -> None:
    if rel(path) in COMPOSITION_ROOTS:
        return
    assert not uses(imports(path), "handlers"), f"{rel(path)} imports handlers: only bot/app.py composes them"


@pytest.mark.parametrize("path", [p for p in sources("bot") if rel(p).split("/")[1] in DOMAIN], ids=rel)
def test_domain_packages_never_import_aiogram(path: Path) -> None:
    assert not uses(imports(path), "aiogram"), f"{rel(path)} imports aiogram (services stay framework-free)"


@pytest.mark.parametrize("path", list(sources("handlers")), ids=rel)
def test_handlers_import_no_other_features_handlers_and_no_sqlalchemy(path: Path) -> None:
    names = imports(path)
    assert not uses(names, "sqlalchemy"), f"{rel(path)} imports SQLAlchemy: handlers call services"
    parts = rel(path).split("/")
    own = parts[1] if len(parts) > 2 else None
    for name in names:
        if not name.startswith("handlers."):
            continue
        other = name.split(".")[1]
        if own is None:  # handlers/__init__.py assembles every feature
            continue
        if own == "common":
            assert other == "common", f"{rel(path)} (shared) imports the feature {other}"
        else:
            assert other in (own, "common"), (
                f"{rel(path)} imports handlers.{other}: go through a service or hooks"
            )


@pytest.mark.parametrize("path", [*sources("bot"), *sources("handlers")], ids=rel)
def test_only_composition_roots_import_both_sqlalchemy_and_aiogram(path: Path) -> None:
    names = imports(path)
    if uses(names, "sqlalchemy") and uses(names, "aiogram"):
        assert rel(path) in BOTH_FRAMEWORKS_ALLOWED, f"{rel(path)} imports both SQLAlchemy and aiogram"
    assert len(BOTH_FRAMEWORKS_ALLOWED) <= 4


@pytest.mark.parametrize("path", list(sources("handlers")), ids=rel)
def test_routers_are_built_by_functions(path: Path) -> None:
    """No module-level routers (a new dispatcher in the same process gets fresh ones) and no private aiogram API."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            assert not (isinstance(func, ast.Name) and func.id == "Router"), (
                f"{rel(path)}: module-level Router"
            )
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for dec in node.decorator_list:
                target = dec.func if isinstance(dec, ast.Call) else dec
                assert not (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Attribute | ast.Name)
                    and target.attr
                    in {"message", "callback_query", "edited_message", "my_chat_member", "error"}
                ), f"{rel(path)}: {node.name} is registered by a decorator at import time"
    assert "_parent_router" not in source


def test_private_chat_filter_is_written_once() -> None:
    filters = re.compile(r'\bF\.(message\.)?chat\.type == "private"')
    hits = [rel(p) for p in sources("handlers") if filters.search(p.read_text(encoding="utf-8"))]
    assert hits == [], f"chat scoping belongs to the parent routers (handlers/__init__.py): {hits}"


def test_coordinators_are_known_one_way() -> None:
    hits = [
        rel(p)
        for p in [*sources("bot"), *sources("handlers")]
        if ".coordinator_ids" in p.read_text(encoding="utf-8")
        and rel(p) not in {"bot/config.py", "bot/app.py"}
    ]
    assert hits == [], f"ask `roles` (bot/users/roles.py), not the setting: {hits}"
