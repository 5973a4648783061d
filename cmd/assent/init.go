package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

const initUsage = `usage: assent init [flags]

Writes a starter site config (assent.json) that passes 'assent validate', then prints the script tag to put
in your pages and the commands that register the site with 'assent serve' or the Worker.

Missing answers are asked for when stdin is a terminal (or with --interactive). With --yes, or when stdin is
not a terminal, nothing is asked: every required flag must be given, and a missing one is an error that names
them all. An existing file is never overwritten without --force.

Purposes: "necessary" is always written. Choose others with --purpose ID[:SERVICE,...] (repeatable):
` // + the preset list, see initPresetHelp

// initOptions are the answers init needs.
type initOptions struct {
	site, controller, contact, policyURL, endpoint, revision string
	languages                                                []string
	purposes                                                 []string // "analytics:plausible,matomo"
	origins                                                  []string
	expiryDays                                               int
}

func initPresetHelp() string {
	var b strings.Builder
	for _, p := range purposePresets[1:] {
		b.WriteString("  " + p.id + ":")
		for i, s := range p.services {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(" " + s.key + " (" + s.svc.Name + ")")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// cmdInit implements `assent init`.
func cmdInit(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("init", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() {
		io.WriteString(stderr, initUsage+initPresetHelp()+"\nflags:\n")
		fset.PrintDefaults()
	}
	var o initOptions
	var langs, purposes, origins stringList
	fset.StringVar(&o.site, "site", "", "the site's `name` as registered with the ledger (shop.example)")
	fset.StringVar(&o.controller, "controller", "", "the data controller's legal `name`")
	fset.StringVar(&o.contact, "contact", "", "the controller's privacy `contact` (e-mail or URL)")
	fset.StringVar(&o.policyURL, "policy-url", "", "the privacy policy's `URL` (https://... or a site path /privacy)")
	fset.Var(&langs, "languages", "`tags` of the banner's languages, comma-separated (default en)")
	fset.Var(&purposes, "purpose", "a purpose and its services, `ID[:SERVICE,...]` (repeatable; see above)")
	fset.Var(&origins, "origin", "an `origin` the site's pages are served from (repeatable; default https://SITE)")
	fset.StringVar(&o.endpoint, "endpoint", "", "`URL` of assent serve or the Worker (printed in the script tag; written to the config)")
	fset.StringVar(&o.revision, "revision", time.Now().UTC().Format("2006-01-02"), "the notice's `revision`")
	fset.IntVar(&o.expiryDays, "expiry-days", 182, "`days` a choice is kept before it is asked again")
	out := fset.String("out", "assent.json", "config `file` to write")
	force := fset.Bool("force", false, "overwrite an existing file")
	yes := fset.Bool("yes", false, "never ask: fail when a required flag is missing")
	interactive := fset.Bool("interactive", false, "ask for missing answers on stdin even when it is not a terminal")
	if err := fset.Parse(args); err != nil {
		return 2
	}
	if fset.NArg() > 0 {
		return initFail(stderr, "unexpected argument "+fset.Arg(0))
	}
	o.languages = splitList(langs)
	o.purposes = purposes
	o.origins = splitList(origins)
	if !*force {
		if _, err := os.Stat(*out); err == nil {
			return initFail(stderr, *out+" exists; refusing to overwrite it (use --force, or --out another file)")
		}
	}
	if !*yes && (*interactive || isTerminal(stdin)) {
		if err := askMissing(&o, purposes == nil, bufio.NewReader(stdin), stderr); err != nil {
			return initFail(stderr, err.Error())
		}
	}
	if missing := o.missing(); len(missing) > 0 {
		return initFail(stderr, "missing "+strings.Join(missing, ", ")+" (non-interactive: give every required flag)")
	}
	if len(o.languages) == 0 {
		o.languages = []string{"en"}
	}
	if len(o.origins) == 0 {
		o.origins = []string{"https://" + o.site}
	}
	cfg, err := o.config()
	if err != nil {
		return initFail(stderr, err.Error())
	}
	data := codec.FormatConfig(cfg)
	// The file is checked as `assent validate` checks it: written only when it holds no error.
	fs, err := validateConfigData(data, time.Now().UTC())
	if err != nil {
		return initFail(stderr, err.Error())
	}
	if rules.HasErrors(fs) {
		stderr.Write(codec.FormatFindings(fs))
		return initFail(stderr, "the answers make an invalid config (findings above); nothing was written")
	}
	if err := writeNew(*out, data, *force); err != nil {
		return initFail(stderr, err.Error())
	}
	for _, f := range fs {
		io.WriteString(stderr, "assent init: "+f.Severity+" "+f.Code+" ("+f.Field+"): "+f.Message+"\n")
	}
	printNextSteps(stdout, o, *out)
	return 0
}

func initFail(stderr io.Writer, msg string) int {
	io.WriteString(stderr, "assent init: "+msg+"\n")
	return 2
}

// splitList splits comma-separated flag values and drops empty items.
func splitList(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// isTerminal reports whether r is a character device (a terminal), where questions can be answered.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// missing names the flags of required answers not given.
func (o initOptions) missing() []string {
	var m []string
	for _, f := range []struct{ flag, v string }{{"--site", o.site}, {"--controller", o.controller},
		{"--contact", o.contact}, {"--policy-url", o.policyURL}} {
		if strings.TrimSpace(f.v) == "" {
			m = append(m, f.flag)
		}
	}
	return m
}

// askMissing asks for every answer not given by a flag. Purposes are asked when no --purpose was given.
func askMissing(o *initOptions, askPurposes bool, in *bufio.Reader, w io.Writer) error {
	ask := func(q, def string) (string, error) {
		if def != "" {
			q += " [" + def + "]"
		}
		io.WriteString(w, q+": ")
		line, err := in.ReadString('\n')
		if err != nil && (!errors.Is(err, io.EOF) || line == "") {
			return "", errors.New("no answer to \"" + q + "\" (stdin closed)")
		}
		if line = strings.TrimSpace(line); line == "" {
			return def, nil
		}
		return line, nil
	}
	var err error
	for _, q := range []struct {
		v    *string
		text string
	}{{&o.site, "Site name (as registered with the ledger, e.g. shop.example)"},
		{&o.controller, "Data controller (your organisation's legal name)"},
		{&o.contact, "Privacy contact (e-mail or URL)"},
		{&o.policyURL, "Privacy policy URL (https://... or /privacy)"}} {
		for strings.TrimSpace(*q.v) == "" {
			if *q.v, err = ask(q.text, ""); err != nil {
				return err
			}
		}
	}
	if len(o.languages) == 0 {
		l, err := ask("Languages (comma-separated BCP 47 tags)", "en")
		if err != nil {
			return err
		}
		o.languages = splitList([]string{l})
	}
	if !askPurposes {
		return nil
	}
	for _, p := range purposePresets[1:] {
		keys := make([]string, len(p.services))
		for i, s := range p.services {
			keys[i] = s.key
		}
		a, err := ask("Purpose "+p.id+": which services? ("+strings.Join(keys, ", ")+"; \"none\" to leave it out, \"-\" for none listed)", "none")
		if err != nil {
			return err
		}
		switch a = strings.TrimSpace(a); a {
		case "none", "no", "n":
		case "-":
			o.purposes = append(o.purposes, p.id)
		default:
			o.purposes = append(o.purposes, p.id+":"+a)
		}
	}
	return nil
}

// config builds the site config of the answers; an unknown purpose or service is an error naming the choices.
func (o initOptions) config() (rules.SiteConfig, error) {
	nec, _ := findPreset("necessary")
	c := rules.SiteConfig{Site: o.site, Endpoint: o.endpoint, Revision: o.revision, ExpiryDays: o.expiryDays,
		Controller: rules.Controller{Name: o.controller, Contact: o.contact, PolicyURL: o.policyURL},
		Languages:  o.languages}
	c.Purposes = append(c.Purposes, rules.Purpose{ID: "necessary", Required: true,
		Label: pickLangs(nec.label, o.languages), Description: pickLangs(nec.description, o.languages),
		Services: []rules.Service{{Name: "Assent consent choice", Provider: o.controller, Retention: itoaDays(o.expiryDays)}}})
	seen := map[string]bool{"necessary": true}
	for _, spec := range o.purposes {
		id, svcs, _ := strings.Cut(spec, ":")
		id = strings.TrimSpace(id)
		if id == "necessary" {
			continue // always written
		}
		p, ok := findPreset(id)
		if !ok {
			ids := make([]string, 0, len(purposePresets))
			for _, q := range purposePresets[1:] {
				ids = append(ids, q.id)
			}
			return c, errors.New("--purpose: unknown purpose " + quoteArg(id) + " (choose from " + strings.Join(ids, ", ") + ")")
		}
		if seen[id] {
			return c, errors.New("--purpose: purpose " + quoteArg(id) + " given twice")
		}
		seen[id] = true
		pur := rules.Purpose{ID: id, Label: pickLangs(p.label, o.languages), Description: pickLangs(p.description, o.languages)}
		if id == "media" {
			pur.ConsentMode = []string{"personalization_storage"} // embedded players personalise; they are not ads
		}
		for _, key := range splitList([]string{svcs}) {
			i := slices.IndexFunc(p.services, func(s servicePreset) bool { return s.key == key })
			if i < 0 {
				keys := make([]string, len(p.services))
				for j, s := range p.services {
					keys[j] = s.key
				}
				return c, errors.New("--purpose: unknown service " + quoteArg(key) + " for " + id + " (choose from " + strings.Join(keys, ", ") + ")")
			}
			pur.Services = append(pur.Services, p.services[i].svc)
		}
		c.Purposes = append(c.Purposes, pur)
	}
	return c, nil
}

func quoteArg(s string) string { return "\"" + s + "\"" }

func itoaDays(n int) string {
	if n <= 0 {
		n = rules.DefaultExpiryDays
	}
	return strconv.Itoa(n) + " days"
}

// pickLangs keeps the preset's texts in the config's languages, and English as the fallback.
func pickLangs(t rules.Text, langs []string) rules.Text {
	out := rules.Text{}
	for _, l := range langs {
		primary, _, _ := strings.Cut(l, "-")
		if s, ok := t[primary]; ok {
			out[l] = s
		}
	}
	if len(out) < len(langs) || len(out) == 0 {
		out["en"] = t["en"]
	}
	return out
}

// writeNew writes data to name, creating it (mode 0644); it fails if name exists unless force.
func writeNew(name string, data []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return errors.New(name + " exists; refusing to overwrite it (use --force, or --out another file)")
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// printNextSteps prints the script tag and the commands that register the site.
func printNextSteps(w io.Writer, o initOptions, out string) {
	endpoint := strings.TrimRight(o.endpoint, "/")
	if endpoint == "" {
		endpoint = "https://ENDPOINT"
	}
	key := make([]byte, 24)
	rand.Read(key)
	secret := base64.RawURLEncoding.EncodeToString(key)
	origins := `"` + strings.Join(o.origins, `", "`) + `"`
	io.WriteString(w, "Wrote "+out+" (site "+o.site+"). Check it any time with: assent validate "+out+"\n\n"+
		"1. Put this in the <head> of every page, before any tag it governs:\n\n"+
		"   <script src=\""+endpoint+"/v1/sites/"+o.site+"/assent.js\"></script>\n\n"+
		"2a. Register the site with assent serve: save as sites.json\n\n"+
		"   {\"sites\": [{\"name\": \""+o.site+"\", \"origins\": ["+origins+"], \"key\": \""+secret+"\", \"config\": \""+out+"\"}]}\n\n"+
		"   then run: assent serve --sites sites.json\n"+
		"   (the key is a fresh random secret: it reads your records, the dashboard and proofs; keep it private)\n\n"+
		"2b. Or with the Cloudflare Worker (cmd/worker):\n\n"+
		"   in wrangler.toml [vars]: ASSENT_SITES = \""+o.site+"="+strings.Join(o.origins, ",")+"\"\n"+
		"   printf '%s' \""+o.site+"=$(printf %s '"+secret+"' | sha256sum | cut -d' ' -f1)\" | npx wrangler secret put ASSENT_EXPORT_KEYS\n"+
		"   assent loader --config "+out+" --out v1/sites/"+o.site+"/assent.js   # publish it beside the widget's files\n")
}
