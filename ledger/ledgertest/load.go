package ledgertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/note"
)

// LoadConfig describes a load run: N fresh records posted to BaseURL for Site by Concurrency clients.
type LoadConfig struct {
	BaseURL     string
	Site        string
	Origin      string // sent as Origin when not ""
	N           int
	Concurrency int
	Client      *http.Client // default: keep-alive client sized for Concurrency
	OnAck       func(Acked)  // called (from the posting goroutines) for each acknowledged record
}

// Acked is a record the ledger acknowledged (200/201) and its receipt.
type Acked struct {
	Record  rules.Record
	Receipt []byte
}

// LoadResult is what a load run measured.
type LoadResult struct {
	Elapsed   time.Duration
	Latencies []time.Duration // of acknowledged posts, sorted
	Acked     []Acked
	Failures  int
	FirstErr  error
}

// Rate returns acknowledged records per second.
func (r LoadResult) Rate() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(len(r.Acked)) / r.Elapsed.Seconds()
}

// Percentile returns the p-th percentile latency (0 < p <= 100).
func (r LoadResult) Percentile(p float64) time.Duration {
	if len(r.Latencies) == 0 {
		return 0
	}
	i := int(float64(len(r.Latencies))*p/100+0.5) - 1
	return r.Latencies[min(max(i, 0), len(r.Latencies)-1)]
}

// Summary is one line: records, rate, p50, p99, failures.
func (r LoadResult) Summary() string {
	return strconv.Itoa(len(r.Acked)) + " records in " + r.Elapsed.Round(time.Millisecond).String() + ": " +
		strconv.FormatFloat(r.Rate(), 'f', 0, 64) + " records/s, p50 " + ms(r.Percentile(50)) + ", p99 " +
		ms(r.Percentile(99)) + ", " + strconv.Itoa(r.Failures) + " failed"
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 2, 64) + " ms"
}

// Load posts cfg.N new records and measures the answers. It stops early when ctx is done; posts that fail
// (network error or a status other than 200/201) are counted, not retried.
func Load(ctx context.Context, cfg LoadConfig) LoadResult {
	hc := cfg.Client
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{
			MaxIdleConns: cfg.Concurrency, MaxIdleConnsPerHost: cfg.Concurrency}}
	}
	bodies := make([]rules.Record, cfg.N)
	for i := range bodies {
		bodies[i] = NewRecord(cfg.Site, time.Now())
	}
	var (
		next atomic.Int64
		mu   sync.Mutex
		res  LoadResult
		wg   sync.WaitGroup
	)
	start := time.Now()
	for range max(cfg.Concurrency, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= cfg.N {
					return
				}
				t0 := time.Now()
				receipt, err := postOne(ctx, hc, cfg, bodies[i])
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					res.Failures++
					if res.FirstErr == nil {
						res.FirstErr = err
					}
				} else {
					res.Latencies = append(res.Latencies, d)
					res.Acked = append(res.Acked, Acked{Record: bodies[i], Receipt: receipt})
				}
				mu.Unlock()
				if err == nil && cfg.OnAck != nil {
					cfg.OnAck(Acked{Record: bodies[i], Receipt: receipt})
				}
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	slices.Sort(res.Latencies)
	return res
}

func postOne(ctx context.Context, hc *http.Client, cfg LoadConfig, rec rules.Record) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", strings.TrimSuffix(cfg.BaseURL, "/")+"/v1/records",
		bytes.NewReader(codec.FormatRecord(rec)))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if cfg.Origin != "" {
		req.Header.Set("Origin", cfg.Origin)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 && resp.StatusCode != 201 {
		return nil, errors.New("status " + resp.Status + ": " + string(body))
	}
	return bytes.TrimSpace(body), nil
}

// CheckAcked fetches site's whole log and checks it verifies, that it grew by exactly len(acked) entries
// from size before (pass -1 to skip that check, e.g. when other writers were busy), and that every
// acknowledged record is in it at its receipt's index with a receipt that verifies and whose head is a
// prefix of the log.
func CheckAcked(ctx context.Context, baseURL, site string, v note.Verifier, before int64, acked []Acked) (proof.Head, error) {
	heads := make([]proof.Head, 0, len(acked))
	for _, a := range acked {
		rc, err := proof.ParseReceipt(a.Receipt)
		if err != nil {
			return proof.Head{}, fmt.Errorf("ledgertest: receipt of %s: %w", a.Record.ID, err)
		}
		h, err := proof.VerifyReceipt(rc, a.Record.Hash, v)
		if err != nil {
			return proof.Head{}, fmt.Errorf("ledgertest: receipt of %s: %w", a.Record.ID, err)
		}
		heads = append(heads, h)
	}
	lc := logclient.Client{BaseURL: baseURL}
	res, err := lc.VerifyLog(ctx, site, v, heads...)
	if err != nil {
		return proof.Head{}, err
	}
	if before >= 0 && res.Head.Size != before+int64(len(acked)) {
		return res.Head, errors.New("ledgertest: log has " + strconv.FormatInt(res.Head.Size, 10) + " entries, want " +
			strconv.FormatInt(before, 10) + " + " + strconv.Itoa(len(acked)))
	}
	for _, a := range acked {
		rc, _ := proof.ParseReceipt(a.Receipt)
		if got := res.Hashes[rc.Index]; got != a.Record.Hash {
			return res.Head, errors.New("ledgertest: entry " + strconv.FormatInt(rc.Index, 10) + " is not record " + a.Record.ID)
		}
	}
	return res.Head, nil
}
