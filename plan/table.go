package plan

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// column is what a column of a task table (任务分工表) holds.
type column int

const (
	colNone     column = iota
	colID              // 序号
	colSection         // 所属板块
	colName            // 重点任务
	colContent         // 具体内容
	colLead            // 牵头单位
	colDuty            // 责任单位: a list whose first unit leads when no 配合单位 column follows
	colPartners        // 配合单位
	colDeadline        // 完成时限
	colNote            // 备注
	colGoal            // 量化指标: the task's targets, in a column of their own
	colMark            // one unit's column of a matrix (矩阵式分工表), its cells marking the unit's role: ● leads, ○ cooperates
)

// tableHeaders are headers of task tables besides the template's own
// columns and synonyms.
var tableHeaders = map[string]column{
	"主要任务": colName, "工作事项": colName, "任务事项": colName, "重点工作": colName, "工作内容及目标": colContent,
	"督办事项": colName, "交办事项": colName, "办理要求": colContent, "办理事项": colContent,
	"具体措施": colContent, "工作举措": colContent, "主要举措": colContent, "工作目标": colContent, "目标任务": colContent, "主要措施": colContent, "具体任务": colContent,
	"主办单位": colLead, "主办处室": colLead, "牵头领导": colNone,
	"参与单位": colPartners, "参与处室": colPartners,
	"进度安排": colDeadline, "完成期限": colDeadline, "时间安排": colDeadline, "办结时限": colDeadline, "办结时间": colDeadline, "时间要求": colDeadline,
	"类别": colSection, "领域": colSection, "板块": colSection,
}

// dueWords are the words of a deadline's label, its colon left out: the
// headers a task table's 完成时限 column goes by (knownHeader), longest
// first.
var dueWords = deadlineWords()

