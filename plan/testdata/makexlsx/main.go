// Command makexlsx writes table_excel.xlsx, a task table as offices keep
// one in Excel, from the rows of table_pasted_tabs.txt: a title row, the
// group rows merged across the table, equal cells of consecutive rows
// merged down, and line breaks inside the unit cells.
//
//	cd plan/testdata && go run ./makexlsx
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	in, err := os.Open("table_pasted_tabs.txt")
	if err != nil {
		return err
	}
	defer in.Close()
	var rows [][]string
	title := ""
	s := bufio.NewScanner(in)
	for s.Scan() {
		l := s.Text()
		switch {
		case strings.Contains(l, "\t"):
			rows = append(rows, strings.Split(l, "\t"))
		case len(rows) == 0 && strings.HasSuffix(l, "分解表"):
			title = l
		case len(rows) > 0 && (strings.HasPrefix(l, "一") || strings.HasPrefix(l, "二") || strings.HasPrefix(l, "三")):
			rows = append(rows, []string{l})
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := "任务分解"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	cols := len(rows[0])
	last := func(r int) string { c, _ := excelize.CoordinatesToCellName(cols, r); return c }
	f.SetCellValue(sheet, "A1", title)
	f.MergeCell(sheet, "A1", last(1))
	var prev []string
	start := map[int]int{} // column → first row of a run of equal cells
	for i, r := range rows {
		n := i + 2
		if len(r) == 1 {
			f.SetCellValue(sheet, fmt.Sprintf("A%d", n), r[0])
			f.MergeCell(sheet, fmt.Sprintf("A%d", n), last(n))
			prev = nil
			continue
		}
		for j, c := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, n)
			if j >= 3 && c != "" && len(prev) == cols && prev[j] == c {
				top, _ := excelize.CoordinatesToCellName(j+1, start[j])
				f.MergeCell(sheet, top, cell)
				continue
			}
			start[j] = n
			if j >= 3 {
				c = strings.ReplaceAll(c, "，", "\n") // 办公室牵头 / 各股室配合 on two lines
			}
			f.SetCellValue(sheet, cell, c)
		}
		prev = r
	}
	return f.SaveAs("table_excel.xlsx")
}
