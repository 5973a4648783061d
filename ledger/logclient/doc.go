// Package logclient reads a consent ledger's public log over HTTP (docs/contract.md section 3) and checks it: it
// fetches the signed head and every entry, recomputes each record's hash, rebuilds the tree and verifies the
// head (proof.VerifyLog). The assent command (assent verify --log), the load and crash tests use it.
//
// Client.VerifyLog is the whole check; Client.Keys, Client.Head and Client.Entries are its parts. Errors
// fetching from the ledger wrap ErrUnreachable, so callers can tell "could not check" from "invalid".
package logclient
