package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/report"
	"github.com/qingdan/qingdan/samples"
)

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:      "demo",
		Usage:     "用内置样例演示全过程：模板、汇总、通报",
		ArgsUsage: "[-o 文件夹]",
		Description: `   用内置的样例（虚构的青川市卫生健康委2026年工作要点及11个处室报回的工作簿，
   按2026年第三季度末核验）演示全过程，在文件夹中写出：
     工作要点.txt、样例回收表/（各处室报回的工作簿）、模板.xlsx、汇总.xlsx、督查通报.pdf

   例：qingdan demo -o 演示`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "qingdan-演示", Usage: "写到 `文件夹`"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("demo 不需要文件参数；输出文件夹用 -o 指定")
			}
			return runDemo(demoOptions{Dir: c.String("output")}, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type demoOptions struct {
	Dir string
}

func runDemo(opts demoOptions, stdout, stderr io.Writer) error {
	returns := filepath.Join(opts.Dir, "样例回收表")
	if err := samples.WriteTo(opts.Dir, returns); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "样例工作要点和 11 个处室报回的工作簿已放在 %s\n", opts.Dir)
	if err := runTemplate(templateOptions{Dir: opts.Dir, Title: "2026年重点工作任务清单", Period: "2026年第三季度"}, stdout); err != nil {
		return err
	}
	// Two earlier periods, kept as a history of merged workbooks: the same
	// returns judged as of the end of the first and second quarters.
	history := filepath.Join(opts.Dir, "历史")
	var periods []figures.Period
	for _, asOf := range []time.Time{time.Date(samples.Year, 3, 31, 0, 0, 0, 0, time.UTC), time.Date(samples.Year, 6, 30, 0, 0, 0, 0, time.UTC)} {
		path := filepath.Join(history, "汇总-"+asOf.Format("2006-01-02")+".xlsx")
		res, err := mergeInto(path, intake.Options{Inputs: []string{returns}, AsOf: asOf, Year: samples.Year, Cache: cacheDir(os.Getenv)})
		if err != nil {
			return err
		}
		p, err := intake.ReadPeriod(path, res)
		res.Close()
		if err != nil {
			return err
		}
		periods = append(periods, p)
	}
	fmt.Fprintf(stdout, "以前两期的汇总表已放在 %s\n", history)
	merged := filepath.Join(opts.Dir, "汇总.xlsx")
	res, err := mergeInto(merged, intake.Options{Inputs: []string{returns}, AsOf: samples.AsOf, Year: samples.Year, Cache: cacheDir(os.Getenv)})
	if err != nil {
		return err
	}
	defer res.Close()
	printMergeSummary(stdout, res)
	fmt.Fprintf(stdout, "已写入 %s\n", merged)
	fonts := findFonts(nil)
	if err := writeReport(filepath.Join(opts.Dir, "督查通报.pdf"), res,
		report.Options{Org: samples.Org, Issue: len(periods) + 1, History: periods, Fonts: fonts}, stdout, stderr); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "催办名单：")
	return writeChase(filepath.Join(opts.Dir, "催办通知.pdf"), res, report.Options{Org: samples.Org, Fonts: fonts}, stdout, stderr)
}
