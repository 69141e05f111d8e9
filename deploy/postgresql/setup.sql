-- Dateline on PostgreSQL: the roles and the database, with least privilege (docs/DEPLOY.md).
-- Run once as a superuser:   psql -v ON_ERROR_STOP=1 -f setup.sql
-- psql asks for the two passwords (\prompt); they are stored as SCRAM hashes, never printed.
--
--   dateline_app     the nodes and the ./dateline commands log in as this role. It owns the
--                    schema "dateline" because Flyway creates and alters its tables at start
--                    (migrations run when a node starts). No superuser, no CREATEDB, no
--                    CREATEROLE, no access to any other database.
--   dateline_backup  reads everything in the schema for pg_dump, changes nothing.

SET password_encryption = 'scram-sha-256';

\prompt 'Password for dateline_app: ' app_password
CREATE ROLE dateline_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
    CONNECTION LIMIT 40 PASSWORD :'app_password';

\prompt 'Password for dateline_backup: ' backup_password
CREATE ROLE dateline_backup LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
    CONNECTION LIMIT 4 PASSWORD :'backup_password';

-- UTF-8 whatever the cluster's default: names in every script are everyday data.
CREATE DATABASE dateline ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE dateline FROM PUBLIC;
GRANT CONNECT ON DATABASE dateline TO dateline_app, dateline_backup;

\connect dateline

-- Nobody creates anything in "public"; the application's tables live in their own schema.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA dateline AUTHORIZATION dateline_app;
ALTER ROLE dateline_app IN DATABASE dateline SET search_path = dateline;
ALTER ROLE dateline_backup IN DATABASE dateline SET search_path = dateline;

-- The backup role reads the tables the application creates now and later.
GRANT USAGE ON SCHEMA dateline TO dateline_backup;
ALTER DEFAULT PRIVILEGES FOR ROLE dateline_app IN SCHEMA dateline
    GRANT SELECT ON TABLES TO dateline_backup;
ALTER DEFAULT PRIVILEGES FOR ROLE dateline_app IN SCHEMA dateline
    GRANT SELECT ON SEQUENCES TO dateline_backup;
