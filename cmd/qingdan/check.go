package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/width"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/lists"
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

// The JSON that check --json prints. Field names are part of qingdan's
// interface: add, never rename.
type (
	jsonResult struct {
		AsOf        string         `json:"as_of"`
		Year        int            `json:"year"`
		Tasks       int            `json:"tasks"`
		Outcomes    int            `json:"outcomes"`
		ByStatus    map[string]int `json:"by_status"`
		Completion  float64        `json:"completion_rate"`
		Departments []jsonDept     `json:"departments"`
		Items       []jsonItem     `json:"items"`
		Problems    int            `json:"problems"`
	}
	jsonDept struct {
		Name       string         `json:"name"`
		Tasks      int            `json:"tasks"`
		Outcomes   int            `json:"outcomes"`
		ByStatus   map[string]int `json:"by_status"`
		Completion float64        `json:"completion_rate"`
	}
	jsonItem struct {
		TaskID    string   `json:"task_id"`
		OutcomeID string   `json:"outcome_id"`
		Dept      string   `json:"dept"`
		Lead      string   `json:"lead"`
		Leads     []string `json:"leads"`
		TaskName  string   `json:"task_name"`
		Target    string   `json:"target"`
		Actual    string   `json:"actual"`
		Deadline  string   `json:"deadline"`
		Status    string   `json:"status"`
		Light     string   `json:"light"`
		Reason    string   `json:"reason"`
		File      string   `json:"file"`
		Position  string   `json:"position"`
	}
)

func byStatus(c check.Counts) map[string]int {
	m := map[string]int{}
	for _, s := range check.Statuses {
		m[s.String()] = c.Of(s)
	}
	return m
}

// round4 keeps rates readable in JSON: 0.3958 rather than 0.39583333333333337.
func round4(f float64) float64 {
	return math.Round(f*1e4) / 1e4
}

// writeCheckJSON writes check --json: the figures, then the items one at
// a time as they are read, so that thousands of returns' items are never
// held at once. The bytes are those of encoding the whole at once.
func writeCheckJSON(w io.Writer, res *intake.Result) error {
	ev := res.Eval
	out := jsonResult{
		AsOf: ev.AsOf.Format("2006-01-02"), Year: ev.Year, Tasks: ev.Tasks, Outcomes: ev.Outcomes(),
		ByStatus: byStatus(ev.Counts), Completion: round4(ev.CompletionRate()),
		Departments: []jsonDept{}, Items: []jsonItem{},
		Problems: len(res.Problems),
	}
	for _, d := range ev.Units {
		out.Departments = append(out.Departments, jsonDept{
			Name: string(d.Unit), Tasks: d.Tasks, Outcomes: d.Outcomes,
			ByStatus: byStatus(d.Counts), Completion: round4(d.CompletionRate()),
		})
	}
	var whole bytes.Buffer
	enc := json.NewEncoder(&whole)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	head, tail, _ := bytes.Cut(whole.Bytes(), []byte(`"items": []`))
	bw := bufio.NewWriter(w)
	bw.Write(head)
	bw.WriteString(`"items": [`)
	var item bytes.Buffer
	ienc := json.NewEncoder(&item)
	ienc.SetIndent("    ", "  ")
	ienc.SetEscapeHTML(false)
	n := 0
	for it := range ev.All() {
		item.Reset()
		if err := ienc.Encode(itemJSON(it, ev.Year)); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
		n++
	}
	if err := ev.Err(); err != nil {
		return err
	}
	if n > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]")
	bw.Write(tail)
	return bw.Flush()
}

func itemJSON(it *figures.Item, year int) jsonItem {
	shown := it.Shown()
	leads := make([]string, len(it.Leads))
	for i, u := range it.Leads {
		leads[i] = string(u)
	}
	return jsonItem{
		TaskID: it.TaskID, OutcomeID: it.OutcomeID, Dept: string(shown.Unit), Lead: it.LeadNames(), Leads: leads,
		TaskName: it.TaskName, Target: it.Target.Text, Actual: shown.Actual, Deadline: it.Deadline.Format(year),
		Status: it.Status.String(), Light: it.Light().String(), Reason: it.Reason,
		File: shown.At.File, Position: lists.Position(shown.At.Sheet, shown.At.Row),
	}
}
