//go:build !js && !wasip1

// These tests read the module's source files, which a browser has not got.

package rules

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Every declared code is well-formed and declared once, in the table that documents it.
func TestVocabularyTables(t *testing.T) {
	seen := map[string]string{}
	for _, c := range FindingCodes {
		if !isCode(c.Code) || c.Cite == "" || c.Meaning == "" || !slices.Contains([]string{SeverityError, SeverityWarning, SeverityEither}, c.Severity) {
			t.Errorf("incomplete declaration %+v", c)
		}
		if seen[c.Code] != "" {
			t.Errorf("%s declared twice in FindingCodes", c.Code)
		}
		seen[c.Code] = "finding"
	}
	for _, e := range HTTPErrors {
		if !isCode(e.Code) || e.Meaning == "" || len(e.Status) == 0 {
			t.Errorf("incomplete declaration %+v", e)
		}
		for _, s := range e.Status {
			if s < 400 || s > 599 {
				t.Errorf("%s: status %d is not an error", e.Code, s)
			}
		}
		if seen[e.Code] == "http" {
			t.Errorf("%s declared twice in HTTPErrors", e.Code)
		}
		seen[e.Code] = "http"
	}
	consts := declaredCodes(t)
	for name, v := range consts {
		if _, ok := seen[v]; !ok {
			t.Errorf("%s = %q is in neither FindingCodes nor HTTPErrors", name, v)
		}
	}
	if len(consts) != len(seen) {
		t.Errorf("%d Code constants, %d codes in the tables", len(consts), len(seen))
	}
}

// declaredCodes returns the Code constants of vocab.go: name -> value.
func declaredCodes(t *testing.T) map[string]string {
	f, err := parser.ParseFile(token.NewFileSet(), "vocab.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && strings.HasPrefix(n.Name, "Code") {
					out[n.Name], _ = strconv.Unquote(lit.Value)
				}
			}
		}
	}
	if len(out) < 100 {
		t.Fatalf("vocab.go: only %d Code constants found", len(out))
	}
	return out
}

// codeSinks are the calls whose argument at the index is a code, and the composite literal fields that hold one.
var codeSinks = map[string]int{"err": 0, "warn": 0, "newFinding": 0, "themeFinding": 0, "bad": 0, "writeError": 2, "writeJSONError": 2}

// errorInJSON finds a code written into a JSON error body by hand.
var errorInJSON = regexp.MustCompile(`"error": ?"([a-z0-9_]+)"`)

// codeTypes are the types whose Code field holds a code (not rules.Country's Code, a country code).
var codeTypes = map[string]bool{"Finding": true, "FieldError": true, "Error": true}

func typeName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}

// No Go file of the module writes a code as a string literal: not where a code goes (fs.err, Finding{Code: ...},
// writeError, ...), and not anywhere a declared code's text appears. And every declared code is used.
func TestCodesDeclaredAndUsed(t *testing.T) {
	consts := declaredCodes(t)
	byValue := map[string]string{}
	for n, v := range consts {
		byValue[v] = n
	}
	used := map[string]bool{}
	fset := token.NewFileSet()
	var problems []string
	bad := func(pos token.Pos, format string, args ...any) {
		problems = append(problems, fset.Position(pos).String()+": "+fmt.Sprintf(format, args...))
	}
	files := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "node_modules" || n == "dist" || n == "testdata" || strings.HasPrefix(n, ".") && n != ".." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || path == filepath.Join("..", "rules", "vocab.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files++
		inRules := f.Name.Name == "rules" && filepath.Dir(path) == filepath.Join("..", "rules")
		// The ledger's conformance suite spells the HTTP contract's codes out on purpose, as a client would.
		conformance := filepath.Dir(path) == filepath.Join("..", "ledger", "ledgertest")
		fieldArg := map[ast.Expr]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BasicLit:
				if x.Kind == token.STRING && !fieldArg[x] && !conformance {
					if v, err := strconv.Unquote(x.Value); err == nil && byValue[v] != "" {
						bad(x.Pos(), "%s: use rules.%s", x.Value, byValue[v])
					} else if m := errorInJSON.FindStringSubmatch(v); m != nil {
						bad(x.Pos(), "an error body with the code %q written out: use a constant of rules/vocab.go", m[1])
					}
				}
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok && id.Name == "rules" && consts[x.Sel.Name] != "" {
					used[x.Sel.Name] = true
				}
			case *ast.Ident:
				if inRules && consts[x.Name] != "" {
					used[x.Name] = true
				}
			case *ast.CallExpr:
				name := ""
				switch fn := x.Fun.(type) {
				case *ast.Ident:
					if fn.Name != "err" && fn.Name != "warn" { // those are the methods of findings only
						name = fn.Name
					}
				case *ast.SelectorExpr:
					if recv, ok := fn.X.(*ast.Ident); ok && recv.Name == "fs" { // fs.err, fs.warn
						name = fn.Sel.Name
						if len(x.Args) > 1 {
							fieldArg[x.Args[1]] = true // a field may be named like a code ("cookie_wall")
						}
					}
				}
				if i, ok := codeSinks[name]; ok && i < len(x.Args) {
					if lit, ok := x.Args[i].(*ast.BasicLit); ok {
						bad(lit.Pos(), "%s(%s, ...): a code must be a constant of rules/vocab.go", name, lit.Value)
					}
				}
			case *ast.CompositeLit:
				if !codeTypes[typeName(x.Type)] {
					break
				}
				for _, e := range x.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Code" {
							if lit, ok := kv.Value.(*ast.BasicLit); ok {
								bad(lit.Pos(), "Code: %s: a code must be a constant of rules/vocab.go", lit.Value)
							}
						}
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 150 {
		t.Fatalf("scanned only %d Go files from the module root", files)
	}
	for _, p := range problems {
		t.Error(p)
	}
	var unused []string
	for n := range consts {
		if !used[n] {
			unused = append(unused, n)
		}
	}
	sort.Strings(unused)
	for _, n := range unused {
		t.Errorf("rules.%s (%q) is declared but no Go file of the module uses it: remove it from rules/vocab.go or use it", n, consts[n])
	}
}

// isCode reports whether s is a snake_case code: lower-case letters and digits, words joined by "_".
func isCode(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z') && !('0' <= s[i] && s[i] <= '9') && s[i] != '_' {
			return false
		}
	}
	return s != "" && s[0] != '_' && s[len(s)-1] != '_' && !strings.Contains(s, "__")
}