func deadlineWords() string {
	var words []string
	for _, c := range templates.TaskList.Columns {
		if c.Key == templates.Deadline {
			words = append(append(words, c.Header), c.Synonyms...)
		}
	}
	for h, c := range tableHeaders {
		if c == colDeadline {
			words = append(words, h)
		}
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	words = slices.Compact(words)
	for i := range words {
		words[i] = regexp.QuoteMeta(words[i])
	}
	return strings.Join(words, "|")
}

// headerColumn tells what a header cell names: a header of the template
// or of tableHeaders, one that joins two of them (工作措施及目标), or who is
// responsible by the word offices use for their units (牵头股室, 协办科室).
func headerColumn(h string) column {
	if c := knownHeader(h); c != colNone {
		return c
	}
	f := templates.Fold(h)
	if m := unitHeader.FindStringSubmatch(f); m != nil {
		switch m[1] {
		case "牵头", "主办", "承办", "主责", "牵头责任", "主要责任":
			return colLead
		case "责任":
			return colDuty
		default:
			return colPartners
		}
	}
	if dutyHeader.MatchString(f) {
		return colDuty
	}
	if contentHeader.MatchString(f) {
		return colContent
	}
	if goalHeader.MatchString(f) {
		return colGoal
	}
	if parts := headerJoin.Split(f, -1); len(parts) > 1 {
		for _, p := range parts {
			if c := knownHeader(p); c == colContent || c == colName || contentHeader.MatchString(p) {
				return colContent // 工作措施及目标, 任务和措施: the task's text
			}
		}
	}
	return colNone
}

// unitKinds are the kinds of unit a header of units names; a centre for
// disease control names its divisions 科所 (传染病防制所), a county bureau
// its 站所.
const unitKinds = `单位|部门|处室|科室|股室|科所|站所|处|科|股|所|机构`

var (
	// unitHeader is a header naming who leads or helps, by the kind of
	// unit or by the role alone, as a header of two rows puts 牵头 | 配合
	// under 责任单位; a second kind may follow in brackets or after a
	// slash (责任科室（单位）, 牵头部门/单位).
	// The role may be said twice (牵头责任单位, 协同配合单位), and a kind of
	// one character take the rest of its name in brackets (责任科（室）).
	unitHeader = regexp.MustCompile(`^(牵头责任|主要责任|牵头|主办|承办|主责|配合责任|责任|协同配合|配合协助|配合|协办|协作|协同|协助|参与)(?:` + unitKinds + `)?(?:\((?:` + unitKinds + `|室)\)|/(?:` + unitKinds + `))?$`)
	// dutyHeader names a column of who is responsible by the division of
	// the work rather than by a kind of unit: 责任分工, 职责分工, 责任主体,
	// 分工; its cells say who leads and who cooperates.
	dutyHeader = regexp.MustCompile(`^(?:(?:责任|职责|任务|工作)?分工|责任(?:主体|分解))$`)
	// goalHeader names a column of the task's quantitative targets:
	// 量化指标, 考核指标, 目标值, 目标指标, 年度指标.
	goalHeader = regexp.MustCompile(`^(?:(?:量化|考核|绩效|预期)(?:指标|目标)值?|目标值|(?:年度|主要)?目标指标|年度指标|指标目标|量化指标(?:及|和)?目标)$`)
	// contentHeader names what a task is to achieve or how, in words the
	// template has no synonym for: 目标要求, 任务目标, 具体举措, 年度目标.
	// 推进措施, 具体工作内容 and 年度目标任务 as well.
	contentHeader = regexp.MustCompile(`^(?:工作|任务|具体(?:工作)?|主要|年度|推进|实施|落实)?(?:目标|要求|措施|举措|内容)(?:要求|目标|措施|任务)?$`)
	// headerJoin joins the names of two columns in one header.
	headerJoin = regexp.MustCompile(`及|和|与|、|/`)
)

// knownHeader is the column a header of the template or of tableHeaders
// names, colNone for any other.
func knownHeader(h string) column {
	f := templates.Fold(h)
	if c, ok := tableHeaders[f]; ok {
		return c
	}
	if c, ok := templates.TaskList.Column(h); ok {
		switch c.Key {
		case templates.TaskID:
			return colID
		case templates.Section:
			return colSection
		case templates.TaskName:
			return colName
		case templates.Content:
			return colContent
		case templates.Deadline:
			return colDeadline
		case templates.Note:
			return colNote
		}
	}
	if c, ok := templates.Responsibilities.Column(h); ok {
		switch c.Key {
		case templates.Lead:
			if strings.Contains(f, "责任") {
				return colDuty
			}
			return colLead
		case templates.Partners:
			return colPartners
		}
	}
	return colNone
}

// tableLayout is where each column of a task table stands.
type tableLayout struct {
	cols   []column
	header []string
	units  []string   // the unit each colMark column is headed by, "" for the others
	legend markLegend // what the marks in colMark cells mean
}

// recognized is the number of columns the layout knows.
func (l tableLayout) recognized() int {
	n := 0
	for _, c := range l.cols {
		if c != colNone {
			n++
		}
	}
	return n
}

func (l tableLayout) has(c column) bool {
	for _, x := range l.cols {
		if x == c {
			return true
		}
	}
	return false
}

// cell returns the row's cell in column c, "" when there is none.
func (l tableLayout) cell(cells []string, c column) string {
	for i, x := range l.cols {
		if x == c && i < len(cells) {
			return strings.TrimSpace(cells[i])
		}
	}
	return ""
}

// recognizeHeader reads a row as the header of a task table: it names the
// task (重点任务 or 具体内容) and who leads it, and one more column.
func recognizeHeader(cells []string) (tableLayout, bool) {
	l := tableLayout{header: cells, units: make([]string, len(cells))}
	n := 0
	for i, h := range cells {
		c := headerColumn(h)
		if c != colNone && l.has(c) {
			if c == colName && !l.has(colContent) {
				c = colContent // 重点任务 | 工作任务: the second is the content
			} else {
				c = colNone
			}
		}
		if c == colNone && unitColumn(h) {
			c, l.units[i] = colMark, joinLines(h)
		}
		if c != colNone {
			n++
		}
		l.cols = append(l.cols, c)
	}
	if l.count(colMark) < 2 {
		// one header that names a unit is no matrix
		for i, c := range l.cols {
			if c == colMark {
				l.cols[i], l.units[i] = colNone, ""
				n--
			}
		}
	}
	ok := (l.has(colName) || l.has(colContent)) && (l.has(colLead) || l.has(colDuty) || l.has(colMark)) && n >= 3
	return l, ok
}

// count is the number of columns of kind c.
func (l tableLayout) count(c column) int {
	n := 0
	for _, x := range l.cols {
		if x == c {
			n++
		}
	}
	return n
}

// unitColumn reports whether a header names one unit, as a matrix heads a
// column of each unit (办公室, 政策法规科, written over two lines in a narrow
// column), or every unit of a kind (各县（市、区）文旅局).
func unitColumn(h string) bool {
	h = joinLines(h)
	if h == "" || headerColumn(h) != colNone {
		return false
	}
	if strings.HasPrefix(h, "各") {
		return units.IsGroup(h)
	}
	return unitName.MatchString(h) && !doingFirst.MatchString(h) && !notName.MatchString(h) && !respKeys.MatchString(h)
}

// withUnits reads a row under a table's header as the second row of a
// header that names one unit a column, under a 责任单位 spanning them:
// every filled cell either names a unit or repeats the header above it
// (a header cell merged down), and two at least name units.
func (l tableLayout) withUnits(cells []string) (tableLayout, bool) {
	out := tableLayout{header: l.header, legend: l.legend, cols: slices.Clone(l.cols), units: make([]string, max(len(l.cols), len(cells)))}
	copy(out.units, l.units)
	for len(out.cols) < len(cells) {
		out.cols = append(out.cols, colNone)
	}
	named, spanned := 0, 0 // units named, and those under an empty header cell: a span's
	for i, c := range cells {
		f := templates.Fold(c)
		switch {
		case f == "":
		case i < len(l.header) && f == templates.Fold(l.header[i]) && !unitColumn(c):
		case unitColumn(c) && (out.cols[i] == colNone || out.cols[i] == colDuty || out.cols[i] == colLead || out.cols[i] == colMark):
			if out.cols[i] == colNone || out.cols[i] == colMark {
				spanned++
			}
			out.cols[i], out.units[i] = colMark, joinLines(c)
			named++
		default:
			return l, false
		}
	}
	// a row of a lead and a partner under 牵头单位 | 配合单位, or of two
	// units under 责任单位, names no unit under a span
	return out, named >= 2 && spanned >= 1
}

// withSecondRow reads a row under a table's header as the header's second
// row when, as text pasted from a spreadsheet gives it, it fills only the
// cells the first row leaves to it: every filled cell names a column, and
// read over the first row they name more columns than the first row alone.
func (l tableLayout) withSecondRow(cells []string) (tableLayout, bool) {
	header := slices.Clone(l.header)
	for len(header) < len(cells) {
		header = append(header, "")
	}
	filled := 0
	for i, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if headerColumn(c) == colNone {
			return l, false
		}
		header[i] = c
		filled++
	}
	lay, ok := recognizeHeader(header)
	if !ok || filled < 2 || lay.recognized() <= l.recognized() {
		return l, false
	}
	lay.legend = l.legend
	return lay, true
}

