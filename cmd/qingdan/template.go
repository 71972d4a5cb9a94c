package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/sheets"
)

func templateCommand() *cli.Command {
	return &cli.Command{
		Name:      "template",
		Usage:     "生成空白的标准填报工作簿，每个单位一份",
		ArgsUsage: "-o 文件夹 [--dept 单位名称]...",
		Description: `   生成标准模板：填表说明、任务清单、责任清单、成果清单四张表，表头已冻结，
   完成状态有下拉选项。每个 --dept 生成一份“单位名称-工作清单.xlsx”；
   不给 --dept 时生成一份“模板.xlsx”。

   例：qingdan template -o 下发 --dept 医政医管处 --dept 疾病预防控制处 --period 2026年第三季度`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "写到 `文件夹`"},
			&cli.StringSliceFlag{Name: "dept", Usage: "为这个 `单位` 生成一份（可重复）"},
			&cli.StringFlag{Name: "period", Usage: "报送 `期间`，如 2026年第三季度"},
			&cli.StringFlag{Name: "title", Usage: "`标题`，如 2026年重点工作任务清单"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("template 不需要文件参数（多出了 %s）；输出文件夹用 -o 指定", c.Args().First())
			}
			if c.String("output") == "" {
				return usagef("请用 -o 指定输出文件夹，例如：qingdan template -o 下发 --dept 医政医管处")
			}
			return runTemplate(templateOptions{
				Dir: c.String("output"), Depts: c.StringSlice("dept"),
				Period: c.String("period"), Title: c.String("title"),
			}, c.App.Writer)
		},
	}
}

type templateOptions struct {
	Dir    string
	Depts  []string
	Period string
	Title  string
}

// templateFileName is the name of the blank workbook for a department.
func templateFileName(dept string) string {
	if dept == "" {
		return "模板.xlsx"
	}
	return safeFileName(dept) + "-工作清单.xlsx"
}

// safeFileName replaces the characters Windows forbids in file names.
func safeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '_'
		}
		return r
	}, strings.TrimSpace(s))
}

func runTemplate(opts templateOptions, stdout io.Writer) error {
	depts := opts.Depts
	if len(depts) == 0 {
		depts = []string{""}
	}
	for _, d := range depts {
		path := filepath.Join(opts.Dir, templateFileName(d))
		err := writeFile(path, func(w io.Writer) error {
			return sheets.WriteTemplate(w, sheets.TemplateOptions{Dept: strings.TrimSpace(d), Period: opts.Period, Title: opts.Title})
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "已写入 %s\n", path)
	}
	return nil
}
