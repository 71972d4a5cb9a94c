package web

import (
	"errors"
	"fmt"
	"net/http"
)

// deptView is what a unit sees through its own link.
type deptView struct {
	Unit    string
	Token   string
	File    string // its workbook, if the plan sends it one
	Collect collectView
}

// deptOf returns the unit a request's link belongs to. Links exist only
// when the app is open to the intranet.
func (s *Server) deptOf(w http.ResponseWriter, r *http.Request) (string, bool) {
	token := r.PathValue("token")
	unit, ok := s.ws.unitOf(token)
	if !s.opts.Remote || !ok {
		s.fail(w, r, http.StatusNotFound, "这个链接无效，请向办公室索取本单位的链接。")
		return "", false
	}
	return unit, true
}

func (s *Server) deptPage(w http.ResponseWriter, r *http.Request) {
	unit, ok := s.deptOf(w, r)
	if !ok {
		return
	}
	s.render(w, r, "dept", s.deptPageData(unit, r.PathValue("token"), nil))
}

func (s *Server) deptPageData(unit, token string, just []upload) page {
	v := deptView{Unit: unit, Token: token, Collect: s.collectView(unit, just)}
	if ds, _, err := s.dispatches(unit); err == nil && len(ds) == 1 {
		v.File = ds[0].FileName
	}
	return page{Title: unit + " 报送", CSRF: s.csrfToken("dept:" + token), Data: v}
}

func (s *Server) deptUpload(w http.ResponseWriter, r *http.Request) {
	unit, ok := s.deptOf(w, r)
	if !ok {
		return
	}
	token := r.PathValue("token")
	got, errs, err := s.receive(w, r, "dept:"+token, unit)
	if errors.Is(err, errCSRF) {
		s.fail(w, r, http.StatusForbidden, err.Error())
		return
	}
	p := s.deptPageData(unit, token, got)
	p.Errors = errs
	if len(got) > 0 {
		p.Notes = []string{fmt.Sprintf("已收到 %d 个文件，已核验，结果见下。有问题的请修改后再次上传，以最后一次上传的为准。", len(got))}
	}
	s.render(w, r, "dept", p)
}

func (s *Server) deptWorkbook(w http.ResponseWriter, r *http.Request) {
	unit, ok := s.deptOf(w, r)
	if !ok {
		return
	}
	ds, _, err := s.dispatches(unit)
	if err != nil || len(ds) != 1 {
		s.fail(w, r, http.StatusNotFound, "办公室还没有为本单位下发工作簿。")
		return
	}
	s.sendDispatch(w, r, ds[0])
}

func (s *Server) deptCopy(w http.ResponseWriter, r *http.Request) {
	unit, ok := s.deptOf(w, r)
	if !ok {
		return
	}
	s.sendCopy(w, r, unit)
}