// markRole is what a mark in a matrix's unit column says of the unit.
type markRole int

const (
	markNone    markRole = iota
	markLead             // 牵头
	markPartner          // 配合
	markDuty             // 责任: the first unit marked leads, as under 责任单位
)

// markLegend is what each mark of a matrix means, as the plan's legend
// says ("●为牵头单位，○为配合单位") or as offices use them.
type markLegend map[rune]markRole

// defaultMarks are the marks as offices use them when no legend says.
var defaultMarks = markLegend{
	'●': markLead, '★': markLead, '■': markLead, '▲': markLead, '◆': markLead,
	'○': markPartner, '〇': markPartner, '◯': markPartner, '☆': markPartner, '□': markPartner, '△': markPartner, '◇': markPartner,
	'√': markDuty, '✓': markDuty, '✔': markDuty, '☑': markDuty,
}

// legendLine is a mark and its meaning in a legend: ●为牵头单位, ○表示配合.
var legendLine = regexp.MustCompile(`([●★■▲◆○〇◯☆□△◇√✓✔☑])\s*(?:为|表示|代表|是|：|:)\s*(牵头|主责|主办|配合|协办|协助|协同|参与|责任)`)

// readLegend reads the legend of a matrix's marks among the lines, before
// the table or in a note after it; the marks it does not name keep their
// usual meaning.
func readLegend(lines []Line) markLegend {
	var found [][]string
	for _, l := range lines {
		found = append(found, legendLine.FindAllStringSubmatch(l.Text, -1)...)
	}
	if len(found) == 0 {
		return defaultMarks
	}
	out := maps.Clone(defaultMarks)
	for _, m := range found {
		r, _ := utf8.DecodeRuneInString(m[1])
		switch m[2] {
		case "牵头", "主责", "主办":
			out[r] = markLead
		case "责任":
			out[r] = markDuty
		default:
			out[r] = markPartner
		}
	}
	return out
}

// role reads a cell of a unit column: its mark, or the role written out
// (牵头, 配合).
func (g markLegend) role(cell string) markRole {
	cell = strings.TrimSpace(cell)
	if cell == "" {
		return markNone
	}
	if g == nil {
		g = defaultMarks
	}
	r, _ := utf8.DecodeRuneInString(cell)
	if m, ok := g[r]; ok {
		return m
	}
	switch {
	case strings.HasPrefix(cell, "牵头"), strings.HasPrefix(cell, "主责"):
		return markLead
	case strings.HasPrefix(cell, "配合"), strings.HasPrefix(cell, "协办"), strings.HasPrefix(cell, "参与"), strings.HasPrefix(cell, "协助"):
		return markPartner
	}
	return markNone
}

// marked returns the units a row of a matrix marks, by role, each list
// joined by 、 in the columns' order.
func (l tableLayout) marked(cells []string) (leads, partners, duty string) {
	var ls, ps, ds []string
	for i, c := range l.cols {
		if c != colMark || i >= len(cells) || i >= len(l.units) {
			continue
		}
		switch l.legend.role(cells[i]) {
		case markLead:
			ls = append(ls, l.units[i])
		case markPartner:
			ps = append(ps, l.units[i])
		case markDuty:
			ds = append(ds, l.units[i])
		}
	}
	return strings.Join(ls, "、"), strings.Join(ps, "、"), strings.Join(ds, "、")
}

// isHeaderAgain reports whether a row repeats the table's header, as Word
// repeats it on every page.
func (l tableLayout) isHeaderAgain(cells []string) bool {
	same := 0
	for i, c := range cells {
		if i < len(l.header) && templates.Fold(c) != "" && templates.Fold(c) == templates.Fold(l.header[i]) {
			same++
		}
	}
	return same >= 2
}

// numberedTask reports whether a row is a task's: it has a number in the
// 序号 column and a task named beside it.
func (l tableLayout) numberedTask(cells []string) bool {
	return idCell.MatchString(width.Fold.String(l.cell(cells, colID))) && (l.cell(cells, colName) != "" || l.cell(cells, colContent) != "")
}

// multiSpace separates cells of text pasted from a web page or a
// spreadsheet when it has no tabs.
var multiSpace = regexp.MustCompile(`[ \x{3000}\x{00a0}]{2,}`)

// cellsOf returns a line's cells: those a document or workbook gave, else
// its text split at tabs, else at runs of spaces.
func cellsOf(l Line) []string {
	if l.Cells != nil {
		return l.Cells
	}
	if strings.Contains(l.Text, "\t") {
		return strings.Split(l.Text, "\t")
	}
	return multiSpace.Split(l.Text, -1)
}

// quotedCells joins the rows of a table copied from a spreadsheet as text
// whose cells hold line breaks: the spreadsheet puts such a cell in double
// quotes ("市城管局↵市燃气集团"), doubling the quotes inside, so the row
// goes on over the next lines until its quotes close. The rows it joins
// come with their cells, the cell's lines kept apart by "\n".
func quotedCells(lines []Line) []Line {
	out := make([]Line, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.Cells != nil || !strings.Contains(l.Text, "\t") || !opensQuote(l.Text) {
			out = append(out, l)
			continue
		}
		text, j := l.Text, i
		for strings.Count(text, `"`)%2 == 1 && j+1 < len(lines) && j-i < maxQuotedLines && lines[j+1].Cells == nil {
			j++
			text += "\n" + lines[j].Text
		}
		if strings.Count(text, `"`)%2 == 1 {
			out = append(out, l) // never closed: not a quoted cell
			continue
		}
		cells := splitQuoted(text)
		out = append(out, Line{No: l.No, Text: strings.Join(cells, "\t"), Cells: cells})
		i = j
	}
	return out
}

