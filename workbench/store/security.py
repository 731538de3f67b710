"""The structure's server decides who sees what: PostgreSQL roles, grants, row-level security, and
an audit trail written by the database itself.

``install`` runs with the owner's connection after every migration (``workbench team init``) and
is idempotent. It reads the live schema instead of a list: every table with a foreign key to
``cases`` or a ``case_id`` column gets row-level security (ENABLE + FORCE) and its policies, so a
table added by a later migration is protected without touching this file.

- Two group roles per database, ``<db>_conseiller`` and ``<db>_responsable`` (``atelier_conseiller``
  for a database named ``atelier``); every account is a login role in one of them, with a SCRAM
  password. Nobody but the owner may connect to the database.
- A counsellor reads and changes the cases whose counsellor is their display name or that are
  shared with them, and every row linked to those cases; erases only their own; creates cases in
  their own name. Changing a case's counsellor (reassignment, hand-over) and sharing are the
  manager's, refused by a trigger and by the grants. A manager sees the whole structure.
- ``accounts`` is read by everyone and written only through the SECURITY DEFINER functions below.
- Statistics come from views owned by the owner (:data:`STATISTICS_VIEWS`; not
  ``security_invoker``, so they see the whole structure) that carry what
  :mod:`workbench.core.cep_stats` counts and nothing personal: no name, contact or free text, the
  birth date cut to its month, the company's headcount to its size band, and instead of the case
  number an opaque key (a hash of it with a random salt that only the owner reads), the same in the
  three views. Every account reads them; nobody writes them.
- The audit triggers also ``pg_notify('atelier_changes', <case id>)`` at every change (delivered at
  commit, once per case and transaction): other computers' open views refresh
  (:mod:`workbench.store.notify`). Only the number travels; reading the case stays under the policies.
- ``audit_log`` is written by triggers (every change) and by ``atelier_audit`` (openings, exports,
  what the application names more precisely) under the signed-in role
  (``session_user``); no role but the owner may insert, change or delete its rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from workbench.core.cep_stats import COMPANY_SIZE_LIMITS

KINDS = ("conseiller", "responsable")
# Actions the database records by itself (triggers); the application asks for the others.
WRITTEN_BY_TRIGGERS = frozenset(
    {
        "creation",
        "modification",
        "archivage",
        "restauration",
        "effacement",
        "reattribution",
        "partage",
        "fin_partage",
        "emport",
        "retour",
    }
)
# Tables without personal data of beneficiaries (everything else in the schema must be case-linked).
SALT_TABLE = "atelier_statistics_salt"
NOT_PERSONAL = frozenset({"accounts", "database_info", "alembic_version", "sign_in_failures", SALT_TABLE})
STATISTICS_VIEWS = ("atelier_statistics_people", "atelier_statistics_stays", "atelier_statistics_meetings")


@dataclass(frozen=True)
class Groups:
    conseiller: str
    responsable: str


def groups(connection: Connection) -> Groups:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return Groups(f"{database}_conseiller"[:63], f"{database}_responsable"[:63])


def _q(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def case_linked_tables(connection: Connection) -> dict[str, str]:
    """Table → column referring to a case, for every table of the schema but ``cases``."""
    rows = connection.execute(
        text(
            """
            SELECT c.conrelid::regclass::text, a.attname
              FROM pg_constraint c
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             WHERE c.contype = 'f' AND c.confrelid = 'cases'::regclass
            UNION
            SELECT t.relname, a.attname
              FROM pg_class t
              JOIN pg_namespace n ON n.oid = t.relnamespace
              JOIN pg_attribute a ON a.attrelid = t.oid
             WHERE n.nspname = current_schema() AND t.relkind = 'r' AND a.attname = 'case_id'
               AND NOT a.attisdropped AND t.relname <> 'cases'
            """
        )
    ).all()
    return {str(table).strip('"'): str(column) for table, column in rows}


def _owner(connection: Connection, table: str) -> str:
    name = connection.execute(
        text("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = CAST(:t AS regclass)"), {"t": table}
    ).scalar_one()
    return _q(connection, str(name))


def _functions(g: Groups) -> str:
    """The SQL functions (SECURITY DEFINER ones pin their search_path)."""
    r, c = g.responsable, g.conseiller
    return f"""
