package ledger

import (
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/assent-dev/assent/rules"
)

// Limiter decides whether a request from a client may proceed. key is a truncated client address (never a
// full IP). The Worker may pass nil (no limit) or wrap Cloudflare's rate limiting binding.
type Limiter interface {
	Allow(key string) bool
}

// TokenBucket is an in-memory Limiter: each key has a bucket of Burst tokens refilled at Rate per second.
type TokenBucket struct {
	Rate  float64
	Burst float64

	mu      sync.Mutex
	buckets map[string]*bucket
	now     func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// NewTokenBucket returns a TokenBucket allowing rate requests per second per key with bursts of burst.
func NewTokenBucket(rate float64, burst int) *TokenBucket {
	return &TokenBucket{Rate: rate, Burst: float64(burst), buckets: map[string]*bucket{}, now: time.Now}
}

// maxBuckets bounds the keys a TokenBucket remembers; full buckets are dropped beyond it.
const maxBuckets = 100000

// Allow implements Limiter.
func (tb *TokenBucket) Allow(key string) bool {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	now := tb.now()
	b := tb.buckets[key]
	if b == nil {
		if len(tb.buckets) >= maxBuckets {
			tb.prune(now)
		}
		b = &bucket{tokens: tb.Burst, last: now}
		tb.buckets[key] = b
	}
	b.tokens = min(tb.Burst, b.tokens+now.Sub(b.last).Seconds()*tb.Rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// prune drops the buckets that have refilled completely (they behave as new ones).
func (tb *TokenBucket) prune(now time.Time) {
	for k, b := range tb.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*tb.Rate >= tb.Burst {
			delete(tb.buckets, k)
		}
	}
}

// allowed applies Options.Limiter to r; when it refuses it writes 429 and returns false. Loopback clients are
// not limited.
func (h *handler) allowed(w http.ResponseWriter, r *http.Request) bool {
	if h.opts.Limiter == nil {
		return true
	}
	ip := ""
	if h.opts.ClientIP != nil {
		ip = h.opts.ClientIP(r)
	} else if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		ip = host
	}
	if parsed := net.ParseIP(ip); parsed != nil && parsed.IsLoopback() {
		return true // local tools, or a reverse proxy in front that does its own limiting
	}
	if h.opts.Limiter.Allow(truncateIP(ip)) {
		return true
	}
	w.Header().Set("Retry-After", strconv.Itoa(1))
	writeError(w, http.StatusTooManyRequests, rules.CodeRateLimited, "too many requests; retry later", nil)
	return false
}

// truncateIP returns the /24 network of an IPv4 address or the /48 of an IPv6 one, so that no full client
// address is ever kept, even in memory.
func truncateIP(s string) string {
	ip := net.ParseIP(s)
	if ip == nil {
		return "unknown"
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.Mask(net.CIDRMask(24, 32)).String() + "/24"
	}
	return ip.Mask(net.CIDRMask(48, 128)).String() + "/48"
}
