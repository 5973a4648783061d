package ledger

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"sync"
	"time"
)

// appendJob is one record waiting to be logged.
type appendJob struct {
	entry entryRow // Site, ID, RecordHash, LoggedAt, Record; Idx and Receipt are results

	status  int    // 201 logged now, 200 logged before, 409 another record holds the id, 410 logged and archived
	receipt string // the receipt (status 200 and 201)
	err     error
	created bool // the claim was committed (sticky across retries without transactions)
	now     bool // the entry was claimed by this attempt
	hint    int64
	done    chan struct{}
}

// claimed records that this attempt gave j's record index idx (hint: the stored hash count then).
func (j *appendJob) claimed(idx, hint int64) {
	j.entry.Idx, j.entry.Receipt.Valid, j.created, j.now, j.hint = idx, false, true, true, hint
	j.status, j.receipt = 201, ""
}

// receiptIs records the receipt stored with j's entry.
func (j *appendJob) receiptIs(receipt string) {
	j.receipt = receipt
	j.entry.Receipt.String, j.entry.Receipt.Valid = receipt, true
}

// maxBatch bounds the records committed together.
const maxBatch = 256

// batcher runs queued jobs in batches on one goroutine at a time (group commit): a writer goroutine starts
// when work arrives and ends when the queue is empty, so an idle handler holds no goroutine.
type batcher struct {
	mu      sync.Mutex
	queue   []*appendJob
	running bool
	run     func([]*appendJob)
}

// submit queues j; j.done closes when it has run.
func (b *batcher) submit(j *appendJob) {
	b.mu.Lock()
	b.queue = append(b.queue, j)
	if !b.running {
		b.running = true
		go b.loop()
	}
	b.mu.Unlock()
}

func (b *batcher) loop() {
	for {
		b.mu.Lock()
		batch := b.queue
		if len(batch) > maxBatch {
			batch = batch[:maxBatch:maxBatch]
		}
		b.queue = b.queue[len(batch):]
		if len(batch) == 0 {
			b.queue = nil
			b.running = false
			b.mu.Unlock()
			return
		}
		b.mu.Unlock()
		b.run(batch)
		for _, j := range batch {
			close(j.done)
		}
	}
}

// runBatch logs the jobs of one batch: in one transaction when the database has them (SQLite), else
// statement by statement (D1), where the claim and hash protocol of tree.go keeps every step safe on its own.
// Transient errors (a busy database, a lost race) retry the batch.
func (h *handler) runBatch(jobs []*appendJob) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		err = h.tryBatch(ctx, jobs, !h.noTx)
		if err == nil || ctx.Err() != nil {
			break
		}
		h.logError("append batch", err)
		time.Sleep(time.Duration(1<<attempt) * time.Millisecond)
	}
	if err != nil {
		for _, j := range jobs {
			j.err = err
		}
	}
}

