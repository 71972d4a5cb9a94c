package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/width"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/intake"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "核验完成情况，按单位统计（不写文件）",
		ArgsUsage: "汇总表或文件夹... [--json]",
		Description: `   读取汇总工作簿或各单位报回的工作簿，按核验日期判断每项成果的状态：
   已完成、未达标、推进中、滞后、逾期、未报送，并按牵头单位统计。
   加 --json 输出一个 JSON 对象，供其他系统使用。

   例：qingdan check 汇总.xlsx --as-of 2026-09-30`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: append(loadFlags(),
			&cli.BoolFlag{Name: "json", Usage: "输出 JSON"},
		),
		Action: func(c *cli.Context) error {
			load, err := loadOptionsFrom(c, "qingdan check 汇总.xlsx")
			if err != nil {
				return err
			}
			return runCheck(checkOptions{Load: load, JSON: c.Bool("json")}, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type checkOptions struct {
	Load intake.Options
	JSON bool
}

func runCheck(opts checkOptions, stdout, stderr io.Writer) error {
	res, err := intake.Run(opts.Load)
	if err != nil {
		return err
	}
	defer res.Close()
	printNotes(stderr, res)
	if !res.Read() {
		return errNothingRead
	}
	if nothingMerged(res) {
		return errNothingMerged
	}
	if opts.JSON {
		return writeCheckJSON(stdout, res)
	}
	ev := res.Eval
	fmt.Fprintf(stdout, "截至 %s：任务 %d 项，成果 %d 项，完成率 %s。\n",
		ev.AsOf.Format("2006-01-02"), ev.Tasks, ev.Outcomes(), percent(ev.CompletionRate()))
	printStatusLine(stdout, res)
	fmt.Fprintln(stdout)
	header := []string{"牵头单位", "任务", "成果"}
	for _, s := range check.Statuses {
		header = append(header, s.String())
	}
	header = append(header, "完成率")
	rows := [][]string{header}
	for _, d := range ev.Units {
		row := []string{string(d.Unit), fmt.Sprint(d.Tasks), fmt.Sprint(d.Outcomes)}
		for _, s := range check.Statuses {
			row = append(row, fmt.Sprint(d.Counts.Of(s)))
		}
		rows = append(rows, append(row, percent(d.CompletionRate())))
	}
	printTable(stdout, rows)
	if n := len(res.Problems); n > 0 {
		fmt.Fprintf(stdout, "\n发现问题 %d 个，运行 qingdan merge 可在汇总表的“问题清单”中查看。\n", n)
	}
	return nil
}

// printStatusLine prints the count of each status on one line.
func printStatusLine(w io.Writer, res *intake.Result) {
	var parts []string
	for _, s := range check.Statuses {
		parts = append(parts, fmt.Sprintf("%s %d", s, res.Eval.Counts.Of(s)))
	}
	fmt.Fprintln(w, strings.Join(parts, "，"))
}

// percent formats a share as "39.6%".
func percent(r float64) string {
	return fmt.Sprintf("%.1f%%", r*100)
}

// printTable prints rows as aligned columns, counting a Chinese character
// as two columns wide, the way a terminal shows it.
func printTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			pad := widths[i] - displayWidth(c)
			if i == 0 {
				b.WriteString(c + strings.Repeat(" ", pad))
			} else {
				b.WriteString("  " + strings.Repeat(" ", pad) + c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
