package audit

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// BrowserOptions configure the one Chromium process that audits share.
type BrowserOptions struct {
	// ExecPath is the Chromium binary; empty means "chromium" (or another Chrome) found on PATH.
	ExecPath string
	// HostResolverRules is passed to --host-resolver-rules, e.g. "MAP tracker.test 127.0.0.1:8081". Tests use it to
	// serve "third-party" hosts locally; leave it empty for real audits.
	HostResolverRules string
	// IgnoreCertificateErrors accepts any TLS certificate. Tests use it for local HTTPS servers that stand in for
	// real (HSTS-preloaded) tracker hosts; never set it for real audits.
	IgnoreCertificateErrors bool
	// Lang is the browser's UI language and first Accept-Language entry (BCP 47, default "en").
	Lang string
}

// Browser is one headless Chromium. Each [Browser.Audit] runs its visits in fresh browser contexts (empty
// profiles: no cookies, storage or cache), so one Browser serves many audits, one at a time or in parallel.
type Browser struct {
	ctx     context.Context
	cancel  context.CancelFunc
	version string // e.g. "156.0.8078.79"
	lang    string
}

// ErrNoChromium is returned by [NewBrowser] when no Chromium binary can be found.
var ErrNoChromium = errors.New("audit: chromium not found (install Debian's chromium, or pass its path)")

// chromiumFlags are chromedp's defaults with Chromium's new headless mode, GPU, QUIC and background updates
// off, plus the ones that make the browser look like an ordinary visitor's: no --enable-automation (it sets
// navigator.webdriver and the "controlled by automated software" infobar) and Blink's AutomationControlled
// feature off.
func chromiumFlags(o BrowserOptions) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts,
		chromedp.Flag("headless", "new"),
		chromedp.Flag("enable-automation", false),
		chromedp.Flag("disable-blink-features", "AutomationControlled"),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("lang", o.Lang),
		chromedp.Flag("accept-lang", o.Lang),
	)
	if o.ExecPath != "" {
		opts = append(opts, chromedp.ExecPath(o.ExecPath))
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	if o.HostResolverRules != "" {
		opts = append(opts, chromedp.Flag("host-resolver-rules", o.HostResolverRules))
	}
	if o.IgnoreCertificateErrors {
		opts = append(opts, chromedp.Flag("ignore-certificate-errors", true))
	}
	return opts
}

// NewBrowser starts Chromium. The browser lives until [Browser.Close] or until ctx is done.
func NewBrowser(ctx context.Context, o BrowserOptions) (*Browser, error) {
	if o.Lang == "" {
		o.Lang = "en"
	}
	if o.ExecPath == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				o.ExecPath = p
				break
			}
		}
		if o.ExecPath == "" {
			return nil, ErrNoChromium
		}
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, chromiumFlags(o)...)
	bctx, bcancel := chromedp.NewContext(actx)
	cancel := func() { bcancel(); acancel() }
	if err := chromedp.Do(bctx); err != nil {
		cancel()
		return nil, fmt.Errorf("audit: starting chromium: %w", err)
	}
	v, err := chromedp.CallBrowser(bctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		cancel()
		return nil, fmt.Errorf("audit: chromium version: %w", err)
	}
	_, ver, _ := strings.Cut(v.Product, "/")
	return &Browser{ctx: bctx, cancel: cancel, version: ver, lang: o.Lang}, nil
}

// Close stops Chromium and removes its temporary profile.
func (b *Browser) Close() {
	if b != nil && b.cancel != nil {
		b.cancel()
	}
}

// Version is the Chromium version, e.g. "156.0.8078.79".
func (b *Browser) Version() string { return b.version }

// major is the major version, used in the reduced user-agent string every Chrome sends.
func (b *Browser) major() string {
	m, _, _ := strings.Cut(b.version, ".")
	if m == "" {
		return "140"
	}
	return m
}
