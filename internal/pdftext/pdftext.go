// Package pdftext reads back the text of the PDFs qingdan writes, page by
// page, so that tests can check a report's words without poppler.
//
// It understands exactly what the fpdf library writes with a UTF-8 font:
// uncompressed or Flate-compressed content streams whose text is shown by
// Tj with a UTF-16BE string, literal or hex. It is not a general PDF reader.
package pdftext

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf16"
)

var (
	objectRe   = regexp.MustCompile(`(?s)(\d+) 0 obj\s*(.*?)endobj`)
	kidsRe     = regexp.MustCompile(`(?s)/Type\s*/Pages.*?/Kids\s*\[([^\]]*)\]`)
	refRe      = regexp.MustCompile(`(\d+) 0 R`)
	contentsRe = regexp.MustCompile(`/Contents\s+(\d+) 0 R`)
	streamRe   = regexp.MustCompile(`(?s)^(.*?)stream\r?\n(.*)\r?\nendstream`)
)

// Pages returns the text of each page: the strings drawn on it, in drawing
// order; strings drawn one after another on the same line are joined by a
// space, others start a new line.
func Pages(pdf []byte) ([]string, error) {
	objects := map[int][]byte{}
	for _, m := range objectRe.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		objects[n] = m[2]
	}
	var kids [][][]byte
	for _, body := range objects {
		if m := kidsRe.FindSubmatch(body); m != nil {
			kids = refRe.FindAllSubmatch(m[1], -1)
			break
		}
	}
	if kids == nil {
		return nil, fmt.Errorf("没有找到页面目录")
	}
	var pages []string
	for _, k := range kids {
		n, _ := strconv.Atoi(string(k[1]))
		m := contentsRe.FindSubmatch(objects[n])
		if m == nil {
			return nil, fmt.Errorf("第%d页没有内容", len(pages)+1)
		}
		c, _ := strconv.Atoi(string(m[1]))
		content, err := streamData(objects[c])
		if err != nil {
			return nil, fmt.Errorf("第%d页: %w", len(pages)+1, err)
		}
		text, err := shownText(content)
		if err != nil {
			return nil, fmt.Errorf("第%d页: %w", len(pages)+1, err)
		}
		pages = append(pages, text)
	}
	return pages, nil
}

func streamData(obj []byte) ([]byte, error) {
	m := streamRe.FindSubmatch(obj)
	if m == nil {
		return nil, fmt.Errorf("内容不是数据流")
	}
	if !bytes.Contains(m[1], []byte("/FlateDecode")) {
		return m[2], nil
	}
	r, err := zlib.NewReader(bytes.NewReader(m[2]))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func shownText(content []byte) (string, error) {
	var out bytes.Buffer
	var last []byte
	var y, lineY string // the current text position's y, and the last shown line's
	for i := 0; i < len(content); i++ {
		switch c := content[i]; {
		case c == 'T' && i+1 < len(content) && content[i+1] == 'd':
			// "x y Td": the operands are the two numbers before.
			f := bytes.Fields(content[max(0, i-40):i])
			if len(f) >= 2 {
				y = string(f[len(f)-1])
			}
			i++
		case c == '(':
			str, end, err := literal(content, i)
			if err != nil {
				return "", err
			}
			last, i = str, end
		case c == '<' && i+1 < len(content) && content[i+1] != '<':
			end := bytes.IndexByte(content[i:], '>')
			if end < 0 {
				return "", fmt.Errorf("十六进制字符串未结束")
			}
			raw, err := hex.DecodeString(string(bytes.Join(bytes.Fields(content[i+1:i+end]), nil)))
			if err != nil {
				return "", err
			}
			last, i = raw, i+end
		case c == 'T' && i+1 < len(content) && content[i+1] == 'j':
			if out.Len() > 0 {
				if y == lineY {
					out.WriteByte(' ')
				} else {
					out.WriteByte('\n')
				}
			}
			out.WriteString(decodeUTF16(last))
			lineY = y
			last = nil
			i++
		}
	}
	if out.Len() > 0 {
		out.WriteByte('\n')
	}
	return out.String(), nil
}

// literal reads the PDF literal string that starts at content[start], and
// returns its bytes and the index of its closing parenthesis.
func literal(content []byte, start int) ([]byte, int, error) {
	var b []byte
	depth := 0
	for i := start; i < len(content); i++ {
		c := content[i]
		switch {
		case c == '\\' && i+1 < len(content):
			i++
			switch e := content[i]; e {
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case '\r', '\n':
				// a line continuation
			default:
				if e >= '0' && e <= '7' {
					n := 0
					j := i
					for ; j < len(content) && j < i+3 && content[j] >= '0' && content[j] <= '7'; j++ {
						n = n*8 + int(content[j]-'0')
					}
					b = append(b, byte(n))
					i = j - 1
				} else {
					b = append(b, e)
				}
			}
		case c == '(':
			if depth > 0 {
				b = append(b, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return b, i, nil
			}
			b = append(b, c)
		default:
			b = append(b, c)
		}
	}
	return nil, 0, fmt.Errorf("字符串未结束")
}

func decodeUTF16(raw []byte) string {
	units := make([]uint16, len(raw)/2)
	for i := range units {
		units[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
	}
	return string(utf16.Decode(units))
}
