package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/widget/prerender"
)

// builderPreview answers POST /v1/builder/loader (`assent serve`, for site/builder.html): the site loader a
// config would get from GET /v1/sites/{site}/assent.js, built from the posted config (the real paint data,
// made by the widget's Go view code and the rules as of today) for the config builder's live preview. It
// reads nothing stored and writes nothing, so anyone may call it; the body is at most codec.MaxConfigSize.
// A config that does not parse is 400 with the error.
type builderPreview struct {
	dist, verifierKey string
	now               func() time.Time
}

func (b builderPreview) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, codec.MaxConfigSize))
	if err != nil {
		writeJSONError(w, http.StatusRequestEntityTooLarge, rules.CodeTooLarge, "the config is over the size limit")
		return
	}
	loader, err := os.ReadFile(filepath.Join(b.dist, "assent.js"))
	if err != nil {
		writeJSONError(w, http.StatusServiceUnavailable, rules.CodeNotBuilt, "the widget is not built (make build)")
		return
	}
	if _, _, err := codec.ParseConfig(data); err != nil { // the form, as assent validate reads it
		writeJSONError(w, http.StatusBadRequest, rules.CodeConfigInvalid, err.Error())
		return
	}
	if with, ok := withVerifierKeyData(data, b.verifierKey); ok {
		data = with
	}
	cfg, err := prerender.ParseConfig(data)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, rules.CodeConfigInvalid, err.Error())
		return
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		writeJSONError(w, http.StatusBadRequest, rules.CodeConfigInvalid, err.Error())
		return
	}
	paint := prerender.Paint(cfg, b.now().UTC().Format(time.DateOnly), prerender.AcceptLanguages(r.Header.Get("Accept-Language")))
	// The preview runs inline in a frame of its own, so the widget's files are named by absolute URL.
	scheme := "http://"
	if r.TLS != nil {
		scheme = "https://"
	}
	out := prerender.Loader(loader, scheme+r.Host+"/", compact.Bytes(), paint)
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(out)
}
