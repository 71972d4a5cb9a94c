package web

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/qingdan/qingdan/samples"
)

// chromium returns Debian's chromium, or skips the test without one.
// QINGDAN_CHROMIUM names another.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("QINGDAN_CHROMIUM"), "/usr/bin/chromium", "chromium"} {
		if p == "" {
			continue
		}
		if found, err := exec.LookPath(p); err == nil {
			return found
		}
	}
	t.Skip("chromium not installed: apt-get install chromium")
	return ""
}

// screens is where screenshots go: QINGDAN_SCREENSHOTS, else a
// temporary folder.
func screens(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("QINGDAN_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// headless starts a fresh headless chromium, downloading into downloads.
func headless(t *testing.T, downloads string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("lang", "zh-CN"),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelTime)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: ptr(true),
		})
		return err
	}))
	if err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

func ptr[T any](v T) *T { return &v }

// shoot saves a full-page screenshot as name.png.
func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// download clicks sel and returns the file the browser saved.
func download(t *testing.T, ctx context.Context, dir, sel string) []byte {
	t.Helper()
	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	progress := chromedp.Events(dctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatalf("click %s: %v", sel, err)
	}
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("download %s: %v", sel, err)
		}
		switch ev.State {
		case browser.DownloadProgressStateCompleted:
			b, err := os.ReadFile(filepath.Join(dir, ev.GUID))
			if err != nil {
				t.Fatal(err)
			}
			return b
		case browser.DownloadProgressStateCanceled:
			t.Fatalf("download %s canceled", sel)
		}
	}
	t.Fatalf("download %s: no file", sel)
	return nil
}

