package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof/archive"
	"golang.org/x/mod/sumdb/note"
)

// archiveResult is the JSON `assent archive` prints.
type archiveResult struct {
	Site        string `json:"site"`
	File        string `json:"file"`
	SHA256      string `json:"sha256"` // of the archive file
	Start       int64  `json:"start"`  // the entries the file holds: start to end-1
	End         int64  `json:"end"`
	TreeSize    int64  `json:"tree_size"` // the size of the signed head the file carries
	Dropped     bool   `json:"dropped"`   // the ledger dropped the records' contents
	ArchivedEnd int64  `json:"archived_end"`
}

// cmdArchive moves a site's old log range out of the ledger:
//
//	assent archive --url URL --site SITE --before N --out FILE [--site-key K] [--key FILE|--key-text K] [--keep]
//
// It downloads entries from where the archived range ends up to N-1 (records, receipts, the latest signed head
// and the proofs tying them to it) into FILE, verifies the file, then asks the ledger to drop those records'
// contents (POST /v1/log/{site}/archive, the site's key), which it does only for entries the file holds exactly
// as logged. Run again with an existing FILE, it finishes dropping what that file holds (a run stopped
// half-way). --keep writes the file and drops nothing. Exit 0 done, 1 refused (by the ledger, or a file that does not
// verify), 2 bad usage or the ledger unreachable.
func cmdArchive(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("archive", flag.ContinueOnError)
	flags.SetOutput(stderr)
	url := flags.String("url", "", "the ledger's `URL` (assent serve, or the Worker)")
	site := flags.String("site", "", "the `site` whose log to archive")
	before := flags.Int64("before", 0, "archive the entries before entry `N` (at most the log's signed size)")
	out := flags.String("out", "", "the archive `file` to write (or, if it exists, to finish dropping)")
	siteKey := flags.String("site-key", os.Getenv("ASSENT_SITE_KEY"), "the site's bearer `key` (default $ASSENT_SITE_KEY)")
	keyFile := flags.String("key", "", "`file` with the log's verifier key (default: the keys the log publishes)")
	keyText := flags.String("key-text", "", "the log's verifier `key` text")
	keep := flags.Bool("keep", false, "write the archive file, drop nothing from the ledger")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	usage := func(msg string) int {
		io.WriteString(stderr, "assent archive: "+msg+"\n")
		return 2
	}
	if *url == "" || *site == "" || *out == "" || flags.NArg() > 0 {
		return usage("usage: assent archive --url URL --site SITE --before N --out FILE [--site-key K]")
	}
	if *siteKey == "" {
		return usage("archiving needs the site's key: --site-key K or $ASSENT_SITE_KEY")
	}
	if *keyFile != "" && *keyText != "" {
		return usage("give --key or --key-text, not both")
	}
	v, err := loadVerifier(*keyFile, *keyText)
	if err != nil {
		return usage(err.Error())
	}
	var keys []note.Verifier
	if v != nil {
		keys = []note.Verifier{v}
	}
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	c := logclient.Client{BaseURL: *url, Key: *siteKey}
	fail := func(err error) int {
		io.WriteString(stderr, "assent archive: "+err.Error()+"\n")
		if errors.Is(err, logclient.ErrUnreachable) && !errors.Is(err, logclient.ErrRefused) {
			return 2
		}
		return 1
	}
	if _, err := os.Stat(*out); errors.Is(err, os.ErrNotExist) {
		if *before <= 0 {
			return usage("--before N: archive the entries before entry N (N > 0)")
		}
		if _, err := c.WriteArchive(ctx, *site, *before, *out, keys); err != nil {
			return fail(err)
		}
	} else if err != nil {
		return usage(err.Error())
	}
	f, err := os.Open(*out)
	if err != nil {
		return usage(err.Error())
	}
	defer f.Close()
	h, err := readArchiveHeader(f)
	if err != nil || h.Site != *site {
		return usage(*out + " is not an archive of site " + *site + "'s log")
	}
	sum := sha256.New()
	f.Seek(0, io.SeekStart)
	io.Copy(sum, f)
	res := archiveResult{Site: h.Site, File: *out, SHA256: hex.EncodeToString(sum.Sum(nil)), Start: h.Start, End: h.End}
	if head, err := archive.PeekHead([]byte(h.Head)); err == nil {
		res.TreeSize = head.Size
	}
	if !*keep {
		end, err := c.DropArchived(ctx, *out, keys, ledger.MaxArchiveChunk)
		if err != nil {
			return fail(err)
		}
		res.Dropped, res.ArchivedEnd = true, end
	}
	data, _ := json.MarshalIndent(res, "", "  ")
	stdout.Write(append(data, '\n'))
	return 0
}

// readArchiveHeader reads the first line of an archive file.
func readArchiveHeader(r io.Reader) (archive.Header, error) {
	var h archive.Header
	line, err := bufio.NewReaderSize(r, 64<<10).ReadSlice('\n')
	if err != nil && err != io.EOF {
		return h, err
	}
	if !archive.IsArchive(line) {
		return h, errors.New("not an archive")
	}
	return h, json.Unmarshal(line, &h)
}
