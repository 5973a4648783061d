package ledger

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/note"
)

// WriteKeyFile makes a new log signing key named name (proof.DefaultKeyName if "") and writes its private
// key text, one line, to a new file at path readable by the owner only. It refuses to overwrite a file. It
// returns the public verifier key text.
func WriteKeyFile(path, name string) (string, error) {
	skey, vkey, err := proof.GenerateKey(name)
	if err != nil {
		return "", err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", fmt.Errorf("ledger: key file: %w", err)
	}
	if _, err := f.WriteString(skey + "\n"); err != nil {
		f.Close()
		os.Remove(path)
		return "", fmt.Errorf("ledger: key file: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("ledger: key file: %w", err)
	}
	return vkey, nil
}

// LoadKeyFile reads a private key file written by WriteKeyFile (or any file holding a note signer key
// text) and returns the signer and its verifier key text.
func LoadKeyFile(path string) (note.Signer, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("ledger: key file: %w", err)
	}
	return proof.NewSigner(string(data))
}

// LoadOrCreateKeyFile is LoadKeyFile, first creating the file with WriteKeyFile(path, name) if it does not
// exist. created reports whether it did.
func LoadOrCreateKeyFile(path, name string) (s note.Signer, vkey string, created bool, err error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if _, err := WriteKeyFile(path, name); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, "", false, err
		}
		created = true
	}
	s, vkey, err = LoadKeyFile(path)
	return s, vkey, created, err
}