// maxQuotedLines is how many lines a quoted cell may run on over.
const maxQuotedLines = 10

// opensQuote reports whether a row pasted with tabs has a cell that starts
// with a double quote not closed on the line.
func opensQuote(text string) bool {
	cells := strings.Split(text, "\t")
	for i, c := range cells {
		if strings.HasPrefix(strings.TrimSpace(c), `"`) {
			return strings.Count(strings.Join(cells[i:], "\t"), `"`)%2 == 1
		}
	}
	return false
}

// splitQuoted splits a row at the tabs outside quotes and takes the quotes
// off its quoted cells.
func splitQuoted(text string) []string {
	var cells []string
	var b strings.Builder
	quoted := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"' && quoted && i+1 < len(text) && text[i+1] == '"':
			b.WriteByte('"')
			i++
		case c == '"' && (quoted || strings.TrimSpace(b.String()) == ""):
			if !quoted {
				b.Reset()
			}
			quoted = !quoted
		case c == '\t' && !quoted:
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(b.String()))
}

// align places the cells of a row pasted with spaces, where empty cells
// left no trace, under the table's columns: a last cell that reads as a
// deadline goes under 完成时限, the others fill the columns from the left.
func (l tableLayout) align(cells []string) []string {
	out := make([]string, len(l.cols))
	last := len(cells)
	for i, c := range l.cols {
		if c == colDeadline && last > 0 && len(check.FindDeadlines(cells[last-1])) > 0 && utf8.RuneCountInString(cells[last-1]) <= 20 {
			out[i] = cells[last-1]
			last--
		}
	}
	j := 0
	for i := range out {
		if out[i] == "" && l.cols[i] != colDeadline && j < last {
			out[i] = cells[j]
			j++
		}
	}
	return out
}

// nonEmpty returns the distinct non-empty cells of a row.
func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c != "" && (len(out) == 0 || out[len(out)-1] != c) {
			out = append(out, c)
		}
	}
	return out
}

// nextCells returns the cells of the first of lines that has any text.
func nextCells(lines []Line) []string {
	for _, l := range lines {
		if cells := cellsOf(l); len(nonEmpty(cells)) > 0 {
			return cells
		}
	}
	return nil
}

// tableRow is a row of a task table while it is read.
type tableRow struct {
	line    int
	layout  int // which of the document's tables
	cells   []string
	section string
	secN    string
}

