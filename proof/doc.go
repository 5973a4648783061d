// Package proof defines the proofs an Assent consent ledger hands out and how anyone checks them offline:
// the signed tree head of a site's transparency log, the receipt a record gets when it is logged, and the
// rebuild of a whole log from its entries. It is imported by the ledger (which makes proofs), the assent
// command (assent verify) and the verifier page (wasm); it does no I/O.
//
// # The log
//
// Each site has its own append-only Merkle tree, the one of [golang.org/x/mod/sumdb/tlog] (RFC 6962 hashing).
// Entry i of the log is one consent record (docs/contract.md section 5) and the server time it was logged at. Its leaf
// data is the entry text
//
//	assent-entry/v1
//	record <record hash: 64 lower-case hex>
//	logged <server time: 2006-01-02T15:04:05.000Z>
//
// (three lines, each ending in a newline; see [Entry.Text]) and its leaf hash is tlog.RecordHash of that text
// ([Entry.LeafHash]). Binding the server time into the leaf makes the time the ledger received a record as
// tamper-evident as the record itself. The record hash is the record's own "hash" field: the SHA-256 of its
// RFC 8785 encoding without that field, so anyone holding the record can recompute it.
//
// # Tree heads
//
// A tree head is a checkpoint (the C2SP tlog-checkpoint body): three lines, the origin, the tree size in
// decimal, and the root hash in standard base64:
//
//	shop.example/consent-log
//	42
//	qh8Rm3...=
//
// The origin of a site's log is the site name followed by "/consent-log" ([Origin]). The head is signed as a
// [golang.org/x/mod/sumdb/note] with an Ed25519 key (see [GenerateKey]); signatures are deterministic, so two
// ledger instances signing the same head produce the same bytes. [OpenHead] checks a signed head strictly:
// exactly one signature, by the given verifier, in canonical base64, over a canonical checkpoint.
//
// # Receipts
//
// A [Receipt] is what POST /v1/records answers: the record hash, the server time, the entry index, the tree
// size, the signed head of that size and the inclusion proof of the entry in it. Its encoding is one JSON
// object in RFC 8785 (JCS) form, with a version field "v" (1):
//
//	{"head":"shop.example/consent-log\n2\n...\n\n— assent.local Ab12...\n","index":1,
//	 "logged_at":"2026-11-23T10:00:00.123Z","proof":["...="],"record_hash":"3f0c...",
//	 "site":"shop.example","tree_size":2,"v":1}
//
// (one line in reality). [ParseReceipt] accepts only that canonical form, at most [MaxReceiptSize] bytes, so
// any change to a receipt, even of one byte, makes it fail to parse or fail [VerifyReceipt].
//
// # Checking a whole log
//
// [VerifyLog] rebuilds a log's tree from all its entries, checks the signed head against it, and checks that
// earlier heads (for instance those inside receipts) are prefixes of it. [VerifyConsistency] checks a
// consistency proof between two heads without the entries.
package proof
