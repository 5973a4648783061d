// Package ledger is Assent's consent ledger: the HTTP API of docs/contract.md section 3 over database/sql. It
// validates consent records with the rules package, appends them to a per-site transparency log
// (golang.org/x/mod/sumdb/tlog), signs tree heads (golang.org/x/mod/sumdb/note, Ed25519) and answers with
// receipts in the format of package proof. The same code runs in `assent serve` (SQLite through
// modernc.org/sqlite, see OpenSQLite) and in the Cloudflare Worker (D1 through github.com/syumai/workers).
//
// # API
//
//	GET  /v1/health                          {"ok":true}
//	GET  /v1/context                         {"country":"FR","gpc":true} (Options.Country, else X-Assent-Country; Sec-GPC)
//	POST /v1/records                         201 receipt | 200 same receipt | 400 findings | 403 | 409 | 413 | 415 | 429
//	GET  /v1/records/{id}?site=S             {"record":{...},"receipt":{...}}; site key
//	GET  /v1/log/{site}/head                 the latest signed tree head, text/plain (a signed note)
//	GET  /v1/log/{site}/proof/{index}?size=N {"index":i,"tree_size":N,"proof":["base64",...]}
//	GET  /v1/log/{site}/consistency?from=N&to=M  {"from":N,"to":M,"proof":["base64",...]}, 1 <= N <= M
//	GET  /v1/log/{site}/entries?start=N&end=M    {"site","start","end","tree_size","entries":[{"index","logged_at","record_hash"}]}
//	                                         (with the site key, each entry has "record" too, pages capped by bytes)
//	GET  /v1/log/{site}/export?start=&end=   NDJSON {"index","logged_at","record","receipt"}; site key; from the
//	                                         archived end (header Assent-Archived: 0-N)
//	GET  /v1/log/{site}/archive              {"site","archived_end","tree_size","prefix","archives":[...]}; site key
//	POST /v1/log/{site}/archive              {"start","end","sha256","archive_sha256"} -> 200; 400 | 409; site key
//	GET  /v1/keys                            {"keys":[current, retired...],"current":"...","retired":[...]}
//	POST /v1/doi                             {"record_id","redirect"[,"site"]} -> 201 {"token","confirm_url","expires_at"}; site key
//	GET  /v1/doi/confirm?token=T             a page whose button POSTs the token; logs nothing; 404/410 otherwise
//	POST /v1/doi/confirm (token=T)           logs a doi_confirm record, 303 to the redirect; 404/410 otherwise
//
// Private by default: without the site's key (Authorization: Bearer, scheme in any case; Site.ExportKeySHA256)
// the API serves what a log monitor needs (heads, proofs, record hashes and log times) and no record content.
//
// Records are checked as stored: bytes first (invalid UTF-8 and escaped lone surrogates: invalid_utf8), then
// the form, site and origin, the size of the canonical record, the version (version 1 only for sites with
// AcceptV1), a version 2 record's subject signature (package rules/recordsig), the content
// (rules.ValidateRecord), the author (doi_confirm is written by the ledger only) and the chain (prev must be the
// hash of the same subject's record on the same site). A refused record is never stored.
//
// Sizes in proof, consistency and entries are bounded by the latest signed head. Errors are JSON
// {"error": code, "message": text, "findings": [...]}; codes are stable snake_case (record_invalid,
// record_malformed, invalid_utf8, not_json, unsupported_media_type, too_large, unknown_site,
// origin_not_allowed, v1_not_accepted, bad_subject_key, subject_key_mismatch, bad_signature, ledger_action,
// prev_not_found, prev_foreign, record_id_conflict, rate_limited, bad_range, unauthorized, record_not_found,
// doi_token_used, ...). A request carrying an Origin header other than the API's own origin is refused (403
// origin_not_allowed) unless a registered site allows that origin (the site of the path or of the record, for
// log and record requests); allowed origins get Access-Control-Allow-Origin, and OPTIONS preflights are
// answered. Client addresses are used only, truncated, as rate-limit keys; nothing about the client is stored.
//
// # Storage and the append protocol
//
// The schema is in migrations/ (wrangler's D1 format, tracked in d1_migrations by both wrangler and Migrate).
// D1 has no transactions, and in the Worker every request is a fresh instance, so appending is built from
// single atomic statements that stay correct when any number of writers in any number of processes
// interleave them:
//
//  1. Claim: INSERT OR IGNORE INTO entries ... SELECT COALESCE(MAX(idx),-1)+1 ... RETURNING idx. The
//     primary key (site, idx) turns a lost race into an ignored insert (retry), UNIQUE (site, id) turns a
//     repeated record into one (idempotency: same hash 200, other hash 409). Entries therefore never have
//     gaps or duplicates, and once written they never change.
//  2. Hash: the writer computes the tlog stored hashes of every entry not yet hashed, up to its own, from
//     the entries table, and inserts them with INSERT OR IGNORE at their tlog.StoredHashIndex positions,
//     in one statement per run starting at or below the current end. The values are a function of the
//     immutable entries, so racing writers insert identical rows and the table always holds a prefix of
//     the tree.
//  3. Sign: if no stored head covers the entry, the writer signs the head of every hashed entry (Ed25519
//     note signatures are deterministic, so racing writers produce the same bytes) and inserts it with
//     INSERT OR IGNORE. A head is only ever signed for a size whose entries and hashes are all present,
//     so no two heads of one log can disagree: the log cannot fork.
//  4. Receipt: the inclusion proof of the entry in that head; stored with UPDATE ... WHERE receipt IS NULL
//     so the first receipt made is the one every repeat of the record gets.
//
// A writer that dies between steps leaves a valid state: the next writer (or a repeat of the record, or
// GET /v1/records/{id}) completes the missing hashes, head and receipt.
//
// A handler groups concurrent records (group commit): one writer goroutine, started when work arrives and
// gone when the queue is empty, takes every record waiting, runs steps 1-4 for all of them in one
// transaction (BEGIN IMMEDIATE with OpenSQLite), signs one head per batch and commits once. With
// Options.NoTransactions (D1) the same steps run statement by statement. Step 2 first works out (by a dry run of tlog's
// algorithms) every stored hash the new hashes, the head and the proofs will read, and fetches them in one
// query, so a new record in the Worker costs five D1 statements: claim, read hashes, insert hashes, insert
// head, store receipt. Records of one batch share those statements: one multi-row claim (a plain INSERT of
// consecutive indexes, so any conflict fails it whole and the records are then claimed one by one as in
// step 1) and one multi-row receipt UPDATE, so 16 records arriving together cost 4-6 statements, not 80. The
// fixed statements are prepared once per handler, and committed stored hashes (immutable) are cached in
// memory between batches.
//
// # Archiving
//
// `assent archive` (package logclient, WriteArchive and DropArchived) downloads a site's old range into an
// archive file (package proof/archive) and asks the ledger to drop those records' contents, chunk by chunk
// (MaxArchiveChunk entries): the ledger checks that the chunk starts where the archived range ends, lies under
// the latest signed head, holds only receipted entries and that the SHA-256 of its export lines is the one the
// caller sent (so it drops nothing the file does not hold as logged), records the chunk in the archives table
// (one INSERT that refuses overlaps) and then replaces each record with {"archived":true,"subject":...} and its
// receipt with NULL (one UPDATE). Ids, record hashes, log times, stored hashes and heads stay, so appends,
// idempotency, prev checks, heads and proofs are unaffected. Archived records answer 410 "archived" naming the
// chunk and the archive file's SHA-256.
//
// # Receipts and entries
//
// A receipt is proof.Receipt in its canonical JSON (see package proof): the leaf of entry i is the hash of
// "assent-entry/v1\nrecord <record hash>\nlogged <server time>\n", so the time the ledger logged a record is
// covered by the signed tree as well. The server time is stamped when the request is accepted.
//
// # Durability
//
// OpenSQLite uses WAL with synchronous=FULL: a receipt is sent only after the commit holding its entry is
// synced, so acknowledged records survive a crash or power loss (see SQLiteDSN). D1 commits every
// statement durably before it returns.
//
// # Sites
//
// Records are accepted for sites in Options.Sites or in the sites table (PutSite), with their allowed
// origins, the SHA-256 of their bearer key (HashKey) and whether they accept version 1 records. One site's
// origin cannot write for another and one site's key reads nothing of another's.
//
// # Keys
//
// Heads are signed with Options.Signer; GET /v1/keys lists its verifier key, Options.RetiredKeys and every key
// remembered in the database (RememberKey, HasLog), so receipts signed before a rotation keep verifying. Site names must be lower-case host names
// (proof.ValidSite).
package ledger
