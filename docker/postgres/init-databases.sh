#!/usr/bin/env bash
# Runs once, when the postgres volume is empty (the image's /docker-entrypoint-initdb.d/).
# Guildhall and Keycloak each get a database of their own, owned by a role of their own that is
# not a superuser: neither can read the other's data, and neither can alter the cluster. (Since
# PostgreSQL 15 the public schema belongs to the database's owner, so Flyway and Keycloak can
# create their tables there.)
# Passwords come from the environment (docker/compose.yaml) through psql variables, so they are
# quoted by psql and never written into this file.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-${POSTGRES_USER:-postgres}}" \
  --set=guildhall_password="$GUILDHALL_DB_PASSWORD" \
  --set=keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE guildhall LOGIN PASSWORD :'guildhall_password';
CREATE DATABASE guildhall OWNER guildhall;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
