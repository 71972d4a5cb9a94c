package sheets

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/qingdan/qingdan/scratch"
	"github.com/qingdan/qingdan/source"
)

// qingdan reads workbooks with a reader of its own, narrow and in one
// pass: excelize's reader formats every cell and decodes the sheet cell by
// cell, and the checks qingdan needs (the zip's sizes, merged cells,
// formulas without a value) took it three passes more. Here each part of
// the zip is inflated once, through archive/zip, which checks each part's
// size and checksum as it ends; each sheet's XML, and the shared strings,
// are scanned once by xmlScanner (xmlscan.go). The small parts (the
// workbook, its relationships, the styles) are read with encoding/xml.

// part reads a part of the workbook whole, within the budget of what the
// workbook may unzip to. A part whose data does not match what the zip
// says of it is ErrCorrupt.
func (f *File) part(name string) ([]byte, error) {
	zf := f.parts[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if zf == nil {
		return nil, nil
	}
	rc, err := zf.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return nil, ErrNotXLSX
		}
		return nil, ErrCorrupt
	}
	defer rc.Close()
	var buf bytes.Buffer
	if err := f.copyPart(&buf, rc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// copyPart copies a part to w, counting it against the budget.
func (f *File) copyPart(w io.Writer, r io.Reader) error {
	n, err := io.Copy(w, io.LimitReader(r, f.budget+1))
	f.budget -= n
	switch {
	case f.budget < 0:
		return ErrTooLarge
	case err != nil:
		return ErrCorrupt // a size or checksum that does not match, or broken data
	}
	return nil
}

// sheetRef is a sheet of the workbook and its part.
type sheetRef struct {
	name, path string
}

// readWorkbook reads the workbook's sheets, their parts, and whether its
// dates count from 1904.
func (f *File) readWorkbook() error {
	data, err := f.part("xl/workbook.xml")
	if err != nil {
		return err
	}
	if data == nil {
		return ErrNotXLSX
	}
	var wb struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(data, &wb); err != nil {
		return ErrNotXLSX
	}
	f.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	rels, err := f.part("xl/_rels/workbook.xml.rels")
	if err != nil {
		return err
	}
	var r struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(rels, &r); err != nil && rels != nil {
		return ErrNotXLSX
	}
	targets := map[string]string{}
	for _, rel := range r.Rels {
		t := rel.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[rel.ID] = t
	}
	for _, s := range wb.Sheets {
		f.sheets = append(f.sheets, sheetRef{name: s.Name, path: targets[s.RID]})
	}
	return nil
}

// readShared reads the shared strings, rich text joined, phonetic runs
// left out.
func (f *File) readShared() error {
	data, err := f.part("xl/sharedStrings.xml")
	if err != nil || data == nil {
		return err
	}
	d := newXMLScanner(data, "共享字符串")
	var cur []byte
	inT, phonetic := false, 0
	for {
		kind, err := d.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch kind {
		case xmlStart:
			switch {
			case d.is("si"):
				cur = cur[:0]
			case d.is("t"):
				inT = true
			case d.is("rPh"):
				phonetic++
			}
		case xmlEnd:
			switch {
			case d.is("si"):
				f.shared = append(f.shared, unescapeX(string(cur)))
			case d.is("t"):
				inT = false
			case d.is("rPh"):
				phonetic--
			}
		case xmlText:
			if inT && phonetic == 0 {
				cur = append(cur, d.text...)
			}
		}
	}
}

// numKind is how a number format shows a value.
type numKind struct {
	date     bool
	code     string // a date's format code, to show it as written
	percent  bool
	decimals int // -1: as General
	grouping bool
}

// readStyles reads, for each cell style, how its number format shows a
// value: as a date, a percent, a number with fixed decimals, or General.
func (f *File) readStyles() error {
	data, err := f.part("xl/styles.xml")
	if err != nil || data == nil {
		return err
	}
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(data, &st); err != nil {
		return nil // a style part qingdan cannot read: every value as General
	}
	codes := map[int]string{}
	for _, n := range st.NumFmts {
		codes[n.ID] = n.Code
	}
	for _, xf := range st.Xfs {
		f.kinds = append(f.kinds, kindOf(xf.NumFmt, codes[xf.NumFmt]))
	}
	return nil
}

// builtinFormats are the number formats Excel numbers without writing
// their code.
var builtinFormats = map[int]string{
	1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
	14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 22: "yyyy-mm-dd h:mm",
	27: "yyyy年m月", 28: "m月d日", 29: "m月d日", 30: "m-d-yy", 31: "yyyy年m月d日",
	36: "yyyy年m月", 50: "yyyy年m月", 51: "m月d日", 52: "yyyy年m月", 53: "m月d日", 57: "yyyy年m月", 58: "m月d日",
}

func kindOf(id int, code string) numKind {
	if code == "" {
		code = builtinFormats[id]
	}
	k := numKind{decimals: -1}
	if code == "" || strings.EqualFold(code, "general") || code == "@" {
		return k
	}
	// Text in quotes and in brackets ([Red], [$-804]) says nothing of the kind.
	var plain strings.Builder
	quoted, bracket := false, false
	for _, r := range code {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		case bracket:
		default:
			plain.WriteRune(r)
		}
	}
	p := strings.ToLower(plain.String())
	if i := strings.IndexByte(p, ';'); i >= 0 {
		p = p[:i]
	}
	switch {
	case strings.ContainsAny(p, "ymd") || strings.Contains(p, "h") && strings.Contains(p, ":"):
		k.date, k.code = true, code
		if id == 14 {
			k.code = "yyyy-mm-dd" // Excel shows its short date in the computer's form; qingdan in ISO's
		}
	case strings.Contains(p, "%"):
		k.percent = true
		k.decimals = decimalsOf(p)
	case strings.ContainsAny(p, "0#"):
		k.decimals = decimalsOf(p)
		k.grouping = strings.Contains(p, ",")
	}
	return k
}

