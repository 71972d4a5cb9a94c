package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/sheets"
)

func mergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "汇总各单位报回的工作簿，核验完成情况，列出全部问题",
		ArgsUsage: "文件或文件夹... [-o 汇总.xlsx]",
		Description: `   读取各单位报回的 .xlsx 工作簿（可以给文件，也可以给文件夹，文件夹中的工作簿会全部读取），
   按表头识别各列，合并为一个汇总工作簿：任务清单、责任清单、成果清单（每行注明来源文件和位置），
   完成情况（逐项核验结果和亮灯）、单位统计和问题清单（每个问题注明文件、工作表和单元格）。
   某个文件有问题不会影响其他文件的汇总。

   例：qingdan merge 回收表 -o 汇总.xlsx --as-of 2026-09-30`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "汇总.xlsx", Usage: "汇总工作簿写到 `文件`"},
			&cli.StringFlag{Name: "returns", Usage: "为有问题的单位在 `文件夹` 中生成标出问题的工作簿副本，供退回修改"},
			&cli.BoolFlag{Name: "strict", Usage: "发现“错误”级的问题时以状态 1 退出（供脚本使用；汇总表照常写出）"},
		}, loadFlags()...),
		Action: func(c *cli.Context) error {
			load, err := loadOptionsFrom(c, "qingdan merge 回收表 -o 汇总.xlsx")
			if err != nil {
				return err
			}
			return runMerge(mergeOptions{
				loadOptions: load,
				Output:      c.String("output"),
				Strict:      c.Bool("strict"),
				Returns:     c.String("returns"),
			}, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type mergeOptions struct {
	loadOptions
	Output  string
	Strict  bool   // fail when an 错误 was found
	Returns string // folder for annotated copies to send back, if any
}

func runMerge(opts mergeOptions, stdout, stderr io.Writer) error {
	l, err := load(opts.loadOptions)
	if err != nil {
		return err
	}
	if err := checkNotInput(opts.Output, l.inputs); err != nil {
		return err
	}
	if err := writeFile(opts.Output, func(w io.Writer) error {
		return sheets.WriteMerged(w, l.book, l.eval, l.scores)
	}); err != nil {
		return err
	}
	printMergeSummary(stdout, l)
	fmt.Fprintf(stdout, "已写入 %s\n", opts.Output)
	if opts.Returns != "" {
		if err := writeReturns(opts.Returns, l, opts.Password, stdout); err != nil {
			return err
		}
	}
	if opts.Strict {
		if n := countLevel(l, lists.Error); n > 0 {
			return fmt.Errorf("发现 %d 个“错误”级的问题（--strict）；汇总表已写入 %s", n, opts.Output)
		}
	}
	return nil
}

func countLevel(l loaded, level lists.Level) int {
	n := 0
	for _, ps := range [][]lists.Problem{l.book.Problems, l.eval.Problems} {
		for _, p := range ps {
			if p.Level == level {
				n++
			}
		}
	}
	return n
}

// printMergeSummary tells what was merged and the most serious problems.
func printMergeSummary(w io.Writer, l loaded) {
	failed := 0
	for _, f := range l.book.Files {
		if f.Failed {
			failed++
		}
	}
	fmt.Fprintf(w, "读取工作簿 %d 个", len(l.inputs))
	if failed > 0 {
		fmt.Fprintf(w, "（其中 %d 个无法读取）", failed)
	}
	fmt.Fprintf(w, "，汇总任务 %d 项、成果 %d 项。\n", l.eval.Tasks, len(l.eval.Items))
	printStatusLine(w, l.eval)
	problems := append(append([]lists.Problem{}, l.book.Problems...), l.eval.Problems...)
	var count [3]int
	for _, p := range problems {
		count[p.Level]++
	}
	if len(problems) == 0 {
		fmt.Fprintln(w, "未发现问题。")
		return
	}
	fmt.Fprintf(w, "发现问题 %d 个：错误 %d、警告 %d、提示 %d，详见汇总表的“问题清单”。\n",
		len(problems), count[lists.Error], count[lists.Warning], count[lists.Info])
	const most = 10
	shown := 0
	for _, p := range problems {
		if p.Level == lists.Error && shown < most {
			fmt.Fprintf(w, "  [%s] %s\n", p.Level, p)
			shown++
		}
	}
	if count[lists.Error] > shown {
		fmt.Fprintf(w, "  ……另有 %d 个错误\n", count[lists.Error]-shown)
	}
}

// writeReturns writes, for each workbook with an error or a warning, a
// copy with its problems marked, named after the original.
func writeReturns(dir string, l loaded, password string, stdout io.Writer) error {
	byFile := map[string][]lists.Problem{}
	serious := map[string]bool{}
	for _, ps := range [][]lists.Problem{l.book.Problems, l.eval.Problems} {
		for _, p := range ps {
			byFile[p.File] = append(byFile[p.File], p)
			serious[p.File] = serious[p.File] || p.Level <= lists.Warning
		}
	}
	written := 0
	for _, in := range l.inputs {
		if !serious[in.name] {
			continue
		}
		problems := byFile[in.name]
		lists.SortProblems(problems)
		if problems[0].Code == lists.FileUnreadable {
			fmt.Fprintf(stdout, "%s 无法读取，请该单位重新报送\n", in.name)
			continue
		}
		f, err := openInput(in, password)
		if err != nil {
			continue // reported already
		}
		base := strings.TrimSuffix(filepath.Base(strings.ReplaceAll(in.name, "/", string(filepath.Separator))), filepath.Ext(in.name))
		path := filepath.Join(dir, safeFileName(base)+"-退回修改.xlsx")
		err = writeFile(path, func(w io.Writer) error { return sheets.WriteAnnotated(w, f, problems) })
		f.Close()
		if err != nil {
			// One workbook that cannot be copied does not stop the others.
			fmt.Fprintf(stdout, "%s 无法生成退回修改的副本：%v\n", in.name, err)
			continue
		}
		written++
	}
	fmt.Fprintf(stdout, "退回修改的工作簿 %d 个，已写入 %s\n", written, dir)
	return nil
}
