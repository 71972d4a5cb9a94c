package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/plan"
	"github.com/qingdan/qingdan/sheets"
)

func planCommand() *cli.Command {
	return &cli.Command{
		Name:      "plan",
		Usage:     "读取工作要点（.txt 或 .docx），生成任务总表",
		ArgsUsage: "工作要点.txt|.docx... [-o 任务总表.xlsx]",
		Description: `   读取工作要点正文，按“一、”“(一)”“1.”等编号找出每项任务，识别牵头、配合处室，
   找出量化目标（如“保持在29%以上”“不少于24家”）和完成时限，写出任务总表：
   任务清单、责任清单、成果清单、单位（所有处室及任务数）和问题清单（需要核对的地方）。
   文本可以是 UTF-8 或 GBK 编码；网页复制来的导航、版权等文字会被略过。
   核对任务总表后，用 qingdan template --plan 任务总表.xlsx 为各处室生成下发表。

   例：qingdan plan 2026年工作要点.docx -o 任务总表.xlsx`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "任务总表.xlsx", Usage: "写到 `文件`"},
			&cli.IntFlag{Name: "year", Usage: "工作要点的 `年份`，标题中没有写年份时使用", DefaultText: "从正文识别"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("请给出工作要点文件，例如：qingdan plan 2026年工作要点.docx -o 任务总表.xlsx")
			}
			return runPlan(planOptions{Inputs: c.Args().Slice(), Output: c.String("output"), Year: c.Int("year")}, c.App.Writer)
		},
	}
}

type planOptions struct {
	Inputs []string
	Output string
	Year   int
}

func runPlan(opts planOptions, stdout io.Writer) error {
	var all plan.Plan
	var ins []input
	for _, path := range opts.Inputs {
		p, err := readPlan(path, opts.Year)
		if err != nil {
			return err
		}
		ins = append(ins, input{path: path, name: filepath.Base(path)})
		if all.Title == "" {
			all.Title, all.Year = p.Title, p.Year
		}
		all.Items = append(all.Items, p.Items...)
		all.Problems = append(all.Problems, p.Problems...)
	}
	if err := checkNotInput(opts.Output, ins); err != nil {
		return err
	}
	ret := all.Return(filepath.Base(opts.Inputs[0]))
	book := lists.Merge([]lists.Return{ret})
	book.Problems = all.Problems // the master reports what reading the plan found, nothing else
	info := sheets.Info{Title: all.Title, Year: all.Year, Fingerprint: book.Fingerprint()}
	if err := writeFile(opts.Output, func(w io.Writer) error { return sheets.WriteMaster(w, book, info) }); err != nil {
		return err
	}
	targets := 0
	for _, it := range all.Items {
		targets += len(it.Targets)
	}
	title := all.Title
	if title == "" {
		title = "（未识别标题）"
	}
	fmt.Fprintf(stdout, "%s：任务 %d 项，量化目标 %d 个，涉及单位 %d 个。\n", title, len(all.Items), targets, len(book.Units))
	if n := len(all.Problems); n > 0 {
		fmt.Fprintf(stdout, "有 %d 处需要核对，详见任务总表的“问题清单”。\n", n)
	}
	fmt.Fprintf(stdout, "已写入 %s\n", opts.Output)
	return nil
}

// readPlan reads one plan file: .docx as a Word document, anything else as
// text.
func readPlan(path string, year int) (plan.Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return plan.Plan{}, fmt.Errorf("找不到 %s，请检查路径是否正确", path)
		}
		return plan.Plan{}, fmt.Errorf("读取 %s: %w", path, err)
	}
	var lines []plan.Line
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx":
		lines, err = plan.ReadDocx(bytes.NewReader(data), int64(len(data)))
	case ".doc", ".wps":
		return plan.Plan{}, fmt.Errorf("%s 是旧版 Word 格式，请用 Word 或 WPS 另存为 .docx（或 .txt）后再读取", path)
	default:
		lines, err = plan.ReadText(bytes.NewReader(data))
	}
	if err != nil {
		return plan.Plan{}, fmt.Errorf("读取 %s: %w", path, err)
	}
	return plan.Parse(lines, plan.Options{File: filepath.Base(path), Year: year}), nil
}
