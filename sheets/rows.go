package sheets

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/source"
)

// sheetBody is the rows of a sheet below its header, written as
// SpreadsheetML and deflated straight to a spool as they come, and
// spliced into the worksheet part excelize writes for the sheet (which
// holds only the header rows) when the workbook is saved. A merged workbook's lists are
// written this way so that no row is held, parsed or formatted twice:
// excelize's StreamWriter built every cell as a struct and kept 16 MB of
// each sheet in memory.
type sheetBody struct {
	rows    *spool // deflated
	z       *deflater
	w       *bufio.Writer
	lastRow int // the sheet's last row, header included
	lastCol int
	buf     []byte
}

func newSheetBody(cols, headerRow int) *sheetBody {
	b := &sheetBody{rows: &spool{}, lastRow: headerRow, lastCol: cols}
	b.z = newDeflater(b.rows)
	b.w = bufio.NewWriterSize(b.z, deflateChunk)
	return b
}

// maxCellChars is the most characters a cell holds; longer text is cut
// there, as Excel would refuse the workbook.
const maxCellChars = excelize.TotalCellChars

// row writes row n: its height in points, and one cell per value, each
// with its style.
func (b *sheetBody) row(n int, height float64, cells []excelize.Cell) error {
	buf := b.rowStart(n, height)
	for i, c := range cells {
		if i >= b.lastCol {
			break
		}
		buf = appendValue(b.cellStart(buf, c.StyleID), c.Value)
	}
	return b.rowEnd(buf, n)
}

// textCell is a cell of text, written as cellValue would have it: the
// rows of the lists and of 完成情况, written without boxing each value in
// an excelize.Cell.
type textCell struct {
	style int
	text  string
}

// textRow writes row n of text cells, as row writes them.
func (b *sheetBody) textRow(n int, height float64, cells []textCell) error {
	buf := b.rowStart(n, height)
	for i, c := range cells {
		if i >= b.lastCol {
			break
		}
		buf = b.cellStart(buf, c.style)
		if v, ok := wholeNumber(c.text); ok {
			buf = appendNumber(strconv.AppendInt(append(buf, "><v>"...), v, 10))
		} else {
			buf = appendText(buf, c.text)
		}
	}
	return b.rowEnd(buf, n)
}

func (b *sheetBody) rowStart(n int, height float64) []byte {
	buf := append(b.buf[:0], `<row r="`...)
	buf = strconv.AppendInt(buf, int64(n), 10)
	buf = append(buf, `" ht="`...)
	buf = strconv.AppendFloat(buf, height, 'f', -1, 64)
	return append(buf, `" customHeight="1">`...)
}

// cellStart begins the next cell of a row, up to its value. A row's cells
// are written from column A, one for every column, and so without their
// reference (r="B12"), which SpreadsheetML makes optional: a cell without
// one is the column after the cell before it, as Excel, LibreOffice,
// openpyxl, excelize and File read it. The reference, different in every
// cell, kept deflate from matching one row with the next: without it a
// merged workbook of 200 returns is 10 MB rather than 22, and is written
// 9% faster.
func (b *sheetBody) cellStart(buf []byte, style int) []byte {
	buf = append(buf, `<c`...)
	if style != 0 {
		buf = append(buf, ` s="`...)
		buf = strconv.AppendInt(buf, int64(style), 10)
		buf = append(buf, '"')
	}
	return buf
}

func (b *sheetBody) rowEnd(buf []byte, n int) error {
	buf = append(buf, "</row>"...)
	b.buf = buf
	b.lastRow = n
	_, err := b.w.Write(buf)
	return err
}

// appendValue ends a cell begun in buf with its value: a number, a
// boolean or inline text; a cell with no value is written empty, for its
// style.
func appendValue(buf []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(buf, "/>"...)
	case string:
		return appendText(buf, v)
	case int:
		return appendNumber(strconv.AppendInt(append(buf, "><v>"...), int64(v), 10))
	case int64:
		return appendNumber(strconv.AppendInt(append(buf, "><v>"...), v, 10))
	case float64:
		return appendNumber(strconv.AppendFloat(append(buf, "><v>"...), v, 'f', -1, 64))
	case bool:
		if v {
			return append(buf, ` t="b"><v>1</v></c>`...)
		}
		return append(buf, ` t="b"><v>0</v></c>`...)
	}
	return appendValue(buf, fmt.Sprint(v))
}

func appendNumber(buf []byte) []byte { return append(buf, "</v></c>"...) }

