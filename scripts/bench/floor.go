package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/klauspost/compress/flate"
)

// floor is the least a merge must do, written as plainly as can be, on
// one core: each workbook's parts inflated once, each sheet's XML scanned
// once for its cells (shared strings looked up, text left as written),
// every row written to one sheet per list of the output, deflated at the
// fastest level. It knows nothing of headers,
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
	// The deflate qingdan writes with, so that the floor does no more work.
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
	// The same inflater as qingdan's (sheets/inflate.go), unpooled.
	z.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return flate.NewReader(r) })
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
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	// Each <si> is kept as written, escaped: it is written out escaped.
	var out []string
	for {
		i := bytes.Index(data, []byte("<si>"))
		if i < 0 {
			return out, nil
		}
		j := bytes.Index(data[i:], []byte("</si>"))
		if j < 0 {
			return nil, fmt.Errorf("<si> without </si>")
		}
		out = append(out, string(texts(nil, data[i+4:i+j])))
		data = data[i+j+5:]
	}
}

// texts appends the contents of the <t> elements in b: the text of a
// shared or inline string, rich text runs joined.
func texts(dst, b []byte) []byte {
	for {
		i := bytes.Index(b, []byte("<t"))
		if i < 0 {
			return dst
		}
		b = b[i+2:]
		if len(b) == 0 || b[0] != '>' && b[0] != ' ' {
			continue // <tag…>, not <t>
		}
		k := bytes.IndexByte(b, '>')
		if k < 0 {
			return dst
		}
		if k > 0 && b[k-1] == '/' {
			b = b[k+1:]
			continue // <t/>
		}
		e := bytes.Index(b[k:], []byte("</t>"))
		if e < 0 {
			return dst
		}
		dst = append(dst, b[k+1:k+e]...)
		b = b[k+e+4:]
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

// floorSheet scans one sheet's XML with bytes.Index — the cells as
// written, text left escaped — and writes its rows, but its header, as
// inline-string rows. It reads only what the generated returns hold: no
// prefixes, one value per cell.
func floorSheet(r io.Reader, shared []string, w io.Writer, counts map[string]int, name string) (int, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return 0, err
	}
	var buf, val []byte
	n := 0
	header := true
	for {
		i := bytes.Index(data, []byte("<row"))
		if i < 0 {
			return n, nil
		}
		data = data[i:]
		end := bytes.Index(data, []byte("</row>"))
		if end < 0 {
			return n, nil
		}
		row := data[:end]
		data = data[end+6:]
		if header {
			header = false
			continue
		}
		counts[name]++
		buf = append(buf[:0], `<row r="`...)
		buf = strconv.AppendInt(buf, int64(counts[name]+1), 10)
		buf = append(buf, `">`...)
		for {
			c := bytes.Index(row, []byte("<c "))
			if c < 0 {
				break
			}
			row = row[c:]
			k := bytes.IndexByte(row, '>')
			if k < 0 {
				break
			}
			tag := row[:k]
			if tag[len(tag)-1] == '/' {
				row = row[k+1:]
				continue
			}
			e := bytes.Index(row, []byte("</c>"))
			if e < k {
				break
			}
			body := row[k+1 : e]
			row = row[e+4:]
			val = val[:0]
			switch {
			case bytes.Contains(tag, []byte(` t="s"`)):
				v0 := bytes.Index(body, []byte("<v>"))
				v1 := bytes.Index(body, []byte("</v>"))
				if v0 >= 0 && v1 > v0 {
					if i, err := strconv.Atoi(string(body[v0+3 : v1])); err == nil && i >= 0 && i < len(shared) {
						val = append(val, shared[i]...)
					}
				}
			case bytes.Contains(tag, []byte(` t="inlineStr"`)):
				val = texts(val, body)
			default:
				v0 := bytes.Index(body, []byte("<v>"))
				v1 := bytes.Index(body, []byte("</v>"))
				if v0 >= 0 && v1 > v0 {
					val = append(val, body[v0+3:v1]...)
				}
			}
			buf = append(buf, `<c t="inlineStr"><is><t>`...)
			buf = append(buf, val...)
			buf = append(buf, `</t></is></c>`...)
		}
		buf = append(buf, `</row>`...)
		if _, err := w.Write(buf); err != nil {
			return n, err
		}
		n++
	}
}
