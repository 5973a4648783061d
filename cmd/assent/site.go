package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
)

// cmdSite manages the sites of a ledger on D1 (the Worker): `assent site add --name SITE --origins O1,O2
// [--key-out FILE] [--accept-v1]` makes the site's bearer key (32 random bytes, hex), writes it to FILE (default
// SITE.sitekey, mode 0600, never overwritten) and prints on stdout the SQL that registers the site with its
// origins and the key's SHA-256, for `wrangler d1 execute DB --remote --file`. Running it again for the same
// site with a new key file replaces the site's origins and key. Exit 0; 2 on bad usage, an invalid name or
// origin, or an existing key file; 1 if the file cannot be written.
func cmdSite(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "add" {
		io.WriteString(stderr, "usage: assent site add --name SITE --origins https://a.example,https://b.example [--key-out FILE] [--accept-v1]\n")
		return 2
	}
	flags := flag.NewFlagSet("site add", flag.ContinueOnError)
	flags.SetOutput(stderr)
	name := flags.String("name", "", "the site `name` (the records' \"site\", a lower-case host name)")
	origins := flags.String("origins", "", "the browser `origins` allowed to call the API for the site, comma separated")
	keyOut := flags.String("key-out", "", "`file` to write the site's new bearer key to (default SITE.sitekey)")
	acceptV1 := flags.Bool("accept-v1", false, "the site still accepts version 1 (unsigned) records")
	if err := flags.Parse(args[1:]); err != nil {
		return 2
	}
	fail := func(msg string) int {
		io.WriteString(stderr, "assent site add: "+msg+"\n")
		return 2
	}
	if flags.NArg() > 0 {
		return fail("unexpected argument " + flags.Arg(0))
	}
	if !proof.ValidSite(*name) {
		return fail("invalid --name " + *name + ": use a lower-case host name")
	}
	list, err := cleanOrigins(strings.Split(*origins, ","))
	if err != nil {
		return fail(err.Error())
	}
	if len(list) == 0 {
		return fail("--origins is required: the site's pages call the API from these origins")
	}
	if *keyOut == "" {
		*keyOut = *name + ".sitekey"
	}
	var raw [32]byte
	rand.Read(raw[:])
	key := hex.EncodeToString(raw[:])
	f, err := os.OpenFile(*keyOut, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fail(*keyOut + " exists; refusing to overwrite a site key")
	}
	if err == nil {
		_, err = io.WriteString(f, key+"\n")
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		io.WriteString(stderr, "assent site add: "+err.Error()+"\n")
		return 1
	}
	sum := sha256.Sum256([]byte(key))
	io.WriteString(stdout, ledger.SiteSQL(*name, ledger.Site{Origins: list, ExportKeySHA256: hex.EncodeToString(sum[:]), AcceptV1: *acceptV1}))
	io.WriteString(stderr, "assent site add: site key written to "+*keyOut+" (keep it secret: it reads the site's records and exports its log)\n")
	return 0
}
