-- Assent consent ledger, schema 1. SQLite dialect; applied by `wrangler d1 migrations apply` in the Worker
-- (migrations_dir points here) and by ledger.Migrate for `assent serve`. Both record applied files in
-- d1_migrations. Hashes are lower-case hex text, times are UTC text in 2006-01-02T15:04:05.000Z form.

-- Sites the ledger accepts records for, besides those given in ledger.Options.Sites.
CREATE TABLE IF NOT EXISTS sites (
  name              TEXT PRIMARY KEY,           -- the record's "site"
  origins           TEXT NOT NULL DEFAULT '',   -- allowed browser origins, space-separated
  export_key_sha256 TEXT NOT NULL DEFAULT ''    -- hex SHA-256 of the export bearer key; '' disables export
);

-- The log entries: entry idx of site's log. idx is claimed with one INSERT ... SELECT MAX(idx)+1 statement;
-- the primary key makes a lost race an ignored insert, never a gap or a duplicate.
CREATE TABLE IF NOT EXISTS entries (
  site        TEXT    NOT NULL,
  idx         INTEGER NOT NULL,
  id          TEXT    NOT NULL,   -- the record's "id"
  record_hash TEXT    NOT NULL,   -- the record's "hash"
  logged_at   TEXT    NOT NULL,   -- server time, part of the leaf
  record      TEXT    NOT NULL,   -- the record, RFC 8785 JSON with its hash
  receipt     TEXT,               -- the receipt first given for it (proof.Receipt.Format), NULL until made
  PRIMARY KEY (site, idx),
  UNIQUE (site, id)
);
CREATE INDEX IF NOT EXISTS entries_by_id ON entries (id);

-- The stored hashes of each site's Merkle tree, at tlog.StoredHashIndex positions. Rows are only ever
-- inserted as a contiguous run starting at or below the current end, with INSERT OR IGNORE of values that
-- are a function of the entries, so the table always holds a prefix of the tree.
CREATE TABLE IF NOT EXISTS hashes (
  site TEXT    NOT NULL,
  hidx INTEGER NOT NULL,
  hash TEXT    NOT NULL,
  PRIMARY KEY (site, hidx)
) WITHOUT ROWID;

-- Signed tree heads (proof.SignHead notes), one per size signed.
CREATE TABLE IF NOT EXISTS heads (
  site TEXT    NOT NULL,
  size INTEGER NOT NULL,
  note TEXT    NOT NULL,
  PRIMARY KEY (site, size)
) WITHOUT ROWID;

-- Double opt-in tokens: single use, expiring. Only the token's hash is kept.
CREATE TABLE IF NOT EXISTS doi_tokens (
  token_sha256 TEXT PRIMARY KEY,
  site         TEXT NOT NULL,
  record_id    TEXT NOT NULL,      -- the marketing_opt_in record being confirmed
  redirect     TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  used_at      TEXT
);
