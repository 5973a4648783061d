package rules

// Version 2 records (self-certifying subjects): the checks that need no public-key cryptography. The
// signature itself is checked by package rules/recordsig, which the widget does not link.

// citeSig is the citation of the version 2 checks: signed subjects.
const citeSig = "README “The consent record and the standards” (version 2); GDPR Art. 7(1)"

// Time bounds of a record's "time": records from before minRecordMillis or more than maxRecordAhead after the
// validation time are refused ("time_out_of_range").
const (
	minRecordTime  = "2020-01-01T00:00:00.000Z"
	maxRecordAhead = 24 * 60 * 60 * 1000 // milliseconds
)

// Sizes of the version 2 fields, decoded.
const (
	SubjectKeySize = 65 // uncompressed P-256 point: 0x04 || X || Y
	SigSize        = 64 // IEEE P1363: r || s
)

// SubjectID returns the subject id a version 2 record derives from its subject_key: base64url (no padding)
// of the first 16 bytes of SHA-256 of the decoded key, and false when subjectKey is not unpadded base64url of
// a 65-byte uncompressed point (first byte 4).
func SubjectID(subjectKey string) (string, bool) {
	raw, ok := DecodeBase64URL(subjectKey)
	if !ok || len(raw) != SubjectKeySize || raw[0] != 4 {
		return "", false
	}
	sum := sha256Sum(raw)
	return encodeBase64URL(sum[:16]), true
}

const b64urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// DecodeBase64URL decodes unpadded base64url (RFC 4648 section 5) strictly: no padding, no other characters,
// and no bits set beyond the last byte (so every byte string has one encoding).
func DecodeBase64URL(s string) ([]byte, bool) {
	if len(s)%4 == 1 {
		return nil, false
	}
	out := make([]byte, 0, len(s)*3/4)
	var acc uint32
	bits := 0
	for i := 0; i < len(s); i++ {
		v := indexByte(b64urlAlphabet, s[i])
		if v < 0 {
			return nil, false
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
		}
	}
	if bits > 0 && acc&(1<<bits-1) != 0 {
		return nil, false
	}
	return out, true
}

func encodeBase64URL(b []byte) string {
	out := make([]byte, 0, (len(b)*4+2)/3)
	var acc uint32
	bits := 0
	for _, c := range b {
		acc = acc<<8 | uint32(c)
		bits += 8
		for bits >= 6 {
			bits -= 6
			out = append(out, b64urlAlphabet[acc>>bits&63])
		}
	}
	if bits > 0 {
		out = append(out, b64urlAlphabet[acc<<(6-bits)&63])
	}
	return string(out)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// recordVersion checks "v" and the fields that depend on it: a version 1 record has neither subject_key nor
// sig; a version 2 record has a well-formed subject_key from which its subject derives, and a sig of 64
// bytes (or LedgerSig on a doi_confirm record).
func (fs *findings) recordVersion(r Record) {
	switch r.V {
	case RecordVersion:
		if r.SubjectKey != "" || r.Sig != "" {
			fs.err(CodeFieldNotInVersion, "subject_key", "subject_key and sig belong to version 2 records; version 1 has neither", citeHash)
		}
		return
	case RecordVersionSigned:
	default:
		fs.err(CodeUnsupportedVersion, "v", "version must be 1 or 2", citeHash)
		return
	}
	if r.SubjectKey == "" {
		fs.err(CodeMissingField, "subject_key", "subject_key is required in version 2 records", citeSig)
	} else if id, ok := SubjectID(r.SubjectKey); !ok {
		fs.err(CodeInvalidSubjectKey, "subject_key", "subject_key must be unpadded base64url of a 65-byte uncompressed P-256 point", citeSig)
	} else if r.Subject != "" && id != r.Subject {
		fs.err(CodeSubjectKeyMismatch, "subject", "subject is not derived from subject_key (base64url of the first 16 bytes of its SHA-256)", citeSig)
	}
	switch {
	case r.Sig == "":
		fs.err(CodeMissingField, "sig", "sig is required in version 2 records", citeSig)
	case r.Sig == LedgerSig:
		if r.Action != ActionDOIConfirm {
			fs.err(CodeInvalidSig, "sig", "only doi_confirm records written by the ledger carry sig "+quote(LedgerSig), citeSig)
		}
	default:
		if b, ok := DecodeBase64URL(r.Sig); !ok || len(b) != SigSize {
			fs.err(CodeInvalidSig, "sig", "sig must be unpadded base64url of a 64-byte P1363 signature", citeSig)
		}
	}
}

// recordTimeRange refuses record times before 2020 or more than 24 hours after now (when now is set).
func (fs *findings) recordTimeRange(t int64, now Instant) {
	lo, _ := recordMillis(minRecordTime)
	if t < lo || (!isZero(now) && t > now.UnixMilli()+maxRecordAhead) {
		fs.err(CodeTimeOutOfRange, "time", "time must be between 2020-01-01 and 24 hours after the validation time", citeProof)
	}
}
