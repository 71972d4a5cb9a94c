package web

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/qingdan/qingdan/check"
)

// page is what every page shows besides its own content.
type page struct {
	Title  string
	Step   string // the step of the year the page is, for the menu
	CSRF   string
	Office bool // the office's pages, with the menu
	Remote bool
	Notes  []string // what was done
	Errors []string // what went wrong
	Data   any
	Status int // the HTTP status; 0 means 200
}

// steps are the office's pages, in the order of the year.
var steps = []struct{ Path, Name string }{
	{"/plan", "1 工作要点"}, {"/dispatch", "2 下发"}, {"/collect", "3 收集"}, {"/board", "4 看板"}, {"/report", "5 通报 / 考核"},
}

var funcs = template.FuncMap{
	"steps":   func() any { return steps },
	"percent": func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
	"light":   lightClass,
	"join":    strings.Join,
	"rows":    func(base string, list []upload) any { return uploadRows{Base: base, List: list} },
}

// lightClass is the CSS class of a status's light.
func lightClass(s check.Status) string {
	switch s.Light() {
	case check.Red:
		return "red"
	case check.Yellow:
		return "yellow"
	}
	return "green"
}

// parsePages parses each page with the layout.
func parsePages() (map[string]*template.Template, error) {
	names := []string{"setup", "login", "plan", "dispatch", "collect", "board", "report", "dept", "error"}
	out := map[string]*template.Template{}
	for _, n := range names {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/parts.html", "templates/"+n+".html")
		if err != nil {
			return nil, fmt.Errorf("网页模板 %s：%w", n, err)
		}
		out[n] = t
	}
	return out, nil
}

// render writes a page; a template error becomes a 500 page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, p page) {
	p.Remote = s.opts.Remote
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, p); err != nil {
		http.Error(w, "页面生成失败："+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(cmp.Or(p.Status, http.StatusOK))
	w.Write(buf.Bytes())
}

// fail shows an error page with status code.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.render(w, r, "error", page{Title: "出错了", Errors: []string{msg}, Status: code})
}

// officePage is a page of the office's menu.
func (s *Server) officePage(r *http.Request, title, step string, data any) page {
	return page{Title: title, Step: step, Office: true, CSRF: s.csrfToken(s.officeScope(r)), Data: data}
}

// urlPathEscape escapes a file name for a Content-Disposition header.
func urlPathEscape(s string) string { return strings.ReplaceAll(url.PathEscape(s), "+", "%2B") }

// uploadRows is a table of uploads and the address their copies are under.
type uploadRows struct {
	Base string
	List []upload
}
