package proof

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

// DefaultKeyName is the signer name GenerateKey uses when given "".
const DefaultKeyName = "assent.local"

// GenerateKey makes a new Ed25519 log signing key named name (DefaultKeyName if ""): the private signer key
// text ("PRIVATE+KEY+name+hash+key", keep it secret) and the public verifier key text ("name+hash+key",
// publish it, e.g. as verifier_key in the site config). The format is that of golang.org/x/mod/sumdb/note.
func GenerateKey(name string) (skey, vkey string, err error) {
	if name == "" {
		name = DefaultKeyName
	}
	skey, vkey, err = note.GenerateKey(rand.Reader, name)
	if err != nil {
		return "", "", fmt.Errorf("proof: generating key: %w", err)
	}
	if _, err := note.NewVerifier(vkey); err != nil {
		return "", "", errors.New("proof: invalid key name " + name)
	}
	return skey, vkey, nil
}

// NewSigner parses a private signer key text (surrounding white space ignored) and returns the signer and the
// matching public verifier key text.
func NewSigner(skey string) (note.Signer, string, error) {
	skey = strings.TrimSpace(skey)
	s, err := note.NewSigner(skey)
	if err != nil {
		return nil, "", fmt.Errorf("proof: bad signer key: %w", err)
	}
	vkey, err := verifierKeyOf(skey)
	if err != nil {
		return nil, "", err
	}
	return s, vkey, nil
}

// NewVerifier parses a public verifier key text (surrounding white space ignored).
func NewVerifier(vkey string) (note.Verifier, error) {
	v, err := note.NewVerifier(strings.TrimSpace(vkey))
	if err != nil {
		return nil, fmt.Errorf("proof: bad verifier key: %w", err)
	}
	return v, nil
}

// verifierKeyOf derives the verifier key text from an Ed25519 signer key text that note.NewSigner accepted.
func verifierKeyOf(skey string) (string, error) {
	// PRIVATE+KEY+name+hash+base64 (the base64 may itself hold '+').
	parts := strings.SplitN(skey, "+", 5)
	if len(parts) != 5 {
		return "", errors.New("proof: bad signer key")
	}
	raw, err := base64.StdEncoding.DecodeString(parts[4])
	if err != nil || len(raw) != 1+ed25519.SeedSize || raw[0] != 1 {
		return "", errors.New("proof: signer key is not Ed25519")
	}
	pub := ed25519.NewKeyFromSeed(raw[1:]).Public().(ed25519.PublicKey)
	vkey, err := note.NewEd25519VerifierKey(parts[2], pub)
	if err != nil {
		return "", fmt.Errorf("proof: %w", err)
	}
	return vkey, nil
}
