package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/problems"
)

// office is the uploader named for files the office itself uploads.
const office = "办公室"

// maxUnitUploads bounds the files a unit may upload through its link in a
// period, so that a link cannot fill the disk.
const maxUnitUploads = 200

// collectView is what the 收集 page shows.
type collectView struct {
	Period   string
	Folder   string
	Just     []upload // the files of this request
	Uploads  []upload // every upload of the period, the latest first
	MaxFiles int
	MaxMB    int64
}

func (s *Server) collectView(by string, just []upload) collectView {
	st := s.ws.current()
	return collectView{Period: st.Period, Folder: filepath.Join(returnsDir, periodName(st.Period)), Just: just,
		Uploads: s.ws.uploadsOf(st.Period, by), MaxFiles: s.opts.MaxFiles, MaxMB: s.opts.MaxFileSize >> 20}
}

func (s *Server) collectPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "collect", s.officePage(r, "收集", "/collect", s.collectView("", nil)))
}

// receive stores every file of an upload request, then checks each.
func (s *Server) receive(w http.ResponseWriter, r *http.Request, scope, by string) ([]upload, []string, error) {
	period := s.ws.current().Period
	var got []upload
	var errs []string
	taken := len(s.ws.uploadsOf(period, by))
	_, err := s.readForm(w, r, scope, func(name string, body io.Reader) error {
		if by != office && taken+len(got) >= maxUnitUploads {
			return fmt.Errorf("本期已上传 %d 个文件，不能再上传；如需更正请联系办公室", maxUnitUploads)
		}
		up, err := s.ws.store(period, name, by, body, s.opts.MaxFileSize, time.Now())
		if errors.Is(err, errTooLarge) {
			errs = append(errs, fmt.Sprintf("%s 超过 %d MB，未接收。", name, s.opts.MaxFileSize>>20))
			return nil
		}
		if err != nil {
			return err
		}
		got = append(got, up)
		return nil
	})
	if err != nil && !errors.Is(err, errCSRF) {
		errs = append(errs, err.Error())
	}
	for i := range got {
		got[i] = s.check(got[i])
		if err := s.ws.record(got[i]); err != nil {
			errs = append(errs, err.Error())
		}
	}
	return got, errs, err
}

// check reads one upload, against the 任务总表 when there is one, and keeps
// its problems and a marked-up copy to send back.
func (s *Server) check(up upload) upload {
	s.checks <- struct{}{}
	defer func() { <-s.checks }()
	opts := intake.Options{Inputs: []string{s.ws.uploadPath(up)}, Today: dateOf(s.opts.Today()), Cache: s.opts.Cache, AsOf: dateOf(s.opts.Today())}
	if s.ws.hasMaster() {
		opts.Plan = s.ws.path(masterFile)
	}
	res, err := intake.Run(opts)
	if err != nil {
		up.Problems = []problem{{Level: problems.Error.String(), Message: err.Error()}}
		up.Errors = 1
		return up
	}
	defer res.Close()
	up.Read = res.Read()
	for _, f := range res.Book.Files {
		if f.Returned && !f.From.Unit.IsZero() && !slices.Contains(up.Units, f.From.Unit.String()) {
			up.Units = append(up.Units, f.From.Unit.String())
		}
	}
	// Only the problems of this file: the master's own, and the units that
	// sent nothing, belong to the board.
	var ps problems.List
	for _, p := range res.Problems {
		if p.Code != problems.UnitSilent && (p.At.File == "" || !strings.EqualFold(p.At.File, filepath.Base(opts.Plan))) {
			ps = append(ps, p)
		}
	}
	up.Problems = problemRows(ps)
	up.Errors, up.Warnings = ps.Count(problems.Error), ps.Count(problems.Warning)
	if up.Read && up.Errors+up.Warnings > 0 {
		dir := s.copiesDir(up)
		copies, failed := res.WriteReturns(dir, "")
		up.Problems = append(up.Problems, problemRows(failed)...)
		for _, c := range copies {
			if rel, err := filepath.Rel(dir, c.Path); err == nil {
				up.Copies = append(up.Copies, rel)
			}
		}
	}
	return up
}

// copiesDir is where an upload's marked-up copies are written.
func (s *Server) copiesDir(up upload) string {
	return s.ws.path(outputDir, periodName(up.Period), copiesDir, strings.TrimSuffix(up.Stored, filepath.Ext(up.Stored)))
}

// dateOf is the day of t, as qingdan's dates are: midnight, UTC.
func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func (s *Server) uploadReturns(w http.ResponseWriter, r *http.Request) {
	got, errs, err := s.receive(w, r, s.officeScope(r), office)
	if errors.Is(err, errCSRF) {
		s.fail(w, r, http.StatusForbidden, err.Error())
		return
	}
	p := s.officePage(r, "收集", "/collect", s.collectView("", got))
	p.Errors = errs
	if len(got) > 0 {
		p.Notes = []string{fmt.Sprintf("已收到 %d 个文件，每个都已保存并核验，结果见下。", len(got))}
	} else if len(errs) == 0 {
		p.Errors = []string{"请选择要上传的文件。"}
	}
	s.render(w, r, "collect", p)
}

// uploadFrom returns the upload a request names by ?id=, when by (or the
// office, for "") may see it.
func (s *Server) uploadFrom(r *http.Request, by string) (upload, bool) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return upload{}, false
	}
	up, ok := s.ws.find(id)
	if !ok || by != "" && up.By != by {
		return upload{}, false
	}
	return up, true
}

func (s *Server) downloadUpload(w http.ResponseWriter, r *http.Request) {
	up, ok := s.uploadFrom(r, "")
	if !ok {
		s.fail(w, r, http.StatusNotFound, "没有这个文件。")
		return
	}
	serveFile(w, r, s.ws.uploadPath(up), up.Stored)
}

func (s *Server) downloadCopy(w http.ResponseWriter, r *http.Request) {
	s.sendCopy(w, r, "")
}

// sendCopy sends the n-th marked-up copy of an upload by may see.
func (s *Server) sendCopy(w http.ResponseWriter, r *http.Request, by string) {
	up, ok := s.uploadFrom(r, by)
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if !ok || err != nil || n < 0 || n >= len(up.Copies) {
		s.fail(w, r, http.StatusNotFound, "没有这个文件。")
		return
	}
	path := filepath.Join(s.copiesDir(up), up.Copies[n])
	if _, err := os.Stat(path); err != nil {
		s.fail(w, r, http.StatusNotFound, "退回修改的副本已不在工作目录中。")
		return
	}
	serveFile(w, r, path, filepath.Base(path))
}