// findTables returns the rows of every task table among the lines, the
// index of the first table's header, or -1 when there is none, and the
// lines that are no part of a table (the prose around the tables). A
// paragraph of a document, a line without cells, ends a table whose rows
// came with their cells, and so does the header of a table of the main
// indicators (see recognizeIndicators), whose rows are prose here.
func findTables(lines []Line) ([]tableRow, []tableLayout, int, []Line) {
	var rows []tableRow
	var layouts []tableLayout
	var prose []Line
	first := -1
	var cur *tableLayout
	var sec, secN string
	inTable := make([]bool, len(lines))
	given := false   // the current table's rows came with their cells
	wrapped := false // the line before was a row of a table pasted as text
	legend := readLegend(lines)
	for i, l := range lines {
		pasted := l.Cells == nil && !strings.Contains(l.Text, "\t")
		if cur != nil && wrapped && pasted && len(rows) > 0 {
			if last := &rows[len(rows)-1]; cur.continues(last.cells, nonEmpty(cellsOf(l))) {
				last.cells = cur.wrap(last.cells, nonEmpty(cellsOf(l)))
				inTable[i] = true
				continue
			}
		}
		wrapped = false
		if cur != nil && given && l.Cells == nil {
			cur = nil // a paragraph after the table
		}
		inTable[i] = cur != nil
		cells := cellsOf(l)
		if cur != nil && (len(rows) == 0 || rows[len(rows)-1].layout != len(layouts)-1) {
			// under 责任单位, a second row of the header naming a unit a column
			if lay, ok := cur.withUnits(cells); ok {
				*cur = lay
				continue
			}
			// a header of two rows pasted as text, the cells merged over
			// both rows left empty in the second: 责任单位 over 牵头单位 | 配合单位
			if lay, ok := cur.withSecondRow(cells); ok {
				*cur = lay
				continue
			}
		}
		if cur != nil && cur.isHeaderAgain(cells) {
			// a header of two rows: 责任单位 over 牵头单位 | 配合单位
			if lay, ok := recognizeHeader(cells); ok && lay.recognized() > cur.recognized() {
				lay.legend = cur.legend
				*cur = lay
			}
			continue
		}
		if lay, ok := recognizeHeader(cells); ok && len(nonEmpty(cells)) >= 3 {
			if first < 0 {
				first = i
			}
			lay.legend = legend
			layouts = append(layouts, lay)
			cur, given, inTable[i] = &layouts[len(layouts)-1], l.Cells != nil, true
			continue
		}
		if cur == nil {
			continue
		}
		if _, ok := recognizeIndicators(cells); ok {
			cur, inTable[i] = nil, false // a table of the main indicators after it
			continue
		}
		if junkMarkers.MatchString(l.Text) && !cur.numberedTask(cells) {
			// page debris after the table, or the line of who printed it;
			// a numbered task's row whose last cell reads 已印发 is none
			cur, inTable[i] = nil, false
			continue
		}
		ne := nonEmpty(cells)
		if j := carriedOn(*cur, cells, ne); j >= 0 && len(rows) > 0 && rows[len(rows)-1].layout == len(layouts)-1 && j < len(rows[len(rows)-1].cells) {
			// a row with only its measures, under the header typed again
			// where a page breaks: the row above carries on
			above := &rows[len(rows)-1]
			above.cells[j] = strings.TrimSpace(above.cells[j]) + strings.TrimSpace(cells[j])
			continue
		}
		if len(ne) == 1 {
			lv, num, rest := classify(ne[0])
			if lv == section || lv == cnItem || len(cells) > 1 && utf8.RuneCountInString(ne[0]) <= 40 {
				// a group row: 一、深化医药卫生体制改革, merged across the table
				sec, secN = strings.TrimRight(rest, "。．. "), num
				if lv == none {
					secN = ""
				}
				continue
			}
			cur, inTable[i] = nil, false // the table ended: a paragraph after it
			continue
		}
		if len(ne) == 0 {
			continue
		}
		// a group row numbered in the 序号 column: 一 | 深化医药卫生体制改革 | | |
		if id := strings.TrimRight(cur.cell(cells, colID), "、.． "); cnNumeral.MatchString(id) &&
			cur.cell(cells, colLead) == "" && cur.cell(cells, colDuty) == "" && cur.cell(cells, colPartners) == "" {
			title := cur.cell(cells, colName)
			if title == "" {
				title = cur.cell(cells, colContent)
			}
			sec, secN = strings.TrimRight(title, "。．. "), id
			continue
		}
		// a group row numbered 1 over rows numbered 1.1, 1.2: 1 | 扩大有效投资
		if id := width.Fold.String(cur.cell(cells, colID)); idCell.MatchString(id) && !strings.ContainsAny(id, ".-、") &&
			cur.cell(cells, colLead) == "" && cur.cell(cells, colDuty) == "" && cur.cell(cells, colPartners) == "" &&
			strings.HasPrefix(width.Fold.String(cur.cell(nextCells(lines[i+1:]), colID)), id+".") {
			title := cur.cell(cells, colName)
			if title == "" {
				title = cur.cell(cells, colContent)
			}
			sec, secN = strings.TrimRight(title, "。．. "), ""
			continue
		}
		if len(cells) < len(cur.cols) && l.Cells == nil && !strings.Contains(l.Text, "\t") {
			cells = cur.align(cells)
		}
		rows = append(rows, tableRow{line: l.No, layout: len(layouts) - 1, cells: cells, section: sec, secN: secN})
		wrapped = pasted
	}
	for i, l := range lines {
		if !inTable[i] {
			prose = append(prose, l)
		}
	}
	return rows, layouts, first, prose
}

// carriedOn returns the column of a row's one filled cell when that row
// only carries on the row above: the cell is the task's measures or
// targets (具体措施, 目标要求, 量化指标), not its number or name, and holds
// sentences, as a row cut where a page breaks does; -1 otherwise. A
// group row names its group in the first cells, with no full stop.
func carriedOn(lay tableLayout, cells, filled []string) int {
	if len(filled) != 1 || len(cells) != len(lay.cols) {
		return -1
	}
	for j, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if col := lay.cols[j]; (col == colContent || col == colGoal) && j > 0 && strings.ContainsAny(c, "，,；;。") {
			return j
		}
		return -1
	}
	return -1
}

// joinProse reads the numbered paragraphs around a plan's task tables and
// joins their items to the tables': a table appended to a plan's text
// (附件：重点任务分工表) gives the units of the items the text numbers, the
// text their measures and targets; a table between two paragraphs numbers
// items of its own among the text's. A paragraph's item is the table's row
// of the same title, under the same number when it has one; one the
// tables number otherwise is no item.
func (p *Plan) joinProse(prose []Line, opts Options) {
	pp := Parse(prose, Options{File: opts.File, Year: p.Year})
	var found []Item
	for _, it := range pp.Items {
		if it.ID != GoalsID {
			found = append(found, it)
		}
	}
	if len(found) == 0 {
		return
	}
	ids := map[string]bool{}
	for _, it := range p.Items {
		ids[it.ID] = true
	}
	joined := map[int]bool{} // table items given their paragraph
	var added []Item
	for _, it := range found {
		i := p.sameTask(it, joined)
		switch {
		case i >= 0:
			joined[i] = true
			t := &p.Items[i]
			if t.Content == "" || t.Content == t.Title {
				t.Content = it.Content
			}
			if len(t.Targets) == 0 {
				t.Targets = it.Targets
			}
			if len(t.Leads) == 0 && len(t.Partners) == 0 {
				t.Leads, t.Partners, t.groups = it.Leads, it.Partners, it.groups
				t.Note = strings.Trim(it.Note+"；"+t.Note, "；")
			}
			if t.Section == "" {
				t.Section = it.Section
			}
		case !ids[it.ID]:
			added = append(added, it)
		}
	}
	if len(joined) == 0 && len(added) == 0 {
		return
	}
	p.Items = append(p.Items, added...)
	sort.SliceStable(p.Items, func(i, j int) bool {
		a, b := p.Items[i], p.Items[j]
		if (a.ID == GoalsID) != (b.ID == GoalsID) {
			return a.ID == GoalsID
		}
		return a.Line < b.Line
	})
	// the problems of the items as joined: the tables' of each item, the
	// text's of the items only the text has
	var ps problems.List
	for _, x := range p.Problems {
		if !planWide[x.Code] {
			ps.Add(x)
		}
	}
	at := map[int]bool{}
	for _, it := range added {
		at[it.Line] = true
	}
	for _, x := range pp.Problems {
		if !planWide[x.Code] && at[x.At.Row] {
			ps.Add(x)
		}
	}
	ps.Add(noLeads(p.Items, opts.File)...)
	ps.Add(groupsNoted(p.Items, opts.File)...)
	ps.Add(targetDoubts(p.Items, opts.File)...)
	p.Problems = ps
}

