package audit

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

//go:embed probe.js
var probeJS string

//go:embed data/axe.min.js
var axeJS string

// visit is one tab in a fresh browser context (an empty profile), as a first-time visitor sees the site.
type visit struct {
	ctx    context.Context
	cancel context.CancelFunc
	b      *Browser
	vp     viewport
	mu     sync.Mutex
	reqs   []seenRequest
	last   time.Time // when the last request was seen
}

type seenRequest struct {
	url, typ string
	at       time.Time
}

type viewport struct {
	Width, Height int64
	Scale         float64
	Mobile        bool
}

var viewports = map[string]viewport{
	"desktop": {Width: 1280, Height: 800, Scale: 1},
	"mobile":  {Width: 390, Height: 844, Scale: 2, Mobile: true},
}

// gpcScript makes navigator.globalPrivacyControl true, as browsers that send Sec-GPC: 1 do.
const gpcScript = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true, configurable: true});`

// newVisit opens a tab in a new, empty browser context with the viewport, language (BCP 47; "" is the browser's)
// and user agent of an ordinary visitor; gpc adds the Global Privacy Control signal (header and navigator property).
func (b *Browser) newVisit(ctx context.Context, vpName, lang string, gpc bool) (*visit, error) {
	if lang == "" {
		lang = b.lang
	}
	v := &visit{b: b, vp: viewports[vpName], last: time.Now()}
	tctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(v.listen))
	// The tab lives in the browser's context; ctx (the audit's deadline) bounds every step through v.run.
	stop := context.AfterFunc(ctx, cancel)
	v.ctx, v.cancel = tctx, func() { stop(); cancel() }
	ua, meta := b.userAgent(v.vp.Mobile)
	headers := network.Headers{}
	if gpc {
		headers["Sec-GPC"] = "1"
	}
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
				return err
			}
			if _, err := chromedp.Call(ctx, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{Headers: headers}); err != nil {
				return err
			}
			if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
				UserAgent: ua, AcceptLanguage: acceptLanguage(lang), Platform: meta.navPlatform, UserAgentMetadata: meta.ch,
			}); err != nil {
				return err
			}
			if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
				Width: v.vp.Width, Height: v.vp.Height, DeviceScaleFactor: v.vp.Scale, Mobile: v.vp.Mobile,
			}); err != nil {
				return err
			}
			if v.vp.Mobile {
				if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
					return err
				}
			}
			if gpc {
				if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: gpcScript}); err != nil {
					return err
				}
			}
			return nil
		}),
	}
	if err := chromedp.Do(tctx, steps...); err != nil {
		v.cancel()
		return nil, fmt.Errorf("audit: opening a tab: %w", err)
	}
	return v, nil
}

func (v *visit) close() { v.cancel() }

// listen records every request the page makes (runs on the tab's event loop: no commands here).
func (v *visit) listen(ev any) {
	if e, ok := ev.(*network.EventRequestWillBeSent); ok && e.Request != nil {
		v.mu.Lock()
		v.reqs = append(v.reqs, seenRequest{url: e.Request.URL, typ: string(e.Type), at: time.Now()})
		v.last = time.Now()
		v.mu.Unlock()
	}
}

// requestsSince returns the requests seen after t.
func (v *visit) requestsSince(t time.Time) []seenRequest {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out []seenRequest
	for _, r := range v.reqs {
		if !r.at.Before(t) {
			out = append(out, r)
		}
	}
	return out
}

// settle waits until the page has made no request for quiet (at least min, at most max): scripts that a banner or
// a tag manager loads after the load event are then in the record.
func (v *visit) settle(minWait, quiet, maxWait time.Duration) {
	start := time.Now()
	for {
		time.Sleep(50 * time.Millisecond)
		v.mu.Lock()
		last := v.last
		v.mu.Unlock()
		el := time.Since(start)
		if el >= maxWait || (el >= minWait && time.Since(last) >= quiet) || v.ctx.Err() != nil {
			return
		}
	}
}

func (v *visit) navigate(u string) error {
	if err := chromedp.Do(v.ctx, chromedp.Navigate(u)); err != nil {
		return fmt.Errorf("audit: loading %s: %w", u, err)
	}
	return nil
}

func (v *visit) reload() error { return chromedp.Do(v.ctx, chromedp.Reload()) }

func (v *visit) location() string {
	s, _ := chromedp.Run(v.ctx, chromedp.Location())
	return s
}

// eval runs a probe method (a JS expression on the probe object `p`) and decodes its JSON result into out.
func (v *visit) eval(expr string, out any) error {
	js := probeJS + ";(async () => { const p = window.__assentAudit; const r = await (" + expr + "); return JSON.stringify(r === undefined ? null : r); })()"
	s, err := chromedp.Run(v.ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("audit: in-page probe: %w", err)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal([]byte(s), out)
}

// bannerWait is how long a visit keeps looking for a banner after the page settled: consent managers often render
// after their script, configuration or WebAssembly has loaded.
const bannerWait = 5 * time.Second

// waitBanner looks for the consent banner until it appears or bannerWait passes (nil: none found).
func (v *visit) waitBanner() (*bannerInfo, error) {
	return v.waitFor("p.findBanner(false)", bannerWait)
}

// waitFor evaluates a probe expression returning a banner or null until it returns a banner or max passes.
func (v *visit) waitFor(expr string, max time.Duration) (*bannerInfo, error) {
	deadline := time.Now().Add(max)
	for {
		var b *bannerInfo
		if err := v.eval(expr, &b); err != nil || b != nil || time.Now().After(deadline) {
			return b, err
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// cookies returns every cookie of this visit's browser context.
func (v *visit) cookies() ([]*network.Cookie, error) {
	id := chromedp.FromContext(v.ctx).BrowserContextID
	res, err := chromedp.CallBrowser(v.ctx, storage.GetCookies, storage.GetCookiesParams{BrowserContextID: id})
	if err != nil {
		return nil, fmt.Errorf("audit: reading cookies: %w", err)
	}
	return res.Cookies, nil
}

// click scrolls the element (a probe ref) into view and clicks its centre with a real (trusted) mouse or touch event.
func (v *visit) click(ref int) error {
	var r *Region
	if err := v.eval("p.prepare("+strconv.Itoa(ref)+")", &r); err != nil {
		return err
	}
	if r == nil {
		return errors.New("audit: the element to click is gone")
	}
	if v.vp.Mobile {
		x, y := v.inView(r)
		return chromedp.Do(v.ctx, chromedp.TapXY(x, y))
	}
	// As a visitor's mouse: move onto the element first (tabs that slide in on hover, such as Osano's "Cookie
	// settings", move), then click the part of it inside the viewport.
	x, y := v.inView(r)
	if err := chromedp.Do(v.ctx, chromedp.MouseEvent(chromedp.MouseMoved, x, y)); err != nil {
		return err
	}
	time.Sleep(hoverWait)
	if err := v.eval("p.prepare("+strconv.Itoa(ref)+")", &r); err != nil {
		return err
	}
	if r == nil {
		return errors.New("audit: the element to click is gone")
	}
	x, y = v.inView(r)
	return chromedp.Do(v.ctx, chromedp.MouseClickXY(x, y))
}

// hoverWait is how long the pointer rests on an element before the click (hover transitions).
const hoverWait = 400 * time.Millisecond

// inView returns the centre of the part of r inside the viewport (r's centre when it is wholly outside).
func (v *visit) inView(r *Region) (float64, float64) {
	x0, x1 := max(r.X, 0), min(r.X+r.Width, float64(v.vp.Width))
	y0, y1 := max(r.Y, 0), min(r.Y+r.Height, float64(v.vp.Height))
	if x1 <= x0 || y1 <= y0 {
		return r.X + r.Width/2, r.Y + r.Height/2
	}
	return (x0 + x1) / 2, (y0 + y1) / 2
}

// tabTo presses Tab from the start of the page until the element has focus (at most limit presses).
func (v *visit) tabTo(ref, limit int) (bool, error) {
	if err := v.eval("p.focusStart()", nil); err != nil {
		return false, err
	}
	for i := 0; i < limit; i++ {
		if err := chromedp.Do(v.ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			return false, err
		}
		var ok bool
		if err := v.eval("p.activeIs("+strconv.Itoa(ref)+")", &ok); err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	return false, nil
}

// press sends one key (down and up, trusted) to the focused element.
func (v *visit) press(key string) error { return chromedp.Do(v.ctx, chromedp.KeyEvent(key)) }

// waitGone polls until the element ref is no longer visible (removed, hidden, or faded out), at most max.
func (v *visit) waitGone(ref int, max time.Duration) (bool, error) {
	deadline := time.Now().Add(max)
	for {
		var still bool
		if err := v.eval("p.isVisible("+strconv.Itoa(ref)+")", &still); err != nil || !still {
			return !still, err
		}
		if time.Now().After(deadline) {
			return false, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// screenshot captures the viewport as PNG.
func (v *visit) screenshot() ([]byte, error) {
	return chromedp.Run(v.ctx, chromedp.CaptureScreenshot())
}

// axe runs axe-core on the element ref and returns its violations.
func (v *visit) axe(ref int) ([]axeViolation, error) {
	if _, err := chromedp.Run(v.ctx, chromedp.Evaluate[chromedp.Void]("if (!window.axe) {"+axeJS+"\n}")); err != nil {
		return nil, fmt.Errorf("audit: loading axe-core: %w", err)
	}
	var out []axeViolation
	err := v.eval(`(async () => {
		const r = await window.axe.run(p.refEl(`+strconv.Itoa(ref)+`), {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']});
		return r.violations.map((x) => ({id: x.id, impact: x.impact || '', help: x.help, help_url: x.helpUrl, nodes: x.nodes.length,
			targets: x.nodes.slice(0, 5).map((n) => JSON.stringify(n.target))}));
	})()`, &out)
	return out, err
}

type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	HelpURL string   `json:"help_url"`
	Nodes   int      `json:"nodes"`
	Targets []string `json:"targets"`
}

// hostOf returns the lower-case host of a URL, or "".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Hostname()
}