func decimalsOf(p string) int {
	i := strings.IndexByte(p, '.')
	if i < 0 {
		return 0
	}
	n := 0
	for _, r := range p[i+1:] {
		if r != '0' && r != '#' {
			break
		}
		n++
	}
	return n
}

// format shows a number as its style does.
func (f *File) format(v string, style int) string {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return v
	}
	k := numKind{decimals: -1}
	if style >= 0 && style < len(f.kinds) {
		k = f.kinds[style]
	}
	switch {
	case k.date:
		return serialDate(x, f.date1904, k.code, v)
	case k.percent:
		return strconv.FormatFloat(x*100, 'f', k.decimals, 64) + "%"
	case k.decimals >= 0:
		s := strconv.FormatFloat(x, 'f', k.decimals, 64)
		if k.grouping {
			s = group(s)
		}
		return s
	}
	return general(x)
}

// general shows a number as Excel's General format does: up to 15
// significant digits, no exponent for the numbers returns hold.
func general(x float64) string {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 15, 64), 64)
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// group puts thousands separators in the whole part of a number.
func group(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// serialDate shows an Excel date serial in a date format; a number
// outside the dates a workbook holds is shown as it is.
func serialDate(x float64, from1904 bool, code, raw string) string {
	if x < 1 || x > 2958465 {
		return raw
	}
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if from1904 {
		epoch = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	days := math.Floor(x + 1e-9)
	t := epoch.AddDate(0, 0, int(days)).Add(time.Duration(math.Round((x-days)*86400)) * time.Second)
	return formatDate(t, code)
}

// formatDate shows t as a date format code says: y, m, d, h, s runs,
// quoted and escaped text; AM/PM and other parts are left out.
func formatDate(t time.Time, code string) string {
	if code == "" {
		return t.Format("2006-01-02")
	}
	if i := strings.IndexByte(code, ';'); i >= 0 {
		code = code[:i]
	}
	var b strings.Builder
	rs := []rune(code)
	lastWasHour := false
	for i := 0; i < len(rs); {
		r := rs[i]
		n := 1
		for i+n < len(rs) && rs[i+n] == r {
			n++
		}
		switch lr := r | 0x20; {
		case r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				b.WriteRune(rs[j])
				j++
			}
			i = j + 1
			continue
		case r == '\\' && i+1 < len(rs):
			b.WriteRune(rs[i+1])
			i += 2
			continue
		case r == '[':
			j := i
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			i = j + 1
			continue
		case lr == 'y':
			if n <= 2 {
				fmt.Fprintf(&b, "%02d", t.Year()%100)
			} else {
				fmt.Fprintf(&b, "%d", t.Year())
			}
		case lr == 'm' && lastWasHour || lr == 'm' && followsSeconds(rs, i+n):
			fmt.Fprintf(&b, "%0*d", min(n, 2), t.Minute())
		case lr == 'm':
			fmt.Fprintf(&b, "%0*d", min(n, 2), int(t.Month()))
		case lr == 'd':
			fmt.Fprintf(&b, "%0*d", min(n, 2), t.Day())
		case lr == 'h':
			fmt.Fprintf(&b, "%0*d", min(n, 2), t.Hour())
		case lr == 's':
			fmt.Fprintf(&b, "%0*d", min(n, 2), t.Second())
		case r == '_' || r == '*':
			i += 2
			continue
		default:
			for range n {
				b.WriteRune(r)
			}
		}
		lastWasHour = r|0x20 == 'h' || lastWasHour && !unicodeLetter(r)
		i += n
	}
	return b.String()
}

func followsSeconds(rs []rune, i int) bool {
	for ; i < len(rs); i++ {
		switch rs[i] | 0x20 {
		case 's':
			return true
		case 'y', 'm', 'd', 'h':
			return false
		}
	}
	return false
}

func unicodeLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// unescapeX turns the _xHHHH_ escapes Excel writes for control characters
// back into them.
func unescapeX(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// memoryLimit is the largest sheet part held in memory; a larger one is
// inflated to a temporary file.
const memoryLimit = 16 << 20

// sheetData is one sheet's XML, inflated once: in memory, or in a
// temporary file.
type sheetData struct {
	mem  []byte
	file *os.File
	scan sheetScan
	read bool // its rows have been read to the end once
}

func (s *sheetData) open() (*xmlScanner, error) {
	if s.file == nil {
		return newXMLScanner(s.mem, "工作表"), nil
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return newXMLReader(s.file, "工作表"), nil
}

func (s *sheetData) close() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
	}
	if s.mem != nil {
		b := s.mem[:0]
		sheetBuffers.Put(&b)
		s.mem = nil
	}
}

// sheetBuffers holds the buffers closed workbooks' sheets were inflated
// into, for the next workbook's: a merge inflates thousands of sheets of
// much the same size, and allocating each anew was a tenth of its garbage.
// Nothing read from a sheet keeps its bytes: cells are strings of their
// own.
var sheetBuffers sync.Pool

// sheetBuffer returns an empty buffer that holds n bytes: one kept, when
// it is not more than four times that (a big workbook's buffer is not
// spent on a small sheet), else a new one.
func sheetBuffer(n int) []byte {
	if b, ok := sheetBuffers.Get().(*[]byte); ok {
		if cap(*b) >= n && cap(*b) <= 4*n {
			return (*b)[:0]
		}
		sheetBuffers.Put(b)
	}
	return make([]byte, 0, n)
}

// sheet inflates a sheet's part, once, and finds what the XML says after
// its rows: its merged cells. (Formulas and the last column are found as
// the rows are read.)
func (f *File) sheet(name string) (*sheetData, error) {
	// Sheets of one workbook may be read at once (ReadMerged): the cache
	// and the budget are shared.
	f.mu.Lock()
	defer f.mu.Unlock()
	if s, ok := f.data[name]; ok {
		return s, nil
	}
	p := ""
	for _, ref := range f.sheets {
		if ref.name == name {
			p = ref.path
		}
	}
	zf := f.parts[strings.ToLower(p)]
	if zf == nil {
		return nil, errNoSheet
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, ErrCorrupt
	}
	defer rc.Close()
	s := &sheetData{scan: sheetScan{formulas: map[string]bool{}}}
	if zf.UncompressedSize64 <= memoryLimit {
		buf := bytes.NewBuffer(sheetBuffer(int(zf.UncompressedSize64) + bytes.MinRead))
		if err := f.copyPart(buf, rc); err != nil {
			return nil, err
		}
		s.mem = buf.Bytes()
	} else {
		tmp, err := scratch.File("sheet-*")
		if err != nil {
			return nil, err
		}
		s.file = tmp
		if err := f.copyPart(tmp, rc); err != nil {
			s.close()
			return nil, err
		}
	}
	if err := s.findMerges(); err != nil {
		s.close()
		return nil, err
	}
	f.data[name] = s
	return s, nil
}

var errNoSheet = errors.New("工作簿中没有这张工作表")

// partSize is the size of a sheet's XML, as its zip entry says; 0 for a
// sheet not found.
func (f *File) partSize(name string) int64 {
	for _, ref := range f.sheets {
		if ref.name == name {
			if zf := f.parts[strings.ToLower(ref.path)]; zf != nil {
				return int64(min(zf.UncompressedSize64, 1<<62))
			}
		}
	}
	return 0
}

// rowsHint is the last row the sheet's dimension names, or else the rows
// its XML holds, to make room for its rows before they are read; 0 for a
// sheet not held in memory. Only a hint: a dimension may be missing or
// wrong, and no more than maxRowsHint rows are made room for.
func (s *sheetData) rowsHint() int {
	if row := s.dimensionRows(); row > 1 {
		// A row takes more than 64 bytes of XML: a dimension past the end
		// of a sheet's rows (formatted far down, or A1:XFD1048576) is not
		// trusted past what the part could hold.
		return min(row, len(s.mem)/64, maxRowsHint)
	}
	// No dimension, or one of a single cell (excelize's stream writer,
	// some exporters): the rows' ends are counted in the first part of
	// the XML and the rest taken to be like it, with an eighth to spare.
	// Counting them all was 3% of a merge of such returns.
	end := []byte("</row>")
	if len(s.mem) <= 2*hintSample {
		return min(bytes.Count(s.mem, end), maxRowsHint)
	}
	n := bytes.Count(s.mem[:hintSample], end)
	if n == 0 {
		return min(bytes.Count(s.mem, end), maxRowsHint)
	}
	est := n*(len(s.mem)/hintSample) + n*(len(s.mem)%hintSample)/hintSample
	return min(est+est/8, maxRowsHint)
}

// hintSample is how much of a sheet's XML rowsHint counts rows in.
const hintSample = 16 << 10

// dimensionRows is the last row the sheet's dimension names; 0 when it
// names none.
func (s *sheetData) dimensionRows() int {
	head := s.mem[:min(len(s.mem), 8192)]
	i := bytes.Index(head, []byte(`<dimension ref="`))
	if i < 0 {
		return 0
	}
	ref := head[i+len(`<dimension ref="`):]
	end := bytes.IndexByte(ref, '"')
	if end < 0 {
		return 0
	}
	ref = ref[:end]
	if j := bytes.IndexByte(ref, ':'); j >= 0 {
		ref = ref[j+1:]
	}
	_, row, ok := source.ParseCell(string(ref))
	if !ok {
		return 0
	}
	return row
}

const maxRowsHint = 1 << 16

// findMerges reads the merged cells written after the sheet's rows.
func (s *sheetData) findMerges() error {
	end := []byte("</sheetData>")
	var d *xmlScanner
	if s.file == nil {
		i := bytes.LastIndex(s.mem, end)
		if i < 0 {
			return nil
		}
		d = newXMLScanner(s.mem[i+len(end):], "工作表")
	} else {
		// Find the end of the rows a buffer at a time, then read on from there.
		at, err := indexInFile(s.file, end)
		if err != nil || at < 0 {
			return err
		}
		if _, err := s.file.Seek(at+int64(len(end)), io.SeekStart); err != nil {
			return err
		}
		d = newXMLReader(s.file, "工作表")
	}
	for {
		kind, err := d.next()
		if err != nil {
			return nil // what follows the merged cells is not needed
		}
		if kind == xmlStart && d.is("mergeCell") {
			from, to, ok := strings.Cut(string(d.attr("ref")), ":")
			if !ok {
				continue
			}
			l, tp, ok1 := source.ParseCell(from)
			r, b, ok2 := source.ParseCell(to)
			if ok1 && ok2 {
				s.scan.merges = append(s.scan.merges, cellRange{top: tp, left: l, bottom: b, right: r})
			}
		}
	}
}

// indexInFile returns the offset of the first sep in f, or -1.
func indexInFile(f *os.File, sep []byte) (int64, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return -1, err
	}
	buf := make([]byte, 1<<20)
	var offset int64
	carry := 0
	for {
		n, err := f.Read(buf[carry:])
		chunk := buf[:carry+n]
		if i := bytes.Index(chunk, sep); i >= 0 {
			return offset + int64(i), nil
		}
		if err == io.EOF || n == 0 {
			return -1, nil
		}
		if err != nil {
			return -1, err
		}
		keep := min(len(chunk), len(sep)-1)
		offset += int64(len(chunk) - keep)
		copy(buf, chunk[len(chunk)-keep:])
		carry = keep
	}
}