func text(t *testing.T, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestBrowser runs the office's year in a real browser: the sample plan
// uploaded, a unit's workbook downloaded, the returns uploaded, the board
// read, the bulletin made and downloaded; and a unit's own page on the
// intranet. Every page is photographed.
func TestBrowser(t *testing.T) {
	shots := screens(t)
	downloads := t.TempDir()
	ctx := headless(t, downloads)

	s := newServer(t, false)
	ts := httptest.NewServer(s)
	defer ts.Close()

	in := t.TempDir()
	if err := samples.WriteTo(in, filepath.Join(in, "returns")); err != nil {
		t.Fatal(err)
	}
	planPath := filepath.Join(in, "工作要点.txt")
	if _, err := os.Stat(planPath); err != nil {
		entries, _ := os.ReadDir(in)
		t.Fatalf("samples wrote %v", entries)
	}
	var returns []string
	entries, _ := fs.ReadDir(samples.FS(), samples.ReturnsDir)
	for _, e := range entries {
		returns = append(returns, filepath.Join(in, "returns", path.Base(e.Name())))
	}

	must := func(err error, what string) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	must(chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")), "open")
	shoot(t, ctx, shots, "0-开始")
	must(chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS("#plan-file"), []string{planPath}),
		chromedp.Click(chromedp.CSS(`form[action="/plan"] button`)),
		chromedp.WaitVisible(chromedp.CSS("#tasks")),
	), "upload the plan")
	if body := text(t, ctx); !strings.Contains(body, "任务 46 项") {
		t.Errorf("plan page after upload:\n%.1500s", body)
	}
	shoot(t, ctx, shots, "1-工作要点")
	if b := download(t, ctx, downloads, "#download-master"); !bytes.HasPrefix(b, []byte("PK")) {
		t.Error("the 任务总表 downloaded is not a workbook")
	}

	must(chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/dispatch"), chromedp.WaitVisible(chromedp.CSS("#dispatch"))), "dispatch page")
	shoot(t, ctx, shots, "2-下发")
	if b := download(t, ctx, downloads, `#dispatch a[href*="unit="]`); !bytes.HasPrefix(b, []byte("PK")) {
		t.Error("the unit's workbook downloaded is not a workbook")
	}

	// A return with a problem first: its marked-up copy, to send back.
	bad := badReturn(t)
	badPath := filepath.Join(t.TempDir(), bad.name)
	must(os.WriteFile(badPath, bad.data, 0o644), "write the bad return")
	must(chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/collect"),
		chromedp.SetUploadFiles(chromedp.CSS("#returns-file"), []string{badPath}),
		chromedp.Click(chromedp.CSS(`form[action="/collect"] button`)),
		chromedp.WaitVisible(chromedp.CSS(".uploads a.copy")),
	), "upload a return with a problem")
	if body := text(t, ctx); !strings.Contains(body, "差不多吧") {
		t.Errorf("the problem is not shown:\n%.1500s", body)
	}
	shoot(t, ctx, shots, "3-收集-退回修改")
	if b := download(t, ctx, downloads, ".uploads a.copy"); !bytes.HasPrefix(b, []byte("PK")) {
		t.Error("the marked-up copy downloaded is not a workbook")
	}

	// Then every unit's return, 财务处's corrected.
	must(chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/collect"),
		chromedp.SetUploadFiles(chromedp.CSS("#returns-file"), returns),
		chromedp.Click(chromedp.CSS(`form[action="/collect"] button`)),
		// The page before had uploads too: wait for the last of these.
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf("#upload-%d", len(returns)+1))),
	), "upload the returns")
	if body := text(t, ctx); !strings.Contains(body, "已收到 11 个文件") {
		t.Errorf("collect page after upload:\n%.1500s", body)
	}
	shoot(t, ctx, shots, "3-收集")

	must(chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/board?as-of=2026-09-30"), chromedp.WaitVisible(chromedp.CSS("#units"))), "board")
	body := text(t, ctx)
	for _, want := range []string{"老龄健康处", "完成率", "医政医管处"} {
		if !strings.Contains(body, want) {
			t.Errorf("board lacks %q", want)
		}
	}
	shoot(t, ctx, shots, "4-看板")

	must(chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/report"),
		chromedp.SetValue(chromedp.CSS(`input[name="as-of"]`), "2026-09-30"),
		chromedp.SetValue(chromedp.CSS(`input[name="org"]`), samples.Org),
		chromedp.Click(chromedp.CSS("#make")),
		chromedp.WaitVisible(chromedp.CSS(".outputs")),
	), "make the bulletin")
	shoot(t, ctx, shots, "5-通报")
	if b := download(t, ctx, downloads, `.outputs a[href$=".pdf"]`); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Error("the bulletin downloaded is not a PDF")
	}

	// A unit on the intranet, through its own link.
	rs := newServer(t, true)
	rts := httptest.NewServer(rs)
	defer rts.Close()
	must(chromedp.Do(ctx, chromedp.Navigate(rts.URL+rs.SetupPath())), "setup page")
	shoot(t, ctx, shots, "6-设置密码")
	must(chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`input[name="password"]`), "办公室密码12345"),
		chromedp.SetValue(chromedp.CSS(`input[name="again"]`), "办公室密码12345"),
		chromedp.Click(chromedp.CSS(`form[action="/setup"] button`)),
		chromedp.WaitVisible(chromedp.CSS("#plan-file")),
		chromedp.SetUploadFiles(chromedp.CSS("#plan-file"), []string{planPath}),
		chromedp.Click(chromedp.CSS(`form[action="/plan"] button`)),
		chromedp.WaitVisible(chromedp.CSS("#tasks")),
		chromedp.Navigate(rts.URL+"/dispatch"),
		chromedp.WaitVisible(chromedp.CSS("#dispatch")),
	), "office on the intranet")
	shoot(t, ctx, shots, "7-下发-单位链接")
	token, _ := rs.ws.token("财务处")
	var finance string
	for _, r := range returns {
		if strings.HasPrefix(filepath.Base(r), "财务处") {
			finance = r
		}
	}
	must(chromedp.Do(ctx,
		chromedp.Navigate(rts.URL+"/d/"+token+"/"),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{finance}),
		chromedp.Click(chromedp.CSS(`form button`)),
		chromedp.WaitVisible(chromedp.CSS(".uploads")),
	), "a unit's upload")
	if body := text(t, ctx); !strings.Contains(body, "已收到 1 个文件") || strings.Contains(body, "妇幼健康处") {
		t.Errorf("unit page after upload:\n%.1500s", body)
	}
	shoot(t, ctx, shots, "8-单位报送")
	t.Logf("screenshots in %s", shots)
}
