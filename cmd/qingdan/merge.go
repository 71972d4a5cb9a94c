package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/report"
	"github.com/qingdan/qingdan/sheets"
)

func mergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "汇总各单位报回的工作簿，核验完成情况，列出全部问题",
		ArgsUsage: "文件或文件夹... [-o 汇总.xlsx]",
		Description: `   读取各单位报回的 .xlsx 工作簿（可以给文件，也可以给文件夹，文件夹中的工作簿会全部读取），
   按表头识别各列，合并为一个汇总工作簿：完成情况（逐项核验结果和亮灯）、单位统计、考核结果、
   问题清单（每个问题注明文件、工作表和单元格）、任务清单、责任清单、成果清单（每行注明来源文件和位置）。
   某个文件有问题不会影响其他文件的汇总。
   加 --report 时用同一次读取的结果再写出督查通报（不必再运行一次 qingdan report，回收表只读一遍）。
   读过的工作簿存在缓存中，没有改动的再次汇总、核验时直接取用（环境变量 QINGDAN_CACHE=off 时不用缓存）。

   例：qingdan merge 回收表 -o 汇总.xlsx --as-of 2026-09-30
       qingdan merge 回收表 -o 汇总.xlsx --report 督查通报.pdf --org 市卫生健康委办公室`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "汇总.xlsx", Usage: "汇总工作簿写到 `文件`"},
			&cli.StringFlag{Name: "returns", Usage: "为有问题的单位在 `文件夹` 中生成标出问题的工作簿副本，供退回修改"},
			&cli.BoolFlag{Name: "strict", Usage: "发现“错误”级的问题时以状态 1 退出（供脚本使用；汇总表照常写出）"},
			&cli.StringFlag{Name: "report", Usage: "同时把督查通报写到 `文件`（.pdf，或以 .docx 结尾时写成 Word 文档）；标题、期号、主送等请用 qingdan report"},
			orgFlag(),
		}, loadFlags()...),
		Action: func(c *cli.Context) error {
			load, err := loadOptionsFrom(c, "qingdan merge 回收表 -o 汇总.xlsx")
			if err != nil {
				return err
			}
			return runMerge(mergeOptions{
				Load:    load,
				Output:  c.String("output"),
				Strict:  c.Bool("strict"),
				Returns: c.String("returns"),
				Report:  c.String("report"),
				Org:     c.String("org"),
			}, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type mergeOptions struct {
	Load    intake.Options
	Output  string
	Strict  bool   // fail when an 错误 was found
	Returns string // folder for marked-up copies to send back, if any
	Report  string // where to write the bulletin of the same run, if anywhere
	Org     string // the bulletin's issuing office
}

// errNothingRead ends a merge in which no file could be read: the merged
// workbook is written, to show why, but the run did not do its job.
var errNothingRead = errors.New("没有一个文件能读取，汇总表中只有问题清单")

// errNothingMerged ends a merge in which the workbooks were read but held
// no task and no outcome: nothing was merged.
var errNothingMerged = errors.New("所给的工作簿中没有读到任何任务或成果（原因见汇总表的问题清单）；请检查是否给错了文件")

// nothingMerged reports whether a run found no task and no outcome at all.
func nothingMerged(res *intake.Result) bool {
	return res.Eval.Tasks == 0 && res.Eval.Outcomes() == 0
}

func runMerge(opts mergeOptions, stdout, stderr io.Writer) error {
	if opts.Returns != "" {
		if info, err := os.Stat(opts.Returns); err == nil && !info.IsDir() {
			return fmt.Errorf("--returns %s 是一个文件，请给出存放退回修改副本的文件夹", opts.Returns)
		}
		for _, in := range opts.Load.Inputs {
			if within(opts.Returns, in) {
				return usagef("--returns 的文件夹 %s 在输入 %s 之中，下次汇总会把副本当作报回的工作簿读入；请换一个文件夹", opts.Returns, in)
			}
		}
	}
	if opts.Report != "" && sameFile(opts.Report, opts.Output) {
		return usagef("--report 的文件 %s 就是汇总表，请给督查通报另起一个文件名", opts.Report)
	}
	res, err := mergeInto(opts.Output, opts.Load)
	if err != nil {
		return err
	}
	defer res.Close()
	printNotes(stderr, res)
	printMergeSummary(stdout, res)
	fmt.Fprintf(stdout, "已写入 %s\n", opts.Output)
	if opts.Report != "" && res.Read() && !nothingMerged(res) {
		if err := checkNotInput(opts.Report, res); err != nil {
			return err
		}
		if err := writeReport(opts.Report, res, report.Options{Org: opts.Org, Fonts: findFonts(nil)}, stdout, stderr); err != nil {
			return err
		}
	}
	if opts.Returns != "" {
		copies, failed := res.WriteReturns(opts.Returns, opts.Load.Password)
		for _, p := range failed {
			fmt.Fprintf(stdout, "  %s\n", p)
		}
		switch {
		case len(copies) == 0 && len(failed) == 0:
			fmt.Fprintln(stdout, "没有需要退回修改的工作簿（没有“错误”或“警告”）。")
		case len(copies) == 0:
			fmt.Fprintln(stdout, "退回修改的工作簿 0 个：副本未能生成（见上）。")
		default:
			fmt.Fprintf(stdout, "退回修改的工作簿 %d 个，已写入 %s\n", len(copies), opts.Returns)
		}
	}
	if !res.Read() {
		return errNothingRead
	}
	if nothingMerged(res) {
		return errNothingMerged
	}
	if opts.Strict {
		if n := res.Problems.Count(problems.Error); n > 0 {
			return fmt.Errorf("发现 %d 个“错误”级的问题（--strict）；汇总表已写入 %s", n, opts.Output)
		}
	}
	return nil
}

// sameFile reports whether paths a and b name one file.
func sameFile(a, b string) bool {
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && strings.EqualFold(x, y)
}

// within reports whether path is the folder dir or inside it.
func within(path, dir string) bool {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return false
	}
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// mergeInto runs the intake with the merged workbook at output as its
// sink: the returns' rows are written as they are read.
func mergeInto(output string, load intake.Options) (*intake.Result, error) {
	var res *intake.Result
	var runErr error
	err := writeFile(output, func(w io.Writer) error {
		mw, err := sheets.NewMergedWriter(w)
		if err != nil {
			return err
		}
		load.Sink = mw
		if res, runErr = intake.Run(load); runErr != nil {
			mw.Close()
			return runErr
		}
		if runErr = checkNotInput(output, res); runErr != nil {
			mw.Close()
			return runErr
		}
		return mw.Finish(res.Summary())
	})
	if err := cmp.Or(runErr, err); err != nil {
		res.Close()
		return nil, err
	}
	return res, nil
}

// printMergeSummary tells what was merged and the most serious problems.
func printMergeSummary(w io.Writer, res *intake.Result) {
	fmt.Fprintf(w, "读取工作簿 %d 个", len(res.Book.Files)-res.Skipped())
	if n := res.Failed(); n > 0 {
		fmt.Fprintf(w, "（其中 %d 个无法读取）", n)
	}
	fmt.Fprintf(w, "，汇总任务 %d 项、成果 %d 项。\n", res.Eval.Tasks, res.Eval.Outcomes())
	printStatusLine(w, res)
	ps := res.Problems
	if len(ps) == 0 {
		fmt.Fprintln(w, "未发现问题。")
		return
	}
	fmt.Fprintf(w, "发现问题 %d 个：错误 %d、警告 %d、提示 %d，详见汇总表的“问题清单”。\n",
		len(ps), ps.Count(problems.Error), ps.Count(problems.Warning), ps.Count(problems.Info))
	const most = 10
	shown := 0
	for _, p := range ps {
		if p.Level == problems.Error && shown < most {
			fmt.Fprintf(w, "  [%s] %s\n", p.Level, p)
			shown++
		}
	}
	if n := ps.Count(problems.Error); n > shown {
		fmt.Fprintf(w, "  ……另有 %d 个错误\n", n-shown)
	}
}