// rowReader tokenizes a sheet's rows, one at a time.
type rowReader struct {
	f     *File
	s     *sheetData
	d     *xmlScanner
	row   int      // the row last returned
	cells []string // the row's cells, reused from row to row
	val   []byte   // the cell's value as written, reused from cell to cell
}

// readRow reads the next row of the sheet: its number and its cells, each
// shown as the spreadsheet shows it. The cells are valid until the next
// call. It returns io.EOF after the last.
func (r *rowReader) readRow() (int, []string, error) {
	cells := r.cells[:0]
	rowNum := 0
	inRow, inCell, inV, inIS, inT, phonetic := false, false, false, false, false, 0
	var col, style int
	var typ cellType
	hasF, hasV := false, false
	d := r.d
	for {
		kind, err := d.next()
		if err == io.EOF {
			return 0, nil, io.EOF
		}
		if err != nil {
			return 0, nil, err
		}
		switch kind {
		case xmlStart:
			switch string(d.name) {
			case "row":
				inRow, cells = true, cells[:0]
				rowNum = r.row + 1
				if n, ok := atoi(d.attr("r")); ok && n > r.row {
					rowNum = n
				}
				col = 0
			case "c":
				if !inRow {
					continue
				}
				inCell, hasF, hasV = true, false, false
				typ, style = cellNumber, -1
				col++
				for _, a := range d.attrs {
					switch string(a.name) {
					case "r":
						if c, _, ok := source.ParseCell(string(a.value)); ok {
							col = c
						}
					case "t":
						typ = typeOf(a.value)
					case "s":
						style, _ = atoi(a.value)
					}
				}
				r.val = r.val[:0]
			case "v":
				inV, hasV = inCell, true
			case "f":
				hasF = true
			case "is":
				inIS, hasV = inCell, true
			case "t":
				inT = inIS
			case "rPh":
				phonetic++
			}
		case xmlText:
			if inV || inT && phonetic == 0 {
				r.val = append(r.val, d.text...)
			}
		case xmlEnd:
			switch string(d.name) {
			case "v":
				inV = false
			case "t":
				inT = false
			case "is":
				inIS = false
			case "rPh":
				phonetic--
			case "c":
				if !inCell {
					continue
				}
				inCell = false
				if hasF && !hasV {
					r.s.scan.formulas[source.Pos{Row: rowNum, Col: col}.Cell()] = true
				}
				v := r.f.cellValue(typ, style, r.val)
				if v == "" {
					continue
				}
				if col > r.s.scan.maxCol {
					r.s.scan.maxCol = col
				}
				for len(cells) < col-1 {
					cells = append(cells, "")
				}
				if col-1 < len(cells) {
					cells[col-1] = v
				} else {
					cells = append(cells, v)
				}
			case "row":
				if inRow {
					r.row, r.cells = rowNum, cells
					return rowNum, cells, nil
				}
			case "sheetData":
				return 0, nil, io.EOF
			}
		}
	}
}

