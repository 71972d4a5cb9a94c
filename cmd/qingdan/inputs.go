package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/sheets"
)

// input is one workbook to read: where it is and how to name it to the user.
type input struct {
	path     string    // to open
	name     string    // to show: the file name, or its path inside the folder or archive given
	inFolder bool      // found in a folder or archive rather than named by the user
	data     []byte    // the workbook itself, for one taken out of a .zip archive
	modified time.Time // when it was last saved
}

// collectInputs expands the paths the user gave: a file stands for itself,
// a folder for the workbooks under it. Files that are not returns (Excel's
// and LibreOffice's lock files, hidden files, other types) are skipped with a
// note in the problems.
func collectInputs(paths []string) ([]input, []lists.Problem, error) {
	var out []input
	var skipped []lists.Problem
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil, fmt.Errorf("找不到 %s，请检查路径是否正确", p)
			}
			return nil, nil, fmt.Errorf("读取 %s: %w", p, err)
		}
		if !info.IsDir() {
			in := input{path: p, name: filepath.Base(p)}
			if isArchive(in.name) {
				found, skip, err := fromArchive(p, in.name)
				if err != nil {
					return nil, nil, err
				}
				out, skipped = append(out, found...), append(skipped, skip...)
				continue
			}
			if why := skipReason(in.name); why != "" && why != reasonOtherType {
				skipped = append(skipped, skipProblem(in.name, why))
				continue
			}
			out = append(out, in)
			continue
		}
		root := filepath.Base(filepath.Clean(p))
		var found []input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("读取文件夹 %s: %w", path, err)
			}
			rel, _ := filepath.Rel(p, path)
			name := filepath.Join(root, rel)
			if d.IsDir() {
				if path != p && (strings.HasPrefix(d.Name(), ".") || d.Name() == "__MACOSX") {
					return filepath.SkipDir
				}
				return nil
			}
			if isArchive(d.Name()) && !strings.HasPrefix(d.Name(), ".") {
				in, skip, err := fromArchive(path, name)
				found, skipped = append(found, in...), append(skipped, skip...)
				return err
			}
			if why := skipReason(d.Name()); why != "" {
				skipped = append(skipped, skipProblem(name, why))
				return nil
			}
			found = append(found, input{path: path, name: name, inFolder: true})
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		slices.SortFunc(found, func(a, b input) int { return strings.Compare(a.name, b.name) })
		out = append(out, found...)
	}
	return out, skipped, nil
}

const reasonOtherType = "不是 Excel 工作簿"

// skipReason says why a file found in a folder is not read, or "".
// Spreadsheets in other formats are read, to be reported with what to do.
func skipReason(name string) string {
	base := filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	switch {
	case strings.HasPrefix(base, "~$"):
		return "Excel/WPS 打开文件时生成的临时文件"
	case strings.HasPrefix(base, ".~lock.") && strings.HasSuffix(base, "#"):
		return "LibreOffice 打开文件时生成的锁定文件"
	case strings.HasPrefix(base, "."):
		return "隐藏文件"
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".xlsx", ".xlsm", ".xls", ".et", ".csv", ".ods", ".numbers":
		return ""
	}
	return reasonOtherType
}

// otherFormat is what to say of a spreadsheet qingdan does not read.
var otherFormat = map[string]string{
	".csv":     "是 CSV 文本文件",
	".ods":     "是 OpenDocument（.ods）表格",
	".numbers": "是 Numbers 表格",
}

func isArchive(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".zip")
}

// Limits on what a .zip archive of returns may hold.
const (
	maxArchiveFile  = 128 << 20
	maxArchiveTotal = 1 << 30
)

