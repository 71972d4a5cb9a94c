package sheets_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
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

// writeMerged merges returns and writes the merged workbook, the way the
// intake does: each return's rows as it is merged, the rest at the end.
func writeMerged(t testing.TB, rets []lists.Return) []byte {
	t.Helper()
	var buf bytes.Buffer
	mw, err := sheets.NewMergedWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rets {
		if err := mw.Add(&rets[i]); err != nil {
			t.Fatal(err)
		}
	}
	book := lists.Merge(rets, lists.MergeOptions{})
	ev := figures.Evaluate(book, figures.Options{AsOf: time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)})
	if err := mw.Finish(sheets.Summary{Book: book, Eval: ev, Problems: book.Problems}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// roundTrip merges random returns and checks that every non-empty cell of
// every known column reaches the merged workbook unchanged, at its source,
// and that text cells read as they were written.
func roundTrip(t testing.TB, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var rets []lists.Return
	dir := units.NewDirectory(nil)
	for i := range 1 + rng.IntN(4) {
		dept := fmt.Sprintf("第%d处", i+1)
		name := fmt.Sprintf("%s-%d.xlsx", dept, seed)
		data, texts := randomReturn(t, rng, dept, 1+rng.IntN(30))
		f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ret, err := sheets.ReadReturn(f, name, dir)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range ret.Outcomes {
			for k := range r.At.Columns {
				cell := r.At.Cell(k).Cell()
				if want, ok := texts[cell]; ok && r.Text(k) != want {
					t.Errorf("%s %s: read %q, written %q", name, cell, r.Text(k), want)
				}
			}
		}
		rets = append(rets, ret)
	}
	f, err := sheets.OpenReader(bytes.NewReader(writeMerged(t, rets)), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	merged, err := sheets.ReadMerged(f, "汇总.xlsx", dir)
	if err != nil {
		t.Fatal(err)
	}
	at := map[source.Pos]lists.OutcomeRow{}
	for _, ret := range merged.Returns {
		for _, r := range ret.Outcomes {
			at[r.At.Source()] = r
		}
	}
	n := 0
	for _, ret := range rets {
		for _, r := range ret.Outcomes {
			n++
			src := r.At.Source()
			m, ok := at[src]
			if !ok {
				t.Errorf("%s row %d missing from the merged workbook", src.File, src.Row)
				continue
			}
			for _, c := range templates.Outcomes.Columns {
				if got, want := m.Text(c.Key), r.Text(c.Key); got != want {
					t.Errorf("%s row %d %s: merged %q, read %q", src.File, src.Row, c.Header, got, want)
				}
			}
		}
	}
	if n != len(at) {
		t.Errorf("merged %d rows, the returns have %d", len(at), n)
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