// atoi reads a decimal attribute such as a row's r or a cell's s.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		n, err := strconv.Atoi(string(b))
		return n, err == nil
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			n, err := strconv.Atoi(string(b))
			return n, err == nil
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// cellType is a cell's t attribute.
type cellType uint8

const (
	cellNumber cellType = iota // no t, or t="n"
	cellShared                 // s
	cellInline                 // inlineStr, str
	cellBool                   // b
	cellError                  // e
	cellDate                   // d
)

func typeOf(t []byte) cellType {
	switch string(t) {
	case "s":
		return cellShared
	case "inlineStr", "str":
		return cellInline
	case "b":
		return cellBool
	case "e":
		return cellError
	case "d":
		return cellDate
	}
	return cellNumber
}

// cellValue shows a cell's value as the spreadsheet does.
func (f *File) cellValue(typ cellType, style int, v []byte) string {
	switch typ {
	case cellShared:
		i, ok := atoi(bytes.TrimSpace(v))
		if !ok || i < 0 || i >= len(f.shared) {
			return ""
		}
		return f.shared[i]
	case cellInline:
		return unescapeX(string(v))
	case cellBool:
		if string(bytes.TrimSpace(v)) == "1" {
			return "TRUE"
		}
		return "FALSE"
	case cellError:
		return string(v)
	case cellDate:
		if t, err := time.Parse("2006-01-02T15:04:05", strings.TrimSuffix(string(v), "Z")); err == nil {
			return t.Format("2006-01-02")
		}
		return string(v)
	}
	if len(v) == 0 {
		return ""
	}
	return f.format(string(v), style)
}
