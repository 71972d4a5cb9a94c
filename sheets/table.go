package sheets

import (
	"errors"
	"fmt"
	"io"
)

// taskTableRows is the most rows a plan's task table is read to: plans
// have tens or hundreds of tasks.
const taskTableRows = 20000

// TableRow is one row of a sheet read as a plain table, such as a task
// table (任务分解表) kept in Excel.
type TableRow struct {
	Row   int      // 1-based row number in the sheet
	Cells []string // the cells as the spreadsheet shows them
}

// ReadTable reads the named sheet's rows as a plain table: every row with a
// value, cells as shown, a vertically merged cell's value given to every row
// it spans (a 牵头单位 or 所属板块 covering several tasks). A sheet of more
// than 20000 rows is refused as not a table of tasks.
func ReadTable(f *File, sheet string) ([]TableRow, error) {
	r, err := f.NewReader(sheet)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	sd, err := f.sheet(sheet)
	if err != nil {
		return nil, err
	}
	fill := newFillDown(sd.scan.merges, 0)
	var out []TableRow
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if r.Row() > taskTableRows {
			return out, fmt.Errorf("工作表 %s 超过 %d 行，不像是任务表", sheet, taskTableRows)
		}
		cells = fill.apply(r.Row(), cells)
		for _, c := range cells {
			if c != "" {
				out = append(out, TableRow{Row: r.Row(), Cells: cells})
				break
			}
		}
	}
}
