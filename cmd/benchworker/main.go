// Command benchworker measures the CPU time workerd spends per request on a running `wrangler dev --local`
// (scripts/bench-worker starts one): for each endpoint it sends requests one at a time and reads the CPU time of
// every workerd process under -pid from /proc (Linux: the sum of /proc/PID/task/*/schedstat, in nanoseconds)
// before the request and once the Worker is idle again after it. It prints median and p90 per endpoint, then
// posts -n records at concurrency -c (records/s, p50/p99 latency) and checks the site's log holds every
// acknowledged record with a receipt that verifies (no fork, no lost record).
//
//	go run ./cmd/benchworker -url http://127.0.0.1:8787 -pid $WRANGLER_PID -site demo.assent.test
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules/codec"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:8787", "Worker base `URL`")
	pid := flag.Int("pid", 0, "`pid` of wrangler dev: the workerd processes under it are measured")
	site := flag.String("site", "demo.assent.test", "registered `site`")
	origin := flag.String("origin", "http://127.0.0.1:8080", "allowed Origin of the site")
	n := flag.Int("req", 60, "measured requests per endpoint")
	loadN := flag.Int("n", 800, "records posted by the load run (0: none)")
	c := flag.Int("c", 16, "concurrency of the load run")
	floorURL := flag.String("floor-url", "", "base `URL` of a JS worker answering GET / with a constant and GET /d1 with one D1 query: workerd's own cost of a request, subtracted in the net column")
	floorPID := flag.Int("floor-pid", 0, "`pid` of the wrangler dev serving -floor-url")
	settle := flag.Duration("settle", 25*time.Millisecond, "wait after each answer for the Worker's work to end")
	flag.Parse()
	if *pid == 0 {
		fmt.Fprintln(os.Stderr, "benchworker: -pid is required")
		os.Exit(2)
	}
	procs := workerdPIDs(*pid)
	if len(procs) == 0 {
		fmt.Fprintln(os.Stderr, "benchworker: no workerd process under pid", *pid)
		os.Exit(1)
	}
	b := bench{url: strings.TrimSuffix(*url, "/"), procs: procs, settle: *settle, hc: &http.Client{Timeout: time.Minute}}
	ctx := context.Background()
	// Some records first, so the log reads have a tree to read.
	for range 20 {
		b.post(*site, *origin)
	}
	idle := b.measure(*n, func() {}) // what workerd burns with no request at all, in the same window
	fmt.Printf("workerd CPU per request, %d requests each; net = median - floor; D1 = statements per request;\n"+
		"est = net - D1 x (one D1 query - floor): the Worker's own CPU, local D1 taken away\n", *n)
	fmt.Printf("%-44s %9s %9s %9s %6s %9s\n", "endpoint", "median", "p90", "net", "D1", "est")
	row("(idle window)", idle)
	if *floorURL != "" {
		f := bench{url: strings.TrimSuffix(*floorURL, "/"), procs: workerdPIDs(*floorPID), settle: *settle, hc: b.hc}
		constant := f.measure(*n, func() { f.get("/") })
		floor = pct(constant, 50)
		row("floor: JS worker, constant answer", constant)
		d1 := f.measure(*n, func() { f.get("/d1") })
		row("floor: JS worker, one D1 query", d1)
		perQuery = pct(d1, 50) - floor
	}
	gets := []string{"/v1/health", "/v1/context", "/v1/keys", "/v1/log/" + *site + "/head",
		"/v1/log/" + *site + "/entries?start=0&end=16", "/v1/log/" + *site + "/proof/3?size=16",
		"/v1/log/" + *site + "/consistency?from=8&to=16"}
	for _, p := range gets {
		b.endpoint("GET "+p, *n, func() { b.get(p) })
	}
	b.endpoint("POST /v1/records", *n, func() { b.post(*site, *origin) })
	if *loadN == 0 {
		return
	}
	vkey := ""
	if keys, err := (&logclient.Client{BaseURL: b.url}).Keys(ctx); err == nil && len(keys) > 0 {
		vkey = keys[0]
	}
	v, err := proof.NewVerifier(vkey)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchworker: verifier key:", err)
		os.Exit(1)
	}
	lc := logclient.Client{BaseURL: b.url}
	msg, err := lc.Head(ctx, *site)
	var before int64
	if err == nil {
		h, herr := proof.OpenHead(msg, v)
		before, err = h.Size, herr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchworker: head:", err)
		os.Exit(1)
	}
	st0, ch0 := b.d1()
	cpu0 := b.cpu()
	res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: b.url, Site: *site, Origin: *origin, N: *loadN, Concurrency: *c})
	cpu := time.Duration(b.cpu() - cpu0)
	st1, ch1 := b.d1()
	acked := float64(max(len(res.Acked), 1))
	fmt.Printf("load c=%d: %s; per record: workerd CPU %s, D1 statements %.2f, D1 rows changed %.2f\n", *c, res.Summary(),
		ms(time.Duration(float64(cpu)/acked)), float64(st1-st0)/acked, float64(ch1-ch0)/acked)
	head, err := ledgertest.CheckAcked(ctx, b.url, *site, v, before, res.Acked)
	if err != nil || res.Failures > 0 {
		fmt.Fprintln(os.Stderr, "benchworker: log check failed:", err, res.FirstErr)
		os.Exit(1)
	}
	fmt.Printf("log ok: %d entries (was %d), every acknowledged record logged once with a receipt that verifies\n", head.Size, before)
	if *floorURL != "" {
		// The ceiling of any Worker in this wrangler dev setup: a JS worker answering a constant, and one running
		// one D1 query, under the same concurrency.
		for _, path := range []string{"/", "/d1"} {
			fmt.Printf("floor load c=%d, GET %s: %.0f requests/s\n", *c, path, floorLoad(b.hc, *floorURL+path, *loadN, *c))
		}
	}
}

