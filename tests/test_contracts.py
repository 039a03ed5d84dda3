"""One place per contract: the staging tables are declared in `etl.schema`, the closed vocabularies
in `etl.vocabulary`; dbt's sources, staging models and accepted_values lists must agree with them."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

import etl
from etl.schema import metadata
from etl.vocabulary import AMOUNT_ROLES, INITIATIVE_TYPES

DBT = Path(__file__).resolve().parent.parent / "dbt_project"
STAGING_MODELS = DBT / "models" / "staging"
# Columns whose accepted values are one of the declared vocabularies, wherever a model has them.
VOCABULARY_COLUMNS = {"amount_role": set(AMOUNT_ROLES), "initiative_type": set(INITIATIVE_TYPES)}


def _yml_models() -> list[dict]:
    models = []
    for path in sorted((DBT / "models").rglob("*.yml")):
        models.extend((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("models", []))
    return models


def _accepted_values(column: dict) -> list[str] | None:
    for test in column.get("data_tests", []) or []:
        if isinstance(test, dict) and "accepted_values" in test:
            spec = test["accepted_values"]
            return spec.get("arguments", spec)["values"]
    return None


def test_every_staging_table_is_a_dbt_source() -> None:
    sources = yaml.safe_load((STAGING_MODELS / "_sources.yml").read_text(encoding="utf-8"))["sources"]
    [staging] = [s for s in sources if s["name"] == "staging"]
    declared = {t.name for t in metadata.tables.values() if t.name not in ("builds", "input_files")}
    assert {t["name"] for t in staging["tables"]} == declared


@pytest.mark.parametrize(
    "table", [t for t in metadata.tables.values() if t.name not in ("builds", "input_files")], ids=lambda t: t.name
)
def test_each_staging_model_reads_only_columns_its_table_has(table) -> None:
    model = STAGING_MODELS / f"stg_{table.name}.sql"
    sql = model.read_text(encoding="utf-8")
    assert f"source('staging', '{table.name}')" in sql
    body = sql.split("renamed as (", 1)[-1]
    read = set(re.findall(r"^\s*(?:cast\()?(?:case when )?([a-z_]+)\b", body, re.MULTILINE)) - {
        "select", "from", "with", "case", "else", "end", "source", "renamed", "cast", "string_split",
    }  # fmt: skip
    columns = {c.name for c in table.columns} | {"mention_location"}
    assert read <= columns, f"{model.name} reads columns {sorted(read - columns)} that staging.{table.name} lacks"


@pytest.mark.parametrize("column_name", sorted(VOCABULARY_COLUMNS))
def test_accepted_values_lists_are_the_declared_vocabulary(column_name: str) -> None:
    found = 0
    for model in _yml_models():
        for column in model.get("columns", []):
            if column["name"] == column_name:
                values = _accepted_values(column)
                if values is not None:
                    assert set(values) == VOCABULARY_COLUMNS[column_name], f"{model['name']}.{column_name}"
                    found += 1
    assert found >= 2  # staging and a mart at least


def test_roles_counted_as_investment_are_roles() -> None:
    from etl.vocabulary import FUNDING_ROLES, INVESTMENT_ROLES

    assert set(FUNDING_ROLES) <= set(AMOUNT_ROLES) and set(INVESTMENT_ROLES) <= set(AMOUNT_ROLES)


def test_every_module_level_name_of_the_package_is_defined_once() -> None:
    """A rule table or constant assigned twice in one module silently takes the later value everywhere in it (a
    second `_OBJECT_AFTER` once changed which sentences close a list): each name is bound once."""
    twice: list[str] = []
    for path in Path(etl.__file__).parent.rglob("*.py"):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names[node.name] += 1
        twice += [f"{path.name}:{name}" for name, count in names.items() if count > 1]
    assert twice == []
