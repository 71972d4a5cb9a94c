package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// floor is the least a merge must do, written as plainly as can be: each
// workbook's parts inflated once, each sheet's XML tokenized once (shared
// strings looked up), every row written to one sheet per list of the
// output, deflated at the fastest level. It knows nothing of headers,
// units, dates or targets: it is what qingdan is measured against.
func floor(inputs []string, output string) (rows int, err error) {
	var files []string
	for _, in := range inputs {
		filepath.WalkDir(in, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xlsx") {
				files = append(files, p)
			}
			return nil
		})
	}
	slices.Sort(files)
	out, err := os.Create(output)
	if err != nil {
		return 0, err
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	sheets := []string{"任务清单", "责任清单", "成果清单"}
	// Each output sheet is spooled to a temporary file, then copied in.
	spools := map[string]*os.File{}
	counts := map[string]int{}
	for _, s := range sheets {
		f, err := os.CreateTemp("", "floor-*")
		if err != nil {
			return 0, err
		}
		defer os.Remove(f.Name())
		defer f.Close()
		spools[s] = f
	}
	for _, path := range files {
		n, err := floorOne(path, spools, counts)
		if err != nil {
			return rows, fmt.Errorf("%s: %w", path, err)
		}
		rows += n
	}
	for i, s := range sheets {
		w, err := zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
		if err != nil {
			return rows, err
		}
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		spools[s].Seek(0, io.SeekStart)
		if _, err := io.Copy(w, spools[s]); err != nil {
			return rows, err
		}
		io.WriteString(w, `</sheetData></worksheet>`)
	}
	return rows, zw.Close()
}

// floorOne appends the rows of one workbook's three lists to the spools.
func floorOne(path string, spools map[string]*os.File, counts map[string]int) (int, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer z.Close()
	parts := map[string]*zip.File{}
	for _, f := range z.File {
		parts[f.Name] = f
	}
	shared, err := sharedStrings(parts["xl/sharedStrings.xml"])
	if err != nil {
		return 0, err
	}
	names, err := sheetNames(parts)
	if err != nil {
		return 0, err
	}
	total := 0
	for name, part := range names {
		spool, ok := spools[name]
		if !ok {
			continue
		}
		rc, err := parts[part].Open()
		if err != nil {
			return total, err
		}
		n, err := floorSheet(rc, shared, spool, counts, name)
		rc.Close()
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func sharedStrings(f *zip.File) ([]string, error) {
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var out []string
	var cur strings.Builder
	in := false
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "si" {
				cur.Reset()
			}
			in = t.Name.Local == "t"
		case xml.EndElement:
			if t.Name.Local == "si" {
				out = append(out, cur.String())
			}
			in = false
		case xml.CharData:
			if in {
				cur.Write(t)
			}
		}
	}
}

func sheetNames(parts map[string]*zip.File) (map[string]string, error) {
	read := func(name string, v any) error {
		f := parts[name]
		if f == nil {
			return fmt.Errorf("no %s", name)
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		return xml.NewDecoder(rc).Decode(v)
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := read("xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	if err := read("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				out[s.Name] = "xl/" + strings.TrimPrefix(r.Target, "/xl/")
			}
		}
	}
	return out, nil
}

// floorSheet tokenizes one sheet and writes its rows, but its header, as
// inline-string rows.
func floorSheet(r io.Reader, shared []string, w io.Writer, counts map[string]int, name string) (int, error) {
	d := xml.NewDecoder(r)
	var buf bytes.Buffer
	var cells []string
	var cellType string
	inV, inT := false, false
	var val strings.Builder
	n := 0
	header := true
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				cells = cells[:0]
			case "c":
				cellType = ""
				for _, a := range t.Attr {
					if a.Name.Local == "t" {
						cellType = a.Value
					}
				}
				val.Reset()
			case "v":
				inV = true
			case "t":
				inT = true
			}
		case xml.CharData:
			if inV || inT {
				val.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inV = false
			case "t":
				inT = false
			case "c":
				v := val.String()
				if cellType == "s" {
					var i int
					fmt.Sscan(v, &i)
					if i >= 0 && i < len(shared) {
						v = shared[i]
					}
				}
				cells = append(cells, v)
			case "row":
				if header {
					header = false
					continue
				}
				counts[name]++
				buf.Reset()
				fmt.Fprintf(&buf, `<row r="%d">`, counts[name]+1)
				for _, c := range cells {
					buf.WriteString(`<c t="inlineStr"><is><t>`)
					xml.EscapeText(&buf, []byte(c))
					buf.WriteString(`</t></is></c>`)
				}
				buf.WriteString(`</row>`)
				if _, err := w.Write(buf.Bytes()); err != nil {
					return n, err
				}
				n++
			}
		}
	}
}