// floorLoad sends n GET requests to u from c clients at once and returns the requests answered 200 per second.
func floorLoad(hc *http.Client, u string, n, c int) float64 {
	var wg sync.WaitGroup
	var next, ok atomic.Int64
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(n) {
				res, err := hc.Get(u)
				if err != nil {
					continue
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode == http.StatusOK {
					ok.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return float64(ok.Load()) / time.Since(start).Seconds()
}

type bench struct {
	url    string
	procs  []int
	settle time.Duration
	hc     *http.Client
}

// measure runs f n times, one at a time, and returns the workerd CPU time of each run.
func (b *bench) measure(n int, f func()) []time.Duration {
	for range 3 { // warm up
		f()
	}
	time.Sleep(b.settle)
	out := make([]time.Duration, 0, n)
	for range n {
		c0 := b.cpu()
		f()
		time.Sleep(b.settle)
		out = append(out, time.Duration(b.cpu()-c0))
	}
	slices.Sort(out)
	return out
}

func (b *bench) get(path string) {
	res, err := b.hc.Get(b.url + path)
	b.check("GET "+path, res, err, 200)
}

func (b *bench) post(site, origin string) {
	req, _ := http.NewRequest("POST", b.url+"/v1/records", bytes.NewReader(codec.FormatRecord(ledgertest.NewRecord(site, time.Now()))))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", origin)
	res, err := b.hc.Do(req)
	b.check("POST /v1/records", res, err, 201)
}

func (b *bench) check(what string, res *http.Response, err error, want int) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchworker:", what+":", err)
		os.Exit(1)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != want {
		fmt.Fprintf(os.Stderr, "benchworker: %s: status %d, want %d: %s\n", what, res.StatusCode, want, body)
		os.Exit(1)
	}
}

// cpu returns the CPU time, in nanoseconds, that the workerd processes have used so far.
func (b *bench) cpu() int64 {
	var total int64
	for _, p := range b.procs {
		tasks, _ := filepath.Glob("/proc/" + strconv.Itoa(p) + "/task/*/schedstat")
		for _, t := range tasks {
			data, err := os.ReadFile(t)
			if err != nil {
				continue // the thread ended
			}
			if f := strings.Fields(string(data)); len(f) > 0 {
				v, _ := strconv.ParseInt(f[0], 10, 64)
				total += v
			}
		}
	}
	return total
}

// workerdPIDs returns the workerd processes that descend from root.
func workerdPIDs(root int) []int {
	parent := map[int]int{}
	name := map[int]string{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, s := range stats {
		data, err := os.ReadFile(s)
		if err != nil {
			continue
		}
		text := string(data)
		open, close := strings.IndexByte(text, '('), strings.LastIndexByte(text, ')')
		if open < 0 || close < open {
			continue
		}
		pid, _ := strconv.Atoi(strings.TrimSpace(text[:open]))
		f := strings.Fields(text[close+1:])
		if len(f) < 2 {
			continue
		}
		pp, _ := strconv.Atoi(f[1])
		parent[pid], name[pid] = pp, text[open+1:close]
	}
	var out []int
	for pid, n := range name {
		if n != "workerd" {
			continue
		}
		for p := parent[pid]; p > 1; p = parent[p] {
			if p == root {
				out = append(out, pid)
				break
			}
		}
	}
	return out
}

func pct(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	return d[min(max(int(float64(len(d))*p/100+0.5)-1, 0), len(d)-1)]
}

// endpoint measures f n times and prints its row, with the D1 statements it ran per request and the CPU
// left once the floor and the statements' local D1 cost are taken away.
func (b *bench) endpoint(what string, n int, f func()) {
	s0, _ := b.d1()
	d := b.measure(n, f)
	s1, _ := b.d1()
	stmts := float64(s1-s0) / float64(n+3) // measure warms up with 3 more runs
	est := pct(d, 50) - floor - time.Duration(stmts*float64(perQuery))
	fmt.Printf("%-44s %9s %9s %9s %6.1f %9s\n", what, ms(pct(d, 50)), ms(pct(d, 90)), ms(pct(d, 50)-floor), stmts, ms(est))
}

// d1 returns the isolate's D1 statements and rows changed so far (the Server-Timing totals of worker.mjs).
func (b *bench) d1() (statements, changed int64) {
	res, err := b.hc.Get(b.url + "/v1/health")
	if err != nil {
		return 0, 0
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	for _, m := range strings.Split(res.Header.Get("Server-Timing"), ",") {
		name, dur, _ := strings.Cut(strings.TrimSpace(m), ";dur=")
		v, _ := strconv.ParseInt(dur, 10, 64)
		switch name {
		case "d1-statements":
			statements = v
		case "d1-rows-changed":
			changed = v
		}
	}
	return statements, changed
}

// perQuery is what one D1 query costs workerd locally beyond the floor (local D1 runs inside workerd).
var perQuery time.Duration

// floor is the median workerd CPU of a request to a JS worker that answers a constant (0 if not measured).
var floor time.Duration

// row prints the median, p90 and net median (median - floor) of d.
func row(what string, d []time.Duration) {
	fmt.Printf("%-44s %9s %9s %9s\n", what, ms(pct(d, 50)), ms(pct(d, 90)), ms(pct(d, 50)-floor))
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 2, 64) + " ms"
}