func (h *handler) tryBatch(ctx context.Context, jobs []*appendJob, useTx bool) error {
	var q querier = runner{q: h.db, stmts: &h.stmts}
	var tx *sql.Tx
	if useTx {
		var err error
		if tx, err = h.db.BeginTx(ctx, nil); err != nil {
			return err
		}
		defer tx.Rollback()
		q = runner{q: tx, tx: tx, stmts: &h.stmts}
	}
	if useTx {
		for _, j := range jobs {
			j.created = false
		}
	}
	if err := claimAll(ctx, q, jobs); err != nil {
		return err
	}
	trees, err := h.makeReceipts(ctx, q, jobs)
	if err != nil {
		return err
	}
	if tx != nil {
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	for _, t := range trees {
		h.hashes.add(t.site, t.memo) // committed now
	}
	return nil
}

// claimAll claims an index for every job: the jobs of one site together, claimRows entries per statement,
// and one by one (claim) where a batch statement fails (a repeated id, a race with another writer) or where
// an earlier attempt of this batch already committed the job's claim (without transactions).
func claimAll(ctx context.Context, q querier, jobs []*appendJob) error {
	var sites []string
	bySite := map[string][]*appendJob{}
	for _, j := range jobs {
		if bySite[j.entry.Site] == nil {
			sites = append(sites, j.entry.Site)
		}
		bySite[j.entry.Site] = append(bySite[j.entry.Site], j)
	}
	for _, site := range sites {
		js := bySite[site]
		for len(js) > 0 {
			chunk := js[:min(len(js), claimRows)]
			js = js[len(chunk):]
			if len(chunk) > 1 && !anyCreated(chunk) {
				es := make([]entryRow, len(chunk))
				for i, j := range chunk {
					es[i] = j.entry
				}
				if idx, hint, ok := claimEntries(ctx, q, es); ok {
					for i, j := range chunk {
						j.claimed(idx[i], hint)
					}
					continue
				}
			}
			for _, j := range chunk {
				if err := claim(ctx, q, j); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func anyCreated(jobs []*appendJob) bool {
	for _, j := range jobs {
		if j.created {
			return true
		}
	}
	return false
}

// maxClaimTries bounds the retries of a claim that lost the race for an index to another writer.
const maxClaimTries = 100

// claim gives j's record an index, or finds the entry already holding its id.
func claim(ctx context.Context, q querier, j *appendJob) error {
	j.status, j.receipt, j.now = 0, "", false
	for try := 0; try < maxClaimTries; try++ {
		idx, hint, ok, err := claimEntry(ctx, q, j.entry)
		if err != nil {
			return err
		}
		if ok {
			j.claimed(idx, hint)
			return nil
		}
		e, found, err := entryByID(ctx, q, j.entry.Site, j.entry.ID)
		if err != nil {
			return err
		}
		if !found {
			continue // another writer took the index: claim the next one
		}
		if e.RecordHash != j.entry.RecordHash {
			j.status = 409
			return nil
		}
		if isArchived(e) {
			j.entry, j.status = e, 410 // logged, then archived: its receipt is in the archive file
			return nil
		}
		j.entry, j.hint = e, -1
		j.status = 200
		if j.created {
			j.status = 201 // our own claim, committed by an earlier attempt
		}
		return nil
	}
	return errors.New("ledger: could not claim an index in " + strconv.Itoa(maxClaimTries) + " tries")
}

// makeReceipts signs a head covering the jobs' entries, site by site, and gives each job its receipt: the one
// stored with the entry, or a new one stored now. It returns the trees it read and extended.
func (h *handler) makeReceipts(ctx context.Context, q querier, jobs []*appendJob) ([]*treeStore, error) {
	last := map[string]*appendJob{} // per site, the job with the highest index that lacks a receipt
	for _, j := range jobs {
		if (j.status == 200 || j.status == 201) && !j.entry.Receipt.Valid {
			if l := last[j.entry.Site]; l == nil || j.entry.Idx > l.entry.Idx {
				last[j.entry.Site] = j
			}
		}
	}
	var trees []*treeStore
	for site, l := range last {
		t := newTreeStore(ctx, q, site, &h.hashes)
		t.known = map[int64]entryRow{}
		for _, j := range jobs {
			if j.entry.Site == site && j.now {
				t.known[j.entry.Idx] = j.entry
			}
		}
		trees = append(trees, t)
		var proofs []int64
		for _, j := range jobs {
			if j.entry.Site == site && !j.entry.Receipt.Valid && (j.status == 200 || j.status == 201) {
				proofs = append(proofs, j.entry.Idx)
			}
		}
		size, msg, err := t.signedHead(l.entry.Idx+1, l.hint, l.now, h.signer, proofs)
		if err != nil {
			return nil, err
		}
		var fresh []*appendJob // the site's jobs whose receipts are made now
		for _, j := range jobs {
			if j.entry.Site == site && (j.status == 200 || j.status == 201) && !j.entry.Receipt.Valid {
				fresh = append(fresh, j)
			}
		}
		if err := storeReceipts(ctx, t, fresh, size, msg); err != nil {
			return nil, err
		}
		for _, j := range jobs {
			if j.entry.Site != site || (j.status != 200 && j.status != 201) {
				continue
			}
			if err := finishReceipt(ctx, t, j, size, msg); err != nil {
				return nil, err
			}
		}
	}
	for _, j := range jobs {
		if (j.status == 200 || j.status == 201) && j.receipt == "" {
			j.receipt = j.entry.Receipt.String
		}
	}
	return trees, nil
}

// storeReceipts makes the receipts of jobs (none stored yet) for the tree of size n and stores them,
// receiptRows per statement. Where a statement does not store all of its receipts (another writer stored
// one first), it leaves those jobs to finishReceipt, which stores or reads them one by one.
func storeReceipts(ctx context.Context, t *treeStore, jobs []*appendJob, n int64, msg string) error {
	for len(jobs) > 1 {
		chunk := jobs[:min(len(jobs), receiptRows)]
		jobs = jobs[len(chunk):]
		idx := make([]int64, len(chunk))
		data := make([][]byte, len(chunk))
		for i, j := range chunk {
			r, err := t.receipt(j.entry, n, msg)
			if err != nil {
				return err
			}
			idx[i], data[i] = j.entry.Idx, r.Format()
		}
		ok, err := setReceipts(ctx, t.q, t.site, idx, data)
		if err != nil {
			return err
		}
		if ok {
			for i, j := range chunk {
				j.receiptIs(string(data[i]))
			}
		}
	}
	return nil
}

// finishReceipt sets j.receipt: the stored receipt, or a new one for the tree of size n that it stores.
func finishReceipt(ctx context.Context, t *treeStore, j *appendJob, n int64, msg string) error {
	if j.entry.Receipt.Valid {
		j.receipt = j.entry.Receipt.String
		return nil
	}
	r, err := t.receipt(j.entry, n, msg)
	if err != nil {
		return err
	}
	data := r.Format()
	ok, err := setReceipt(ctx, t.q, t.site, j.entry.Idx, data)
	if err != nil {
		return err
	}
	stored := string(data)
	if !ok {
		if stored, err = receiptAt(ctx, t.q, t.site, j.entry.Idx); err != nil {
			return err
		}
	}
	j.receiptIs(stored)
	return nil
}
