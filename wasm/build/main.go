// Command build builds the widget into a directory (default dist/): the engine wasm and Go's wasm_exec.js (with
// the engine's helpers, widget/engine.js, appended) under content-hashed names, the loader assent.js minified
// with esbuild and pointing at them, and its type declarations (wasm/assent.d.ts) as assent.d.ts. Every file
// gets precompressed .br and .gz siblings, which `assent serve` sends to clients that accept them.
//
//	go run ./wasm/build [-out dist] [-pkg ./wasm/widget] [-name assent]
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/assent-dev/assent/widget"
	"github.com/assent-dev/assent/widget/i18n"
	"github.com/evanw/esbuild/pkg/api"
)

func main() {
	out := flag.String("out", "dist", "output `dir`ectory")
	pkg := flag.String("pkg", "./wasm/widget", "Go `package` of the engine")
	name := flag.String("name", "assent", "base `name` of the outputs")
	tools := flag.String("tools", "./wasm/tools", "Go `package` of the tools wasm: proof verifier and config checker (\"\" for none)")
	flag.Parse()
	if err := build(*out, *pkg, *name, *tools); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func build(out, pkg, name, tools string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	execSrc, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	// The engine's JavaScript helpers (widget/engine.js) travel in the same file as Go's runtime support.
	helpers, err := os.ReadFile("widget/engine.js")
	if err != nil {
		return err
	}
	execJS, err := minify(string(execSrc)+"\n"+string(helpers), nil)
	if err != nil {
		return fmt.Errorf("wasm_exec.js: %w", err)
	}
	toolsName := ""
	if tools != "" {
		if toolsName, err = buildTools(out, tools, execJS); err != nil {
			return err
		}
	}
	wasm, err := goWasm(out, pkg)
	if err != nil {
		return err
	}
	wasmName := hashed(name, wasm, ".wasm")
	execName := hashed("wasm_exec", execJS, ".js")
	loaderSrc, err := os.ReadFile("wasm/assent.js")
	if err != nil {
		return err
	}
	stringsURL, err := writeStrings(out)
	if err != nil {
		return err
	}
	loader, err := minify(string(loaderSrc), map[string]string{"__WASM__": wasmName, "__EXEC__": execName,
		"__TOOLS__": toolsName, "__STRINGS__": stringsURL})
	if err != nil {
		return fmt.Errorf("assent.js: %w", err)
	}
	if err := removeOld(out, name, wasmName, execName, toolsName); err != nil {
		return err
	}
	types, err := os.ReadFile("wasm/assent.d.ts") // window.Assent's types, shipped as they are
	if err != nil {
		return err
	}
	for file, data := range map[string][]byte{wasmName: wasm, execName: execJS, name + ".js": loader, name + ".d.ts": types} {
		if err := write(filepath.Join(out, file), data); err != nil {
			return err
		}
	}
	fmt.Printf("build: %s/%s.js -> %s, %s\n", out, name, wasmName, execName)
	return nil
}

// goWasm builds a Go package to WebAssembly, stripped, and returns the bytes.
func goWasm(out, pkg string) ([]byte, error) {
	tmp := filepath.Join(out, ".build.wasm.tmp")
	// No inlining (-l), for every package: the wasm grows raw but compresses 5% smaller (616 -> 583 KB brotli for
	// the widget, measured), and nothing in the widget is hot enough to miss it.
	// No build ID (-buildid=): the same source gives the same bytes, and brotli's size stops moving by
	// hundreds of bytes with the hash (519,042 -> 518,313 B measured).
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w -buildid=", "-gcflags=all=-l", "-o", tmp, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go build %s: %w", pkg, err)
	}
	defer os.Remove(tmp)
	return os.ReadFile(tmp)
}

// writeStrings writes the widget's texts, one JSON file per language (widget.Strings.Fields names), under
// out/i18n/<tag>.<hash>.json with one hash over the whole catalog, and returns the name pattern the engine
// fetches ("i18n/{lang}.<hash>.json"). The engine carries English only, so a visitor downloads one language.
func writeStrings(out string) (string, error) {
	dir := filepath.Join(out, "i18n")
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	files := map[string][]byte{}
	all := sha256.New()
	for _, tag := range widget.Languages() {
		m := map[string]string{}
		for _, f := range i18n.Lookup(tag).Fields() {
			m[f.Key] = *f.Text
		}
		data, err := json.Marshal(m)
		if err != nil {
			return "", err
		}
		files[tag] = data
		all.Write([]byte(tag + "\n"))
		all.Write(data)
	}
	hash := hex.EncodeToString(all.Sum(nil))[:12]
	for tag, data := range files {
		if err := write(filepath.Join(dir, tag+"."+hash+".json"), data); err != nil {
			return "", err
		}
	}
	return "i18n/{lang}." + hash + ".json", nil
}

// buildTools builds the proof and config checker (wasm/tools): the verifier, console and builder
// pages load it as tools.wasm, the loader (Assent.validate) under its content-hashed name, which it returns. An unhashed
// wasm_exec.js is written beside it for pages.
func buildTools(out, pkg string, execJS []byte) (string, error) {
	wasm, err := goWasm(out, pkg)
	if err != nil {
		return "", err
	}
	name := hashed("tools", wasm, ".wasm")
	for file, data := range map[string][]byte{"tools.wasm": wasm, name: wasm, "wasm_exec.js": execJS} {
		if err := write(filepath.Join(out, file), data); err != nil {
			return "", err
		}
	}
	return name, nil
}

// hashed names data by the first 12 hex digits of its SHA-256, so it can be cached for a year.
func hashed(name string, data []byte, ext string) string {
	sum := sha256.Sum256(data)
	return name + "." + hex.EncodeToString(sum[:])[:12] + ext
}

// minify minifies JavaScript with esbuild after replacing the placeholders in it.
func minify(src string, replace map[string]string) ([]byte, error) {
	for k, v := range replace {
		if !strings.Contains(src, k) {
			return nil, errors.New("placeholder " + k + " not found")
		}
		src = strings.ReplaceAll(src, k, v)
	}
	res := api.Transform(src, api.TransformOptions{
		Loader:            api.LoaderJS,
		Target:            api.ES2020,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		LegalComments:     api.LegalCommentsInline,
	})
	if len(res.Errors) > 0 {
		return nil, errors.New(res.Errors[0].Text)
	}
	return res.Code, nil
}

// removeOld deletes earlier content-hashed builds so dist/ holds one version.
func removeOld(out, name string, keep ...string) error {
	ents, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range ents {
		n := e.Name()
		base := strings.TrimSuffix(strings.TrimSuffix(n, ".br"), ".gz")
		hashedFile := (strings.HasPrefix(n, name+".") || strings.HasPrefix(n, "tools.")) && strings.HasSuffix(base, ".wasm") ||
			strings.HasPrefix(n, "wasm_exec.")
		if hashedFile && !slices.Contains(keep, base) && base != "wasm_exec.js" && base != "tools.wasm" {
			if err := os.Remove(filepath.Join(out, n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// write writes data and its brotli (quality 11) and gzip (level 9) compressed siblings.
func write(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	var br, gz bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(data)
	if err := bw.Close(); err != nil {
		return err
	}
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	gw.Write(data)
	if err := gw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path+".br", br.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(path+".gz", gz.Bytes(), 0o644)
}
