//go:build js && wasm

package widget

import (
	"sync"
	"syscall/js"
)

// syncer sends stored records that have no receipt yet to the endpoint, oldest first, one at a time. A network
// error or a 5xx answer is retried with exponential backoff (1 s doubling to 5 min) for as long as the page is
// open, and at the next page load; the endpoint is idempotent by record id, so a record that was logged but
// whose answer was lost is answered with the same receipt and stored once. A 4xx answer is final: the error is
// kept with the record, which is not sent again, and reported once (refused).
type syncer struct {
	e       *Engine
	mu      sync.Mutex
	running bool
	again   bool
	delay   float64 // ms until the next retry after a failure
	queued  int
	online  js.Func
}

func newSyncer(e *Engine) *syncer {
	s := &syncer{e: e, delay: 1000}
	s.online = js.FuncOf(func(js.Value, []js.Value) any { s.delay = 1000; s.flush(); return nil })
	global("addEventListener").Invoke("online", s.online)
	return s
}

// pending returns how many records were waiting at the last pass.
func (s *syncer) pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queued
}

// flush starts a pass over the queue unless one is running (then that one goes round again).
func (s *syncer) flush() {
	s.mu.Lock()
	if s.running {
		s.again = true
		s.mu.Unlock()
		return
	}
	s.running = true
	s.mu.Unlock()
	go s.run()
}

func (s *syncer) run() {
	for {
		failed := s.pass()
		s.mu.Lock()
		if s.again && !failed {
			s.again = false
			s.mu.Unlock()
			continue
		}
		s.running, s.again = false, false
		s.mu.Unlock()
		if failed {
			var retry js.Func
			retry = js.FuncOf(func(js.Value, []js.Value) any { retry.Release(); s.flush(); return nil })
			global("setTimeout").Invoke(retry, s.delay)
			if s.delay *= 2; s.delay > 300000 {
				s.delay = 300000
			}
		}
		return
	}
}

// pass sends every pending record; it reports whether one failed in a way worth retrying.
func (s *syncer) pass() (failed bool) {
	list, err := s.e.proofs().List()
	if err != nil {
		return true
	}
	n := 0
	for _, en := range list {
		if !en.Pending() {
			continue
		}
		if failed {
			n++
			continue
		}
		switch status, body := s.post(en.Record); {
		case status == 200 || status == 201:
			if err := s.e.checkReceipt(en, body); err != nil {
				// Never accept a receipt that does not prove the record is in the signed log.
				warn("assent: receipt of record "+en.ID+" does not verify:", err.Error())
				failed = true
				n++
				continue
			}
			en.Receipt = body
			if err := s.e.proofs().Update(en); err != nil {
				failed = true
				n++
				continue
			}
			s.delay = 1000
			ev := object("record_id", en.ID)
			ev.Set("receipt", parseJSON(body))
			s.e.b.Call("emit", "synced", ev)
		case status >= 400 && status < 500 && status != 408 && status != 429:
			s.refused(en, status, body)
		default:
			failed = true
			n++
		}
	}
	s.mu.Lock()
	s.queued = n
	s.mu.Unlock()
	s.e.b.Call("queue", n)
	return failed
}

// post sends one record; status 0 means the request did not complete.
func (s *syncer) post(record string) (int, string) {
	opts := object("method", "POST", "body", record, "credentials", "omit", "mode", "cors")
	opts.Set("headers", object("Content-Type", "application/json"))
	opts.Set("keepalive", len(record) < 60000)
	res, err := await(global("fetch").Invoke(s.e.cfg.Endpoint+"/v1/records", opts))
	if err != nil {
		return 0, ""
	}
	text, err := await(res.Call("text"))
	if err != nil {
		return 0, ""
	}
	return res.Get("status").Int(), text.String()
}

// refused keeps the endpoint's refusal of a record with it (so it is never sent again and Assent.records()
// shows it) and reports it once: a console error and the "error" event, whose detail is
// {code, message, findings, record_id, status} with the endpoint's error code, message and findings
// (__assent.refusal in engine.js builds it: JSON is parsed there, not in the wasm).
func (s *syncer) refused(en Entry, status int, body string) {
	en.Error = RefusalText(status, body)
	if err := s.e.proofs().Update(en); err != nil {
		warn("assent: could not mark record "+en.ID+" as refused:", err.Error())
	}
	// Out of the chain: the next record follows the last one the ledger may hold, not the refused one.
	s.e.proofs().Rewind(en, str(parseJSON(en.Record).Get("prev"))) // an error leaves it in: the next is refused too
	s.e.b.Call("emit", "error", global("__assent").Call("refusal", en.ID, status, en.Error))
}
