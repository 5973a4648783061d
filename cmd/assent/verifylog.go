package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// logOptions are the inputs of `assent verify --log`.
type logOptions struct {
	url, site string
	v         note.Verifier // nil: the keys the log publishes
	state     string        // file keeping the last verified head, or ""
	siteKey   string        // the site's bearer key, or ""
}

// verifyLog fetches and checks a site's whole log. With a state file it first reads the head verified last
// time, requires the new head to extend it (checked against the rebuilt tree and by the log's consistency
// proof, as Go's checksum database client does), and on success stores the new head there.
func verifyLog(ctx context.Context, o logOptions) verifyResult {
	res := verifyResult{Kind: "log", Site: o.site, KeySource: "flag"}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	c := logclient.Client{BaseURL: o.url, Key: o.siteKey}
	failed := func(err error) verifyResult {
		res.Error, res.err = err.Error(), err
		if errors.Is(err, logclient.ErrUnreachable) {
			res.Error = "unreachable: " + err.Error()
		}
		return res
	}
	var keys []note.Verifier
	if o.v != nil {
		keys = []note.Verifier{o.v}
	} else {
		var err error
		if keys, err = c.Verifiers(ctx); err != nil {
			return failed(err)
		}
		res.KeySource = "log"
	}
	msg, err := c.Head(ctx, o.site)
	if err != nil {
		return failed(err)
	}
	v, _, err := openHeadAny(msg, keys)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	res.Signer = v.Name()
	var earlier []proof.Head
	if o.state != "" {
		old, ok, err := readState(o.state, keys)
		if err != nil {
			res.Error = err.Error()
			return res
		}
		if ok {
			earlier = append(earlier, old)
			size := old.Size
			res.PreviousSize = &size
		}
	}
	out, err := c.VerifyLog(ctx, o.site, v, earlier...)
	if err != nil {
		if len(earlier) > 0 && !errors.Is(err, logclient.ErrUnreachable) {
			err = fmt.Errorf("the log is not an extension of the head verified last time (fork or rollback): %w", err)
		}
		return failed(err)
	}
	for _, old := range earlier {
		if err := proveConsistency(ctx, c, old, out.Head); err != nil {
			return failed(err)
		}
	}
	if o.state != "" {
		if err := writeState(o.state, out.Note); err != nil {
			res.Error = "state: " + err.Error()
			return res
		}
	}
	size := out.Head.Size
	checked := out.Records != nil
	res.Valid, res.TreeSize, res.Root = true, &size, base64.StdEncoding.EncodeToString(out.Head.Root[:])
	res.RecordsChecked = &checked
	return res
}

// openHeadAny opens a signed head with whichever of keys signed it.
func openHeadAny(msg []byte, keys []note.Verifier) (note.Verifier, proof.Head, error) {
	h, v, err := proof.OpenHeadAny(msg, keys)
	return v, h, err
}

// readState returns the head stored in a state file; false when the file does not exist yet.
func readState(path string, keys []note.Verifier) (proof.Head, bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return proof.Head{}, false, nil
	}
	if err != nil {
		return proof.Head{}, false, fmt.Errorf("state: %w", err)
	}
	_, h, err := openHeadAny(data, keys)
	if err != nil {
		return proof.Head{}, false, fmt.Errorf("state %s: the stored head does not verify: %w", path, err)
	}
	return h, true, nil
}

// writeState replaces the state file with the signed head msg (write to a temporary file, then rename).
func writeState(path string, msg []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".assent-state-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(msg); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// proveConsistency asks the log for the consistency proof from old to new and checks it.
func proveConsistency(ctx context.Context, c logclient.Client, old, cur proof.Head) error {
	if old.Size == 0 || old.Size == cur.Size {
		if old.Size == cur.Size && old.Root != cur.Root {
			return errors.New("the log's head has the size of the head verified last time but another root (fork)")
		}
		return nil
	}
	path := "/v1/log/" + url.PathEscape(cur.Site()) + "/consistency?from=" + strconv.FormatInt(old.Size, 10) +
		"&to=" + strconv.FormatInt(cur.Size, 10)
	body, err := c.Get(ctx, path)
	if err != nil {
		return err
	}
	var p struct {
		Proof []string `json:"proof"`
	}
	if err := json.Unmarshal(body, &p); err != nil {
		return errors.New("malformed consistency proof")
	}
	tp := make(tlog.TreeProof, len(p.Proof))
	for i, s := range p.Proof {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(b) != tlog.HashSize {
			return errors.New("malformed consistency proof")
		}
		copy(tp[i][:], b)
	}
	if err := proof.VerifyConsistency(old, cur, tp); err != nil {
		return fmt.Errorf("the log is not consistent with the head verified last time: %w", err)
	}
	return nil
}
