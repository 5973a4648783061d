-- Assent consent ledger, schema 5: archived log ranges. `assent archive` downloads a range of a site's log
-- into an archive file and then asks the ledger (POST /v1/log/{site}/archive, the site's key) to drop the
-- record contents of that range, chunk by chunk: each chunk is one row here. The entries keep their id,
-- record hash, log time and subject (idempotency, prev checks, the tree's leaves); their record becomes
-- {"archived":true,"subject":...} and their receipt NULL. The hashes and heads tables are not touched, so the
-- log stays append-only and every proof can still be served. Chunks are contiguous from entry 0.
CREATE TABLE IF NOT EXISTS archives (
  site           TEXT    NOT NULL,
  start_idx      INTEGER NOT NULL,   -- first entry of the chunk
  end_idx        INTEGER NOT NULL,   -- one past its last entry
  sha256         TEXT    NOT NULL,   -- hex SHA-256 of the chunk's export lines, as the archive file holds them
  archive_sha256 TEXT    NOT NULL,   -- hex SHA-256 of the archive file the chunk went to
  archived_at    TEXT    NOT NULL,
  PRIMARY KEY (site, start_idx)
) WITHOUT ROWID;
