#!/usr/bin/env bash
# Usage: npm run migration:new -- <name>
# Writes <migrations>/<UTC timestamp>_<name>/migration.sql with the SQL that takes a
# database holding all existing migrations to the current schema.prisma.
# Stand-in for `prisma migrate dev`, which fails with the JS schema engine.
# The "before" state is made by applying the existing migrations to a throwaway
# database and introspecting it, so it does not depend on what is committed.
#   SQLite: a temp file is used.  PostgreSQL: set MIGRATION_BASE_URL to an EMPTY
#   scratch database (e.g. createdb news_base; dropdb news_base afterwards).
#   PRISMA_CONFIG / PRISMA_SCHEMA select another config / schema.
set -euo pipefail
name="${1:?usage: scripts/new-migration.sh <name>}"
config="${PRISMA_CONFIG:-prisma.config.ts}"
schema="${PRISMA_SCHEMA:-prisma/schema.prisma}"
migrations="$(dirname "$schema")/migrations"
provider="$(sed -n 's/^ *provider *= *"\(sqlite\|postgresql\)".*/\1/p' "$schema")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prisma() { npx prisma "$@" --config "$config"; }

if compgen -G "$migrations/*/migration.sql" > /dev/null; then
  if [ "$provider" = sqlite ]; then base="file:$work/base.db"; else base="${MIGRATION_BASE_URL:?set MIGRATION_BASE_URL to an empty scratch database}"; fi
  DATABASE_URL="$base" prisma migrate deploy > "$work/deploy.log" 2>&1 || { cat "$work/deploy.log" >&2; exit 1; }
  # `db pull --print` also prints a driver-adapter WARNING on stdout: keep only the schema.
  DATABASE_URL="$base" prisma db pull --print 2> "$work/pull.log" \
    | sed -n '/^\(generator\|datasource\) /,$p' \
    | sed -E '/^\s+\w+\s+String\??\s/!s/@default\("([A-Z][A-Z0-9_]*)"\)/@default(\1)/' > "$work/base.prisma"
  # SQLite stores enums as text, so introspection writes enum defaults as strings; the sed
  # above turns @default("DRAFT") back into @default(DRAFT) on every non-String field.
  grep -q '^datasource ' "$work/base.prisma" || { cat "$work/pull.log" >&2; exit 1; }
  from=(--from-schema-datamodel "$work/base.prisma")
else
  from=(--from-empty)
fi
prisma migrate diff "${from[@]}" --to-schema-datamodel "$schema" --script -o "$work/migration.sql" \
  2> "$work/diff.log" || { cat "$work/diff.log" >&2; exit 1; }
if ! grep -qvE '^\s*(--.*)?$' "$work/migration.sql"; then
  echo "$schema matches the migrations: nothing to do." >&2
  exit 0
fi
dir="$migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
cp "$work/migration.sql" "$dir/migration.sql"
[ -f "$migrations/migration_lock.toml" ] || printf 'provider = "%s"\n' "$provider" > "$migrations/migration_lock.toml"
echo "Created $dir/migration.sql"
