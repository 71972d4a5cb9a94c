package plan

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// maxPlanSize is the largest plan text read: work plans are tens of
// kilobytes.
const maxPlanSize = 16 << 20

// ReadText reads a plan's text, in UTF-8 (with or without a byte order
// mark), UTF-16 with a byte order mark, or GBK/GB18030, which it tells
// apart by whether the bytes are valid UTF-8.
func ReadText(r io.Reader) ([]Line, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxPlanSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxPlanSize {
		return nil, fmt.Errorf("文件超过 %d MB，不像是工作要点", maxPlanSize>>20)
	}
	text, err := decode(data)
	if err != nil {
		return nil, err
	}
	var lines []Line
	s := bufio.NewScanner(strings.NewReader(text))
	s.Buffer(make([]byte, 1<<20), maxPlanSize)
	for n := 1; s.Scan(); n++ {
		lines = append(lines, Line{No: n, Text: s.Text()})
	}
	return lines, s.Err()
}

func decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:]), nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, _, err := transform.Bytes(unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder(), data)
		return string(out), err
	case utf8.Valid(data):
		return string(data), nil
	}
	out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), data)
	if err != nil {
		return "", fmt.Errorf("既不是 UTF-8 也不是 GBK 编码的文本: %w", err)
	}
	return string(out), nil
}

// ErrNotDocx is returned for a file that is not a Word .docx document.
var ErrNotDocx = errors.New("不是有效的 Word .docx 文档")

// ReadDocx reads the paragraphs of a .docx document's body, as written by
// Word, WPS or LibreOffice, one line each. A table's rows become lines too,
// their cells joined by "　".
func ReadDocx(r io.ReaderAt, size int64) ([]Line, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, ErrNotDocx
	}
	var doc, numberingPart, stylesPart *zip.File
	for _, f := range z.File {
		switch f.Name {
		case "word/document.xml":
			doc = f
		case "word/numbering.xml":
			numberingPart = f
		case "word/styles.xml":
			stylesPart = f
		}
	}
	if doc == nil {
		return nil, ErrNotDocx
	}
	num, err := docxNumbering(numberingPart, stylesPart)
	if err != nil {
		return nil, err
	}
	rc, err := openPart(doc, "正文")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return docxLines(rc, num)
}

// openPart opens a part of a .docx no larger than a plan can be; what
// names the part for the user.
func openPart(f *zip.File, what string) (io.ReadCloser, error) {
	if f.UncompressedSize64 > maxPlanSize*8 {
		return nil, fmt.Errorf("%w：%s过大", ErrNotDocx, what)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(rc, maxPlanSize*8), rc}, nil
}

// docxNumbering reads the automatic numbering (自动编号) a document's
// paragraphs take from word/numbering.xml and word/styles.xml; a document
// without a numbering part numbers nothing.
func docxNumbering(numberingPart, stylesPart *zip.File) (*numbering, error) {
	if numberingPart == nil {
		return nil, nil
	}
	nr, err := openPart(numberingPart, "编号定义")
	if err != nil {
		return nil, err
	}
	defer nr.Close()
	var sr io.Reader
	if stylesPart != nil {
		rc, err := openPart(stylesPart, "样式定义")
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		sr = rc
	}
	num, err := readNumbering(nr, sr)
	if err != nil {
		return nil, fmt.Errorf("%w：无法读取自动编号的定义: %v", ErrNotDocx, err)
	}
	return num, nil
}