// planWide are the problems told over all of a plan's items.
var planWide = map[problems.Code]bool{problems.PlanNoLead: true, problems.PlanGroupNoted: true, problems.PlanTargetDoubt: true, problems.PlanNoItems: true}

// sameTask returns the index of the table item a paragraph's item is, -1
// when none: of the same number and title, else the one item of its title.
func (p *Plan) sameTask(it Item, joined map[int]bool) int {
	byTitle := -1
	for i, t := range p.Items {
		if joined[i] || t.ID == GoalsID || !sameTitle(t.Title, it.Title) {
			continue
		}
		if t.ID == it.ID {
			return i
		}
		if byTitle >= 0 {
			byTitle = -2 // two items of that title: neither is it
		} else if byTitle == -1 {
			byTitle = i
		}
	}
	return max(byTitle, -1)
}

// sameTitle reports whether two titles name one task: equal once folded,
// one the other's beginning, or the first four characters alike.
func sameTitle(a, b string) bool {
	fa := []rune(strings.Trim(templates.Fold(a), "。；;，, "))
	fb := []rune(strings.Trim(templates.Fold(b), "。；;，, "))
	n := min(len(fa), len(fb))
	if n == 0 {
		return false
	}
	return string(fa[:n]) == string(fb[:n]) || n >= 4 && string(fa[:4]) == string(fb[:4])
}

// continues reports whether the cells of a line of a table pasted as
// text continue the row above, a long cell wrapped onto the next line: the
// table numbers its rows and the line has no number of its own, and the
// row is not done: its task's text ends without a full stop, or a cell
// with a list separator (、).
func (l tableLayout) continues(row, frags []string) bool {
	if len(frags) == 0 || !l.has(colID) || l.cell(row, colID) == "" {
		return false
	}
	if lv, _, _ := classify(frags[0]); lv != none || idCell.MatchString(width.Fold.String(frags[0])) || tableNote.MatchString(frags[0]) {
		return false
	}
	if strings.ContainsAny(lastRune(l.cell(row, l.textColumn())), "。！？.!?") {
		for _, c := range []column{colLead, colDuty, colPartners} {
			if strings.ContainsAny(lastRune(l.cell(row, c)), "、，,") {
				return true
			}
		}
		return false
	}
	return true
}

// tableNote is a note after a table: "注：…", "备注：…", "说明：…".
var tableNote = regexp.MustCompile(`^(?:注|备注|说明|附注)\s*[:：]`)

// textColumn is the column of the task's text: 具体内容, else 重点任务.
func (l tableLayout) textColumn() column {
	if l.has(colContent) {
		return colContent
	}
	return colName
}

// unitList is a fragment that names units only: 市财政局、县农广校.
var unitList = regexp.MustCompile(`^(?:[\p{Han}（）()]{1,24}(?:局|委|办|科|处|室|股|中心|所|院|队|站|会|公司|集团|政府|部|厅|馆|校|社)[、，, ]*)+$`)

// wrap joins the fragments of a wrapped line to the row above: a fragment
// naming units only to the unit cell ending with a list separator, any
// other to the task's text.
func (l tableLayout) wrap(row, frags []string) []string {
	row = append([]string(nil), row...)
	for len(row) < len(l.cols) {
		row = append(row, "")
	}
	index := func(c column) int {
		for i, x := range l.cols {
			if x == c {
				return i
			}
		}
		return -1
	}
	for _, f := range frags {
		at := index(l.textColumn())
		for i, c := range l.cols {
			// a unit's name cut at the line's end: "信息技术" above, "部" here
			if c == colLead || c == colDuty || c == colPartners {
				parts := strings.Split(strings.TrimSpace(row[i]), "、")
				if cut := parts[len(parts)-1]; cut != "" && !unitList.MatchString(cut) && unitList.MatchString(cut+f) {
					at = i
				}
			}
		}
		if unitList.MatchString(f) {
			for i, c := range l.cols {
				if (c == colLead || c == colDuty || c == colPartners) && strings.ContainsAny(lastRune(strings.TrimSpace(row[i])), "、，,") {
					at = i
					break
				}
			}
		}
		if at >= 0 {
			row[at] = strings.TrimSpace(row[at]) + f
		}
	}
	return row
}

var (
	cnNumeral   = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}$`)
	idCell      = regexp.MustCompile(`^(\d{1,3})(?:[.．、-]\d{1,3})*[.．、]?$`)
	sectionCell = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})[、.．]\s*(.*)$`)
)

