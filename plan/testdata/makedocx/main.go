// Command makedocx writes a task table as Word writes one from the rows
// of a tab-separated text (by default table_pasted_tabs.txt into
// table_word.docx): the group rows span the table (w:gridSpan), equal
// cells of consecutive rows are merged (w:vMerge) except in the 序号
// column, and the header row is repeated before the last group.
//
//	cd plan/testdata && go run ./makedocx [in.txt out.docx]
package main

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func para(s string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r></w:p>`
}

func run() error {
	in, out := "table_pasted_tabs.txt", "table_word.docx"
	if len(os.Args) == 3 {
		in, out = os.Args[1], os.Args[2]
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	var before []string
	var rows [][]string
	s := bufio.NewScanner(f)
	for s.Scan() {
		l := s.Text()
		switch {
		case strings.Contains(l, "\t"):
			rows = append(rows, strings.Split(l, "\t"))
		case len(rows) == 0:
			before = append(before, l)
		case len(rows) > 0 && (strings.HasPrefix(l, "一") || strings.HasPrefix(l, "二") || strings.HasPrefix(l, "三")):
			rows = append(rows, []string{l})
		}
	}
	cols := len(rows[0])
	var body strings.Builder
	for _, l := range before {
		body.WriteString(para(l))
	}
	body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
	for range cols {
		body.WriteString(`<w:gridCol w:w="1400"/>`)
	}
	body.WriteString(`</w:tblGrid>`)
	writeRow := func(cells []string, prev []string, header bool) {
		body.WriteString(`<w:tr>`)
		if header {
			body.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		if len(cells) == 1 {
			fmt.Fprintf(&body, `<w:tc><w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>%s</w:tc>`, cols, para(cells[0]))
		} else {
			for i, c := range cells {
				merge := ""
				switch {
				case rows[0][i] != "序号" && c != "" && len(prev) == cols && prev[i] == c:
					merge, c = `<w:tcPr><w:vMerge/></w:tcPr>`, ""
				case rows[0][i] != "序号" && c != "":
					merge = `<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`
				}
				// a cell's sentences as separate paragraphs
				var ps strings.Builder
				for _, p := range strings.SplitAfter(c, "，") {
					if p != "" || ps.Len() == 0 {
						ps.WriteString(para(p))
					}
				}
				body.WriteString(`<w:tc>` + merge + ps.String() + `</w:tc>`)
			}
		}
		body.WriteString(`</w:tr>`)
	}
	var prev []string
	repeated := false
	for i, r := range rows {
		if i > 0 && strings.HasPrefix(r[0], "三") && !repeated {
			writeRow(rows[0], nil, false) // the header again, as copied from a second page
			repeated, prev = true, nil
		}
		writeRow(r, prev, i == 0)
		prev = r
	}
	body.WriteString(`</w:tbl>`)
	body.WriteString(para("云岭县卫生健康局办公室　　2026年2月20日印发"))

	w, err := os.Create(out)
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	files := []struct{ name, text string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `<w:sectPr/></w:body></w:document>`},
	}
	for _, f := range files {
		w, err := z.Create(f.name)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(f.text)); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	return w.Close()
}
