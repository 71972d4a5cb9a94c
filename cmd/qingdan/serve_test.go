package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDoubleClick(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "工作要点.txt")
	os.WriteFile(plan, []byte("x"), 0o644)
	isCommand := func(s string) bool { return s == "merge" || s == "serve" }
	tests := []struct {
		name string
		goos string
		args []string
		want []string // nil: left alone
	}{
		{"double-clicked on Windows", "windows", []string{`C:\清单\qingdan.exe`}, []string{`C:\清单\qingdan.exe`, "serve", "--open"}},
		{"no arguments elsewhere", "linux", []string{"qingdan"}, nil},
		{"a command", "windows", []string{"qingdan", "merge", dir}, nil},
		{"a flag", "windows", []string{"qingdan", "--help"}, nil},
		{"a missing file", "windows", []string{"qingdan", filepath.Join(dir, "没有.txt")}, nil},
		{"a folder dropped", "windows", []string{"qingdan", dir}, []string{"qingdan", "serve", "--open", "--dir", dir}},
		{"a file dropped", "linux", []string{"qingdan", plan}, []string{"qingdan", "serve", "--open", "--dir", filepath.Join(dir, defaultWorkspace), plan}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := doubleClick(tt.args, tt.goos, isCommand)
			if tt.want == nil {
				if ok {
					t.Errorf("turned into %q", got)
				}
				return
			}
			if !ok || !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestServe(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "工作目录")
	stop := make(chan struct{})
	ready := make(chan string, 1)
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(serveOptions{Dir: dir, Listen: "127.0.0.1:0", Stop: stop, Ready: func(a string) { ready <- a }}, &out, io.Discard)
	}()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatal(err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	resp, err := http.Get("http://" + addr + "/plan")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "上传工作要点") {
		t.Errorf("GET /plan: %d", resp.StatusCode)
	}
	close(stop)
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	for _, want := range []string{"请在浏览器中打开 http://127.0.0.1:", "停止：按 Ctrl+C", "已停止"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("console lacks %q:\n%s", want, out.String())
		}
	}
	for _, sub := range []string{"工作要点", "下发", "回收", "输出"} {
		if _, err := os.Stat(filepath.Join(dir, sub)); err != nil {
			t.Errorf("workspace lacks %s", sub)
		}
	}
}

func TestServeRemoteTellsSetup(t *testing.T) {
	stop := make(chan struct{})
	ready := make(chan string, 1)
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(serveOptions{Dir: t.TempDir(), Listen: "0.0.0.0:0", Stop: stop, Ready: func(a string) { ready <- a }}, &out, io.Discard)
	}()
	select {
	case <-ready:
	case err := <-done:
		t.Fatal(err)
	}
	close(stop)
	<-done
	if !strings.Contains(out.String(), "/setup?code=") || !strings.Contains(out.String(), "已向局域网开放") {
		t.Errorf("console does not tell how to set the password:\n%s", out.String())
	}
}

func TestServeBadListen(t *testing.T) {
	if code := run([]string{"qingdan", "serve", "--listen", "8080"}, io.Discard, io.Discard); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
}
