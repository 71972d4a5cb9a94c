package web

import (
	"bytes"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/qingdan/qingdan/report"
)

//go:embed templates/*.html static/*
var assets embed.FS

// Options are the settings of the web app.
type Options struct {
	Dir string // the workspace folder (工作目录)
	// Remote is set when the app listens beyond this computer: the office
	// pages then need the office password, and each unit gets its own link.
	Remote bool
	// Address is how other computers reach the app, such as
	// http://192.168.1.5:8080, for the units' links.
	Address string
	Today   func() time.Time // the date; the clock is the caller's
	Fonts   report.Fonts     // the official typefaces found on this computer
	// MaxFileSize and MaxFiles bound one upload request; zero means 64 MB
	// and 100 files.
	MaxFileSize int64
	MaxFiles    int
	// Checks bounds the uploads checked at once; zero means 4.
	Checks int
	// Cache is where the returns read are kept, to be read from there
	// when unchanged (intake.Options.Cache); "" for none.
	Cache string
}

// Server is the web app. It is an http.Handler.
type Server struct {
	opts    Options
	ws      *workspace
	pages   map[string]*template.Template
	handler http.Handler
	checks  chan struct{} // a slot per check running

	setupCode string // the code that lets the office set its password, shown on the console

	mu       sync.Mutex
	sessions map[string]time.Time // office sessions and when they end
}

// New opens the workspace at opts.Dir, making it at first use, and returns
// the app.
func New(opts Options) (*Server, error) {
	if opts.Today == nil {
		opts.Today = func() time.Time { return time.Now() }
	}
	if opts.MaxFileSize == 0 {
		opts.MaxFileSize = 64 << 20
	}
	if opts.MaxFiles == 0 {
		opts.MaxFiles = 100
	}
	if opts.Checks == 0 {
		opts.Checks = 4
	}
	ws, err := openWorkspace(opts.Dir, defaultPeriod(opts.Today()))
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, ws: ws, sessions: map[string]time.Time{}, checks: make(chan struct{}, opts.Checks), setupCode: randomToken()}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	return s, nil
}

// defaultPeriod names the quarter of a date: 2026年第三季度.
func defaultPeriod(t time.Time) string {
	q := []string{"一", "二", "三", "四"}[(int(t.Month())-1)/3]
	return fmt.Sprintf("%d年第%s季度", t.Year(), q)
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// NeedsPassword reports whether the office has yet to set its password,
// which it does at SetupPath, an address only the console shows.
func (s *Server) NeedsPassword() bool {
	return s.opts.Remote && s.ws.current().Password == nil
}

// SetupPath is the address, with its one-time code, at which the office
// sets its password at first start.
func (s *Server) SetupPath() string { return "/setup?code=" + s.setupCode }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /font/hei.ttf", serveFont)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/plan", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /setup", s.setupPage)
	mux.HandleFunc("POST /setup", s.setup)
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)

	office := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, s.officeOnly(h)) }
	office("GET /plan", s.planPage)
	office("POST /plan", s.uploadPlan)
	office("GET /plan/master", s.downloadMaster)
	office("POST /plan/master", s.uploadMaster)
	office("GET /dispatch", s.dispatchPage)
	office("POST /dispatch", s.setPeriod)
	office("GET /dispatch/file", s.downloadDispatch)
	office("GET /dispatch/all", s.downloadAllDispatches)
	office("GET /collect", s.collectPage)
	office("POST /collect", s.uploadReturns)
	office("GET /collect/file", s.downloadUpload)
	office("GET /collect/copy", s.downloadCopy)
	office("GET /board", s.boardPage)
	office("GET /report", s.reportPage)
	office("POST /report", s.makeReport)
	office("GET /report/file", s.downloadOutput)

	mux.HandleFunc("GET /d/{token}/{$}", s.deptPage)
	mux.HandleFunc("POST /d/{token}/{$}", s.deptUpload)
	mux.HandleFunc("GET /d/{token}/workbook", s.deptWorkbook)
	mux.HandleFunc("GET /d/{token}/copy", s.deptCopy)

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "请求来自别的网站，已拒绝。请从本页面重新提交。")
	}))
	return s.hostCheck(securityHeaders(cop.Handler(mux)))
}

// securityHeaders keeps pages out of frames and scripts to the app's own.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// serveFont sends the built-in 黑体 the style sheet falls back to where the
// computer has no Chinese font (a bare Linux desktop): a browser fetches
// it only then. It never changes, so a browser may keep it for a day.
func serveFont(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "private, max-age=86400")
	w.Header().Set("Content-Type", "font/ttf")
	http.ServeContent(w, r, "hei.ttf", time.Time{}, bytes.NewReader(report.SansFont()))
}

