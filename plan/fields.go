package plan

import "strings"

// field is one label of a key/value table (竖排的键值表) and its value: a
// heading's task may put its target, its units and its deadline in a small
// table of two columns under it, one label and its value a row (工作目标 |
// …, 牵头处室 | …, 完成时限 | …), or two such pairs side by side.
type field struct {
	col   column // what the label names, as a task table's header would
	value string
}

// fieldRow reads a line as a row of a key/value table: a row of cells
// (a document's, or a line with tabs) whose every label names a column of
// a task table (headerColumn) and is followed by its value, empty when the
// next cell is a label too. A row of labels only, as a task table's header
// is, is none, and so is any row a label of which names no column.
func fieldRow(l Line) ([]field, bool) {
	if l.Cells == nil && !strings.Contains(l.Text, "\t") {
		return nil, false
	}
	cells := cellsOf(l)
	if len(cells) < 2 {
		return nil, false
	}
	var out []field
	valued := false
	for i := 0; i < len(cells); i++ {
		label := strings.TrimSpace(cells[i])
		if label == "" {
			continue
		}
		f := field{col: headerColumn(label)}
		if f.col == colNone {
			return nil, false
		}
		for j := i + 1; j < len(cells); j++ {
			if v := strings.TrimSpace(cells[j]); v != "" {
				if headerColumn(v) == colNone {
					f.value, valued, i = v, true, j
				}
				break
			}
		}
		out = append(out, f)
	}
	if len(out) == 0 || !valued && len(out) > 1 {
		return nil, false
	}
	return out, true
}

// fields are the values a task's key/value rows give it, by column; a
// value given twice is joined to the first.
type fields map[column]string

// set keeps a field's value.
func (fs fields) set(f field) {
	sep := "；"
	if f.col == colLead || f.col == colDuty || f.col == colPartners {
		sep = "、"
	}
	switch old := fs[f.col]; {
	case old == "":
		fs[f.col] = f.value
	case f.value != "":
		fs[f.col] = old + sep + f.value
	}
}

// leadGiven reports whether the fields name a lead: a 牵头单位 or
// 责任单位 that is no placeholder.
func (fs fields) leadGiven() bool {
	return unitCell(fs[colLead]) != "" || unitCell(fs[colDuty]) != ""
}

// units reads who the fields name as responsible, as the unit cells of a
// task table; ok is false when they name no one.
func (fs fields) units() (responsibility, bool) {
	_, partners := fs[colPartners]
	return unitCells(fs[colLead], fs[colDuty], fs[colPartners], partners)
}