// fromArchive takes the workbooks out of a .zip archive of returns. Entry
// names that are not UTF-8 are read as GBK, as Chinese Windows writes them.
func fromArchive(path, name string) ([]input, []lists.Problem, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil, []lists.Problem{{Level: lists.Error, Code: lists.FileUnreadable, File: name,
			Message: "压缩包无法打开，可能已损坏", Suggestion: "请重新获取该压缩包"}}, nil
	}
	defer z.Close()
	var out []input
	var skipped []lists.Problem
	var total int64
	for _, f := range z.File {
		entry := f.Name
		if !utf8.ValidString(entry) {
			if dec, err := simplifiedchinese.GB18030.NewDecoder().String(entry); err == nil {
				entry = dec
			}
		}
		shown := name + "/" + entry
		if f.FileInfo().IsDir() || strings.HasPrefix(entry, "__MACOSX/") {
			continue
		}
		if isArchive(entry) {
			skipped = append(skipped, skipProblem(shown, "压缩包中的压缩包，请解压后再汇总"))
			continue
		}
		if why := skipReason(entry); why != "" {
			skipped = append(skipped, skipProblem(shown, why))
			continue
		}
		rc, err := f.Open()
		if err != nil {
			skipped = append(skipped, lists.Problem{Level: lists.Error, Code: lists.FileUnreadable, File: shown,
				Message: "压缩包中的这个文件无法解压", Suggestion: "请重新获取该压缩包"})
			continue
		}
		data, err := io.ReadAll(io.LimitReader(rc, maxArchiveFile+1))
		rc.Close()
		total += int64(len(data))
		switch {
		case err != nil:
			skipped = append(skipped, lists.Problem{Level: lists.Error, Code: lists.FileUnreadable, File: shown,
				Message: "压缩包中的这个文件已损坏", Suggestion: "请重新获取该压缩包"})
			continue
		case len(data) > maxArchiveFile || total > maxArchiveTotal:
			return nil, nil, fmt.Errorf("压缩包 %s 解压后过大，请解压后检查其中的文件", path)
		}
		out = append(out, input{path: path, name: shown, inFolder: true, data: data, modified: f.Modified})
	}
	slices.SortFunc(out, func(a, b input) int { return strings.Compare(a.name, b.name) })
	return out, skipped, nil
}

func skipProblem(name, why string) lists.Problem {
	return lists.Problem{Level: lists.Info, Code: lists.FileSkipped, File: name, Message: "已跳过：" + why}
}

// loadOptions are the settings shared by every command that reads returns.
type loadOptions struct {
	Inputs   []string
	AsOf     time.Time
	Year     int
	Plan     string    // the master workbook to check against, if any
	Password string    // tried on every encrypted workbook
	Progress io.Writer // where to show progress, or nil
}

// loaded is the merged and judged returns.
type loaded struct {
	book   lists.Book
	eval   check.Evaluation
	assess check.AssessOptions // from the master's 考核设置 sheet, else the defaults
	scores []check.Score
	inputs []input
}

// load reads every input, merges them and judges the outcomes. A file that
// cannot be read becomes a problem; the others are merged all the same.
func load(opts loadOptions) (loaded, error) {
	ins, skipped, err := collectInputs(opts.Inputs)
	if err != nil {
		return loaded{}, err
	}
	if len(ins) == 0 {
		return loaded{}, fmt.Errorf("在 %s 中没有找到 .xlsx 工作簿", strings.Join(opts.Inputs, "、"))
	}
	const manyFiles = 10 // fewer are read before a progress line would help
	if len(ins) < manyFiles {
		opts.Progress = nil
	}
	returns := make([]lists.Return, 0, len(ins))
	for i, in := range ins {
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "\r正在读取 %d/%d", i+1, len(ins))
		}
		returns = append(returns, readOne(in, opts.Password))
	}
	if opts.Progress != nil {
		fmt.Fprint(opts.Progress, "\r"+strings.Repeat(" ", 24)+"\r")
	}
	merge := lists.MergeOptions{Date: reportDate}
	assess := check.DefaultAssessOptions()
	var settingProblems []lists.Problem
	if opts.Plan != "" {
		m, err := readMaster(opts.Plan)
		if err != nil {
			return loaded{}, err
		}
		merge.Plan, merge.PlanID = &m.ret, m.info.Fingerprint
		if opts.Year == 0 {
			opts.Year = m.info.Year
		}
		assess, settingProblems = m.assess, m.assessProblems
	}
	book := lists.MergeWith(returns, merge)
	book.Problems = append(book.Problems, settingProblems...)
	book.Problems = append(book.Problems, skipped...)
	lists.SortProblems(book.Problems)
	ev := check.Evaluate(book, check.Options{AsOf: opts.AsOf, Year: opts.Year})
	return loaded{book: book, eval: ev, assess: assess, scores: check.Assess(ev, assess), inputs: ins}, nil
}

// openInput opens a workbook, from its file or, for one taken out of an
// archive, from memory.
func openInput(in input, password string) (*sheets.File, error) {
	if in.data != nil {
		return sheets.OpenReader(bytes.NewReader(in.data), sheets.OpenOptions{Password: password})
	}
	return sheets.Open(in.path, sheets.OpenOptions{Password: password})
}