// hostCheck refuses, when the app listens only on this computer, requests
// for another host name: a web page elsewhere cannot reach the app by
// pointing its own name at 127.0.0.1 (DNS rebinding).
func (s *Server) hostCheck(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.opts.Remote && !isLoopbackHost(r.Host) {
			http.Error(w, "只接受本机访问（127.0.0.1 或 localhost）", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

const sessionCookie = "qingdan_session"

// officeOnly lets the office through: anyone on this computer when the app
// listens only here; else whoever signed in with the office password.
func (s *Server) officeOnly(next http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.opts.Remote {
			next(w, r)
			return
		}
		if s.NeedsPassword() {
			http.Redirect(w, r, "/setup", http.StatusSeeOther)
			return
		}
		if s.session(r) == "" {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		next(w, r)
	})
}

// session returns the office session of a request, or "".
func (s *Server) session(r *http.Request) string {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	end, ok := s.sessions[c.Value]
	if !ok || time.Now().After(end) {
		return ""
	}
	return c.Value
}

// startSession signs the office in.
func (s *Server) startSession(w http.ResponseWriter) {
	id := randomToken()
	s.mu.Lock()
	s.sessions[id] = time.Now().Add(12 * time.Hour)
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: id, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

// csrfToken is the token every form of a scope carries: the office's
// session, or a unit's link.
func (s *Server) csrfToken(scope string) string {
	m := hmac.New(sha256.New, []byte(s.ws.current().Secret))
	m.Write([]byte(scope))
	return hex.EncodeToString(m.Sum(nil))
}

// officeScope is the scope of the office's forms.
func (s *Server) officeScope(r *http.Request) string {
	if !s.opts.Remote {
		return "office"
	}
	return "office:" + s.session(r)
}

// validCSRF checks a form's token.
func (s *Server) validCSRF(scope, token string) bool {
	return token != "" && hmac.Equal([]byte(token), []byte(s.csrfToken(scope)))
}

var errCSRF = errors.New("表单已过期或不是从本页面提交的，请刷新页面后重试")

// passwordHash is the office password as kept.
type passwordHash struct {
	Salt string `json:"盐"`
	Hash string `json:"散列"`
}

const passwordRounds = 200_000

func hashPassword(password, salt string) string {
	key, _ := pbkdf2.Key(sha256.New, password, []byte(salt), passwordRounds, 32)
	return hex.EncodeToString(key)
}

func (p *passwordHash) matches(password string) bool {
	return p != nil && subtle.ConstantTimeCompare([]byte(hashPassword(password, p.Salt)), []byte(p.Hash)) == 1
}

func (s *Server) setupPage(w http.ResponseWriter, r *http.Request) {
	if !s.NeedsPassword() {
		http.Redirect(w, r, "/plan", http.StatusSeeOther)
		return
	}
	code := r.URL.Query().Get("code")
	if subtle.ConstantTimeCompare([]byte(code), []byte(s.setupCode)) != 1 {
		s.fail(w, r, http.StatusForbidden, "请用 qingdan 窗口中显示的地址设置办公室密码。")
		return
	}
	s.render(w, r, "setup", page{Title: "设置办公室密码", CSRF: s.csrfToken("setup"), Data: code})
}

func (s *Server) setup(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if !s.validCSRF("setup", r.PostFormValue("csrf")) {
		s.fail(w, r, http.StatusForbidden, errCSRF.Error())
		return
	}
	if !s.NeedsPassword() || subtle.ConstantTimeCompare([]byte(r.PostFormValue("code")), []byte(s.setupCode)) != 1 {
		s.fail(w, r, http.StatusForbidden, "办公室密码只能用 qingdan 窗口中显示的地址首次设置。")
		return
	}
	pw, again := r.PostFormValue("password"), r.PostFormValue("again")
	p := page{Title: "设置办公室密码", CSRF: s.csrfToken("setup"), Data: r.PostFormValue("code")}
	switch {
	case len([]rune(pw)) < 8:
		p.Errors = []string{"密码至少 8 个字符。"}
	case pw != again:
		p.Errors = []string{"两次输入的密码不一致。"}
	}
	if len(p.Errors) > 0 {
		p.Status = http.StatusBadRequest
		s.render(w, r, "setup", p)
		return
	}
	salt := randomToken()
	if err := s.ws.update(func(st *settings) { st.Password = &passwordHash{Salt: salt, Hash: hashPassword(pw, salt)} }); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	s.startSession(w)
	http.Redirect(w, r, "/plan", http.StatusSeeOther)
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if !s.opts.Remote {
		http.Redirect(w, r, "/plan", http.StatusSeeOther)
		return
	}
	s.render(w, r, "login", page{Title: "办公室登录", CSRF: s.csrfToken("login")})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if !s.validCSRF("login", r.PostFormValue("csrf")) {
		s.fail(w, r, http.StatusForbidden, errCSRF.Error())
		return
	}
	if !s.ws.current().Password.matches(r.PostFormValue("password")) {
		time.Sleep(500 * time.Millisecond) // slows guessing
		s.render(w, r, "login", page{Title: "办公室登录", CSRF: s.csrfToken("login"), Errors: []string{"密码不对。"}, Status: http.StatusUnauthorized})
		return
	}
	s.startSession(w)
	http.Redirect(w, r, "/plan", http.StatusSeeOther)
}
