package proof_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/tlog"
)

// A ledger logs one record and answers with a receipt; anyone holding the record, the receipt and the log's
// verifier key checks it offline.
func Example() {
	skey, vkey, _ := proof.GenerateKey("ledger.example")
	signer, _, _ := proof.NewSigner(skey)

	// The ledger side: append the entry, sign the head, prove inclusion.
	sum := sha256.Sum256([]byte(`{"canonical":"record"}`))
	entry := proof.Entry{RecordHash: hex.EncodeToString(sum[:]), LoggedAt: "2026-11-23T10:00:00.123Z"}
	var tree proof.Tree
	tree.Append(entry.LeafHash())
	root, _ := tree.Root(1)
	head, _ := proof.SignHead(proof.Head{Origin: proof.Origin("shop.example"), Size: 1, Root: root}, signer)
	p, _ := tlog.ProveRecord(1, 0, &tree)
	receipt := proof.Receipt{Site: "shop.example", RecordHash: entry.RecordHash, LoggedAt: entry.LoggedAt,
		Index: 0, TreeSize: 1, Head: head, Proof: p}
	data := receipt.Format()

	// The verifier side.
	r, err := proof.ParseReceipt(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	verifier, _ := proof.NewVerifier(vkey)
	h, err := proof.VerifyReceipt(r, entry.RecordHash, verifier)
	fmt.Println(h.Site(), h.Size, err)

	data[len(data)-2] = '2' // "v":2
	_, err = proof.ParseReceipt(data)
	fmt.Println(err)
	// Output:
	// shop.example 1 <nil>
	// proof: unsupported receipt version
}
