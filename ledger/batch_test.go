package ledger_test

import (
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
)

// TestBatchStatements: records that arrive together share their statements on D1 (no transactions), where
// each statement is a round trip and D1 bills per statement: 16 new records are claimed in one statement and
// get their receipts in one, besides one read and one insert of tree hashes and one signed head. The log
// must still hold them in order, each with a receipt that verifies, and a batch repeating them must give the
// same receipts.
func TestBatchStatements(t *testing.T) {
	_, path := newDB(t)
	db := ledger.OpenNoTx(path)
	defer db.Close()
	opts := testOptions(t)
	opts.NoTransactions = true // as the Worker sets it for D1
	h := ledger.New(db, opts)
	recs := make([]rules.Record, 16)
	for i := range recs {
		recs[i] = ledgertest.NewRecord(testSite, time.Now())
	}
	logged := proof.FormatTime(time.Now())
	// A first record alone, so the batch below extends an existing tree.
	if _, _, err := ledger.LogBatch(h, recs[:1], logged); err != nil {
		t.Fatal(err)
	}
	before := ledger.Statements.Load()
	status, receipts, err := ledger.LogBatch(h, recs[1:], logged)
	if err != nil {
		t.Fatal(err)
	}
	n := ledger.Statements.Load() - before
	t.Logf("15 records in one batch: %d statements", n)
	if n > 6 {
		t.Errorf("15 records in one batch took %d statements, want at most 6 (claim, read hashes, insert hashes, head, receipts)", n)
	}
	for i, s := range status {
		if s != 201 {
			t.Errorf("record %d: status %d, want 201", i+1, s)
		}
	}
	// Again, with one new record in the middle and one record twice: the repeats get their receipts (200),
	// the new one is logged after them.
	fresh := ledgertest.NewRecord(testSite, time.Now())
	again := append(append(append([]rules.Record{}, recs[1:8]...), fresh, recs[3]), recs[8:]...)
	status2, receipts2, err := ledger.LogBatch(h, again, logged)
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range again {
		want := 200
		if rec.ID == fresh.ID {
			want = 201
		}
		if status2[i] != want {
			t.Errorf("repeat %d: status %d, want %d", i, status2[i], want)
		}
	}
	_, first, err := ledger.LogBatch(h, recs[:1], logged)
	if err != nil {
		t.Fatal(err)
	}
	all := append(recs, fresh)
	pairs := make([][2]string, len(all))
	pairs[0] = [2]string{first[0], first[0]}
	for i := 1; i < 16; i++ {
		pairs[i] = [2]string{receipts[i-1], receiptOf(again, receipts2, recs[i].ID)}
	}
	r := receiptOf(again, receipts2, fresh.ID)
	pairs[16] = [2]string{r, r}
	checkFinalLog(t, path, all, pairs)
}

// TestBatchConflicts: a batch holding one record id twice with different contents logs the first and
// refuses the second (409), and logs the others of the batch, in order.
func TestBatchConflicts(t *testing.T) {
	_, path := newDB(t)
	db := ledger.OpenNoTx(path)
	defer db.Close()
	opts := testOptions(t)
	opts.NoTransactions = true // as the Worker sets it for D1
	h := ledger.New(db, opts)
	a, b := ledgertest.NewRecord(testSite, time.Now()), ledgertest.NewRecord(testSite, time.Now())
	forged := ledgertest.NewRecord(testSite, time.Now())
	forged.ID = a.ID
	status, receipts, err := ledger.LogBatch(h, []rules.Record{a, forged, b}, proof.FormatTime(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	if status[0] != 201 || status[1] != 409 || status[2] != 201 {
		t.Fatalf("statuses %v, want [201 409 201]", status)
	}
	checkFinalLog(t, path, []rules.Record{a, b}, [][2]string{{receipts[0], receipts[0]}, {receipts[2], receipts[2]}})
}

func receiptOf(recs []rules.Record, receipts []string, id string) string {
	for i, r := range recs {
		if r.ID == id {
			return receipts[i]
		}
	}
	return ""
}
