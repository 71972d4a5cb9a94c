package sheets_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/templates"
)

var (
	textPieces = []string{"推进", "完成", "医联体", "签约服务", "𠮷", "龘", "３２个", "ＡＢＣ", "（一）", "\n", "，", "。", "31.2％", " ", "1,234", "≥", "‰"}
	statuses   = append([]string{"", "进行中", "见附件"}, templates.Statuses...)
)

func randomText(rng *rand.Rand) string {
	var b strings.Builder
	for range 1 + rng.IntN(6) {
		b.WriteString(textPieces[rng.IntN(len(textPieces))])
	}
	return strings.TrimSpace(b.String())
}

// randomReturn writes a department's 成果清单 with random content of every
// kind a cell can hold, and returns the texts written as text, by cell.
func randomReturn(t testing.TB, rng *rand.Rand, dept string, rows int) ([]byte, map[string]string) {
	x := excelize.NewFile()
	defer x.Close()
	sheet := "成果清单"
	x.SetSheetName("Sheet1", sheet)
	header := []any{"任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "进展情况", "完成日期", "填报单位"}
	x.SetSheetRow(sheet, "A1", &header)
	pct, _ := x.NewStyle(&excelize.Style{NumFmt: 10})
	date, _ := x.NewStyle(&excelize.Style{NumFmt: 14})
	texts := map[string]string{}
	text := func(cell, v string) {
		x.SetCellStr(sheet, cell, v)
		if strings.TrimSpace(v) != "" {
			texts[cell] = v
		}
	}
	for r := 2; r <= rows+1; r++ {
		x.SetCellInt(sheet, fmt.Sprintf("A%d", r), int64(1+rng.IntN(40)))
		x.SetCellInt(sheet, fmt.Sprintf("B%d", r), int64(1+rng.IntN(3)))
		text(fmt.Sprintf("C%d", r), randomText(rng))
		text(fmt.Sprintf("D%d", r), []string{"不低于65%", "控制在8/10万以内", "全覆盖", "", "提高5个百分点"}[rng.IntN(5)])
		e := fmt.Sprintf("E%d", r)
		switch rng.IntN(5) {
		case 0:
			text(e, randomText(rng))
		case 1:
			x.SetCellFloat(sheet, e, float64(rng.IntN(10000))/10, 1, 64)
		case 2:
			x.SetCellFloat(sheet, e, float64(rng.IntN(1000))/1000, 3, 64)
			x.SetCellStyle(sheet, e, e, pct)
		case 3:
			n := rng.IntN(100)
			x.SetCellInt(sheet, e, int64(n))
			x.SetCellFormula(sheet, e, fmt.Sprintf("=%d+0", n)) // a formula with its cached result
		}
		text(fmt.Sprintf("F%d", r), statuses[rng.IntN(len(statuses))])
		text(fmt.Sprintf("G%d", r), randomText(rng))
		h := fmt.Sprintf("H%d", r)
		if rng.IntN(2) == 0 {
			x.SetCellValue(sheet, h, time.Date(2026, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC))
			x.SetCellStyle(sheet, h, h, date)
		} else {
			text(h, "2026年9月30日")
		}
		text(fmt.Sprintf("I%d", r), dept)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), texts
}

// roundTrip merges random returns and checks that every non-empty cell of
// every known column reaches the merged workbook unchanged, at its source,
// and that text cells read as they were written.
func roundTrip(t testing.TB, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var rets []lists.Return
	for i := range 1 + rng.IntN(4) {
		dept := fmt.Sprintf("第%d处", i+1)
		name := fmt.Sprintf("%s-%d.xlsx", dept, seed)
		data, texts := randomReturn(t, rng, dept, 1+rng.IntN(30))
		f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ret, err := sheets.ReadReturn(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range ret.Outcomes {
			for k, col := range r.Columns {
				cell := fmt.Sprintf("%s%d", lists.ColumnName(col), r.Source.Row)
				if want, ok := texts[cell]; ok && r.Values[k] != want {
					t.Errorf("%s %s: read %q, written %q", name, cell, r.Values[k], want)
				}
			}
		}
		rets = append(rets, ret)
	}
	book := lists.Merge(rets)
	var buf bytes.Buffer
	if err := sheets.WriteMerged(&buf, book, check.Evaluate(book, check.Options{AsOf: time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)}), nil); err != nil {
		t.Fatal(err)
	}
	f, err := sheets.OpenReader(&buf, sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	merged, err := sheets.ReadReturn(f, "汇总.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	at := map[lists.Source]lists.Row{}
	for _, r := range merged.Outcomes {
		at[r.Source] = r
	}
	n := 0
	for _, ret := range rets {
		for _, r := range ret.Outcomes {
			n++
			m, ok := at[r.Source]
			if !ok {
				t.Errorf("%s row %d missing from the merged workbook", r.Source.File, r.Source.Row)
				continue
			}
			for k, v := range r.Values {
				if m.Values[k] != v {
					t.Errorf("%s row %d %s: merged %q, read %q", r.Source.File, r.Source.Row, k, m.Values[k], v)
				}
			}
		}
	}
	if n != len(merged.Outcomes) {
		t.Errorf("merged %d rows, the returns have %d", len(merged.Outcomes), n)
	}
}

func TestRoundTripRandom(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		roundTrip(t, seed)
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(uint64(1))
	f.Add(uint64(2026))
	f.Fuzz(func(t *testing.T, seed uint64) {
		roundTrip(t, seed)
	})
}
