package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"unicode/utf8"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/lists"
)

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
	var item []byte
	n := 0
	for it := range ev.All() {
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		item = itemJSON(it, ev.Year).appendIndented(item[:0])
		bw.Write(item)
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

// appendIndented appends the item as encoding/json writes it, indented by
// "  " inside an array at "    ", HTML left as it is: 30 MB of items at
// 200 returns took a third of check --json's time through encoding/json,
// which indents what it has marshalled in a second pass.
// TestItemJSON and FuzzItemJSON compare the two.
func (it jsonItem) appendIndented(b []byte) []byte {
	const field = "\n      "
	str := func(name, v string) {
		b = append(b, field...)
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, `": `...)
		b = appendJSONString(b, v)
		b = append(b, ',')
	}
	b = append(b, '{')
	str("task_id", it.TaskID)
	str("outcome_id", it.OutcomeID)
	str("dept", it.Dept)
	str("lead", it.Lead)
	b = append(b, field+`"leads": `...)
	switch {
	case it.Leads == nil:
		b = append(b, "null"...)
	case len(it.Leads) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, '[')
		for i, l := range it.Leads {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, field+"  "...)
			b = appendJSONString(b, l)
		}
		b = append(b, field+"]"...)
	}
	b = append(b, ',')
	str("task_name", it.TaskName)
	str("target", it.Target)
	str("actual", it.Actual)
	str("deadline", it.Deadline)
	str("status", it.Status)
	str("light", it.Light)
	str("reason", it.Reason)
	str("file", it.File)
	str("position", it.Position)
	b = b[:len(b)-1] // the last field's comma
	return append(b, "\n    }"...)
}

// appendJSONString appends s quoted as encoding/json quotes a string with
// SetEscapeHTML(false): invalid UTF-8 as U+FFFD, U+2028 and U+2029
// escaped for JavaScript.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
