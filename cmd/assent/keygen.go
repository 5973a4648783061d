package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"io/fs"
	"strings"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
)

// cmdKeygen makes a new log signing key: `assent keygen [--name NAME] [--out FILE]`. It writes the private
// key text to FILE (default assent.key, mode 0600, never overwritten) and prints the public verifier key
// text on stdout (the site config's verifier_key). Exit 0; 2 on bad usage, an invalid name or an existing
// file; 1 if the file cannot be written.
func cmdKeygen(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("keygen", flag.ContinueOnError)
	flags.SetOutput(stderr)
	name := flags.String("name", proof.DefaultKeyName, "signer `name` (a host name; no '+' or spaces)")
	out := flags.String("out", "assent.key", "private key `file` to create")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() > 0 {
		io.WriteString(stderr, "assent keygen: unexpected argument "+flags.Arg(0)+"\n")
		return 2
	}
	if !validKeyName(*name) {
		io.WriteString(stderr, "assent keygen: invalid --name "+*name+": use a host name, no '+' or spaces\n")
		return 2
	}
	vkey, err := ledger.WriteKeyFile(*out, *name)
	if errors.Is(err, fs.ErrExist) {
		io.WriteString(stderr, "assent keygen: "+*out+" exists; refusing to overwrite a signing key\n")
		return 2
	}
	if err != nil {
		io.WriteString(stderr, "assent keygen: "+err.Error()+"\n")
		return 1
	}
	io.WriteString(stdout, vkey+"\n")
	io.WriteString(stderr, "assent keygen: private key written to "+*out+" (keep it secret); verifier key on stdout\n")
	return 0
}

// validKeyName reports whether name can name a note signer: non-empty, no '+', no white space or controls.
func validKeyName(name string) bool {
	return name != "" && !strings.ContainsFunc(name, func(r rune) bool { return r == '+' || r <= ' ' || r == 0x7f })
}
