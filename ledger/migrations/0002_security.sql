-- Assent consent ledger, schema 2: per-site acceptance of version 1 records, the lookup of a record's prev by
-- hash, and every verifier key that has signed this log (so /v1/keys keeps listing a retired key).

-- 1 when the site still accepts new version 1 records (a migration to version 2 under way).
ALTER TABLE sites ADD COLUMN accept_v1 INTEGER NOT NULL DEFAULT 0;

-- POST /v1/records checks that a record's prev is the hash of the same subject's record on the same site.
CREATE INDEX IF NOT EXISTS entries_by_hash ON entries (site, record_hash);

-- The log's verifier keys, current and retired, in the order they were first used.
CREATE TABLE IF NOT EXISTS log_keys (
  vkey     TEXT PRIMARY KEY,   -- the note verifier key text, name+hash+key
  added_at TEXT NOT NULL
);
