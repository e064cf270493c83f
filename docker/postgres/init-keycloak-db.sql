-- Keycloak keeps its own database next to Guildhall's.
CREATE DATABASE keycloak OWNER guildhall;
