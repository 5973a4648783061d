package audit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"time"
)

// Options configure one audit.
type Options struct {
	// Lang is the visitor's language (BCP 47), sent as Accept-Language and navigator.languages; default "en".
	// The browser's UI language is the one given to NewBrowser.
	Lang string
	// Viewport is "desktop" (1280x800) or "mobile" (390x844, touch, mobile user agent); default "desktop".
	Viewport string
	// Timeout bounds the whole audit; default 90 s.
	Timeout time.Duration
	// Progress receives one line per step ("audit: ..."); nil is silent.
	Progress io.Writer
	// VerifyReceipt checks an Assent record against its receipt (signature, inclusion proof, record hash). Nil: the
	// receipts are counted, not verified, and the assent_records check says so.
	VerifyReceipt func(record, receipt json.RawMessage) error
}

// ErrBadURL is returned by [Browser.Audit] for a URL that is not absolute http or https.
var ErrBadURL = errors.New("audit: the URL must be absolute http:// or https://")

// run is the state of one audit.
type run struct {
	b      *Browser
	o      Options
	url    string
	site   string // registrable domain of the audited page
	rep    *Report
	checks map[string]Check
	banner *bannerInfo // first layer of the first visit
}

// Audit loads rawURL as a first-time visitor in fresh profiles and checks its consent banner and behaviour:
// see the package documentation for the visits and checks. It returns an error only when the audit could not run
// (bad URL, page not loading, browser gone); every problem with the page itself is a [Finding].
func (b *Browser) Audit(ctx context.Context, rawURL string, o Options) (*Report, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, ErrBadURL
	}
	if o.Lang == "" {
		o.Lang = "en"
	}
	if o.Viewport == "" {
		o.Viewport = "desktop"
	}
	if _, ok := viewports[o.Viewport]; !ok {
		return nil, errors.New("audit: viewport must be desktop or mobile")
	}
	if o.Timeout <= 0 {
		o.Timeout = 90 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	start := time.Now()
	r := &run{b: b, o: o, url: u.String(), site: siteOf(u.Hostname()), checks: map[string]Check{}, rep: &Report{
		Schema: Schema, URL: u.String(), StartedAt: start.UTC().Format(time.RFC3339),
		Options: RunOptions{Lang: o.Lang, Viewport: o.Viewport, TimeoutS: int(o.Timeout / time.Second)},
	}}
	if err := r.all(ctx); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("audit: timed out after %s (raise --timeout): %w", o.Timeout, err)
		}
		return nil, err
	}
	r.rep.DurationMS = time.Since(start).Milliseconds()
	r.rep.Checks = r.orderedChecks()
	r.rep.finish()
	return r.rep, nil
}

// all runs the visits in order: the first visit decides what the others need.
func (r *run) all(ctx context.Context) error {
	if err := r.firstVisit(ctx); err != nil {
		return err
	}
	if r.banner == nil {
		return nil
	}
	if err := r.preferencesVisit(ctx); err != nil {
		return err
	}
	if err := r.acceptVisit(ctx); err != nil {
		return err
	}
	return r.gpcVisit(ctx)
}

func (r *run) progress(format string, args ...any) {
	if r.o.Progress != nil {
		fmt.Fprintf(r.o.Progress, "audit: "+format+"\n", args...)
	}
}

// add records findings and fails (or warns) their checks.
func (r *run) add(fs ...Finding) {
	for _, f := range fs {
		r.rep.Findings = append(r.rep.Findings, f)
		c := r.checks[f.Check]
		if c.Note == "" || c.Status == StatusPass || c.Status == "" {
			c.Note = "see " + f.Code
		}
		if f.Severity == SeverityError {
			c.Status = StatusFail
		} else if c.Status != StatusFail {
			c.Status = StatusWarn
		}
		r.checks[f.Check] = c
	}
}

// setCheck sets the status of a check unless a finding already failed or warned it; note is kept either way.
func (r *run) setCheck(id, status, note string) {
	c := r.checks[id]
	if c.Status == "" || c.Status == StatusPass || c.Status == StatusNotRun {
		c.Status = status
		if note != "" {
			c.Note = note
		}
	}
	r.checks[id] = c
}

func (r *run) orderedChecks() []Check {
	out := make([]Check, 0, len(checkTitles))
	for _, t := range checkTitles {
		c := r.checks[t.id]
		c.ID, c.Title = t.id, t.title
		if c.Status == "" {
			c.Status = StatusNotRun
			if c.Note == "" {
				c.Note = "not reached: an earlier step did not find what this check needs"
			}
		}
		out = append(out, c)
	}
	return out
}

// addScreenshot keeps a PNG for the report and returns its name.
func (r *run) addScreenshot(v *visit, name, caption string) string {
	png, err := v.screenshot()
	if err != nil {
		r.progress("screenshot %s failed: %v", name, err)
		return ""
	}
	r.rep.Screenshots = append(r.rep.Screenshots, Screenshot{
		Name: name, File: "screenshots/" + name + ".png", Caption: caption,
		Width: v.vp.Width, Height: v.vp.Height, png: png,
	})
	return name
}

// Settle timings: after a load or a click the audit waits until the page is quiet.
const (
	settleMin   = 300 * time.Millisecond
	settleQuiet = 400 * time.Millisecond
	settleMax   = 4 * time.Second
)

// load opens u in v and waits for the page to settle.
func (r *run) load(v *visit, u string) error {
	if err := v.navigate(u); err != nil {
		return err
	}
	v.settle(settleMin, settleQuiet, settleMax)
	return nil
}