// docxLines walks WordprocessingML: w:p is a paragraph, w:t text, w:tab and
// w:br white space, w:tr a table row and w:tc its cell. A paragraph Word
// numbers automatically (w:numPr in its w:pPr or its style) begins with
// the number num renders for it, as Word shows it. A table row is one
// line with its cells: a cell spanning columns (w:gridSpan) is followed by
// empty cells, one continuing a vertical merge (w:vMerge) repeats the text
// of the cell above, so every row has the table's columns. Text a tracked
// change deleted or moved away (w:del, w:moveFrom) is not read; a text
// box's paragraphs are lines of their own before the paragraph it is
// anchored to, read once though mc:Fallback repeats them.
func docxLines(r io.Reader, num *numbering) ([]Line, error) {
	d := xml.NewDecoder(r)
	var lines []Line
	var para, cell strings.Builder
	var cells []string
	type table struct {
		above []string // the text of each grid column in the row before
	}
	var tables []*table
	inText, inCell := false, 0
	span, merged := 1, false
	var pr numPr
	inPPr, inChange := false, 0 // in a paragraph's w:pPr; in a tracked change's old properties
	removed := 0                // in text a tracked change deleted or moved away (w:del, w:moveFrom)
	// A text box (w:txbxContent) sits in a run of the paragraph it is
	// anchored to: the paragraph waits while the box's paragraphs are read
	// as lines of their own.
	type outer struct {
		para, cell strings.Builder
		pr         numPr
		inPPr      bool
		inCell     int
		cells      []string
		span       int
		merged     bool
	}
	var boxes []*outer
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNotDocx, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Fallback":
				// mc:Fallback repeats mc:Choice (a text box as VML) for
				// older readers: read once
				if err := d.Skip(); err != nil {
					return nil, fmt.Errorf("%w: %v", ErrNotDocx, err)
				}
			case "del", "moveFrom":
				removed++
			case "txbxContent":
				o := &outer{pr: pr, inPPr: inPPr, inCell: inCell, cells: cells, span: span, merged: merged}
				o.para.WriteString(para.String())
				o.cell.WriteString(cell.String())
				boxes = append(boxes, o)
				para.Reset()
				cell.Reset()
				pr, inPPr, inCell, cells = numPr{}, false, 0, nil
			case "t":
				inText = true
			case "p":
				pr = numPr{}
			case "pPr":
				inPPr = true
			case "pPrChange", "numberingChange":
				inChange++
			case "pStyle":
				if inPPr && inChange == 0 {
					pr.style = attr(t, "val")
				}
			case "numId":
				if inPPr && inChange == 0 {
					pr.numID, pr.hasID = attr(t, "val"), true
				}
			case "ilvl":
				if inPPr && inChange == 0 {
					pr.ilvl, pr.hasLv = attr(t, "val"), true
				}
			case "tab":
				if inCell == 0 {
					para.WriteString("\t")
				} else {
					para.WriteString(" ")
				}
			case "br", "cr":
				para.WriteString("\n")
			case "tbl":
				tables = append(tables, &table{})
			case "tc":
				inCell++
				cell.Reset()
				span, merged = 1, false
			case "gridSpan":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 1 && n < 64 {
					span = n
				}
			case "vMerge":
				merged = attr(t, "val") == "" || attr(t, "val") == "continue"
			case "tr":
				cells = nil
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "del", "moveFrom":
				removed--
			case "txbxContent":
				if len(boxes) > 0 {
					o := boxes[len(boxes)-1]
					boxes = boxes[:len(boxes)-1]
					para.Reset()
					para.WriteString(o.para.String())
					cell.Reset()
					cell.WriteString(o.cell.String())
					pr, inPPr, inCell, cells, span, merged = o.pr, o.inPPr, o.inCell, o.cells, o.span, o.merged
				}
			case "t":
				inText = false
			case "pPr":
				inPPr = false
			case "pPrChange", "numberingChange":
				inChange--
			case "p":
				text := num.next(pr) + para.String()
				pr = numPr{}
				if inCell > 0 {
					if cell.Len() > 0 {
						cell.WriteString("\n")
					}
					cell.WriteString(text)
				} else {
					for _, l := range strings.Split(text, "\n") {
						lines = append(lines, Line{No: len(lines) + 1, Text: l})
					}
				}
				para.Reset()
			case "tc":
				inCell--
				text := strings.TrimSpace(cell.String())
				if len(tables) > 0 {
					tb := tables[len(tables)-1]
					col := len(cells)
					if merged && col < len(tb.above) {
						text = tb.above[col]
					}
				}
				cells = append(cells, text)
				for i := 1; i < span; i++ {
					cells = append(cells, "")
				}
				cell.Reset()
			case "tr":
				if len(tables) > 0 {
					tables[len(tables)-1].above = cells
				}
				lines = append(lines, Line{No: len(lines) + 1, Text: strings.Join(cells, "\t"), Cells: cells})
				cells = nil
			case "tbl":
				if len(tables) > 0 {
					tables = tables[:len(tables)-1]
				}
			}
		case xml.CharData:
			if inText && removed == 0 {
				para.Write(t)
			}
		}
	}
	return lines, nil
}

// attr returns the value of an element's attribute by its local name.
func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
