package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/report"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "生成督查通报、年终考核结果或催办通知（PDF 或 Word）",
		ArgsUsage: "汇总表或文件夹... [-o 督查通报.pdf] [--kind 考核|催办]",
		Description: `   读取汇总工作簿或各单位报回的工作簿，生成督查通报：总体情况、各单位完成情况表和图、
   亮灯事项、未报送单位、全部成果完成情况附件。--kind 考核 生成年终考核结果：考核办法、排名和等次、
   扣分事项、加减分事项（权重、得分比例、等次和加减分按任务总表“考核设置”工作表，用 --plan 给出）。
   --kind 催办 为每个未报送或有逾期、滞后、未报送事项的单位写一页催办通知（列出事项、时限和需报送的内容），
   并把催办清单（单位、事项、时限、缺什么）输出到屏幕，可直接复制到工作群。
   版式按 GB/T 9704：版头（--org 红色发文机关标志，--issue 期号）、红色分隔线、标题、主送机关（--to）、
   正文、落款和成文日期（--date）、附件、版记（抄送 --cc，印发机关和印发日期）。
   给 --previous 或 --history 时，各单位完成情况表列出完成率较上期的变化；三期以上时画出完成率变化趋势图。
   中文字体已内置，没有安装中文字体的电脑也能正确显示和打印。

   例：qingdan report 汇总.xlsx -o 督查通报.pdf --as-of 2026-09-30 --org 市卫生健康委办公室 --issue 3 --to 各处室 --cc 市政府督查室
       qingdan report 汇总.xlsx --kind 催办 --org 市卫生健康委办公室`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: append(append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "督查通报.pdf", Usage: "写到 `文件`，以 .docx 结尾时写成可修改的 Word 文档；--kind 催办 时默认为 催办通知.pdf"},
		}, loadFlags()...),
			&cli.StringFlag{Name: "title", Usage: "通报 `标题`", DefaultText: "2026年第三季度重点工作任务督查通报"},
			orgFlag(),
			&cli.IntFlag{Name: "issue", Usage: "期号：印在版头下的“第 `N` 期”", DefaultText: "不印"},
			&cli.StringSliceFlag{Name: "to", Usage: "主送 `机关`，如“各处室”（可重复）"},
			&cli.StringSliceFlag{Name: "cc", Usage: "抄送 `机关`，印在版记中（可重复）"},
			&cli.StringSliceFlag{Name: "previous", Usage: "以前各期的 `汇总表`（可重复）：通报写明各单位完成率比上期的变化，三期以上时画出变化趋势"},
			&cli.StringFlag{Name: "date", Usage: "成文日期和印发 `日期`，如 2026-10-08", DefaultText: "核验日期"},
			&cli.StringFlag{Name: "history", Usage: "存放以前各期汇总表的 `文件夹`，作用同 --previous；不给 --issue 时期号为文件夹中的期数加一"},
			&cli.StringFlag{Name: "kind", Value: "通报", Usage: "`类型`：通报（督查通报）、考核（年终考核结果）或 催办（给未报送、逾期、滞后单位的催办通知，并在屏幕上列出可贴到工作群的催办清单）"},
			&cli.StringSliceFlag{Name: "font-dir", Usage: "先在这个 `文件夹` 中找仿宋、黑体、楷体、小标宋字体（可重复）", DefaultText: "系统字体文件夹"},
		),
		Action: func(c *cli.Context) error {
			load, err := loadOptionsFrom(c, "qingdan report 汇总.xlsx -o 督查通报.pdf")
			if err != nil {
				return err
			}
			var date time.Time
			if s := c.String("date"); s != "" {
				if date, err = check.ParseDate(s); err != nil {
					return usagef("--date 的日期“%s”无法识别，请写成 2026-10-08", s)
				}
			}
			output := c.String("output")
			if !c.IsSet("output") && strings.HasPrefix(c.String("kind"), "催办") {
				output = "催办通知.pdf"
			}
			return runReport(reportOptions{
				Load:   load,
				Output: output,
				Report: report.Options{Title: c.String("title"), Org: c.String("org"), Issue: c.Int("issue"),
					To: c.StringSlice("to"), CC: c.StringSlice("cc"), Date: date},
				Previous: c.StringSlice("previous"),
				History:  c.String("history"),
				Kind:     c.String("kind"),
				FontDirs: c.StringSlice("font-dir"),
			}, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// orgFlag is --org, the issuing office of a report.
func orgFlag() cli.Flag {
	return &cli.StringFlag{Name: "org", Usage: "发文 `机关`：红色印在版头，落款和版记中的印发机关"}
}

type reportOptions struct {
	Load     intake.Options
	Output   string
	Report   report.Options
	Previous []string // merged workbooks of earlier periods
	History  string   // a folder of merged workbooks of earlier periods
	Kind     string   // 通报, 考核 or 催办
	FontDirs []string // folders to look for fonts in first
}

func runReport(opts reportOptions, stdout, stderr io.Writer) error {
	switch opts.Kind {
	case "", "通报", "督查通报":
	case "考核", "年终考核":
		opts.Kind = "考核"
	case "催办", "催办通知":
		opts.Kind = "催办"
	default:
		return usagef("--kind 只能是“通报”“考核”或“催办”，不是“%s”", opts.Kind)
	}
	res, err := intake.Run(opts.Load)
	if err != nil {
		return err
	}
	defer res.Close()
	printNotes(stderr, res)
	if !res.Read() {
		return errNothingRead
	}
	if err := checkNotInput(opts.Output, res); err != nil {
		return err
	}
	opts.Report.Fonts = findFonts(opts.FontDirs)
	if opts.Kind == "催办" {
		return writeChase(opts.Output, res, opts.Report, stdout, stderr)
	}
	if opts.Kind == "考核" {
		ao := report.AssessmentOptions{
			Title: opts.Report.Title, Org: opts.Report.Org, To: opts.Report.To, CC: opts.Report.CC, Date: opts.Report.Date,
			Method: res.Assess.Describe(), Fonts: opts.Report.Fonts,
		}
		if isDocx(opts.Output) {
			return writeDocx(opts.Output, stdout, func(w io.Writer) error { return report.RenderAssessmentDocx(w, res.Eval, res.Scores, ao) })
		}
		return writePDF(opts.Output, stdout, stderr, func(w io.Writer) (report.Info, error) {
			return report.RenderAssessment(w, res.Eval, res.Scores, ao)
		})
	}
	paths := opts.Previous
	if opts.History != "" {
		found, err := historyFiles(opts.History, res)
		if err != nil {
			return err
		}
		paths = append(paths, found...)
		if opts.Report.Issue == 0 {
			opts.Report.Issue = len(found) + 1
		}
	}
	for _, path := range paths {
		p, err := intake.ReadPeriod(path, res)
		if err != nil {
			return err
		}
		opts.Report.History = append(opts.Report.History, p)
	}
	return writeReport(opts.Output, res, opts.Report, stdout, stderr)
}

// historyFiles lists the merged workbooks of a history folder, by name:
// its .xlsx files, less Office's lock files and the inputs of this run.
func historyFiles(dir string, res *intake.Result) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("读取以前各期的文件夹 %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), ".xlsx") {
			continue
		}
		path := filepath.Join(dir, name)
		if res.IsInput(path) {
			continue
		}
		out = append(out, path)
	}
	return out, nil
}

