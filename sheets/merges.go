package sheets

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellRange is a merged range of cells, 1-based and inclusive.
type cellRange struct {
	top, left, bottom, right int
}

// mergedRanges returns the merged cells of each sheet, by sheet name. It
// reads the worksheets' XML as a stream, so a large sheet costs no memory;
// excelize's own GetMergeCells would load the whole sheet.
func mergedRanges(data []byte) map[string][]cellRange {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	paths := sheetPaths(files)
	out := map[string][]cellRange{}
	for name, p := range paths {
		f := files[strings.ToLower(p)]
		if f == nil {
			continue
		}
		if rs := scanMerges(f); len(rs) > 0 {
			out[name] = rs
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

// scanMerges collects the mergeCell references of one worksheet.
func scanMerges(f *zip.File) []cellRange {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var out []cellRange
	for {
		tok, err := d.RawToken()
		if err != nil {
			return out
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "mergeCell" {
			continue
		}
		for _, a := range se.Attr {
			if a.Name.Local != "ref" {
				continue
			}
			from, to, ok := strings.Cut(a.Value, ":")
			if !ok {
				continue
			}
			l, t, err1 := excelize.CellNameToCoordinates(from)
			r, b, err2 := excelize.CellNameToCoordinates(to)
			if err1 == nil && err2 == nil {
				out = append(out, cellRange{top: t, left: l, bottom: b, right: r})
			}
		}
	}
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