// tableItems turns the rows of task tables into items. A 序号 of three
// levels, "一、" a group row, "1." a key task and "(1)" a sub-task, cites
// each sub-task under its key task (3.2); a key task that only names the
// group of its sub-tasks is no task.
func tableItems(rows []tableRow, layouts []tableLayout, year int, file string, ps *problems.List) []Item {
	// Numbers in the 序号 column that repeat restart in every group.
	// A 序号 merged down over several rows gives each row the same number:
	// those rows are parts of one task, cited 3.1, 3.2.
	restarts := false
	numbers := map[string]bool{}
	last := ""
	for _, r := range rows {
		n := strings.TrimRight(width.Fold.String(layouts[r.layout].cell(r.cells, colID)), ".、")
		if idCell.MatchString(n) && n != last {
			restarts = restarts || numbers[n]
			numbers[n] = true
		}
		last = n
	}
	prevID, runStart, runLen := "", 0, 0
	var out []Item
	count := 0
	// Groups without a numeral of their own (a 类别 cell "优化营商环境")
	// are numbered in the order they come, for citing restarted numbers.
	groupNo, lastGroup := 0, ""
	seen := map[string]bool{}
	// The key task the (1) sub-tasks below it are cited under: 3.1, 3.2.
	keyID := ""
	for i, r := range rows {
		lay, cells := layouts[r.layout], r.cells
		section, secN := r.section, r.secN
		if s := lay.cell(cells, colSection); s != "" {
			section, secN = s, ""
			if m := sectionCell.FindStringSubmatch(s); m != nil {
				section, secN = strings.TrimRight(m[2], "。．. "), m[1]
			}
		}
		name := lay.cell(cells, colName)
		content := lay.cell(cells, colContent)
		goal := joinLines(lay.cell(cells, colGoal))
		if content == "" {
			content, goal = goal, ""
		}
		if name == "" && content == "" {
			continue
		}
		if section != lastGroup {
			groupNo, lastGroup, keyID = groupNo+1, section, ""
		}
		// the number: the 序号 cell, else the task's own number, else the row's place
		count++
		id := ""
		if m := idCell.FindStringSubmatch(width.Fold.String(lay.cell(cells, colID))); m != nil {
			id = strings.TrimRight(width.Fold.String(lay.cell(cells, colID)), ".、")
		}
		for _, t := range []*string{&name, &content} {
			if lv, num, rest := classify(*t); lv == cnItem || lv == arItem || lv == subItem || lv == decimal {
				if id == "" {
					id = arabic(num)
				}
				*t = rest
			}
		}
		if id == "" {
			id = strconv.Itoa(count)
		}
		if restarts && secN == "" && section != "" {
			secN = strconv.Itoa(groupNo)
		}
		sub := subNumber(lay.cell(cells, colID))
		switch {
		case sub != "" && keyID != "":
			id = keyID + "." + sub // a sub-task, cited under its key task
		case restarts && secN != "":
			id = arabic(secN) + "." + id // numbering restarts in every group: 2.1
		}
		if sub == "" && idCell.MatchString(width.Fold.String(lay.cell(cells, colID))) {
			keyID = id
			var next []string
			if i+1 < len(rows) && rows[i+1].layout == r.layout {
				next = rows[i+1].cells
			}
			if lay.groupsSubTasks(cells, next) {
				continue // a key task that only names its sub-tasks' group
			}
		}
		if id == prevID && len(out) > 0 {
			if runLen == 1 {
				delete(seen, out[runStart].ID)
				out[runStart].ID = id + ".1"
				seen[out[runStart].ID] = true
			}
			runLen++
			prevID, id = id, fmt.Sprintf("%s.%d", id, runLen)
		} else {
			prevID, runStart, runLen = id, len(out), 1
		}
		it := Item{ID: id, Section: section, Line: r.line}
		if seen[it.ID] {
			ps.Add(lineProblem(file, r.line, problems.PlanDuplicateID,
				fmt.Sprintf("任务编号 %s 重复出现，已加上行号以区分", it.ID)))
			it.ID = fmt.Sprintf("%s-%d", it.ID, r.line)
		}
		seen[it.ID] = true

		lead, duty := unitCell(lay.cell(cells, colLead)), unitCell(lay.cell(cells, colDuty))
		partners := unitCell(lay.cell(cells, colPartners))
		if ml, mp, md := lay.marked(cells); ml != "" || mp != "" || md != "" {
			// a matrix: the units marked in their columns; those ticked (√)
			// are responsible, the first leading, as under 责任单位
			lead = strings.Trim(lead+"、"+ml, "、")
			duty = strings.Trim(duty+"、"+md, "、")
			partners = strings.Trim(partners+"、"+mp, "、")
		}
		resp, ok := unitCells(lead, duty, partners, lay.has(colPartners))
		if !ok {
			resp = findResponsibility(content)
			if resp.found() {
				content = resp.rest
			}
		}
		body := content
		if name != "" {
			it.Title = strings.TrimRight(joinLines(name), "。；; ")
			if content == "" {
				body = name
			}
			it.Content = joinLines(body)
		} else {
			it.Title, it.Content = splitTitle(joinLines(content))
			if it.Content == "" {
				it.Content = it.Title
			}
		}
		it.setRoles(resp)
		if n := lay.cell(cells, colNote); n != "" {
			it.Note = strings.Trim(it.Note+"；"+joinLines(n), "；")
		}
		text := it.Content
		if name != "" && content != "" {
			text = joinLines(name) + "。" + it.Content
		}
		if goal != "" {
			text += "。" + goal // 量化指标 beside the task's measures
		}
		it.Deadline, it.Targets = deadlineAndTargets(text, it.Title, year)
		if d := lay.cell(cells, colDeadline); d != "" {
			if phrase := cellDeadline(joinLines(d), year); phrase != "" {
				it.Deadline = phrase
				for i := range it.Targets {
					if !strings.Contains(text, it.Targets[i].Deadline) {
						it.Targets[i].Deadline = phrase
					}
				}
			}
		}
		out = append(out, it)
	}
	ps.Add(noLeads(out, file)...)
	ps.Add(groupsNoted(out, file)...)
	ps.Add(targetDoubts(out, file)...)
	return out
}

