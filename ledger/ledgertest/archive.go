package ledgertest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/archive"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/note"
)

// archiving: the site's key moves the log's old range to an archive file that verifies offline, and the ledger
// then drops those records' contents. Nobody else can; a file that does not hold the records as logged drops
// nothing; archived records answer 410 naming the archive; the log keeps growing, proving and chaining across
// the cut. It runs last: it archives the whole log of the site.
func (s *suite) archiving() {
	ctx := context.Background()
	site := "/v1/log/" + url.PathEscape(s.c.Site)
	keys := []note.Verifier{s.verifier()}
	lc := logclient.Client{BaseURL: s.base, Key: s.c.ExportKey, HTTP: s.hc}
	old := NewRecord(s.c.Site, time.Now()) // a subject whose chain crosses the cut
	s.postRecord(old)
	before, err := lc.ArchiveState(ctx, s.c.Site)
	if err != nil {
		s.t.Fatal(err)
	}
	cut := before.TreeSize
	if cut <= before.ArchivedEnd {
		s.t.Fatalf("archive state: signed size %d, archived %d", cut, before.ArchivedEnd)
	}

	// Only the site's key archives, or reads the archive state.
	body := []byte(`{"start":` + strconv.FormatInt(before.ArchivedEnd, 10) + `,"end":` + strconv.FormatInt(cut, 10) +
		`,"sha256":"` + strings.Repeat("0", 64) + `","archive_sha256":"` + strings.Repeat("0", 64) + `"}`)
	post := func(key string, body []byte) response {
		s.t.Helper()
		h := []string{"Content-Type", "application/json"}
		if key != "" {
			h = append(h, "Authorization", "Bearer "+key)
		}
		return s.do("POST", site+"/archive", body, h...)
	}
	s.wantError("archive without a key", post("", body), 401, "unauthorized")
	s.wantError("archive with an unknown key", post("not-"+s.c.ExportKey, body), 401, "unauthorized")
	s.wantError("archive state without a key", s.do("GET", site+"/archive", nil), 401, "unauthorized")
	if s.c.OtherSite != "" {
		s.wantError("archive with another site's key", post(s.c.OtherKey, body), 403, "forbidden")
	}
	// The key holder with a file that does not hold the records: nothing is dropped.
	s.wantError("archive with a wrong hash", post(s.c.ExportKey, body), 409, "archive_mismatch")
	s.wantError("archive beyond the signed head", post(s.c.ExportKey, bytes.Replace(body, []byte(`"end":`+strconv.FormatInt(cut, 10)),
		[]byte(`"end":`+strconv.FormatInt(cut+5000, 10)), 1)), 400, "bad_range")
	s.wantError("archive with a malformed body", post(s.c.ExportKey, []byte(`{"start":0}`)), 400, "bad_archive_request")
	if st, _ := lc.ArchiveState(ctx, s.c.Site); st.ArchivedEnd != before.ArchivedEnd {
		s.t.Fatalf("refused archive requests changed the archived end: %d, was %d", st.ArchivedEnd, before.ArchivedEnd)
	}
	s.wantStatus("a record after refused archive requests", s.keyed("GET", "/v1/records/"+old.ID+"?site="+url.QueryEscape(s.c.Site), s.c.ExportKey), 200)

	// Download, verify offline, drop.
	dir := s.t.TempDir()
	file := filepath.Join(dir, "a1.ndjson")
	h, err := lc.WriteArchive(ctx, s.c.Site, cut, file, keys)
	if err != nil {
		s.t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		s.t.Fatal(err)
	}
	if res, err := archive.Verify(bytes.NewReader(data), keys); err != nil || res.Header.Start != before.ArchivedEnd || res.Header.End != cut {
		s.t.Fatalf("the archive file does not verify: %v (range %d-%d)", err, res.Header.Start, res.Header.End)
	}
	tampered := bytes.Replace(data, []byte(old.ID), []byte(NewUUID()), 1)
	if _, err := archive.Verify(bytes.NewReader(tampered), keys); err == nil {
		s.t.Fatal("an archive with a record changed verifies")
	}
	if _, err := lc.WriteArchive(ctx, s.c.Site, cut, file, keys); err == nil {
		s.t.Error("WriteArchive replaced an existing archive file")
	}
	end, err := lc.DropArchived(ctx, file, keys, 3)
	if err != nil || end != cut {
		s.t.Fatalf("drop archived: end %d, %v; want %d", end, err, cut)
	}
	sum := sha256.Sum256(data)
	fileSum := hex.EncodeToString(sum[:])

	// Archived records: 410 naming the archive file, on every way to them.
	e := s.wantArchived("the archived record", s.keyed("GET", "/v1/records/"+old.ID+"?site="+url.QueryEscape(s.c.Site), s.c.ExportKey), fileSum)
	if e.Index != cut-1 {
		s.t.Errorf("archived record: index %d, want %d", e.Index, cut-1)
	}
	s.wantArchived("the archived record posted again", s.post("/v1/records", codec.FormatRecord(old)), fileSum)
	s.wantArchived("double opt-in for an archived record", s.doi(`{"record_id":"`+old.ID+`","redirect":"`+s.c.Origin+`/thanks"}`), fileSum)
	s.wantArchived("the console's lookup of an archived record", s.keyed("GET", site+"/chain?record="+old.ID, s.c.ExportKey), fileSum)
	s.wantArchived("export from entry 0", s.keyed("GET", site+"/export?start=0", s.c.ExportKey), fileSum)
	r := s.keyed("GET", site+"/export", s.c.ExportKey)
	s.wantStatus("export after archiving", r, 200)
	if got := r.header.Get("Assent-Archived"); got != "0-"+strconv.FormatInt(cut, 10) || len(bytes.TrimSpace(r.body)) != 0 {
		s.t.Errorf("export after archiving everything: Assent-Archived %q, body %.100s; want 0-%d and no entries", got, r.body, cut)
	}

	// Idempotent; no overlap, no gap.
	if end, err := lc.DropArchived(ctx, file, keys, 3); err != nil || end != cut {
		s.t.Errorf("drop archived again: %d, %v", end, err)
	}
	st, err := lc.ArchiveState(ctx, s.c.Site)
	if err != nil || st.ArchivedEnd != cut || len(st.Archives) == 0 {
		s.t.Fatalf("archive state: %+v, %v", st, err)
	}
	last := st.Archives[len(st.Archives)-1]
	again, _ := json.Marshal(map[string]any{"start": last.Start, "end": last.End, "sha256": last.SHA256, "archive_sha256": last.ArchiveSHA256})
	s.wantStatus("the same chunk archived again", post(s.c.ExportKey, again), 200)
	s.wantError("an overlapping archive", post(s.c.ExportKey, []byte(`{"start":0,"end":1,"sha256":"`+strings.Repeat("1", 64)+
		`","archive_sha256":"`+strings.Repeat("1", 64)+`"}`)), 409, "archive_overlap")

	// The log goes on: the subject's next record chains to its archived one, proofs and receipts hold, the
	// archive's head is a prefix of the new head.
	next := Next(old, rules.ActionWithdraw, time.Now())
	s.postRecord(next)
	third := NewRecord(s.c.Site, time.Now())
	s.postRecord(third)
	gap := []byte(`{"start":` + strconv.FormatInt(cut+1, 10) + `,"end":` + strconv.FormatInt(cut+2, 10) + `,"sha256":"` +
		strings.Repeat("2", 64) + `","archive_sha256":"` + strings.Repeat("2", 64) + `"}`)
	s.wantError("an archive leaving a gap", post(s.c.ExportKey, gap), 409, "archive_gap")
	head, _, _ := strings.Cut(h.Head, "\n\n")
	archived, err := proof.ParseHeadText([]byte(head + "\n"))
	if err != nil {
		s.t.Fatal(err)
	}
	out, err := lc.VerifyLog(ctx, s.c.Site, s.verifier(), archived)
	if err != nil || out.Archived != cut || out.Records[cut].Hash != next.Hash {
		s.t.Fatalf("verify the log after archiving with the key: %v; archived %d, want %d", err, out.Archived, cut)
	}
	r = s.keyed("GET", site+"/chain?subject="+url.QueryEscape(old.Subject), s.c.ExportKey)
	s.wantStatus("chain across the cut", r, 200)
	var chain struct {
		Archived []struct {
			Index      int64  `json:"index"`
			RecordHash string `json:"record_hash"`
			Archive    struct {
				ArchiveSHA256 string `json:"archive_sha256"`
			} `json:"archive"`
		} `json:"archived"`
		Records []json.RawMessage `json:"records"`
	}
	if err := json.Unmarshal(r.body, &chain); err != nil || len(chain.Archived) != 1 || len(chain.Records) != 1 ||
		chain.Archived[0].RecordHash != old.Hash || chain.Archived[0].Archive.ArchiveSHA256 != fileSum {
		s.t.Errorf("chain across the cut: %v %s; want the archived record (with its archive) and the live one", err, r.body)
	}

	// A second archive continues the first (it carries the prefix hashes of the tree before it).
	file2 := filepath.Join(dir, "a2.ndjson")
	st, _ = lc.ArchiveState(ctx, s.c.Site)
	if _, err := lc.WriteArchive(ctx, s.c.Site, st.TreeSize, file2, keys); err != nil {
		s.t.Fatal(err)
	}
	if end, err := lc.DropArchived(ctx, file2, keys, 1000); err != nil || end != st.TreeSize {
		s.t.Fatalf("second archive: end %d, %v; want %d", end, err, st.TreeSize)
	}
	s.wantStatus("a new record after two archives", s.post("/v1/records", codec.FormatRecord(NewRecord(s.c.Site, time.Now()))), 201)
}

// archivedError is a 410 answer for an archived record.
type archivedError struct {
	Index   int64 `json:"index"`
	Archive struct {
		Start, End    int64
		ArchiveSHA256 string `json:"archive_sha256"`
	} `json:"archive"`
}

// wantArchived checks a 410 archived answer naming the archive file with SHA-256 fileSum.
func (s *suite) wantArchived(what string, r response, fileSum string) archivedError {
	s.t.Helper()
	s.wantError(what, r, 410, "archived")
	var e archivedError
	json.Unmarshal(r.body, &e)
	if e.Archive.ArchiveSHA256 != fileSum || !bytes.Contains(r.body, []byte(fileSum)) {
		s.t.Errorf("%s: the answer does not name the archive file %s: %s", what, fileSum, r.body)
	}
	return e
}
