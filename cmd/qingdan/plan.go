package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/sheets"
)

func planCommand() *cli.Command {
	return &cli.Command{
		Name:      "plan",
		Usage:     "读取工作要点（.txt、.docx，或 .xlsx 任务分解表），生成任务总表",
		ArgsUsage: "工作要点.txt|.docx|任务分解表.xlsx... [-o 任务总表.xlsx]",
		Description: `   读取工作要点正文，按“一、”“(一)”“1.”等编号找出每项任务，识别牵头、配合处室，
   找出量化目标（如“保持在29%以上”“不少于24家”）和完成时限，写出任务总表：
   任务清单、责任清单、成果清单、单位（所有处室及任务数）和问题清单（需要核对的地方）。
   文本可以是 UTF-8 或 GBK 编码；网页复制来的导航、版权等文字会被略过。
   也可以读任务分解表：Word 或 Excel 中的表格，或从网页、表格复制来的以制表符分隔的文字，
   按表头（序号、重点任务、具体内容、牵头单位、配合单位、完成时限等）识别各列。
   核对任务总表后，用 qingdan template --plan 任务总表.xlsx 为各处室生成下发表。

   例：qingdan plan 2026年工作要点.docx -o 任务总表.xlsx`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "任务总表.xlsx", Usage: "写到 `文件`"},
			&cli.StringFlag{Name: "year", Usage: "工作要点的 `年份`，标题中没有写年份时使用", DefaultText: "从正文识别"},
			&cli.BoolFlag{Name: "force", Usage: "覆盖已被修改过的任务总表（不加时另存为“任务总表(2).xlsx”）"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("请给出工作要点文件，例如：qingdan plan 2026年工作要点.docx -o 任务总表.xlsx")
			}
			year := 0
			if s := c.String("year"); s != "" {
				y, err := parseYear(s)
				if err != nil {
					return err
				}
				year = y
			}
			return runPlan(planOptions{Inputs: c.Args().Slice(), Output: c.String("output"), Year: year, Force: c.Bool("force")}, c.App.Writer)
		},
	}
}

type planOptions struct {
	Inputs []string
	Output string
	Year   int
	Force  bool // replace a task list the user has changed
}

func runPlan(opts planOptions, stdout io.Writer) error {
	res, err := intake.ReadPlan(opts.Inputs, opts.Year)
	for _, why := range res.Unread {
		fmt.Fprintf(stdout, "未读取：%s\n", why)
	}
	if errors.Is(err, intake.ErrNoTasks) {
		return fmt.Errorf("没有写出任务总表：所给的 %d 个文件中都没有找到任务（原因见上）", len(opts.Inputs))
	}
	if err != nil {
		return err
	}
	for _, in := range opts.Inputs {
		if a, errA := os.Stat(in); errA == nil {
			if b, errB := os.Stat(opts.Output); errB == nil && os.SameFile(a, b) {
				return usagef("输出文件 %s 是输入文件之一，请换一个输出文件名", opts.Output)
			}
		}
	}
	m := res.Master
	out, err := writeKept(opts.Output, opts.Force, func(w io.Writer) error { return sheets.WriteMaster(w, m) })
	if err != nil {
		return err
	}
	title := m.Info.Title
	if title == "" {
		title = "（未识别标题）"
	}
	fmt.Fprintf(stdout, "%s：任务 %d 项，量化目标 %d 个，涉及单位 %d 个。\n", title, res.Items, res.Targets, len(m.Units))
	if len(m.Units) == 0 {
		fmt.Fprintln(stdout, "注意：没有识别到任何牵头或配合单位。请确认这是工作要点，并在任务总表的责任清单中补填责任单位后再下发。")
	}
	if n := len(m.Problems); n > 0 {
		fmt.Fprintf(stdout, "有 %d 处需要核对，详见任务总表的“问题清单”。\n", n)
	}
	fmt.Fprintln(stdout, out)
	if len(res.Unread) > 0 {
		return fmt.Errorf("%d 个文件未能读取（见上），其余已写入任务总表", len(res.Unread))
	}
	return nil
}
