package main

// A small client of the Chrome DevTools Protocol for the browser test of
// kronika serve: it starts Debian's chromium headless, opens pages in a
// tab of a given size, evaluates expressions in them, presses keys, takes
// screenshots, and collects every console message, uncaught exception and
// browser log entry of the tab (a Content-Security-Policy violation or a
// failed load shows there).

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

type cdpMsg struct {
	ID        int                       `json:"id,omitempty"`
	Method    string                    `json:"method,omitempty"`
	Params    json.RawMessage           `json:"params,omitempty"`
	Result    json.RawMessage           `json:"result,omitempty"`
	Error     *struct{ Message string } `json:"error,omitempty"`
	SessionID string                    `json:"sessionId,omitempty"`
}

type browser struct {
	t       *testing.T
	cmd     *exec.Cmd
	ws      *websocket.Conn
	mu      sync.Mutex
	next    int
	pending map[int]chan cdpMsg
	// per session: console messages and load events
	logs  map[string][]string
	loads map[string]chan struct{}
}

// startBrowser runs chromium with a DevTools endpoint on a free port and
// connects to it; it stops when the test ends.
func startBrowser(t *testing.T, chromium string) *browser {
	t.Helper()
	// The profile is removed after chromium ended (its helpers may still
	// write to it for a moment, hence no t.TempDir).
	profile, err := os.MkdirTemp("", "kronika-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
		"--remote-debugging-port=0", "--remote-allow-origins=http://127.0.0.1", "--user-data-dir="+profile, "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
		for range 20 {
			if os.RemoveAll(profile) == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	re := regexp.MustCompile(`DevTools listening on (ws://\S+)`)
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	var url string
	select {
	case url = <-found:
	case <-time.After(30 * time.Second):
		t.Fatal("chromium gave no DevTools address in 30 s")
	}
	ws, err := websocket.Dial(url, "", "http://127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	ws.MaxPayloadBytes = 64 << 20
	b := &browser{t: t, cmd: cmd, ws: ws, pending: map[int]chan cdpMsg{}, logs: map[string][]string{}, loads: map[string]chan struct{}{}}
	t.Cleanup(func() { ws.Close() })
	go b.read()
	return b
}

func (b *browser) read() {
	for {
		var m cdpMsg
		if err := websocket.JSON.Receive(b.ws, &m); err != nil {
			b.mu.Lock()
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.pending[m.ID]; ok {
				ch <- m
				delete(b.pending, m.ID)
			}
			b.mu.Unlock()
			continue
		}
		switch m.Method {
		case "Runtime.consoleAPICalled":
			var p struct {
				Type string
				Args []struct {
					Value       any
					Description string
				}
			}
			json.Unmarshal(m.Params, &p)
			var parts []string
			for _, a := range p.Args {
				parts = append(parts, fmt.Sprint(a.Value, a.Description))
			}
			b.logs[m.SessionID] = append(b.logs[m.SessionID], "console."+p.Type+": "+strings.Join(parts, " "))
		case "Runtime.exceptionThrown":
			var p struct{ ExceptionDetails struct{ Text string } }
			json.Unmarshal(m.Params, &p)
			b.logs[m.SessionID] = append(b.logs[m.SessionID], "exception: "+p.ExceptionDetails.Text+" "+string(m.Params))
		case "Log.entryAdded":
			var p struct {
				Entry struct{ Level, Source, Text, URL string }
			}
			json.Unmarshal(m.Params, &p)
			if p.Entry.Level == "error" || p.Entry.Level == "warning" {
				b.logs[m.SessionID] = append(b.logs[m.SessionID], "log "+p.Entry.Level+" ("+p.Entry.Source+"): "+p.Entry.Text+" "+p.Entry.URL)
			}
		case "Page.loadEventFired":
			if ch, ok := b.loads[m.SessionID]; ok {
				select {
				case ch <- struct{}{}:
				default:
				}
			}
		}
		b.mu.Unlock()
	}
}

// call sends a command (to a tab when session is set) and returns its
// result.
func (b *browser) call(session, method string, params any) (json.RawMessage, error) {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpMsg, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	raw, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	if params == nil {
		raw = []byte("{}")
	}
	if err := websocket.JSON.Send(b.ws, cdpMsg{ID: id, Method: method, Params: raw, SessionID: session}); err != nil {
		return nil, err
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return nil, fmt.Errorf("%s: the browser went away", method)
		}
		if m.Error != nil {
			return nil, fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		return m.Result, nil
	case <-time.After(120 * time.Second):
		return nil, fmt.Errorf("%s: no answer in 120 s", method)
	}
}

// tab is a page of the browser.
type tab struct {
	b       *browser
	session string
}

// newTab opens a tab of width×height CSS pixels (mobile: a phone's
// viewport and touch).
func (b *browser) newTab(width, height int, mobile bool) *tab {
	t := b.t
	t.Helper()
	var tg struct{ TargetID string }
	// The first tab is the one chromium opened (the only one that
	// paints in headless mode); later ones are new.
	res, err := b.call("", "Target.getTargets", nil)
	if err != nil {
		t.Fatal(err)
	}
	var all struct {
		TargetInfos []struct{ TargetID, Type string }
	}
	json.Unmarshal(res, &all)
	b.mu.Lock()
	first := len(b.loads) == 0
	b.mu.Unlock()
	for _, ti := range all.TargetInfos {
		if first && ti.Type == "page" {
			tg.TargetID = ti.TargetID
			break
		}
	}
	if tg.TargetID == "" {
		res, err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"})
		if err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(res, &tg)
	}
	res, err = b.call("", "Target.attachToTarget", map[string]any{"targetId": tg.TargetID, "flatten": true})
	if err != nil {
		t.Fatal(err)
	}
	var at struct{ SessionID string }
	json.Unmarshal(res, &at)
	tb := &tab{b: b, session: at.SessionID}
	b.mu.Lock()
	b.loads[tb.session] = make(chan struct{}, 1)
	b.mu.Unlock()
	for _, c := range []struct {
		method string
		params any
	}{
		{"Page.enable", nil}, {"Runtime.enable", nil}, {"Log.enable", nil},
		{"Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}},
	} {
		if _, err := b.call(tb.session, c.method, c.params); err != nil {
			t.Fatal(err)
		}
	}
	return tb
}

// open loads url and waits for its load event.
func (tb *tab) open(url string) {
	t := tb.b.t
	t.Helper()
	tb.b.mu.Lock()
	ch := tb.b.loads[tb.session]
	select { // a stale signal
	case <-ch:
	default:
	}
	tb.b.mu.Unlock()
	if _, err := tb.b.call(tb.session, "Page.navigate", map[string]any{"url": url}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ch:
	case <-time.After(60 * time.Second):
		t.Fatalf("%s did not load in 60 s", url)
	}
}

// eval returns the value of a JavaScript expression in the page.
func (tb *tab) eval(expr string) any {
	t := tb.b.t
	t.Helper()
	res, err := tb.b.call(tb.session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Result           struct{ Value any }
		ExceptionDetails *struct{ Text string }
	}
	json.Unmarshal(res, &r)
	if r.ExceptionDetails != nil {
		t.Fatalf("%s: %s", expr, r.ExceptionDetails.Text)
	}
	return r.Result.Value
}

// key presses and releases a key (Tab, Enter) in the page.
func (tb *tab) key(name string, code int) {
	t := tb.b.t
	t.Helper()
	for _, typ := range []string{"keyDown", "keyUp"} {
		p := map[string]any{"type": typ, "key": name, "code": name, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code}
		if name == "Enter" && typ == "keyDown" {
			p["text"] = "\r"
		}
		if _, err := tb.b.call(tb.session, "Input.dispatchKeyEvent", p); err != nil {
			t.Fatal(err)
		}
	}
}

// screenshot writes the viewport as a PNG. A screenshot is an artefact,
// not a check: when the browser cannot take one (a starved machine), the
// test says so and goes on.
func (tb *tab) screenshot(path string) {
	t := tb.b.t
	t.Helper()
	// Only the tab in front is drawn.
	if _, err := tb.b.call(tb.session, "Page.bringToFront", nil); err != nil {
		t.Logf("screenshot %s: %v", path, err)
		return
	}
	res, err := tb.b.call(tb.session, "Page.captureScreenshot", map[string]any{"format": "png"})
	if err != nil {
		t.Logf("no screenshot %s: %v", path, err)
		return
	}
	var r struct{ Data string }
	json.Unmarshal(res, &r)
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil || len(png) == 0 {
		t.Errorf("screenshot %s: %v", path, err)
		return
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Error(err)
	}
}

// console returns what the tab logged so far and forgets it.
func (tb *tab) console() []string {
	tb.b.mu.Lock()
	defer tb.b.mu.Unlock()
	l := tb.b.logs[tb.session]
	delete(tb.b.logs, tb.session)
	return l
}

// close closes the tab.
func (tb *tab) close() {
	var tg struct{ TargetInfo struct{ TargetID string } }
	res, err := tb.b.call(tb.session, "Target.getTargetInfo", nil)
	if err == nil {
		json.Unmarshal(res, &tg)
		tb.b.call("", "Target.closeTarget", map[string]any{"targetId": tg.TargetInfo.TargetID})
	}
	tb.b.mu.Lock()
	delete(tb.b.loads, tb.session)
	delete(tb.b.logs, tb.session)
	tb.b.mu.Unlock()
}
