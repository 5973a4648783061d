// Command loadledger posts N consent records at concurrency C to a running ledger, then checks that the
// site's log grew by exactly N entries, verifies, and holds every acknowledged record with a valid receipt.
//
//	go run ./cmd/loadledger -url http://127.0.0.1:8080 -site demo.assent.test -n 2000 -c 16
//
// The verifier key comes from -key (text) or the ledger's /v1/keys. Exit 0 when every post was acknowledged
// and the log checks out, 1 otherwise, 2 on bad usage.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("loadledger", flag.ContinueOnError)
	flags.SetOutput(stderr)
	url := flags.String("url", "http://127.0.0.1:8080", "ledger base `URL`")
	site := flags.String("site", "demo.assent.test", "registered `site`")
	origin := flags.String("origin", "", "Origin header to send (an allowed origin of the site)")
	n := flags.Int("n", 1000, "records to post")
	c := flags.Int("c", 16, "concurrent clients")
	key := flags.String("key", "", "verifier key `text` (default: the ledger's /v1/keys)")
	if err := flags.Parse(args); err != nil || flags.NArg() > 0 || *n < 1 || *c < 1 {
		return 2
	}
	lc := logclient.Client{BaseURL: *url}
	vkey := *key
	if vkey == "" {
		keys, err := lc.Keys(ctx)
		if err != nil {
			fmt.Fprintln(stderr, "loadledger:", err)
			return 1
		}
		vkey = keys[0]
	}
	v, err := proof.NewVerifier(vkey)
	if err != nil {
		fmt.Fprintln(stderr, "loadledger:", err)
		return 2
	}
	before, err := headSize(ctx, &lc, *site, vkey)
	if err != nil {
		fmt.Fprintln(stderr, "loadledger:", err)
		return 1
	}
	res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: *url, Site: *site, Origin: *origin, N: *n, Concurrency: *c})
	fmt.Fprintf(stdout, "load c=%d: %s\n", *c, res.Summary())
	if res.Failures > 0 {
		fmt.Fprintln(stderr, "loadledger: first failure:", res.FirstErr)
	}
	t0 := time.Now()
	head, err := ledgertest.CheckAcked(ctx, *url, *site, v, before, res.Acked)
	if err != nil {
		fmt.Fprintln(stderr, "loadledger: log check failed:", err)
		return 1
	}
	fmt.Fprintf(stdout, "log ok: %d entries (was %d), every receipt verifies, checked in %s\n", head.Size, before,
		time.Since(t0).Round(time.Millisecond))
	if res.Failures > 0 {
		return 1
	}
	return 0
}

func headSize(ctx context.Context, lc *logclient.Client, site, vkey string) (int64, error) {
	msg, err := lc.Head(ctx, site)
	if err != nil {
		return 0, err
	}
	v, err := proof.NewVerifier(strings.TrimSpace(vkey))
	if err != nil {
		return 0, err
	}
	h, err := proof.OpenHead(msg, v)
	return h.Size, err
}
