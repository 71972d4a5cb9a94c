package main

import (
	"fmt"
	"io"

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
		}, loadFlags()...),
		Action: func(c *cli.Context) error {
			load, err := loadOptionsFrom(c, "qingdan merge 回收表 -o 汇总.xlsx")
			if err != nil {
				return err
			}
			return runMerge(mergeOptions{
				loadOptions: load,
				Output:      c.String("output"),
			}, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type mergeOptions struct {
	loadOptions
	Output string
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
		return sheets.WriteMerged(w, l.book, l.eval)
	}); err != nil {
		return err
	}
	printMergeSummary(stdout, l)
	fmt.Fprintf(stdout, "已写入 %s\n", opts.Output)
	return nil
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
