package intake

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/plan"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

// maxPlanFile is the largest plan file read: work plans are tens of
// kilobytes, a Word document with pictures a few megabytes.
const maxPlanFile = 64 << 20

// PlanResult is a plan read from its documents, ready to be written as the
// master workbook.
type PlanResult struct {
	Master  sheets.Master
	Items   int // tasks found
	Targets int // quantitative targets found
	// Unread are the files that could not be read, with why; the others
	// were read all the same.
	Unread []string
}

// ErrNoTasks is returned when no task was found in any plan file.
var ErrNoTasks = errors.New("没有找到任务")

// ReadPlan reads a work plan from one or more files (.txt, .docx) into the
// content of its master workbook. A file that cannot be read is reported
// in Unread and the others read; ErrNoTasks when none gave a task.
func ReadPlan(paths []string, year int) (*PlanResult, error) {
	var all plan.Plan
	res := &PlanResult{}
	for _, path := range paths {
		p, err := readPlanFile(path, year)
		if err != nil {
			res.Unread = append(res.Unread, err.Error())
			continue
		}
		if all.Title == "" {
			all.Title, all.Year = p.Title, p.Year
		}
		if len(p.Items) == 0 {
			res.Unread = append(res.Unread, fmt.Sprintf("%s 中没有找到编号的工作任务（如“一、”下的“(一)”或“1.”），不像是工作要点", path))
			continue
		}
		all.Items = append(all.Items, p.Items...)
		all.Problems = append(all.Problems, p.Problems...)
	}
	if len(all.Items) == 0 {
		return res, fmt.Errorf("%w：%s", ErrNoTasks, strings.Join(res.Unread, "；"))
	}
	dir := units.NewDirectory(nil)
	ret := all.Return(filepath.Base(paths[0]), dir)
	book := lists.Merge(nil, lists.MergeOptions{Plan: &ret, Year: all.Year, Directory: dir})
	ps := append(problems.List{}, all.Problems...)
	ps.Sort(lists.SheetRank)
	res.Master = sheets.Master{
		Plan: &ret, Units: book.Units, Problems: ps, Assess: figures.DefaultAssessOptions(),
		Info: sheets.Info{Title: all.Title, Year: all.Year, Fingerprint: lists.Fingerprint(book)},
	}
	res.Items = len(all.Items)
	for _, it := range all.Items {
		res.Targets += len(it.Targets)
	}
	return res, nil
}

// readPlanFile reads one plan file: .docx as a Word document, a text file
// as text; other kinds are refused with what to do.
func readPlanFile(path string, year int) (plan.Plan, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return plan.Plan{}, fmt.Errorf("找不到 %s，请检查路径是否正确", path)
	case err != nil:
		return plan.Plan{}, fmt.Errorf("无法读取 %s：%s", path, atomicfile.Explain(err))
	case info.IsDir():
		return plan.Plan{}, fmt.Errorf("%s 是一个文件夹，请给出工作要点文件（.docx 或 .txt）", path)
	case info.Size() == 0:
		return plan.Plan{}, fmt.Errorf("%s 是空文件", path)
	case info.Size() > maxPlanFile:
		return plan.Plan{}, fmt.Errorf("%s 有 %d MB，不像是工作要点（工作要点一般不超过几 MB），未读取", path, info.Size()>>20)
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".doc", ".wps":
		return plan.Plan{}, fmt.Errorf("%s 是旧版 Word 格式，请用 Word 或 WPS 另存为 .docx（或 .txt）后再读取", path)
	case ".pdf":
		return plan.Plan{}, fmt.Errorf("%s 是 PDF 文件，qingdan 不能从 PDF 中读取文字；请找到工作要点的 Word 原文，或把文字复制到 .txt 文件中", path)
	case ".odt":
		return plan.Plan{}, fmt.Errorf("%s 是 OpenDocument 文档，请用 WPS、Word 或 LibreOffice 另存为 .docx 后再读取", path)
	case ".xls", ".et", ".ods", ".csv":
		return plan.Plan{}, fmt.Errorf("%s 是旧版或其他格式的表格文件，请另存为 .xlsx 后再读取", path)
	case ".xlsx", ".xlsm":
		return readPlanWorkbook(path, year)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return plan.Plan{}, fmt.Errorf("无法读取 %s：%s", path, atomicfile.Explain(err))
	}
	var lines []plan.Line
	switch {
	case ext == ".docx" || bytes.HasPrefix(data, []byte("PK\x03\x04")):
		lines, err = plan.ReadDocx(bytes.NewReader(data), int64(len(data)))
	default:
		lines, err = plan.ReadText(bytes.NewReader(data))
	}
	if err != nil {
		return plan.Plan{}, fmt.Errorf("无法读取 %s：%w", path, err)
	}
	return plan.Parse(lines, plan.Options{File: filepath.Base(path), Year: year}), nil
}

// readPlanWorkbook reads a task table kept in Excel (任务分解表): each sheet
// whose header names the tasks and their leads gives its rows as tasks.
func readPlanWorkbook(path string, year int) (plan.Plan, error) {
	f, err := sheets.Open(path, sheets.OpenOptions{})
	if err != nil {
		return plan.Plan{}, fmt.Errorf("无法读取 %s：%w", path, err)
	}
	defer f.Close()
	var all plan.Plan
	for _, name := range f.SheetNames() {
		rows, err := sheets.ReadTable(f, name)
		if err != nil {
			return plan.Plan{}, fmt.Errorf("无法读取 %s：%w", path, err)
		}
		lines := make([]plan.Line, len(rows))
		for i, r := range rows {
			lines[i] = plan.Line{No: r.Row, Text: strings.Join(r.Cells, "\t"), Cells: r.Cells}
		}
		p := plan.Parse(lines, plan.Options{File: filepath.Base(path), Year: year})
		if len(p.Items) == 0 {
			continue
		}
		if all.Title == "" {
			all.Title, all.Year = p.Title, p.Year
		}
		all.Items = append(all.Items, p.Items...)
		all.Problems = append(all.Problems, p.Problems...)
	}
	if all.Title == "" {
		all.Title = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return all, nil
}
