package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/sheets"
)

func templateCommand() *cli.Command {
	return &cli.Command{
		Name:      "template",
		Usage:     "生成下发给各单位的填报工作簿",
		ArgsUsage: "-o 文件夹 [--plan 任务总表.xlsx] [--dept 单位名称]...",
		Description: `   给 --plan 时，按任务总表为每个牵头或配合的单位生成一份预先填好的工作簿
   “单位-工作要点标题.xlsx”：只含该单位牵头（在前）和配合的任务，任务、目标值和完成时限已填好并锁定，
   完成值、完成状态、进展情况、佐证材料等留给单位填写，有下拉选项和输入检查。
   汇总时凭工作簿中隐藏的登记信息认出单位和任务总表，文件改名也不影响。
   不给 --plan 时生成空白标准模板：每个 --dept 一份“单位-工作清单.xlsx”，不给 --dept 时一份“模板.xlsx”。

   例：qingdan template --plan 任务总表.xlsx -o 下发 --period 2026年第三季度
       qingdan template -o 下发 --dept 医政医管处 --dept 疾病预防控制处`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "写到 `文件夹`"},
			&cli.StringFlag{Name: "plan", Usage: "按 `任务总表` 为各单位生成预填的工作簿"},
			&cli.StringSliceFlag{Name: "dept", Usage: "为这个 `单位` 生成一份（可重复）"},
			&cli.StringFlag{Name: "period", Usage: "报送 `期间`，如 2026年第三季度"},
			&cli.StringFlag{Name: "title", Usage: "`标题`，如 2026年重点工作任务清单"},
			&cli.StringFlag{Name: "due", Usage: "报送截止 `日期`，写在填表说明上，如 2026-10-10"},
			&cli.StringFlag{Name: "contact", Usage: "办公室的 `联系人` 和电话，写在填表说明上，如“张三 0571-88001234”"},
			&cli.BoolFlag{Name: "force", Usage: "覆盖已被修改过（如已填写）的工作簿（不加时另存为“名称(2).xlsx”）"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("template 不需要文件参数（多出了 %s）；输出文件夹用 -o 指定", c.Args().First())
			}
			if c.String("output") == "" {
				return usagef("请用 -o 指定输出文件夹，例如：qingdan template -o 下发 --dept 医政医管处")
			}
			opts := templateOptions{
				Dir: c.String("output"), Depts: c.StringSlice("dept"),
				Period: c.String("period"), Title: c.String("title"), Plan: c.String("plan"), Force: c.Bool("force"),
				Due: c.String("due"), Contact: c.String("contact"),
			}
			if opts.Plan != "" {
				return runDispatch(opts, c.App.Writer)
			}
			return runTemplate(opts, c.App.Writer)
		},
	}
}

type templateOptions struct {
	Dir     string
	Depts   []string // only these departments, or all when empty
	Period  string
	Title   string
	Plan    string // the master workbook to dispatch, if any
	Force   bool   // replace workbooks the user has changed
	Due     string // 报送截止日期
	Contact string // the office's contact, for the 填表说明 sheet
}

// templateFileName is the name of the blank workbook for a unit.
func templateFileName(dept string) string {
	if dept == "" {
		return "模板.xlsx"
	}
	return intake.SafeFileName(dept) + "-工作清单.xlsx"
}

func runTemplate(opts templateOptions, stdout io.Writer) error {
	depts := opts.Depts
	if len(depts) == 0 {
		depts = []string{""}
	}
	for _, d := range depts {
		path := filepath.Join(opts.Dir, templateFileName(d))
		out, err := writeKept(path, opts.Force, func(w io.Writer) error {
			return sheets.WriteTemplate(w, sheets.TemplateOptions{Dept: strings.TrimSpace(d), Period: opts.Period, Title: opts.Title, Due: opts.Due, Contact: opts.Contact})
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, out)
	}
	return nil
}

// runDispatch writes each unit's workbook from the master workbook.
func runDispatch(opts templateOptions, stdout io.Writer) error {
	if why := intake.LockFile(opts.Plan); why != "" {
		return fmt.Errorf("%s 是%s，不是任务总表；请给出原文件", opts.Plan, why)
	}
	master, err := intake.ReadMaster(opts.Plan)
	if err != nil {
		return err
	}
	ds, err := master.Dispatches(intake.DispatchOptions{Units: opts.Depts, Period: opts.Period, Due: opts.Due, Contact: opts.Contact})
	if err != nil {
		return err
	}
	for _, d := range ds {
		path := filepath.Join(opts.Dir, d.FileName)
		out, err := writeKept(path, opts.Force, func(w io.Writer) error { return sheets.WriteDispatch(w, d.Workbook) })
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s（牵头 %d 项，配合 %d 项）\n", out, len(d.Workbook.Share.Led), len(d.Workbook.Share.Partnered))
	}
	if orphans := master.Unled(); len(orphans) > 0 {
		fmt.Fprintf(stdout, "注意：任务 %s 没有牵头单位，未下发；请在任务总表的责任清单中补充。\n", strings.Join(orphans, "、"))
	}
	if len(ds) == 0 {
		return fmt.Errorf("任务总表 %s 中没有可以下发的单位：责任清单中没有填写牵头或配合单位", opts.Plan)
	}
	return nil
}
