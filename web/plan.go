package web

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
)

// planProblemsFile keeps what reading the plan found, for the page.
const planProblemsFile = "要点问题.json"

// planView is what the 工作要点 page shows.
type planView struct {
	HasMaster bool
	Title     string
	Year      int
	Tasks     []taskRow
	Targets   int
	Units     []unitRow
	Problems  []problem
	Files     []string // what is kept in 工作要点/
}

type taskRow struct {
	ID, Section, Name, Leads, Partners, Deadline string
	Outcomes                                     []outcomeRow
}

type outcomeRow struct{ ID, Expected, Target, Deadline string }

type unitRow struct {
	Name           string
	Led, Partnered int
	Spellings      string
}

func (s *Server) planPage(w http.ResponseWriter, r *http.Request) {
	s.showPlan(w, r, nil, nil)
}

// showPlan renders the 工作要点 page with what was just done.
func (s *Server) showPlan(w http.ResponseWriter, r *http.Request, notes, errs []string) {
	v := planView{}
	if s.ws.hasMaster() {
		m, err := intake.ReadMaster(s.ws.path(masterFile))
		if err != nil {
			errs = append(errs, "任务总表无法读取："+err.Error())
		} else {
			v = masterView(m)
		}
	}
	readJSON(s.ws.path(stateDir, planProblemsFile), &v.Problems)
	entries, _ := os.ReadDir(s.ws.path(planDir))
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			v.Files = append(v.Files, e.Name())
		}
	}
	p := s.officePage(r, "工作要点", "/plan", v)
	p.Notes, p.Errors = notes, errs
	if len(errs) > 0 && p.Status == 0 && len(notes) == 0 {
		p.Status = http.StatusBadRequest
	}
	s.render(w, r, "plan", p)
}

// masterView lists a master's tasks, targets and units.
func masterView(m *intake.Master) planView {
	v := planView{HasMaster: true, Title: m.Title(), Year: m.Info.Year}
	for _, t := range m.Book.Tasks {
		row := taskRow{ID: t.ID, Section: t.Section, Name: t.Name, Leads: figures.JoinUnits(t.Leads),
			Partners: figures.JoinUnits(t.Partners), Deadline: t.Deadline.Text}
		for _, o := range t.Outcomes {
			row.Outcomes = append(row.Outcomes, outcomeRow{ID: o.ID, Expected: o.Expected, Target: o.Target.String(), Deadline: o.Deadline.Text})
			if o.Target.Numeric() {
				v.Targets++
			}
		}
		v.Tasks = append(v.Tasks, row)
	}
	for _, u := range m.Book.Units {
		v.Units = append(v.Units, unitRow{Name: u.Unit.String(), Led: u.Led, Partnered: u.Partnered, Spellings: strings.Join(u.Spellings, "、")})
	}
	return v
}

// problemRows turns problems into what a page shows.
func problemRows(ps problems.List) []problem {
	out := make([]problem, 0, len(ps))
	for _, p := range ps {
		out = append(out, problem{Level: p.Level.String(), Code: string(p.Code), Unit: p.Unit.String(), File: p.At.File,
			Sheet: p.At.Sheet, Cell: p.At.Cell(), Message: p.Message, Advice: p.Suggestion})
	}
	return out
}

// nextPlanName is a new name in 工作要点/ for a file sent as original.
func (s *Server) nextPlanName(original string) string {
	entries, _ := os.ReadDir(s.ws.path(planDir))
	for seq := len(entries) + 1; ; seq++ {
		name := storedName(seq, original)
		if _, err := os.Lstat(s.ws.path(planDir, name)); errors.Is(err, fs.ErrNotExist) {
			return name
		}
	}
}

// keepPlanFile stores an uploaded file in 工作要点/ under a new name.
func (s *Server) keepPlanFile(original string, body io.Reader) (string, error) {
	s.ws.mu.Lock() // one name at a time
	defer s.ws.mu.Unlock()
	path := s.ws.path(planDir, s.nextPlanName(original))
	err := atomicfile.Write(path, func(w io.Writer) error {
		n, err := io.Copy(w, io.LimitReader(body, s.opts.MaxFileSize+1))
		if err == nil && n > s.opts.MaxFileSize {
			return errTooLarge
		}
		return err
	})
	return path, err
}