// subNumber returns the number of a 序号 cell that numbers a sub-task,
// "(1)" or "（1）", and "" for any other cell.
func subNumber(cell string) string {
	if lv, num, rest := classify(strings.TrimSpace(cell)); lv == subItem && rest == "" {
		return num
	}
	return ""
}

// groupsSubTasks reports whether a key task's row only names the group
// of the sub-tasks numbered (1), (2) in the rows after it, and so is no
// task: it names no unit, has no text or targets beside its name, and
// the next row of its table, next, is a sub-task's.
func (l tableLayout) groupsSubTasks(cells, next []string) bool {
	for _, c := range []column{colLead, colDuty, colPartners} {
		if unitCell(l.cell(cells, c)) != "" {
			return false
		}
	}
	if l.cell(cells, colGoal) != "" || l.has(colName) && l.cell(cells, colContent) != "" {
		return false
	}
	return next != nil && subNumber(l.cell(next, colID)) != ""
}

// unitCells reads the unit cells of a task: who leads (牵头单位), who is
// responsible (责任单位) and who cooperates (配合单位), each "" when the
// table has no such cell. A 责任单位 list names its lead first only when
// the table has no 配合单位 (partnersColumn false); beside a 牵头单位 it
// names who works with the lead. ok is false when every cell is empty or
// only holds a placeholder.
func unitCells(lead, duty, partners string, partnersColumn bool) (resp responsibility, ok bool) {
	lead, duty, partners = unitCell(lead), unitCell(duty), unitCell(partners)
	if lead == "" && duty == "" && partners == "" {
		return responsibility{}, false
	}
	label := "牵头单位："
	if lead == "" && !partnersColumn {
		label = "责任单位："
	}
	note := unitNote(label, lead+duty)
	if lead != "" && duty != "" {
		note = unitNote(label, lead) + "；" + unitNote("配合单位：", duty)
	}
	if partners != "" {
		note += "；" + unitNote("配合单位：", partners)
	}
	return parseRoles(note), true
}

// placeholder is what a unit cell holds when it names no unit: "/", "—",
// "无".
var placeholder = regexp.MustCompile(`^(?:[/／\\—–\-－─―]+|无|暂无|空)$`)

// unitCell is a unit cell as read, "" when it only holds a placeholder.
func unitCell(cell string) string {
	if placeholder.MatchString(cell) {
		return ""
	}
	return cell
}

// lineBreaks turns the line breaks inside a unit cell into list separators.
var lineBreaks = strings.NewReplacer("\r\n", "，", "\n", "，")

// breakBeforeBracket is a line break inside a unit cell before a bracket
// that belongs to the line above: "待遇保障处↵（刘××）".
var breakBeforeBracket = regexp.MustCompile(`\s*\n\s*([(（])`)

// bareRole is a role written as a label with no kind of unit after it, as
// a unit cell may put it: "牵头：A" over "配合：B".
var bareRole = regexp.MustCompile(`(^|[\n，,；;。\s])(牵头|配合|协办|协同|协助|参与|主办|责任)\s*[:：]`)

// labelInBrackets is a labelled list of units in brackets inside a unit
// cell: "医政处↵（配合：规划处、财务处）".
var labelInBrackets = regexp.MustCompile(`\s*[(（]((?:牵头|配合|协办|协同|协助|参与|主办|责任)\p{Han}{0,2}\s*[:：][^()（）]*)[)）]`)

// unitNote writes a unit cell as the responsibility note of its column's
// label, "责任单位：A、B", unless the cell labels its units itself; units
// written before the cell's first label are the column's ("A；配合：B").
func unitNote(label, cell string) string {
	cell = labelInBrackets.ReplaceAllString(strings.TrimSpace(cell), "；$1") // "A↵（配合：B、C）"
	cell = breakBeforeBracket.ReplaceAllString(cell, "$1")
	cell = lineBreaks.Replace(bareRole.ReplaceAllString(strings.Trim(cell, "；"), "$1${2}单位："))
	if loc := roleLabel.FindStringIndex(cell); loc != nil && loc[0] == 0 {
		return cell
	}
	return label + cell
}

// joinLines joins the paragraphs of a text cell.
func joinLines(s string) string {
	var parts []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "")
}

// cellDeadline reads a 完成时限 cell: the latest deadline it names, as
// written; "" when it names none (长期, 持续推进).
func cellDeadline(cell string, year int) string {
	if d, err := check.ParseDeadline(cell); err == nil && !d.In(year).IsZero() {
		return cell
	}
	best := ""
	var latest = check.Deadline{}
	for _, phrase := range check.FindDeadlines(cell) {
		d, err := check.ParseDeadline(phrase)
		if err != nil || d.In(year).IsZero() {
			continue
		}
		if best == "" || d.In(year).After(latest.In(year)) {
			best, latest = phrase, d
		}
	}
	return best
}