// writeChase writes a 催办通知 for every silent or late unit to path, and
// the chase list to stdout, ready to paste into a group chat; what was
// written is said on stderr, so that stdout holds only the list.
func writeChase(path string, res *intake.Result, opts report.Options, stdout, stderr io.Writer) error {
	chases := figures.Chases(res.Eval)
	co := report.ChaseOptions{Org: opts.Org, Date: opts.Date, Fonts: opts.Fonts}
	var err error
	if isDocx(path) {
		err = writeDocx(path, stderr, func(w io.Writer) error { return report.RenderChaseDocx(w, res.Eval, chases, co) })
	} else {
		err = writePDF(path, stderr, stderr, func(w io.Writer) (report.Info, error) { return report.RenderChase(w, res.Eval, chases, co) })
	}
	if err != nil {
		return err
	}
	return report.WriteChaseList(stdout, res.Eval, chases, co)
}

// writeReport renders the bulletin to path, as a Word document when path
// ends in .docx, and says what it wrote.
func writeReport(path string, res *intake.Result, opts report.Options, stdout, stderr io.Writer) error {
	if isDocx(path) {
		return writeDocx(path, stdout, func(w io.Writer) error { return report.RenderDocx(w, res.Eval, opts) })
	}
	return writePDF(path, stdout, stderr, func(w io.Writer) (report.Info, error) { return report.Render(w, res.Eval, opts) })
}

// writePDF writes a report to path and says what it wrote.
func writePDF(path string, stdout, stderr io.Writer, render func(io.Writer) (report.Info, error)) error {
	var info report.Info
	err := writeFile(path, func(w io.Writer) error {
		var err error
		info, err = render(w)
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "字体：%s\n", strings.Join(info.Fonts, "；"))
	if len(info.Missing) > 0 {
		fmt.Fprintf(stderr, "注意：内置字体中没有这些字符，通报中以□代替：%s\n", string(info.Missing))
	}
	fmt.Fprintf(stdout, "已写入 %s（%d 页）\n", path, info.Pages)
	return nil
}

func isDocx(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".docx")
}

// writeDocx writes a report as a Word document and says so.
func writeDocx(path string, stdout io.Writer, render func(io.Writer) error) error {
	if err := writeFile(path, render); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已写入 %s（Word 文档，可修改后印发）\n", path)
	return nil
}
