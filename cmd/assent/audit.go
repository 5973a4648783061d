package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"time"

	"github.com/assent-dev/assent/internal/audit"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/bundle"
)

const auditUsage = `usage: assent audit URL [--out DIR] [--lang TAG] [--timeout DURATION] [--viewport desktop|mobile] [--json]

Loads URL in headless Chromium as a first-time visitor (fresh profiles) and checks its consent banner and
behaviour: what is stored or sent before any choice, reject on the first layer and as prominent as accept, no
pre-ticked purposes, the reject respected after a reload and on two more pages, a withdrawal control, Google
Consent Mode defaults, Global Privacy Control, the banner's accessibility, and Assent's records.

Writes DIR/report.json, DIR/report.html and DIR/screenshots/; prints a summary (or, with --json, report.json) on
stdout and progress on stderr. Exit status: 0 no violation, 1 violations found, 2 bad usage or the audit could
not run (no Chromium, the page did not load).

flags:
`

// cmdAudit implements `assent audit`.
func cmdAudit(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("audit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "assent-audit", "directory for report.json, report.html and screenshots/")
	lang := fs.String("lang", "en", "the visitor's language (BCP 47), e.g. fr or de-AT")
	timeout := fs.Duration("timeout", 90*time.Second, "time limit for the whole audit")
	viewport := fs.String("viewport", "desktop", "desktop (1280x800) or mobile (390x844, touch)")
	asJSON := fs.Bool("json", false, "print report.json on stdout instead of the summary")
	chromium := fs.String("chromium", "", "path of the Chromium binary (default: chromium on PATH)")
	keyText := fs.String("key-text", "", "the log's verifier key, to verify the receipts of a page that runs Assent")
	fs.Usage = func() {
		io.WriteString(stderr, auditUsage)
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	if u, err := url.Parse(pos[0]); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		fmt.Fprintln(stderr, "assent audit: the URL must be absolute http:// or https://")
		return 2
	}
	if *viewport != "desktop" && *viewport != "mobile" {
		fmt.Fprintln(stderr, "assent audit: --viewport must be desktop or mobile")
		return 2
	}
	opts := audit.Options{Lang: *lang, Viewport: *viewport, Timeout: *timeout, Progress: stderr}
	if *keyText != "" {
		verify, err := receiptVerifier(*keyText)
		if err != nil {
			fmt.Fprintln(stderr, "assent audit:", err)
			return 2
		}
		opts.VerifyReceipt = verify
	}
	fmt.Fprintln(stderr, "audit: starting Chromium")
	b, err := audit.NewBrowser(ctx, audit.BrowserOptions{ExecPath: *chromium, Lang: *lang})
	if err != nil {
		fmt.Fprintln(stderr, "assent audit:", err)
		return 2
	}
	defer b.Close()
	rep, err := b.Audit(ctx, pos[0], opts)
	if err != nil {
		fmt.Fprintln(stderr, "assent audit:", err)
		return 2
	}
	if err := audit.WriteReport(*out, rep); err != nil {
		fmt.Fprintln(stderr, "assent audit:", err)
		return 2
	}
	if *asJSON {
		stdout.Write(rep.JSON())
	} else {
		audit.WriteSummary(stdout, rep, filepath.Join(*out, "report.html"))
	}
	if rep.Counts.Errors > 0 {
		return 1
	}
	return 0
}

// parseInterleaved parses flags that may come before and after the positional arguments
// (`assent audit URL --out DIR` as well as `assent audit --out DIR URL`).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// receiptVerifier checks an Assent record against its receipt with the log's verifier key.
func receiptVerifier(keyText string) (func(record, receipt json.RawMessage) error, error) {
	v, err := proof.NewVerifier(keyText)
	if err != nil {
		return nil, fmt.Errorf("bad --key-text: %w", err)
	}
	return func(record, receipt json.RawMessage) error {
		_, _, _, err := bundle.VerifyJSON(record, receipt, v)
		return err
	}, nil
}