CREATE OR REPLACE FUNCTION atelier_privileged(who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolsuper)
        OR pg_has_role(who, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION atelier_is_manager(who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{r}') AND pg_has_role(who, '{r}', 'MEMBER')
$$;

-- Whether the role ``who`` may see case ``cid``: the same rule as the policies on cases.
CREATE OR REPLACE FUNCTION atelier_may_see(who name, cid integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT atelier_privileged(who) OR atelier_is_manager(who) OR EXISTS (
        SELECT 1 FROM cases k
         WHERE k.id = cid
           AND (k.counsellor = (SELECT a.display_name FROM accounts a WHERE a.username = who)
                OR EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = cid AND s.username = who)))
$$;

CREATE OR REPLACE FUNCTION atelier_write_audit(act text, cid integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    -- once per transaction, action and case: a meeting saved with its case is one change
    INSERT INTO audit_log (at, actor, action, case_id)
    SELECT now(), session_user, act, cid
     WHERE NOT EXISTS (SELECT 1 FROM audit_log
                        WHERE case_id = cid AND action = act AND actor = session_user AND at = now())
$$;

CREATE OR REPLACE FUNCTION atelier_audit(act text, cid integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF act IN ({", ".join(f"'{a}'" for a in sorted(WRITTEN_BY_TRIGGERS))}) THEN
        RAISE EXCEPTION 'Action % : le serveur l''enregistre lui-même.', act
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT atelier_may_see(session_user, cid) THEN
        RAISE EXCEPTION 'Dossier % : ni attribué ni partagé à ce compte.', cid
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM atelier_write_audit(act, cid);
END $$;

CREATE OR REPLACE FUNCTION atelier_audit_case() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM atelier_write_audit('creation', NEW.id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM atelier_write_audit('effacement', OLD.id);
    ELSIF NEW.counsellor IS DISTINCT FROM OLD.counsellor THEN
        PERFORM atelier_write_audit('reattribution', NEW.id);
    ELSIF NEW.archived_at IS NOT NULL AND OLD.archived_at IS NULL THEN
        PERFORM atelier_write_audit('archivage', NEW.id);
    ELSIF NEW.archived_at IS NULL AND OLD.archived_at IS NOT NULL THEN
        PERFORM atelier_write_audit('restauration', NEW.id);
    ELSE
        PERFORM atelier_write_audit('modification', NEW.id);
    END IF;
    -- open views elsewhere refresh (workbench.store.notify): the case number only, never content
    PERFORM pg_notify('atelier_changes', COALESCE(NEW.id, OLD.id)::text);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION atelier_audit_linked() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    cid integer;
    act text := 'modification';
BEGIN
    IF TG_OP = 'DELETE' THEN cid := OLD.case_id; ELSE cid := NEW.case_id; END IF;
    IF NOT EXISTS (SELECT 1 FROM cases WHERE id = cid) THEN
        RETURN NULL;  -- the case itself is being erased: its erasure is the one entry
    END IF;
    IF TG_TABLE_NAME = 'case_checkouts' THEN
        act := CASE TG_OP WHEN 'INSERT' THEN 'emport' WHEN 'DELETE' THEN 'retour' ELSE 'modification' END;
    ELSIF TG_TABLE_NAME = 'case_shares' THEN
        act := CASE TG_OP WHEN 'INSERT' THEN 'partage' WHEN 'DELETE' THEN 'fin_partage' ELSE 'partage' END;
    END IF;
    PERFORM atelier_write_audit(act, cid);
    PERFORM pg_notify('atelier_changes', cid::text);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION atelier_guard_counsellor() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.counsellor IS DISTINCT FROM OLD.counsellor
       AND NOT (atelier_is_manager(session_user) OR atelier_privileged(session_user)) THEN
        RAISE EXCEPTION 'Seul le responsable de la structure attribue un dossier à un autre conseiller.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION atelier_account_add(
    p_username text, p_display_name text, p_role text, p_verifier text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    grp text := CASE p_role WHEN 'responsable' THEN '{r}' WHEN 'conseiller' THEN '{c}' END;
BEGIN
    IF NOT (atelier_privileged(session_user) OR atelier_is_manager(session_user)) THEN
        RAISE EXCEPTION 'Réservé au responsable de la structure (ou à l''administrateur du serveur).'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF grp IS NULL THEN
        RAISE EXCEPTION 'Rôle inconnu : %.', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM accounts) AND p_role <> 'responsable' THEN
        RAISE EXCEPTION 'Le premier compte du serveur doit être celui d''un responsable.'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN  -- never a password in clear, not even in logs
        RAISE EXCEPTION 'Mot de passe attendu chiffré (SCRAM-SHA-256).' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username)
       OR EXISTS (SELECT 1 FROM accounts WHERE username = p_username) THEN
        RAISE EXCEPTION 'L''identifiant « % » existe déjà sur le serveur.', p_username
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_username, p_verifier, grp);
    INSERT INTO accounts (username, display_name, role, active, created_at)
    VALUES (p_username, p_display_name, p_role, true, now());
END $$;

CREATE OR REPLACE FUNCTION atelier_set_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM accounts WHERE username = p_username) THEN
        RAISE EXCEPTION 'Aucun compte « % ».', p_username USING ERRCODE = 'undefined_object';
    END IF;
    IF NOT (p_username = session_user OR atelier_is_manager(session_user)
            OR atelier_privileged(session_user)) THEN
        RAISE EXCEPTION 'Un conseiller ne change que son propre mot de passe ; le responsable, ceux de tous.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'Mot de passe attendu chiffré (SCRAM-SHA-256).' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
END $$;

CREATE OR REPLACE FUNCTION atelier_sign_in_report(p_failures integer, p_first timestamptz, p_last timestamptz)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO sign_in_failures (username, failures, first_at, last_at, reported_at)
    VALUES (session_user, greatest(p_failures, 1), p_first, p_last, now())
$$;
"""


# (table, kind) policies: kind is "linked" unless the table has its own rules below.
def _policies(q: str, table: str, column: str, g: Groups) -> list[str]:
    c, r = g.conseiller, g.responsable
    me = "(SELECT a.display_name FROM accounts a WHERE a.username = current_user AND a.active)"
    visible_case = f"EXISTS (SELECT 1 FROM cases k WHERE k.id = {q}.{column})"
    if table == "cases":
        mine = f"counsellor = {me}"
        shared = "id IN (SELECT s.case_id FROM case_shares s WHERE s.username = current_user)"
        return [
            f"CREATE POLICY atelier_lire ON cases FOR SELECT TO {c} USING ({mine} OR {shared})",
            f"CREATE POLICY atelier_creer ON cases FOR INSERT TO {c} WITH CHECK ({mine})",
            f"CREATE POLICY atelier_modifier ON cases FOR UPDATE TO {c} "
            f"USING ({mine} OR {shared}) WITH CHECK ({mine} OR {shared})",
            f"CREATE POLICY atelier_effacer ON cases FOR DELETE TO {c} USING ({mine})",
            f"CREATE POLICY atelier_structure ON cases FOR ALL TO {r} USING (true) WITH CHECK (true)",
        ]
    if table == "case_shares":  # a counsellor sees what is shared with them; sharing is the manager's
        return [
            f"CREATE POLICY atelier_lire ON case_shares FOR SELECT TO {c} USING (username = current_user)",
            f"CREATE POLICY atelier_structure ON case_shares FOR ALL TO {r} USING (true) WITH CHECK (true)",
        ]
    if table == "audit_log":  # read-only for every account (no write grant either)
        return [
            f"CREATE POLICY atelier_lire ON audit_log FOR SELECT TO {c} USING ({visible_case})",
            f"CREATE POLICY atelier_structure ON audit_log FOR SELECT TO {r} USING (true)",
        ]
    return [
        f"CREATE POLICY atelier_lire ON {q} FOR ALL TO {c} USING ({visible_case}) WITH CHECK ({visible_case})",
        f"CREATE POLICY atelier_structure ON {q} FOR ALL TO {r} USING (true) WITH CHECK (true)",
    ]


def _grants(table: str) -> tuple[str, str]:
    """(counsellor's, manager's) privileges on a case-linked table."""
    if table == "audit_log":
        return "SELECT", "SELECT"
    if table == "case_shares":
        return "SELECT", "SELECT, INSERT, UPDATE, DELETE"
    return "SELECT, INSERT, UPDATE, DELETE", "SELECT, INSERT, UPDATE, DELETE"


def install(connection: Connection) -> list[str]:
    """Create or refresh roles, grants, policies and audit triggers; returns the protected tables."""
    g = groups(connection)
    c, r = _q(connection, g.conseiller), _q(connection, g.responsable)
    qg = Groups(c, r)
    database = _q(connection, connection.execute(text("SELECT current_database()")).scalar_one())

    def run(statement: str) -> None:
        connection.exec_driver_sql(statement.replace("%", "%%"))

    for name in (g.conseiller, g.responsable):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        if exists is None:
            run(f"CREATE ROLE {_q(connection, name)} NOLOGIN")
    run(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {database} TO {c}, {r}")
    run(f"GRANT USAGE ON SCHEMA public TO {c}, {r}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {c}, {r}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {c}, {r}")
    run(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {c}, {r}")
    run(f"GRANT SELECT ON accounts, database_info, alembic_version TO {c}, {r}")

    run(_functions(qg))
    run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, {c}, {r}")
    for function in ("atelier_audit(text, integer)", "atelier_set_password(text, text)"):
        run(f"GRANT EXECUTE ON FUNCTION {function} TO {c}, {r}")
    run(f"GRANT EXECUTE ON FUNCTION atelier_sign_in_report(integer, timestamptz, timestamptz) TO {c}, {r}")
    run(f"GRANT EXECUTE ON FUNCTION atelier_account_add(text, text, text, text) TO {r}")
    run("ALTER TABLE sign_in_failures ENABLE ROW LEVEL SECURITY")
    run("ALTER TABLE sign_in_failures FORCE ROW LEVEL SECURITY")
    run("DROP POLICY IF EXISTS atelier_lire ON sign_in_failures")
    run(f"CREATE POLICY atelier_lire ON sign_in_failures FOR SELECT TO {c} USING (username = current_user)")
    run("DROP POLICY IF EXISTS atelier_structure ON sign_in_failures")
    run(f"CREATE POLICY atelier_structure ON sign_in_failures FOR SELECT TO {r} USING (true)")
    run("DROP POLICY IF EXISTS atelier_proprietaire ON sign_in_failures")
    run(
        f"CREATE POLICY atelier_proprietaire ON sign_in_failures TO {_owner(connection, 'sign_in_failures')} "
        "USING (true) WITH CHECK (true)"
    )
    run(f"GRANT SELECT ON sign_in_failures TO {c}, {r}")

    linked = case_linked_tables(connection)
    protected = ["cases", *sorted(linked)]
    for table in protected:
        q = _q(connection, table)
        column = _q(connection, linked.get(table, "id"))
        run(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY")
        run(f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY")
        for (name,) in connection.execute(
            text("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = :t"),
            {"t": table},
        ).all():
            run(f"DROP POLICY {_q(connection, name)} ON {q}")
        # The owner (migrations, the security-definer functions) is not restricted.
        run(
            f"CREATE POLICY atelier_proprietaire ON {q} TO {_owner(connection, table)} USING (true) WITH CHECK (true)"
        )
        for policy in _policies(q, table, column, qg):
            run(policy)
        counsellor, manager = _grants(table)
        run(f"GRANT {counsellor} ON {q} TO {c}")
        run(f"GRANT {manager} ON {q} TO {r}")
        run(f"DROP TRIGGER IF EXISTS atelier_audit ON {q}")
        if table == "cases":
            run(
                "CREATE TRIGGER atelier_audit AFTER INSERT OR UPDATE OR DELETE ON cases "
                "FOR EACH ROW EXECUTE FUNCTION atelier_audit_case()"
            )
            run("DROP TRIGGER IF EXISTS atelier_guard_counsellor ON cases")
            run(
                "CREATE TRIGGER atelier_guard_counsellor BEFORE UPDATE OF counsellor ON cases "
                "FOR EACH ROW EXECUTE FUNCTION atelier_guard_counsellor()"
            )
        elif table not in {"audit_log", "checkouts"} and linked[table] == "case_id":
            run(
                f"CREATE TRIGGER atelier_audit AFTER INSERT OR UPDATE OR DELETE ON {q} "
                "FOR EACH ROW EXECUTE FUNCTION atelier_audit_linked()"
            )
    drop_statistics_views(connection)
    for statement in _statistics_views():
        run(statement)
    run(f"REVOKE ALL ON {SALT_TABLE} FROM PUBLIC, {c}, {r}")
    for view in STATISTICS_VIEWS:
        run(f"REVOKE ALL ON {view} FROM PUBLIC")
        run(f"GRANT SELECT ON {view} TO {c}, {r}")
    _sync_accounts(connection, g)
    return protected


def _statistics_views() -> list[str]:
    """The salt (made once per database) and the views of the activity statistics."""
    key = "('x' || substr(md5(salt.value || {}::text), 1, 15))::bit(60)::bigint"  # 60 bits: a positive bigint
    band = " ".join(f"WHEN k.company_headcount < {limit} THEN {low}" for low, limit in _size_bands())
    people, stays, meetings = STATISTICS_VIEWS
    return [
        f"CREATE TABLE IF NOT EXISTS {SALT_TABLE} (value text NOT NULL)",
        f"INSERT INTO {SALT_TABLE} (value) SELECT gen_random_uuid()::text "
        f"WHERE NOT EXISTS (SELECT 1 FROM {SALT_TABLE})",
        f"""CREATE VIEW {people} AS
            SELECT {key.format("k.id")} AS case_key, k.sex,
                   date_trunc('month', k.birth_date)::date AS birth_month,
                   k.highest_qualification_level, k.csp,
                   CASE WHEN k.company_headcount IS NULL THEN NULL {band}
                        ELSE {COMPANY_SIZE_LIMITS[-1]} END AS company_size_floor,
                   k.counsellor
              FROM cases k CROSS JOIN {SALT_TABLE} salt""",
        f"""CREATE VIEW {stays} AS
            SELECT {key.format("t.case_id")} AS case_key, t.level, t.entered_on, t.exited_on
              FROM cep_stays t CROSS JOIN {SALT_TABLE} salt""",
        f"""CREATE VIEW {meetings} AS
            SELECT {key.format("m.case_id")} AS case_key, m.day, m.level, m.counsellor
              FROM meetings m CROSS JOIN {SALT_TABLE} salt""",
    ]


def _size_bands() -> list[tuple[int, int]]:
    """(smallest headcount, limit) of each company size but the largest: the view gives the band's
    smallest headcount, which :func:`workbench.core.cep_stats.company_size` puts in the same band."""
    return list(zip((0, *COMPANY_SIZE_LIMITS[:-1]), COMPANY_SIZE_LIMITS, strict=True))


def drop_statistics_views(connection: Connection) -> None:
    """Before a migration: a view would stop it from changing the columns it reads."""
    for view in STATISTICS_VIEWS:
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {view}")


def _sync_accounts(connection: Connection, g: Groups) -> None:
    """Accounts written before the server kept them as roles become login roles (without a
    password: the administrator gives one with ``workbench team password``)."""
    for username, role in connection.execute(text("SELECT username, role FROM accounts")).all():
        name = _q(connection, username)
        if (
            connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": username}).first()
            is None
        ):
            connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
        group = g.responsable if role == "responsable" else g.conseiller
        connection.exec_driver_sql(f"GRANT {_q(connection, group)} TO {name}")


def disable_row_security(connection: Connection) -> None:
    """Turn the policies off (the load test's comparison only: counsellors then see everything)."""
    for table in ["cases", *case_linked_tables(connection)]:
        q = _q(connection, table)
        connection.exec_driver_sql(f"ALTER TABLE {q} NO FORCE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {q} DISABLE ROW LEVEL SECURITY")
