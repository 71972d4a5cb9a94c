package web

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/sheets"
)

// Import takes in files given on this computer — dropped on the program:
// a work plan (.docx, .txt) is read into the 任务总表, anything else is kept
// and checked as a return of this period. It says what it did with each.
func (s *Server) Import(paths []string) []string {
	var out []string
	for _, p := range paths {
		if msg, err := s.importFile(p); err != nil {
			out = append(out, fmt.Sprintf("%s：%v", filepath.Base(p), err))
		} else {
			out = append(out, msg)
		}
	}
	return out
}

func (s *Server) importFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	name := filepath.Base(path)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".txt":
		kept, err := s.keepPlanFile(name, f)
		if err != nil {
			return "", err
		}
		res, err := intake.ReadPlan([]string{kept}, 0)
		if err != nil {
			return "", err
		}
		if err := s.replaceMaster(func(w io.Writer) error { return sheets.WriteMaster(w, res.Master) }); err != nil {
			return "", err
		}
		writeJSON(s.ws.path(stateDir, planProblemsFile), problemRows(res.Master.Problems))
		return fmt.Sprintf("已读取工作要点 %s：任务 %d 项，已生成任务总表", name, res.Items), nil
	}
	up, err := s.ws.store(s.ws.current().Period, name, office, f, s.opts.MaxFileSize, time.Now())
	if err != nil {
		return "", err
	}
	up = s.check(up)
	if err := s.ws.record(up); err != nil {
		return "", err
	}
	return fmt.Sprintf("已收入 %s（错误 %d、警告 %d）", name, up.Errors, up.Warnings), nil
}