func (s *Server) uploadPlan(w http.ResponseWriter, r *http.Request) {
	var paths []string
	_, err := s.readForm(w, r, s.officeScope(r), func(name string, body io.Reader) error {
		p, err := s.keepPlanFile(name, body)
		if err == nil {
			paths = append(paths, p)
		}
		return err
	})
	if errors.Is(err, errCSRF) {
		s.fail(w, r, http.StatusForbidden, err.Error())
		return
	}
	if err != nil {
		s.showPlan(w, r, nil, []string{err.Error()})
		return
	}
	if len(paths) == 0 {
		s.showPlan(w, r, nil, []string{"请选择工作要点文件（.docx 或 .txt）。"})
		return
	}
	res, err := intake.ReadPlan(paths, 0)
	var errs []string
	for _, why := range res.Unread {
		errs = append(errs, "未读取："+why)
	}
	if err != nil {
		s.showPlan(w, r, nil, append(errs, err.Error()))
		return
	}
	if err := s.replaceMaster(func(w io.Writer) error { return sheets.WriteMaster(w, res.Master) }); err != nil {
		s.showPlan(w, r, nil, append(errs, err.Error()))
		return
	}
	writeJSON(s.ws.path(stateDir, planProblemsFile), problemRows(res.Master.Problems))
	note := fmt.Sprintf("已读取工作要点：任务 %d 项，量化目标 %d 个，涉及单位 %d 个；已生成任务总表。", res.Items, res.Targets, len(res.Master.Units))
	s.showPlan(w, r, []string{note}, errs)
}

// replaceMaster writes a new 任务总表, keeping the one it replaces in
// 工作要点/.
func (s *Server) replaceMaster(write func(io.Writer) error) error {
	if s.ws.hasMaster() {
		old, err := os.Open(s.ws.path(masterFile))
		if err != nil {
			return fmt.Errorf("无法读取任务总表：%s", atomicfile.Explain(err))
		}
		_, err = s.keepPlanFile("任务总表（被替换）.xlsx", old)
		old.Close()
		if err != nil {
			return err
		}
	}
	return atomicfile.Write(s.ws.path(masterFile), write)
}

func (s *Server) downloadMaster(w http.ResponseWriter, r *http.Request) {
	if !s.ws.hasMaster() {
		s.fail(w, r, http.StatusNotFound, "还没有任务总表：请先上传工作要点。")
		return
	}
	serveFile(w, r, s.ws.path(masterFile), masterFile)
}

func (s *Server) uploadMaster(w http.ResponseWriter, r *http.Request) {
	var kept string
	_, err := s.readForm(w, r, s.officeScope(r), func(name string, body io.Reader) error {
		if kept != "" {
			return errors.New("任务总表一次只能上传一个")
		}
		p, err := s.keepPlanFile(name, body)
		kept = p
		return err
	})
	if errors.Is(err, errCSRF) {
		s.fail(w, r, http.StatusForbidden, err.Error())
		return
	}
	if err == nil && kept == "" {
		err = errors.New("请选择改好的任务总表（.xlsx）")
	}
	if err != nil {
		s.showPlan(w, r, nil, []string{err.Error()})
		return
	}
	m, err := intake.ReadMaster(kept)
	if err != nil {
		s.showPlan(w, r, nil, []string{"上传的任务总表无法使用，原任务总表未改动：" + err.Error()})
		return
	}
	err = s.replaceMaster(func(w io.Writer) error {
		f, err := os.Open(kept)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
	if err != nil {
		s.showPlan(w, r, nil, []string{err.Error()})
		return
	}
	writeJSON(s.ws.path(stateDir, planProblemsFile), problemRows(m.Problems))
	s.showPlan(w, r, []string{fmt.Sprintf("已换用上传的任务总表（%s）：任务 %d 项。", filepath.Base(kept), len(m.Book.Tasks))}, nil)
}

// serveFile sends a file of the workspace as a download named name.
func serveFile(w http.ResponseWriter, r *http.Request, path, name string) {
	f, err := os.Open(path)
	if err != nil {
		http.Error(w, "文件不存在", http.StatusNotFound)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		http.Error(w, "文件不存在", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Disposition", contentDisposition(name))
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// contentDisposition names a download, in UTF-8 for every browser.
func contentDisposition(name string) string {
	return fmt.Sprintf("attachment; filename*=UTF-8''%s", urlPathEscape(name))
}
