package main

import (
	"context"
	"encoding/base64"
	"errors"
	"os"
	"time"

	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof/archive"
	"golang.org/x/mod/sumdb/note"
)

// isArchiveFile reports whether the file at path is a log archive (its first line is an archive header).
func isArchiveFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = readArchiveHeader(f)
	return err == nil
}

// verifyArchive checks an archive file offline (package proof/archive) with v, or with the keys the log at
// logURL publishes when v is nil; with logURL it also proves the archive's head consistent with the log's
// latest head (the archive is a prefix of the live log: it was not forked off or rolled back since).
func verifyArchive(ctx context.Context, path string, v note.Verifier, logURL string) verifyResult {
	res := verifyResult{Kind: "archive", KeySource: "flag"}
	fail := func(err error) verifyResult {
		res.Valid, res.Error = false, err.Error()
		if errors.Is(err, logclient.ErrUnreachable) {
			res.Error = "unreachable: " + err.Error()
		}
		return res
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	c := logclient.Client{BaseURL: logURL}
	var keys []note.Verifier
	if v != nil {
		keys = []note.Verifier{v}
	} else {
		var err error
		if keys, err = c.Verifiers(ctx); err != nil {
			return fail(err)
		}
		res.KeySource = "log"
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	a, err := archive.Verify(f, keys)
	if err != nil {
		return fail(err)
	}
	h := a.Header
	n := int(h.End - h.Start)
	size := a.Head.Size
	res.Site, res.Signer, res.ArchiveStart, res.ArchiveEnd, res.Records = h.Site, a.Signer.Name(), &h.Start, &h.End, &n
	res.TreeSize, res.Root = &size, base64.StdEncoding.EncodeToString(a.Head.Root[:])
	if logURL != "" {
		msg, err := c.Head(ctx, h.Site)
		if err != nil {
			return fail(err)
		}
		_, live, err := openHeadAny(msg, keys)
		if err != nil {
			return fail(errors.New("the log's head: " + err.Error()))
		}
		if live.Size < a.Head.Size {
			return fail(errors.New("the log's head is smaller than the archive's (rollback)"))
		}
		if err := proveConsistency(ctx, c, a.Head, live); err != nil {
			return fail(err)
		}
		res.LiveSize = &live.Size
	}
	res.Valid = true
	return res
}
