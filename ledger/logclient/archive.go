package logclient

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/archive"
	"golang.org/x/mod/sumdb/note"
)

// ArchiveChunk is a range of a log archived by one POST /v1/log/{site}/archive.
type ArchiveChunk struct {
	Start         int64  `json:"start"`
	End           int64  `json:"end"`
	SHA256        string `json:"sha256"`
	ArchiveSHA256 string `json:"archive_sha256"`
	ArchivedAt    string `json:"archived_at"`
}

// ArchiveState is the answer of GET /v1/log/{site}/archive.
type ArchiveState struct {
	Site        string         `json:"site"`
	ArchivedEnd int64          `json:"archived_end"`
	TreeSize    int64          `json:"tree_size"`
	Prefix      []string       `json:"prefix"`
	Archives    []ArchiveChunk `json:"archives"`
}

// Verifiers returns the verifier keys the ledger publishes at /v1/keys (those that parse).
func (c *Client) Verifiers(ctx context.Context) ([]note.Verifier, error) {
	texts, err := c.Keys(ctx)
	if err != nil {
		return nil, err
	}
	return verifiers(texts), nil
}

func verifiers(texts []string) []note.Verifier {
	var out []note.Verifier
	for _, t := range texts {
		if v, err := proof.NewVerifier(t); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// ArchiveState returns what of site's log is archived (the client needs the site's key).
func (c *Client) ArchiveState(ctx context.Context, site string) (ArchiveState, error) {
	var st ArchiveState
	body, err := c.get(ctx, "/v1/log/"+url.PathEscape(site)+"/archive")
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(body, &st); err != nil {
		return st, errors.New("logclient: malformed archive state")
	}
	return st, nil
}

// WriteArchive downloads entries from the end of site's archived range up to before (exclusive) into an archive
// file at path (see package proof/archive), with the log's latest head and the proofs that tie the range to it,
// and verifies the file with keys (nil: the keys the log publishes) before it is in place. It returns the header.
// The client needs the site's key.
func (c *Client) WriteArchive(ctx context.Context, site string, before int64, path string, keys []note.Verifier) (archive.Header, error) {
	h := archive.Header{Archive: archive.Format, Site: site, End: before, Consistency: []archive.Consistency{}}
	st, err := c.ArchiveState(ctx, site)
	if err != nil {
		return h, err
	}
	h.Start, h.Prefix = st.ArchivedEnd, st.Prefix
	if before <= h.Start || before > st.TreeSize {
		return h, fmt.Errorf("logclient: nothing to archive before entry %d: entries 0 to %d are archived, the log's signed size is %d", before, h.Start-1, st.TreeSize)
	}
	if h.Keys, err = c.Keys(ctx); err != nil {
		return h, err
	}
	if keys == nil {
		keys = verifiers(h.Keys)
	}
	body, err := c.open(ctx, http.MethodGet, "/v1/log/"+url.PathEscape(site)+"/export?start="+strconv.FormatInt(h.Start, 10)+
		"&end="+strconv.FormatInt(before, 10), nil)
	if err != nil {
		return h, err
	}
	defer body.Close()
	lines, err := os.CreateTemp(filepath.Dir(path), ".assent-archive-*")
	if err != nil {
		return h, err
	}
	defer os.Remove(lines.Name())
	defer lines.Close()
	var sizes []int64 // the sizes of the receipts' heads above the range
	sc := archive.Scanner(body)
	next := h.Start
	for ; sc.Scan(); next++ {
		var l archive.Line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil || l.Index != next {
			return h, fmt.Errorf("logclient: export entry %d missing or malformed", next)
		}
		if string(l.Receipt) == "null" {
			return h, fmt.Errorf("logclient: entry %d has no receipt yet (GET /v1/records/{id} completes it); try again", next)
		}
		rc, err := proof.ParseReceipt(l.Receipt)
		if err != nil {
			return h, fmt.Errorf("logclient: entry %d: %v", next, err)
		}
		if rc.TreeSize > before && !slices.Contains(sizes, rc.TreeSize) {
			sizes = append(sizes, rc.TreeSize)
		}
		lines.Write(sc.Bytes())
		if _, err := lines.Write([]byte("\n")); err != nil {
			return h, err
		}
	}
	if err := sc.Err(); err != nil || next != before {
		return h, fmt.Errorf("logclient: the export stopped at entry %d of %d: %v", next, before, err)
	}
	msg, err := c.Head(ctx, site)
	if err != nil {
		return h, err
	}
	h.Head = string(msg)
	head, err := archive.PeekHead(msg)
	if err != nil {
		return h, err
	}
	for _, from := range append([]int64{before}, sizes...) {
		if from >= head.Size {
			continue
		}
		p, err := c.get(ctx, "/v1/log/"+url.PathEscape(site)+"/consistency?from="+strconv.FormatInt(from, 10)+"&to="+strconv.FormatInt(head.Size, 10))
		if err != nil {
			return h, err
		}
		var cp struct {
			Proof []string `json:"proof"`
		}
		if err := json.Unmarshal(p, &cp); err != nil {
			return h, errors.New("logclient: malformed consistency proof")
		}
		h.Consistency = append(h.Consistency, archive.Consistency{From: from, Proof: cp.Proof})
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".assent-archive-*")
	if err != nil {
		return h, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	hdr, _ := json.Marshal(h)
	tmp.Write(append(hdr, '\n'))
	if _, err := lines.Seek(0, io.SeekStart); err != nil {
		return h, err
	}
	if _, err := io.Copy(tmp, lines); err != nil {
		return h, err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return h, err
	}
	if _, err := archive.Verify(tmp, keys); err != nil {
		return h, errors.New("logclient: the archive downloaded does not verify: " + err.Error())
	}
	if err := tmp.Close(); err != nil {
		return h, err
	}
	if _, err := os.Stat(path); err == nil {
		return h, errors.New("logclient: " + path + " exists; archive to a new file")
	}
	return h, os.Rename(tmp.Name(), path)
}

// DropArchived verifies the archive file at path with keys (nil: the keys the log publishes), then asks the
// ledger to drop the record contents of its entries, at most chunk entries per request, from where the archived
// range ends now (a run stopped half-way resumes). Each request carries the SHA-256 of its chunk's lines and of
// the file: the ledger drops nothing it does not hold exactly as the file does. It returns the ledger's
// archived end.
func (c *Client) DropArchived(ctx context.Context, path string, keys []note.Verifier, chunk int) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	if keys == nil {
		if keys, err = c.Verifiers(ctx); err != nil {
			return 0, err
		}
	}
	whole := sha256.New()
	res, err := archive.Verify(io.TeeReader(f, whole), keys)
	if err != nil {
		return 0, err
	}
	io.Copy(whole, f)
	fileSum := hex.EncodeToString(whole.Sum(nil))
	h := res.Header
	st, err := c.ArchiveState(ctx, h.Site)
	if err != nil {
		return 0, err
	}
	if st.ArchivedEnd >= h.End {
		// Done before: ask again for the file's last chunk (idempotent), which finishes it (and the one
		// before) if a ledger writer stopped between recording it and dropping its records.
		for _, a := range st.Archives {
			if a.ArchiveSHA256 == fileSum && a.End == h.End {
				req, _ := json.Marshal(map[string]any{"start": a.Start, "end": a.End, "sha256": a.SHA256, "archive_sha256": a.ArchiveSHA256})
				body, err := c.open(ctx, http.MethodPost, "/v1/log/"+url.PathEscape(h.Site)+"/archive", req)
				if err != nil {
					return st.ArchivedEnd, err
				}
				body.Close()
			}
		}
		return st.ArchivedEnd, nil
	}
	if st.ArchivedEnd < h.Start {
		return st.ArchivedEnd, fmt.Errorf("logclient: the archive starts at entry %d but the ledger's archived range ends at %d", h.Start, st.ArchivedEnd)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	sc := archive.Scanner(f)
	sc.Scan() // the header
	var lines bytes.Buffer
	n, start := 0, st.ArchivedEnd
	for idx := h.Start; sc.Scan(); idx++ {
		if idx < start {
			continue
		}
		lines.Write(sc.Bytes())
		lines.WriteByte('\n')
		n++
		if n < chunk && idx+1 < h.End {
			continue
		}
		sum := sha256.Sum256(lines.Bytes())
		req, _ := json.Marshal(map[string]any{"start": start, "end": idx + 1, "sha256": hex.EncodeToString(sum[:]), "archive_sha256": fileSum})
		body, err := c.open(ctx, http.MethodPost, "/v1/log/"+url.PathEscape(h.Site)+"/archive", req)
		if err != nil {
			return start, err
		}
		body.Close()
		lines.Reset()
		n, start = 0, idx+1
	}
	return start, sc.Err()
}

// open sends a request and returns the body of a 200 answer (the caller closes it).
func (c *Client) open(ctx context.Context, method, path string, body []byte) (io.ReadCloser, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimSuffix(c.BaseURL, "/")+path, rd)
	if err != nil {
		return nil, fmt.Errorf("logclient: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.Key != "" {
		req.Header.Set("Authorization", "Bearer "+c.Key)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		if resp.StatusCode >= 400 && resp.StatusCode < 500 {
			return nil, fmt.Errorf("%w: %w: %s %s: %s: %s", ErrUnreachable, ErrRefused, method, path, resp.Status, strings.TrimSpace(string(msg)))
		}
		return nil, fmt.Errorf("%w: %s %s: %s: %s", ErrUnreachable, method, path, resp.Status, strings.TrimSpace(string(msg)))
	}
	return resp.Body, nil
}
