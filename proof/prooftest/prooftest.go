// Package prooftest makes signed consent logs for tests, as the ledger makes them: a fresh Ed25519 key, the
// entries appended in order to a tlog tree, the final tree head signed, and a receipt per entry against it.
package prooftest

import (
	"testing"

	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/tlog"
)

// Log logs entries for site under a new key named keyName and returns each entry's receipt for the whole tree,
// and the log's verifier key.
func Log(t testing.TB, site, keyName string, entries []proof.Entry) ([]proof.Receipt, string) {
	t.Helper()
	skey, vkey, err := proof.GenerateKey(keyName)
	if err != nil {
		t.Fatal(err)
	}
	return LogWith(t, site, skey, entries), vkey
}

// LogWith logs entries for site under the signer key skey (proof.GenerateKey's first result), as Log does, and
// returns each entry's receipt: several logs under one key, as one ledger keeps for its sites.
func LogWith(t testing.TB, site, skey string, entries []proof.Entry) []proof.Receipt {
	t.Helper()
	signer, _, err := proof.NewSigner(skey)
	if err != nil {
		t.Fatal(err)
	}
	var tree proof.Tree
	for _, e := range entries {
		if err := tree.Append(e.LeafHash()); err != nil {
			t.Fatal(err)
		}
	}
	n := int64(len(entries))
	root, err := tree.Root(n)
	if err != nil {
		t.Fatal(err)
	}
	head, err := proof.SignHead(proof.Head{Origin: proof.Origin(site), Size: n, Root: root}, signer)
	if err != nil {
		t.Fatal(err)
	}
	receipts := make([]proof.Receipt, len(entries))
	for i, e := range entries {
		p, err := tlog.ProveRecord(n, int64(i), &tree)
		if err != nil {
			t.Fatal(err)
		}
		receipts[i] = proof.Receipt{Site: site, RecordHash: e.RecordHash, LoggedAt: e.LoggedAt, Index: int64(i),
			TreeSize: n, Head: head, Proof: p}
	}
	return receipts
}
