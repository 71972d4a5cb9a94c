package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/sheets"
)

// input is one workbook to read: where it is and how to name it to the user.
type input struct {
	path     string // to open
	name     string // to show: the file name, or its path inside the folder given
	inFolder bool   // found in a folder rather than named by the user
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
func skipReason(name string) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "~$"):
		return "Excel/WPS 打开文件时生成的临时文件"
	case strings.HasPrefix(name, ".~lock.") && strings.HasSuffix(name, "#"):
		return "LibreOffice 打开文件时生成的锁定文件"
	case strings.HasPrefix(name, "."):
		return "隐藏文件"
	case strings.HasSuffix(lower, ".xlsx"), strings.HasSuffix(lower, ".xlsm"),
		strings.HasSuffix(lower, ".xls"), strings.HasSuffix(lower, ".et"):
		return ""
	}
	return reasonOtherType
}

func skipProblem(name, why string) lists.Problem {
	return lists.Problem{Level: lists.Info, Code: lists.FileSkipped, File: name, Message: "已跳过：" + why}
}

// loadOptions are the settings shared by every command that reads returns.
type loadOptions struct {
	Inputs []string
	AsOf   time.Time
	Year   int
	Plan   string // the master workbook to check against, if any
}

// loaded is the merged and judged returns.
type loaded struct {
	book   lists.Book
	eval   check.Evaluation
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
	returns := make([]lists.Return, 0, len(ins))
	for _, in := range ins {
		returns = append(returns, readOne(in))
	}
	var book lists.Book
	if opts.Plan != "" {
		m, err := readMaster(opts.Plan)
		if err != nil {
			return loaded{}, err
		}
		book = lists.MergeWith(returns, lists.MergeOptions{Plan: &m.ret, PlanID: m.info.Fingerprint})
		if opts.Year == 0 {
			opts.Year = m.info.Year
		}
	} else {
		book = lists.Merge(returns)
	}
	book.Problems = append(book.Problems, skipped...)
	lists.SortProblems(book.Problems)
	ev := check.Evaluate(book, check.Options{AsOf: opts.AsOf, Year: opts.Year})
	return loaded{book: book, eval: ev, inputs: ins}, nil
}

// readOne reads one workbook; whatever goes wrong is returned as a problem.
func readOne(in input) lists.Return {
	f, err := sheets.Open(in.path, sheets.OpenOptions{})
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
	return loadOptions{Inputs: c.Args().Slice(), AsOf: asOf, Year: c.Int("year"), Plan: c.String("plan")}, nil
}

// asOfDate returns the --as-of date, or today.
func asOfDate(s string, now func() time.Time) (time.Time, error) {
	if s == "" {
		t := now()
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return parseDate("as-of", s)
}
