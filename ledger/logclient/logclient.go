package logclient

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/rules/recordsig"
	"golang.org/x/mod/sumdb/note"
)

// Client reads one ledger. BaseURL is its origin, e.g. "http://127.0.0.1:8080"; HTTP defaults to
// http.DefaultClient. Key is the site's bearer key: with it, entries carry their records and VerifyLog checks
// them too; without it the log is verified from record hashes alone.
type Client struct {
	BaseURL string
	HTTP    *http.Client
	Key     string
}

// ErrUnreachable is wrapped by errors fetching from the ledger: a network failure or a status other than 200.
var ErrUnreachable = errors.New("logclient: ledger unreachable")

// ErrRefused is wrapped too (with ErrUnreachable) when the ledger answered with a 4xx status: the request was
// understood and refused (no key, a wrong key, a conflict).
var ErrRefused = errors.New("refused")

// maxResponse bounds what the client reads from one response.
const maxResponse = 64 << 20

// get fetches path and returns the body of a 200 response.
func (c *Client) get(ctx context.Context, path string) ([]byte, error) {
	body, err := c.open(ctx, http.MethodGet, path, nil)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	data, err := io.ReadAll(io.LimitReader(body, maxResponse))
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s: %w", ErrUnreachable, path, err)
	}
	return data, nil
}

// Get fetches a path of the ledger (e.g. a consistency proof) and returns the body of a 200 answer.
func (c *Client) Get(ctx context.Context, path string) ([]byte, error) {
	return c.get(ctx, path)
}

// Keys returns the verifier keys the ledger publishes at /v1/keys.
func (c *Client) Keys(ctx context.Context) ([]string, error) {
	body, err := c.get(ctx, "/v1/keys")
	if err != nil {
		return nil, err
	}
	var k struct {
		Keys []string `json:"keys"`
	}
	if err := json.Unmarshal(body, &k); err != nil || len(k.Keys) == 0 {
		return nil, errors.New("logclient: malformed /v1/keys answer")
	}
	return k.Keys, nil
}

// Head returns the latest signed head of site's log, unverified.
func (c *Client) Head(ctx context.Context, site string) ([]byte, error) {
	return c.get(ctx, "/v1/log/"+url.PathEscape(site)+"/head")
}

// Entry is one entry of a log as the entries endpoint serves it; Record is there only when the client has
// the site's key.
type Entry struct {
	Index      int64           `json:"index"`
	LoggedAt   string          `json:"logged_at"`
	RecordHash string          `json:"record_hash"`
	Record     json.RawMessage `json:"record"`
	Archived   bool            `json:"archived"` // the record was moved to an archive file (with the site's key)
}

// Entries returns entries start <= index < end of site's log, in order, fetching as many pages as needed:
// the server may end a page early (it caps pages by count and by bytes), and the next request starts where
// the last page stopped.
func (c *Client) Entries(ctx context.Context, site string, start, end int64) ([]Entry, error) {
	var out []Entry
	for start < end {
		body, err := c.get(ctx, "/v1/log/"+url.PathEscape(site)+"/entries?start="+strconv.FormatInt(start, 10)+
			"&end="+strconv.FormatInt(end, 10))
		if err != nil {
			return nil, err
		}
		var page struct {
			Entries []Entry `json:"entries"`
		}
		if err := json.Unmarshal(body, &page); err != nil {
			return nil, fmt.Errorf("logclient: malformed entries page: %w", err)
		}
		if len(page.Entries) == 0 {
			return nil, errors.New("logclient: entries stop at " + strconv.FormatInt(start, 10))
		}
		for _, e := range page.Entries {
			if e.Index != start {
				return nil, errors.New("logclient: entry " + strconv.FormatInt(start, 10) + " missing or out of order")
			}
			out = append(out, e)
			start++
		}
	}
	return out, nil
}

// Result is a verified log.
type Result struct {
	Head     proof.Head
	Note     []byte         // the signed head
	Hashes   []string       // every record hash, in log order
	Records  []rules.Record // every record, in log order; nil without the site's key (zero for archived ones)
	Archived int64          // with the site's key: the entries whose records were archived (not checked here)
}

// VerifyLog fetches site's whole log as of its latest head and checks it: the entries rebuild the signed
// tree, the head is signed by v, and every earlier head given is a prefix of it (so a log that forked or
// rolled back since an earlier head fails). With the site's key it also checks every record not archived: it
// parses, its hash is the hash of its content and is its entry's, and a version 2 record's subject signature
// verifies (archived records are checked in their archive file, see package proof/archive).
func (c *Client) VerifyLog(ctx context.Context, site string, v note.Verifier, earlier ...proof.Head) (Result, error) {
	msg, err := c.Head(ctx, site)
	if err != nil {
		return Result{}, err
	}
	head, err := proof.OpenHead(msg, v)
	if err != nil {
		return Result{}, err
	}
	raw, err := c.Entries(ctx, site, 0, head.Size)
	if err != nil {
		return Result{}, err
	}
	res := Result{Note: msg, Hashes: make([]string, len(raw))}
	if c.Key != "" {
		res.Records = make([]rules.Record, len(raw))
	}
	entries := make([]proof.Entry, len(raw))
	for i, e := range raw {
		res.Hashes[i] = e.RecordHash
		entries[i] = proof.Entry{RecordHash: e.RecordHash, LoggedAt: e.LoggedAt}
		if res.Records == nil {
			continue
		}
		if e.Archived {
			res.Archived++
			continue
		}
		r, err := checkRecord(e, site)
		if err != nil {
			return Result{}, fmt.Errorf("logclient: entry %d: %w", i, err)
		}
		res.Records[i] = r
	}
	res.Head, err = proof.VerifyLog(site, entries, msg, v, earlier...)
	return res, err
}

// checkRecord parses the record of an entry and checks it against the entry and its own hash and signature.
func checkRecord(e Entry, site string) (rules.Record, error) {
	if len(e.Record) == 0 {
		return rules.Record{}, errors.New("no record (is the key the site's?)")
	}
	r, err := codec.ParseRecord(bytes.TrimSpace(e.Record))
	if err != nil {
		return r, err
	}
	if r.Hash != r.ComputeHash() || r.Hash != e.RecordHash || r.Site != site {
		return r, errors.New("record hash or site does not match its content")
	}
	if r.V == rules.RecordVersionSigned {
		if err := recordsig.Verify(r); err != nil {
			return r, err
		}
	}
	return r, nil
}
