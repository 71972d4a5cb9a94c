package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/sheets"
)

// master is a master workbook as read: its rows merged into tasks, and what
// its hidden sheet says.
type master struct {
	book           lists.Book
	ret            lists.Return
	info           sheets.Info
	assess         check.AssessOptions
	assessProblems []lists.Problem
}

// readMaster reads a master workbook written by qingdan plan, or any
// workbook in the standard template that lists the plan's tasks.
func readMaster(path string) (master, error) {
	f, err := sheets.Open(path, sheets.OpenOptions{})
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return master{}, fmt.Errorf("找不到任务总表 %s，请检查路径是否正确", path)
		}
		p := sheets.FileProblem(filepath.Base(path), err)
		return master{}, fmt.Errorf("任务总表 %s %s，%s", path, p.Message, p.Suggestion)
	}
	defer f.Close()
	info, _ := sheets.ReadInfo(f)
	assess, _, assessProblems := sheets.ReadAssessSettings(f, filepath.Base(path))
	ret, err := sheets.ReadReturn(f, filepath.Base(path))
	if err != nil {
		return master{}, fmt.Errorf("读取任务总表 %s: %w", path, err)
	}
	if len(ret.Tasks)+len(ret.Responsibilities) == 0 {
		return master{}, fmt.Errorf("%s 中没有任务清单或责任清单，不像是任务总表", path)
	}
	// The plan's rows belong to no department: whoever the file name or a
	// 填报单位 cell suggests, they are not a department's report.
	ret.Dept = ""
	for _, rows := range []*[]lists.Row{&ret.Tasks, &ret.Responsibilities, &ret.Outcomes} {
		for i := range *rows {
			(*rows)[i].Dept = ""
		}
	}
	b := lists.Merge([]lists.Return{ret})
	if info.Fingerprint == "" {
		info.Fingerprint = b.Fingerprint()
	}
	return master{book: b, ret: ret, info: info, assess: assess, assessProblems: assessProblems}, nil
}
