// Package hostile builds the files a department should never send but one
// day will: a workbook of hundreds of thousands of rows, a zip bomb, a zip
// whose headers lie about sizes, legacy and encrypted-looking OLE files.
// Tests and scripts/bench-cli use them; they are built from raw zip parts,
// so no spreadsheet library is needed and a huge sheet is written as a
// stream.
package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`

const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="成果清单" sheetId="1" r:id="rId1"/></sheets></workbook>`

const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`

// SheetPath is where the one sheet of these workbooks is.
const SheetPath = "xl/worksheets/sheet1.xml"

// Workbook returns a one-sheet return (成果清单) of n data rows for
// department dept, the sheet written as a stream of inline strings.
func Workbook(dept string, n int) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", workbookRels}} {
		w, _ := z.Create(p[0])
		io.WriteString(w, p[1])
	}
	w, _ := z.Create(SheetPath)
	writeSheet(w, dept, n)
	z.Close()
	return buf.Bytes()
}

func writeSheet(w io.Writer, dept string, n int) {
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	cell := func(ref, v string) string {
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, v)
	}
	header := []string{"任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "填报单位"}
	var b strings.Builder
	b.WriteString(`<row r="1">`)
	for i, h := range header {
		b.WriteString(cell(string(rune('A'+i))+"1", h))
	}
	b.WriteString(`</row>`)
	io.WriteString(w, b.String())
	for r := 2; r <= n+1; r++ {
		b.Reset()
		fmt.Fprintf(&b, `<row r="%d">`, r)
		vals := []string{fmt.Sprint(r - 1), "1", fmt.Sprintf("第%d项成果", r-1), "不少于10个", fmt.Sprintf("%d个", r%20), "推进中", dept}
		for i, v := range vals {
			b.WriteString(cell(fmt.Sprintf("%c%d", 'A'+i, r), v))
		}
		b.WriteString(`</row>`)
		io.WriteString(w, b.String())
	}
	io.WriteString(w, `</sheetData></worksheet>`)
}

// LyingZip rewrites a workbook so that its sheet's entry declares half the
// size it has: a reader that trusts the header reads half the sheet.
func LyingZip(valid []byte) []byte {
	return rewrite(valid, func(h *zip.FileHeader) {
		if h.Name == SheetPath {
			h.UncompressedSize64 /= 2
		}
	})
}

// ZipBomb returns a workbook whose sheet unzips to size bytes of blanks.
// An honest one declares that size; otherwise its header says a few
// kilobytes, to slip past a reader that checks headers only.
func ZipBomb(size int64, honest bool) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", workbookRels}} {
		w, _ := z.Create(p[0])
		io.WriteString(w, p[1])
	}
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	crc := crc32.NewIEEE()
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for left := size; left > 0; left -= int64(len(chunk)) {
		c := chunk[:min(int64(len(chunk)), left)]
		fw.Write(c)
		crc.Write(c)
	}
	fw.Close()
	declared := uint64(4096)
	if honest {
		declared = uint64(size)
	}
	w, _ := z.CreateRaw(&zip.FileHeader{Name: SheetPath, Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared})
	w.Write(comp.Bytes())
	z.Close()
	return buf.Bytes()
}

// rewrite copies a zip entry by entry, raw, letting edit change headers.
func rewrite(data []byte, edit func(*zip.FileHeader)) []byte {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range r.File {
		h := f.FileHeader
		edit(&h)
		raw, _ := f.OpenRaw()
		w, _ := z.CreateRaw(&h)
		io.Copy(w, raw)
	}
	z.Close()
	return buf.Bytes()
}

// OLE returns the start of an OLE compound file: a legacy .xls or .et
// workbook, or, with encrypted set, the wrapper of an encrypted .xlsx.
func OLE(encrypted bool) []byte {
	b := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1016)...)
	if encrypted {
		b = append(b, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	} else {
		b = append(b, []byte("W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00")...)
	}
	return b
}
