package sheets

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/qingdan/qingdan/source"
)

// cellRange is a merged range of cells, 1-based and inclusive.
type cellRange struct {
	top, left, bottom, right int
}

// sheetScan is what a scan of a worksheet's XML finds that excelize's row
// iterator does not tell.
type sheetScan struct {
	merges   []cellRange
	formulas map[string]bool // cells with a formula and no computed value, "E5"
	maxCol   int             // the last column with a value
}

// scanSheets scans each sheet's XML, by sheet name, as a stream, so a large
// sheet costs no memory; excelize's own GetMergeCells would load the whole
// sheet.
func scanSheets(data []byte) map[string]sheetScan {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	paths := sheetPaths(files)
	out := map[string]sheetScan{}
	for name, p := range paths {
		if f := files[strings.ToLower(p)]; f != nil {
			out[name] = scanSheet(f)
		}
	}
	return out
}

// sheetPaths maps sheet names to their XML parts, from xl/workbook.xml and
// its relationships.
func sheetPaths(files map[string]*zip.File) map[string]string {
	type rel struct {
		ID     string `xml:"Id,attr"`
		Target string `xml:"Target,attr"`
	}
	var rels struct {
		Rels []rel `xml:"Relationship"`
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if !decodePart(files["xl/_rels/workbook.xml.rels"], &rels) || !decodePart(files["xl/workbook.xml"], &wb) {
		return nil
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		if t, ok := targets[s.RID]; ok {
			out[s.Name] = t
		}
	}
	return out
}

func decodePart(f *zip.File, v any) bool {
	if f == nil {
		return false
	}
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, maxXMLInMemory)).Decode(v) == nil
}

// scanSheet collects the mergeCell references of one worksheet and the
// cells whose formula has no computed value.
func scanSheet(f *zip.File) sheetScan {
	scan := sheetScan{formulas: map[string]bool{}}
	rc, err := f.Open()
	if err != nil {
		return scan
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var cell string
	var hasFormula, hasValue bool
	for {
		tok, err := d.RawToken()
		if err != nil {
			return scan
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				cell, hasFormula, hasValue = attr(t, "r"), false, false
			case "f":
				hasFormula = true
			case "v", "is":
				hasValue = true
			case "mergeCell":
				from, to, ok := strings.Cut(attr(t, "ref"), ":")
				if !ok {
					continue
				}
				l, tp, ok1 := source.ParseCell(from)
				r, b, ok2 := source.ParseCell(to)
				if ok1 && ok2 {
					scan.merges = append(scan.merges, cellRange{top: tp, left: l, bottom: b, right: r})
				}
			}
		case xml.EndElement:
			if t.Name.Local == "c" && hasFormula && !hasValue && cell != "" {
				scan.formulas[cell] = true
			}
			if col, _, ok := source.ParseCell(cell); t.Name.Local == "c" && hasValue && ok && col > scan.maxCol {
				scan.maxCol = col // a cell with a value: formatted empty cells far to the right do not count
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// fillDown gives the cells a vertical merge covers the value of its first
// cell, as the spreadsheet shows them: a 任务编号 or 所属板块 spanning several
// rows belongs to each. It keeps the first cells' values as rows go by.
type fillDown struct {
	ranges []cellRange
	first  map[cellRange]string
}

func newFillDown(rs []cellRange, below int) *fillDown {
	fd := &fillDown{first: map[cellRange]string{}}
	for _, r := range rs {
		if r.bottom > r.top && r.top > below {
			fd.ranges = append(fd.ranges, r)
		}
	}
	return fd
}

// apply fills row n's cells in place and returns them.
func (fd *fillDown) apply(n int, cells []string) []string {
	for _, r := range fd.ranges {
		c := r.left - 1
		switch {
		case n == r.top:
			if c < len(cells) {
				fd.first[r] = cells[c]
			}
		case n > r.top && n <= r.bottom:
			v := fd.first[r]
			if v == "" {
				continue
			}
			for len(cells) <= c {
				cells = append(cells, "")
			}
			if cells[c] == "" {
				cells[c] = v
			}
		}
	}
	return cells
}
