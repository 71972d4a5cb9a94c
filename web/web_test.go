package web

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/samples"
)

// asOf is the samples' date: the tests' today.
var asOf = samples.AsOf

// newServer starts the app in a new workspace. Its cache is the test's
// own: the board and the bulletin take the uploads from it, as checked.
func newServer(t *testing.T, remote bool) *Server {
	t.Helper()
	s, err := New(Options{Dir: t.TempDir(), Remote: remote, Today: func() time.Time { return asOf }, Cache: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// do sends a request to h and returns the response.
func do(t *testing.T, h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	if req.Host == "" || req.Host == "example.com" {
		req.Host = "127.0.0.1:8080"
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func get(t *testing.T, h http.Handler, target string, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return do(t, h, req)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

// csrfOf returns the CSRF token of the first form of a page.
func csrfOf(t *testing.T, body string) string {
	t.Helper()
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no CSRF token on the page:\n%.2000s", body)
	}
	return m[1]
}

type file struct {
	name string
	data []byte
}

// multipartBody is a form with the CSRF token first, then files.
func multipartBody(csrf, field string, files []file) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if csrf != "" {
		mw.WriteField("csrf", csrf)
	}
	for _, f := range files {
		w, _ := mw.CreateFormFile(field, f.name)
		w.Write(f.data)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func postFiles(t *testing.T, h http.Handler, target, csrf, field string, files []file, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	body, ct := multipartBody(csrf, field, files)
	req := httptest.NewRequest("POST", target, body)
	req.Header.Set("Content-Type", ct)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return do(t, h, req)
}

func postForm(t *testing.T, h http.Handler, target string, form url.Values, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return do(t, h, req)
}

func sampleFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(samples.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sampleReturns(t *testing.T) []file {
	t.Helper()
	entries, err := fs.ReadDir(samples.FS(), samples.ReturnsDir)
	if err != nil {
		t.Fatal(err)
	}
	var out []file
	for _, e := range entries {
		out = append(out, file{e.Name(), sampleFile(t, path.Join(samples.ReturnsDir, e.Name()))})
	}
	return out
}

// withPlan is a server given the sample plan.
func withPlan(t *testing.T, remote bool) (*Server, string) {
	t.Helper()
	s := newServer(t, remote)
	token := s.csrfToken("office")
	w := postFiles(t, s, "/plan", token, "plan", []file{{"工作要点.txt", sampleFile(t, samples.PlanFile)}})
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "任务 46 项") {
		t.Fatalf("plan upload: %d\n%.3000s", w.Code, w.Body.String())
	}
	return s, token
}

func TestOfficeFlow(t *testing.T) {
	s, token := withPlan(t, false)
	if body := get(t, s, "/plan").Body.String(); !strings.Contains(body, "任务 <b>46</b> 项") || !strings.Contains(body, "医政医管处") {
		t.Errorf("plan page lacks the tasks:\n%.2000s", body)
	}
	master := get(t, s, "/plan/master")
	if master.Code != http.StatusOK || !bytes.HasPrefix(master.Body.Bytes(), []byte("PK")) {
		t.Fatalf("master download: %d", master.Code)
	}

	all := get(t, s, "/dispatch/all")
	zr, err := zip.NewReader(bytes.NewReader(all.Body.Bytes()), int64(all.Body.Len()))
	if err != nil {
		t.Fatalf("dispatch zip: %v", err)
	}
	if len(zr.File) != 12 {
		t.Errorf("dispatch zip holds %d workbooks, want 12", len(zr.File))
	}
	one := get(t, s, "/dispatch/file?unit="+url.QueryEscape("医政处")) // an alias finds its unit
	if one.Code != http.StatusOK || !strings.Contains(one.Header().Get("Content-Disposition"), url.PathEscape("医政医管处")) {
		t.Errorf("one unit's workbook: %d %q", one.Code, one.Header().Get("Content-Disposition"))
	}

	w := postFiles(t, s, "/collect", token, "returns", sampleReturns(t))
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "已收到 11 个文件") {
		t.Fatalf("collect: %d\n%.3000s", w.Code, w.Body.String())
	}

	board := get(t, s, "/board?as-of=2026-09-30").Body.String()
	for _, want := range []string{"未报送 1 个单位", "老龄健康处。请尽快报送", "成果<b>48</b>", "成果清单!"} {
		if !strings.Contains(board, want) {
			t.Errorf("board lacks %q", want)
		}
	}

	rep := postForm(t, s, "/report", url.Values{"csrf": {token}, "as-of": {"2026-09-30"}, "kind": {"通报"}, "org": {samples.Org}})
	if !strings.Contains(rep.Body.String(), "督查通报-2026-09-30.pdf") {
		t.Fatalf("report: %d\n%.3000s", rep.Code, rep.Body.String())
	}
	pdf := get(t, s, "/report/file?period="+url.QueryEscape("2026年第三季度")+"&name="+url.QueryEscape("督查通报-2026-09-30.pdf"))
	if !bytes.HasPrefix(pdf.Body.Bytes(), []byte("%PDF")) {
		t.Errorf("bulletin download: %d %.100q", pdf.Code, pdf.Body.String())
	}
	docx := get(t, s, "/report/file?period="+url.QueryEscape("2026年第三季度")+"&name="+url.QueryEscape("督查通报-2026-09-30.docx"))
	if !bytes.HasPrefix(docx.Body.Bytes(), []byte("PK")) {
		t.Errorf("docx download: %d", docx.Code)
	}
	if w := get(t, s, "/report/file?period=..&name="+url.QueryEscape("任务总表.xlsx")); w.Code != http.StatusNotFound {
		t.Errorf("a file outside 输出/ was served: %d", w.Code)
	}
}

func TestCSRF(t *testing.T) {
	s, token := withPlan(t, false)
	returns := sampleReturns(t)[:1]
	tests := []struct {
		name string
		req  func() *http.Request
	}{
		{"upload without token", func() *http.Request {
			body, ct := multipartBody("", "returns", returns)
			r := httptest.NewRequest("POST", "/collect", body)
			r.Header.Set("Content-Type", ct)
			return r
		}},
		{"upload with wrong token", func() *http.Request {
			body, ct := multipartBody(strings.Repeat("0", 64), "returns", returns)
			r := httptest.NewRequest("POST", "/collect", body)
			r.Header.Set("Content-Type", ct)
			return r
		}},
		{"report without token", func() *http.Request {
			r := httptest.NewRequest("POST", "/report", strings.NewReader("as-of=2026-09-30"))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			return r
		}},
		{"cross-site form with token", func() *http.Request {
			body, ct := multipartBody(token, "returns", returns)
			r := httptest.NewRequest("POST", "/collect", body)
			r.Header.Set("Content-Type", ct)
			r.Header.Set("Sec-Fetch-Site", "cross-site")
			return r
		}},
		{"other host name", func() *http.Request {
			body, ct := multipartBody(token, "returns", returns)
			r := httptest.NewRequest("POST", "/collect", body)
			r.Header.Set("Content-Type", ct)
			r.Host = "evil.example:8080"
			return r
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if w := do(t, s, tt.req()); w.Code != http.StatusForbidden {
				t.Errorf("status %d, want 403", w.Code)
			}
		})
	}
	if n := len(s.ws.uploadsOf(s.ws.current().Period, "")); n != 0 {
		t.Errorf("%d uploads kept from refused requests", n)
	}
}

func TestUploadNames(t *testing.T) {
	s, token := withPlan(t, false)
	data := sampleReturns(t)[0].data
	names := []string{"../../逃出.xlsx", "/etc/passwd", `..\..\逃出2.xlsx`, `C:\Windows\system32\x.xlsx`, ".hidden.xlsx", "~$锁定.xlsx", "", "工作清单.xlsx", "工作清单.xlsx"}
	var files []file
	for _, n := range names {
		files = append(files, file{n, data})
	}
	w := postFiles(t, s, "/collect", token, "returns", files)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d\n%.2000s", w.Code, w.Body.String())
	}
	root := s.ws.dir
	dir := filepath.Join(root, returnsDir, periodName(s.ws.current().Period))
	entries, _ := os.ReadDir(dir)
	// An empty file name is a form field, not a file.
	if len(entries) != len(names)-1 {
		t.Errorf("%d files kept, want %d", len(entries), len(names)-1)
	}
	for _, e := range entries {
		if strings.ContainsAny(e.Name(), `/\`) || strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), "~") {
			t.Errorf("kept as %q", e.Name())
		}
	}
	filepath.WalkDir(filepath.Dir(root), func(p string, d fs.DirEntry, err error) error {
		if strings.Contains(d.Name(), "逃出") && !strings.HasPrefix(p, dir) {
			t.Errorf("an upload escaped its folder: %s", p)
		}
		return nil
	})
}

func TestStoredName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"医政医管处-工作清单.xlsx", "医政医管处-工作清单（0007）.xlsx"},
		{"../../a.xlsx", "a（0007）.xlsx"},
		{`C:\x\财务处.XLSX`, "财务处（0007）.xlsx"},
		{"..", "上传文件（0007）"},
		{"a:b*c?.zip", "a_b_c_（0007）.zip"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := storedName(7, tt.in); got != tt.want {
				t.Errorf("storedName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestZipBomb(t *testing.T) {
	s, token := withPlan(t, false)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	w := postFiles(t, s, "/collect", token, "returns", []file{{"财务处-工作清单.xlsx", hostile.ZipBomb(600<<20, true)}, {"炸弹.zip", zipOf(t, "财务处-工作清单.xlsx", hostile.ZipBomb(600<<20, false))}})
	runtime.ReadMemStats(&after)
	body := w.Body.String()
	if w.Code != http.StatusOK || strings.Count(body, "未能读取") < 2 {
		t.Fatalf("zip bomb not refused: %d\n%.3000s", w.Code, body)
	}
	if got := s.ws.counted(s.ws.current().Period); len(got) != 0 {
		t.Errorf("a zip bomb counts on the board: %v", got)
	}
	t.Logf("heap grew %d MB over the upload", (int64(after.HeapAlloc)-int64(before.HeapAlloc))>>20)
}

func zipOf(t *testing.T, name string, data []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create(name)
	w.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLimits(t *testing.T) {
	s, err := New(Options{Dir: t.TempDir(), Today: func() time.Time { return asOf }, MaxFileSize: 1 << 10, MaxFiles: 2})
	if err != nil {
		t.Fatal(err)
	}
	token := s.csrfToken("office")
	w := postFiles(t, s, "/collect", token, "returns", []file{{"a.xlsx", make([]byte, 2<<10)}})
	if !strings.Contains(w.Body.String(), "超过 0 MB") && !strings.Contains(w.Body.String(), "未接收") {
		t.Errorf("a file over the limit was taken:\n%.2000s", w.Body.String())
	}
	w = postFiles(t, s, "/collect", token, "returns", []file{{"a.xlsx", []byte("x")}, {"b.xlsx", []byte("x")}, {"c.xlsx", []byte("x")}})
	if !strings.Contains(w.Body.String(), "一次上传的文件太多") {
		t.Errorf("a third file was taken:\n%.2000s", w.Body.String())
	}
}

// remoteOffice sets the office password of a remote server and returns
// the session cookie.
func remoteOffice(t *testing.T, s *Server) *http.Cookie {
	t.Helper()
	if w := get(t, s, "/plan"); w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/setup" {
		t.Fatalf("office page before the password: %d %s", w.Code, w.Header().Get("Location"))
	}
	if w := get(t, s, "/setup"); w.Code != http.StatusForbidden {
		t.Errorf("setup without the console's code: %d", w.Code)
	}
	page := get(t, s, s.SetupPath())
	w := postForm(t, s, "/setup", url.Values{"csrf": {csrfOf(t, page.Body.String())}, "code": {s.setupCode}, "password": {"办公室密码12345"}, "again": {"办公室密码12345"}})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("setup: %d\n%s", w.Code, w.Body.String())
	}
	for _, c := range w.Result().Cookies() {
		if c.Name == sessionCookie {
			return c
		}
	}
	t.Fatal("no session after setup")
	return nil
}

func TestDepartmentLinks(t *testing.T) {
	s := newServer(t, true)
	cookie := remoteOffice(t, s)
	if w := get(t, s, s.SetupPath()); w.Code != http.StatusSeeOther {
		t.Errorf("setup a second time: %d", w.Code)
	}
	office := csrfOf(t, get(t, s, "/plan", cookie).Body.String())
	postFiles(t, s, "/plan", office, "plan", []file{{"工作要点.txt", sampleFile(t, samples.PlanFile)}}, cookie)
	if body := get(t, s, "/dispatch", cookie).Body.String(); !strings.Contains(body, "/d/") {
		t.Fatalf("no unit links on the dispatch page:\n%.2000s", body)
	}
	a, _ := s.ws.token("财务处")
	b, _ := s.ws.token("妇幼健康处")
	returns := sampleReturns(t)
	var finance file
	for _, f := range returns {
		if strings.HasPrefix(f.name, "财务处") {
			finance = f
		}
	}
	pageA := get(t, s, "/d/"+a+"/").Body.String()
	w := postFiles(t, s, "/d/"+a+"/", csrfOf(t, pageA), "returns", []file{finance})
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "已收到 1 个文件") {
		t.Fatalf("unit upload: %d\n%.2000s", w.Code, w.Body.String())
	}
	up := s.ws.uploadsOf(s.ws.current().Period, "财务处")[0]

	pageB := get(t, s, "/d/"+b+"/").Body.String()
	if strings.Contains(pageB, finance.name) || strings.Contains(pageB, up.Stored) {
		t.Error("one unit's page shows another's upload")
	}
	if !strings.Contains(pageB, "妇幼健康处") || strings.Contains(pageB, "财务处-") {
		t.Error("a unit's page shows another unit's workbook")
	}
	tests := []struct {
		name, target string
		cookie       *http.Cookie
		want         int
	}{
		{"own workbook", "/d/" + a + "/workbook", nil, http.StatusOK},
		{"another unit's copy", fmt.Sprintf("/d/%s/copy?id=%d&n=0", b, up.ID), nil, http.StatusNotFound},
		{"unknown token", "/d/" + strings.Repeat("a", 32) + "/", nil, http.StatusNotFound},
		{"office page with a unit's token", "/collect?token=" + a, nil, http.StatusSeeOther},
		{"office file without a session", fmt.Sprintf("/collect/file?id=%d", up.ID), nil, http.StatusSeeOther},
		{"office file with a session", fmt.Sprintf("/collect/file?id=%d", up.ID), cookie, http.StatusOK},
		{"board without a session", "/board", nil, http.StatusSeeOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []*http.Cookie
			if tt.cookie != nil {
				cs = append(cs, tt.cookie)
			}
			if w := get(t, s, tt.target, cs...); w.Code != tt.want {
				t.Errorf("GET %s: %d, want %d", tt.target, w.Code, tt.want)
			}
		})
	}
	// A unit's form token does not post as another unit.
	if w := postFiles(t, s, "/d/"+b+"/", csrfOf(t, pageA), "returns", []file{finance}); w.Code != http.StatusForbidden {
		t.Errorf("post with another unit's form token: %d", w.Code)
	}
	if w := postForm(t, s, "/login", url.Values{"csrf": {s.csrfToken("login")}, "password": {"猜一个"}}); w.Code != http.StatusUnauthorized {
		t.Errorf("wrong password: %d", w.Code)
	}
}

func TestLocalHasNoUnitLinks(t *testing.T) {
	s, _ := withPlan(t, false)
	tok, _ := s.ws.token("财务处")
	if w := get(t, s, "/d/"+tok+"/"); w.Code != http.StatusNotFound {
		t.Errorf("a unit link on a local-only app: %d", w.Code)
	}
}

// TestFlood sends 60 units' returns at once, over a real connection each,
// and checks that every one is kept and counted on the board.
func TestFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	s := newServer(t, false)
	ts := httptest.NewServer(s)
	defer ts.Close()
	token := s.csrfToken("office")
	const units = 60
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peak.Load() {
					peak.Store(m.HeapInuse)
				}
			}
		}
	}()
	start := time.Now()
	var wg sync.WaitGroup
	var failed atomic.Int32
	for i := range units {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("单位%02d处", i+1)
			body, ct := multipartBody(token, "returns", []file{{name + "-工作清单.xlsx", hostile.Workbook(name, 50)}})
			resp, err := http.Post(ts.URL+"/collect", ct, body)
			if err != nil {
				failed.Add(1)
				t.Error(err)
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "已收到 1 个文件") {
				failed.Add(1)
				t.Errorf("%s: %d", name, resp.StatusCode)
			}
		}()
	}
	wg.Wait()
	close(stop)
	elapsed := time.Since(start)
	ups := s.ws.uploadsOf(s.ws.current().Period, "")
	entries, _ := os.ReadDir(filepath.Join(s.ws.dir, returnsDir, periodName(s.ws.current().Period)))
	if len(ups) != units || len(entries) != units || failed.Load() != 0 {
		t.Fatalf("%d uploads recorded, %d files kept, %d failed; want %d, %d, 0", len(ups), len(entries), failed.Load(), units, units)
	}
	board := get(t, s, "/board").Body.String()
	for i := range units {
		if name := fmt.Sprintf("单位%02d处", i+1); !strings.Contains(board, name) {
			t.Errorf("%s is not on the board", name)
		}
	}
	t.Logf("%d uploads in %v; peak heap in use %d MB", units, elapsed.Round(time.Millisecond), peak.Load()>>20)
}

// badReturn is the sample return of 财务处 with its 完成状态 推进中 written
// 差不多吧, not one of the choices: a warning, and so a marked-up copy to
// send back.
func badReturn(t *testing.T) file {
	t.Helper()
	var good file
	for _, f := range sampleReturns(t) {
		if strings.HasPrefix(f.name, "财务处") {
			good = f
		}
	}
	zr, err := zip.NewReader(bytes.NewReader(good.data), int64(len(good.data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	changed := false
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if strings.HasSuffix(f.Name, "sharedStrings.xml") || strings.HasPrefix(f.Name, "xl/worksheets/") {
			// 推进中, as openpyxl writes it.
			if n := bytes.ReplaceAll(b, []byte(">&#25512;&#36827;&#20013;<"), []byte(">差不多吧<")); !bytes.Equal(n, b) {
				b, changed = n, true
			}
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	if err := zw.Close(); err != nil || !changed {
		t.Fatalf("making the bad return: %v (changed: %v)", err, changed)
	}
	return file{good.name, buf.Bytes()}
}

func TestMarkedUpCopy(t *testing.T) {
	s := newServer(t, false)
	token := s.csrfToken("office")
	w := postFiles(t, s, "/collect", token, "returns", []file{badReturn(t)})
	body := w.Body.String()
	if !strings.Contains(body, "差不多吧") || !strings.Contains(body, "退回修改副本") {
		t.Fatalf("no problem or copy shown:\n%.3000s", body)
	}
	up := s.ws.uploadsOf(s.ws.current().Period, "")[0]
	if up.Warnings == 0 || len(up.Copies) != 1 {
		t.Fatalf("upload %+v", up)
	}
	c := get(t, s, fmt.Sprintf("/collect/copy?id=%d&n=0", up.ID))
	if c.Code != http.StatusOK || !bytes.HasPrefix(c.Body.Bytes(), []byte("PK")) || !strings.Contains(c.Header().Get("Content-Disposition"), url.PathEscape("退回修改")) {
		t.Errorf("copy download: %d %q", c.Code, c.Header().Get("Content-Disposition"))
	}
	for _, bad := range []string{"n=1", "n=-1", "n=x"} {
		if c := get(t, s, fmt.Sprintf("/collect/copy?id=%d&%s", up.ID, bad)); c.Code != http.StatusNotFound {
			t.Errorf("copy %s: %d", bad, c.Code)
		}
	}
}

func TestEmptyUploadKept(t *testing.T) {
	s := newServer(t, false)
	w := postFiles(t, s, "/collect", s.csrfToken("office"), "returns", []file{{"空.xlsx", nil}})
	if !strings.Contains(w.Body.String(), "已收到 1 个文件") || !strings.Contains(w.Body.String(), "未能读取") {
		t.Errorf("an empty file:\n%.2000s", w.Body.String())
	}
	// The record survives a restart.
	again, err := New(Options{Dir: s.ws.dir, Today: func() time.Time { return asOf }})
	if err != nil {
		t.Fatal(err)
	}
	if ups := again.ws.uploadsOf(again.ws.current().Period, ""); len(ups) != 1 || ups[0].Original != "空.xlsx" {
		t.Errorf("after a restart: %+v", ups)
	}
}

func TestMasterUploadedBack(t *testing.T) {
	s, token := withPlan(t, false)
	master := get(t, s, "/plan/master").Body.Bytes()
	w := postFiles(t, s, "/plan/master", token, "master", []file{{"任务总表（改过）.xlsx", master}})
	if !strings.Contains(w.Body.String(), "已换用上传的任务总表") || !strings.Contains(w.Body.String(), "任务 46 项") {
		t.Fatalf("master upload:\n%.2000s", w.Body.String())
	}
	w = postFiles(t, s, "/plan/master", token, "master", []file{{"坏的.xlsx", []byte("不是工作簿")}})
	if !strings.Contains(w.Body.String(), "原任务总表未改动") {
		t.Errorf("a bad master was not refused:\n%.2000s", w.Body.String())
	}
	if got := get(t, s, "/plan/master").Body.Bytes(); !bytes.Equal(got, master) {
		t.Error("the master changed")
	}
	// Every file sent is kept: the plan, the master replaced, both uploads.
	entries, _ := os.ReadDir(filepath.Join(s.ws.dir, planDir))
	if len(entries) != 4 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("工作要点/ holds %q, want 4 files", names)
	}
}

// TestBuiltinFont: the pages fall back to the built-in 黑体, served to
// anyone who can see a page (a unit's computer may have no Chinese font),
// so that Chinese never shows as empty boxes.
func TestBuiltinFont(t *testing.T) {
	for _, remote := range []bool{false, true} {
		s := newServer(t, remote)
		w := get(t, s, "/font/hei.ttf")
		if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "font/ttf" {
			t.Fatalf("remote %v: %d %q", remote, w.Code, w.Header().Get("Content-Type"))
		}
		if b := w.Body.Bytes(); len(b) < 1<<20 || !bytes.HasPrefix(b, []byte{0, 1, 0, 0}) {
			t.Errorf("remote %v: %d bytes, not a TrueType font", remote, len(b))
		}
		css := get(t, s, "/static/style.css").Body.String()
		if !strings.Contains(css, `url("/font/hei.ttf")`) || !strings.Contains(css, `"qingdan 黑体", sans-serif`) {
			t.Errorf("remote %v: the style sheet does not fall back to the built-in font", remote)
		}
	}
}