// appendText ends a cell with inline text; an empty one is written empty.
func appendText(buf []byte, v string) []byte {
	if v == "" {
		return append(buf, "/>"...)
	}
	buf = append(buf, ` t="inlineStr"><is><t`...)
	if preserve(v) {
		buf = append(buf, ` xml:space="preserve"`...)
	}
	buf = append(buf, '>')
	buf = appendEscaped(buf, v)
	return append(buf, "</t></is></c>"...)
}

// preserve reports whether text begins or ends with white space, which an
// XML reader would drop unless told to keep it.
func preserve(s string) bool {
	for _, c := range []byte{s[0], s[len(s)-1]} {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// appendEscaped appends text as XML character data, cut at maxCellChars.
// A character XML cannot hold (a control character, a broken UTF-8 byte)
// is written as U+FFFD, as encoding/xml would; a carriage return is
// written as a reference so that it survives reading.
func appendEscaped(buf []byte, s string) []byte {
	if plainText(s) {
		return append(buf, s...)
	}
	n := 0
	for i := 0; i < len(s); {
		if n == maxCellChars {
			break
		}
		n++
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '&':
				buf = append(buf, "&amp;"...)
			case c == '<':
				buf = append(buf, "&lt;"...)
			case c == '>':
				buf = append(buf, "&gt;"...)
			case c == '\r':
				buf = append(buf, "&#xD;"...)
			case c == '\t' || c == '\n' || c >= 0x20:
				buf = append(buf, c)
			default:
				buf = append(buf, "\uFFFD"...)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			buf = append(buf, "\uFFFD"...)
		} else {
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	return buf
}

// plainText reports whether s is written as it is: short enough, valid
// UTF-8 without the two characters XML cannot hold, and no byte to
// escape. Most cells are, and are then copied rather than decoded rune by
// rune.
func plainText(s string) bool {
	if len(s) > maxCellChars {
		return false // it may have more characters than a cell holds
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			if plain3(c) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				return false
			}
			i += n
			continue
		}
		if c == '&' || c == '<' || c == '>' || c == '\r' || c < 0x20 && c != '\t' && c != '\n' {
			return false
		}
		i++
	}
	return true
}

// finish deflates what is buffered and ends the rows' stream. It may be
// called more than once.
func (b *sheetBody) finish() error {
	err := b.w.Flush()
	return cmp.Or(b.z.close(), err)
}

// close ends the rows and removes them.
func (b *sheetBody) close() {
	b.z.close()
	b.rows.close()
}

// splice writes to out, deflated, the worksheet part excelize wrote
// (head) with the rows of b added at the end of its sheetData and its
// dimension made to cover them. It returns the part's CRC-32 and size as
// inflated.
func (b *sheetBody) splice(out io.Writer, head []byte) (crc uint32, size uint64, err error) {
	at := bytes.Index(head, []byte("</sheetData>")) // the header row is always there
	start, end := dimension(head)
	if at < 0 || start < 0 || end > at {
		return 0, 0, errors.New("工作表的结构不完整，无法写入")
	}
	if err := b.finish(); err != nil {
		return 0, 0, err
	}
	dim := fmt.Sprintf(`<dimension ref="A1:%s%d"/>`, source.ColumnName(b.lastCol), b.lastRow)
	before := slices.Concat(head[:start], []byte(dim), head[end:at])
	if err := deflateTo(out, before, false); err != nil {
		return 0, 0, err
	}
	r, err := b.rows.reader()
	if err != nil {
		return 0, 0, err
	}
	if _, err := io.Copy(out, r); err != nil {
		return 0, 0, err
	}
	if err := deflateTo(out, head[at:], true); err != nil {
		return 0, 0, err
	}
	crc = crc32Combine(crc32.ChecksumIEEE(before), b.z.crc, b.z.size)
	crc = crc32.Update(crc, crc32.IEEETable, head[at:])
	return crc, uint64(len(before)) + b.z.size + uint64(len(head)-at), nil
}

// dimension finds the dimension element of a worksheet part: where it
// begins and ends, or -1, -1.
func dimension(head []byte) (start, end int) {
	start = bytes.Index(head, []byte("<dimension "))
	if start < 0 {
		return -1, -1
	}
	gt := bytes.IndexByte(head[start:], '>')
	if gt < 0 {
		return -1, -1
	}
	if end = start + gt + 1; head[end-2] == '/' {
		return start, end
	}
	closing := bytes.Index(head[end:], []byte("</dimension>"))
	if closing < 0 {
		return -1, -1
	}
	return start, end + closing + len("</dimension>")
}
