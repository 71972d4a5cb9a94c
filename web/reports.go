package web

import (
	"cmp"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/report"
	"github.com/qingdan/qingdan/sheets"
)

// reportView is what the 通报/考核 page shows.
type reportView struct {
	Period, AsOf, Org string
	Outputs           []outputFolder
}

type outputFolder struct {
	Period string
	Files  []string
}

func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) {
	s.showReports(w, r, nil, nil)
}

func (s *Server) showReports(w http.ResponseWriter, r *http.Request, notes, errs []string) {
	st := s.ws.current()
	v := reportView{Period: st.Period, AsOf: dateOf(s.opts.Today()).Format(time.DateOnly), Org: st.Org, Outputs: s.outputs()}
	p := s.officePage(r, "通报 / 考核", "/report", v)
	p.Notes, p.Errors = notes, errs
	s.render(w, r, "report", p)
}

// outputs lists the files in 输出/, the newest period first.
func (s *Server) outputs() []outputFolder {
	var out []outputFolder
	dirs, _ := os.ReadDir(s.ws.path(outputDir))
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		f := outputFolder{Period: d.Name()}
		files, _ := os.ReadDir(s.ws.path(outputDir, d.Name()))
		for _, e := range files {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				f.Files = append(f.Files, e.Name())
			}
		}
		if len(f.Files) > 0 {
			slices.Sort(f.Files)
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b outputFolder) int { return cmp.Compare(b.Period, a.Period) })
	return out
}

func (s *Server) makeReport(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if !s.validCSRF(s.officeScope(r), r.PostFormValue("csrf")) {
		s.fail(w, r, http.StatusForbidden, errCSRF.Error())
		return
	}
	asOf, err := check.ParseDate(r.PostFormValue("as-of"))
	if err != nil {
		s.showReports(w, r, nil, []string{"核验日期无法识别，请写成 2026-09-30。"})
		return
	}
	org := strings.TrimSpace(r.PostFormValue("org"))
	kind := r.PostFormValue("kind")
	s.ws.update(func(st *settings) { st.Org = org })
	if len(s.ws.counted(s.ws.current().Period)) == 0 {
		s.showReports(w, r, nil, []string{"本期还没有收到可以读取的报送，请先在“3 收集”上传。"})
		return
	}
	st := s.ws.current()
	dir := s.ws.path(outputDir, periodName(st.Period))
	day := asOf.Format(time.DateOnly)
	var written []string
	write := func(name string, render func(io.Writer) error) error {
		if err := atomicfile.Write(filepath.Join(dir, name), render); err != nil {
			return fmt.Errorf("无法生成 %s：%w", name, err)
		}
		written = append(written, name)
		return nil
	}
	// The merged workbook is written as the returns are read; the
	// bulletin is made from the same run.
	var res *intake.Result
	defer func() { res.Close() }()
	err = write("汇总-"+day+".xlsx", func(w io.Writer) error {
		mw, err := sheets.NewMergedWriter(w)
		if err != nil {
			return err
		}
		if res, _, err = s.run(asOf, mw); err != nil {
			mw.Close()
			return err
		}
		return mw.Finish(res.Summary())
	})
	if err != nil {
		s.showReports(w, r, nil, []string{err.Error()})
		return
	}
	var steps []func() error
	if kind == "考核" {
		ao := report.AssessmentOptions{Org: org, Method: res.Assess.Describe(), Fonts: s.opts.Fonts}
		steps = append(steps,
			func() error {
				return write("考核结果-"+day+".pdf", func(w io.Writer) error {
					_, err := report.RenderAssessment(w, res.Eval, res.Scores, ao)
					return err
				})
			},
			func() error {
				return write("考核结果-"+day+".docx", func(w io.Writer) error { return report.RenderAssessmentDocx(w, res.Eval, res.Scores, ao) })
			})
	} else {
		ro := report.Options{Org: org, Fonts: s.opts.Fonts}
		steps = append(steps,
			func() error {
				return write("督查通报-"+day+".pdf", func(w io.Writer) error { _, err := report.Render(w, res.Eval, ro); return err })
			},
			func() error {
				return write("督查通报-"+day+".docx", func(w io.Writer) error { return report.RenderDocx(w, res.Eval, ro) })
			})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			s.showReports(w, r, nil, []string{err.Error()})
			return
		}
	}
	s.showReports(w, r, []string{"已生成：" + strings.Join(written, "、") + "（在工作目录的 " + filepath.Join(outputDir, periodName(st.Period)) + " 中）。"}, nil)
}

func (s *Server) downloadOutput(w http.ResponseWriter, r *http.Request) {
	period, name := r.URL.Query().Get("period"), r.URL.Query().Get("name")
	// Only a name listed in 输出/ is served: nothing from the request is
	// joined into a path unchecked.
	for _, f := range s.outputs() {
		if f.Period == period && slices.Contains(f.Files, name) {
			serveFile(w, r, s.ws.path(outputDir, f.Period, name), name)
			return
		}
	}
	s.fail(w, r, http.StatusNotFound, "没有这个文件。")
}