// reportDate reads a 填报日期 written with its year.
func reportDate(s string) (time.Time, bool) {
	d, err := check.ParseDeadline(s, 0)
	return d.Date, err == nil && !d.Date.IsZero()
}

// readOne reads one workbook; whatever goes wrong is returned as a problem.
func readOne(in input, password string) lists.Return {
	ret := readWorkbook(in, password)
	ret.Modified = in.modified
	if ret.Modified.IsZero() {
		if info, err := os.Stat(in.path); err == nil {
			ret.Modified = info.ModTime()
		}
	}
	return ret
}

func readWorkbook(in input, password string) lists.Return {
	if what, ok := otherFormat[strings.ToLower(filepath.Ext(in.name))]; ok {
		return lists.Return{File: in.name, Problems: []lists.Problem{{
			Level: lists.Error, Code: lists.FileUnreadable, File: in.name, Dept: lists.DeptFromFileName(in.name),
			Message:    what + "，不是 .xlsx 工作簿，未读取",
			Suggestion: "请用 Excel、WPS 或 LibreOffice 打开后“另存为” .xlsx 格式再汇总",
		}}}
	}
	f, err := openInput(in, password)
	if err != nil {
		return lists.Return{File: in.name, Problems: []lists.Problem{sheets.FileProblem(in.name, err)}}
	}
	defer f.Close()
	if in.inFolder && sheets.IsMerged(f) {
		// A merged workbook saved among the returns would be counted twice.
		return lists.Return{File: in.name, Problems: []lists.Problem{
			skipProblem(in.name, "这是 qingdan 生成的汇总表，不作为回收表重复汇总"),
		}}
	}
	if info, _ := sheets.ReadInfo(f); in.inFolder && info.Kind == sheets.KindMaster {
		return lists.Return{File: in.name, Problems: []lists.Problem{
			skipProblem(in.name, "这是任务总表，不是单位报回的工作簿；对照任务总表核验请用 --plan"),
		}}
	}
	ret, err := sheets.ReadReturn(f, in.name)
	if err != nil {
		ret.Problems = append(ret.Problems, sheets.FileProblem(in.name, err))
	}
	return ret
}

// parseDate reads a date given on the command line: 2026-09-30, 2026/9/30,
// 2026年9月30日.
func parseDate(flag, s string) (time.Time, error) {
	d, err := check.ParseDeadline(s, 0)
	if err != nil || d.Date.IsZero() {
		return time.Time{}, usagef("--%s 的日期“%s”无法识别，请写成 2026-09-30", flag, s)
	}
	return d.Date, nil
}

// loadFlags are the options of every command that reads returns.
func loadFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "as-of", Usage: "按 `日期` 核验进度，如 2026-09-30", DefaultText: "今天"},
		&cli.IntFlag{Name: "year", Usage: "工作要点的 `年份`，用于“年底前”等不写年份的时限", DefaultText: "任务总表或核验日期的年份"},
		&cli.StringFlag{Name: "plan", Usage: "对照 `任务总表` 核验：找出未报送的任务、改动的目标和时限、任务总表之外的任务"},
		&cli.StringFlag{Name: "password", Usage: "加密工作簿的打开 `密码`（对每个加密的文件都试用）"},
	}
}

// loadOptionsFrom reads the files and the loadFlags of a command.
func loadOptionsFrom(c *cli.Context, example string) (loadOptions, error) {
	if c.NArg() == 0 {
		return loadOptions{}, usagef("请给出汇总表或各单位报回的工作簿（文件或文件夹），例如：%s", example)
	}
	asOf, err := asOfDate(c.String("as-of"), time.Now)
	if err != nil {
		return loadOptions{}, err
	}
	return loadOptions{
		Inputs: c.Args().Slice(), AsOf: asOf, Year: c.Int("year"), Plan: c.String("plan"),
		Password: c.String("password"), Progress: terminal(c.App.ErrWriter),
	}, nil
}

// terminal returns w when it is a terminal, for progress that would only
// clutter a log, and nil otherwise.
func terminal(w io.Writer) io.Writer {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return w
}

// asOfDate returns the --as-of date, or today.
func asOfDate(s string, now func() time.Time) (time.Time, error) {
	if s == "" {
		t := now()
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return parseDate("as-of", s)
}
