package sheets

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// A worksheet is most of a workbook's bytes, and encoding/xml spent a
// third of a merge's time on it: each token an interface value, each name
// split into a space and a local part, each byte read through a method.
// xmlScanner reads the same XML in place: it finds tags and text with
// bytes.IndexByte and hands out slices of its buffer, decoding entities
// and line ends only where a text has them. Where encoding/xml's RawToken
// reads a document, the scanner gives the same elements, attributes and
// text (FuzzXMLScanner holds it to that), save that it refuses an XML
// declaration whose encoding it cannot read; it is laxer about some
// malformed documents, which the cells read from them then show.

// xmlKind is what the scanner met.
type xmlKind uint8

const (
	xmlStart xmlKind = iota + 1 // a start tag: name and attrs are set
	xmlEnd                      // an end tag, or the end of <c/>: name is set
	xmlText                     // character data or CDATA: text is set
)

// xmlAttr is one attribute of a start tag, its name without a prefix.
type xmlAttr struct {
	name, value []byte
	from, to    int // while a start tag is read, a decoded value's place in abuf
}

// xmlScanner reads the XML of one part a tag or a text at a time. The
// slices it sets are valid until the next call of next.
type xmlScanner struct {
	r    io.Reader // nil when buf holds the whole part
	part string    // what the part holds, for errors: 工作表, 共享字符串
	buf  []byte
	i    int   // the next byte to read in buf
	off  int64 // the offset of buf[0] in the part, for errors
	err  error

	name     []byte
	attrs    []xmlAttr
	text     []byte
	closeTag bool // the start tag just read closes itself: next gives its end

	tbuf, abuf []byte // decoded text and attribute values
}

// newXMLScanner reads the XML in data, a part holding what part says.
func newXMLScanner(data []byte, part string) *xmlScanner {
	return &xmlScanner{buf: data, part: part}
}

// newXMLReader reads the XML that r gives, a buffer at a time.
func newXMLReader(r io.Reader, part string) *xmlScanner {
	return &xmlScanner{r: r, part: part, buf: make([]byte, 0, 64<<10)}
}

// xmlError is XML that cannot be read: where, and what is wrong.
type xmlError struct {
	part string // 工作表, 共享字符串
	at   int64  // the byte, counted from 1
	what string
}

func (e *xmlError) Error() string {
	return fmt.Sprintf("%s的 XML 在第 %d 个字节处有误（%s），文件可能已损坏", e.part, e.at, e.what)
}

func (e *xmlError) Is(target error) bool { return target == ErrNotXLSX }

// fail records the XML's fault at byte at of buf; an error reading the
// part, met first, is kept instead.
func (s *xmlScanner) fail(at int, what string) error {
	if s.err == nil {
		s.err = &xmlError{part: s.part, at: s.off + int64(at) + 1, what: what}
	}
	return s.err
}

// more reads more of the part onto the end of buf, keeping buf[s.i:]. It
// reports false at the end of the part.
func (s *xmlScanner) more() bool {
	if s.r == nil {
		return false
	}
	if s.i > 0 {
		n := copy(s.buf, s.buf[s.i:])
		s.off += int64(s.i)
		s.buf, s.i = s.buf[:n], 0
	}
	if len(s.buf) == cap(s.buf) {
		s.buf = append(s.buf, make([]byte, cap(s.buf))...)[:len(s.buf)]
	}
	for {
		n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
		s.buf = s.buf[:len(s.buf)+n]
		if n > 0 {
			return true
		}
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.r = nil
			return false
		}
	}
}

// find returns the offset from s.i of the first sep at or after from,
// reading on as needed; -1 when the part ends first.
func (s *xmlScanner) find(from int, sep string) int {
	for {
		if j := bytes.Index(s.buf[s.i+from:], []byte(sep)); j >= 0 {
			return from + j
		}
		from = max(from, len(s.buf)-s.i-len(sep)+1)
		if !s.more() {
			return -1
		}
	}
}

// findByte is find of one byte.
func (s *xmlScanner) findByte(from int, sep byte) int {
	for {
		if j := bytes.IndexByte(s.buf[s.i+from:], sep); j >= 0 {
			return from + j
		}
		from = len(s.buf) - s.i
		if !s.more() {
			return -1
		}
	}
}

// next reads the next tag or text, skipping comments, processing
// instructions and declarations. At the end of the part it returns io.EOF.
func (s *xmlScanner) next() (xmlKind, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.closeTag {
		s.closeTag = false
		return xmlEnd, nil
	}
	for {
		if s.i >= len(s.buf) && !s.more() {
			if s.err != nil {
				return 0, s.err
			}
			return 0, io.EOF
		}
		if s.buf[s.i] != '<' {
			j := s.findByte(0, '<')
			if j < 0 {
				j = len(s.buf) - s.i
			}
			text, err := s.chars(s.buf[s.i:s.i+j], false)
			if err != nil {
				return 0, err
			}
			s.text = text
			s.i += j
			return xmlText, nil
		}
		if len(s.buf)-s.i < 2 && !s.more() {
			return 0, s.fail(s.i, "文件在标记中间结束")
		}
		switch s.buf[s.i+1] {
		case '/':
			return s.endTag()
		case '?':
			if err := s.instruction(); err != nil {
				return 0, err
			}
		case '!':
			kind, err := s.declaration()
			if kind != 0 || err != nil {
				return kind, err
			}
		default:
			return s.startTag()
		}
	}
}

// endTag reads </name>.
func (s *xmlScanner) endTag() (xmlKind, error) {
	j := s.findByte(2, '>')
	if j < 0 {
		return 0, s.fail(s.i, "结束标记没有写完")
	}
	tag := s.buf[s.i+2 : s.i+j]
	n := nameLen(tag)
	if n == 0 || len(skipSpace(tag[n:])) > 0 {
		return 0, s.fail(s.i, "结束标记写法有误")
	}
	s.name = localName(tag[:n])
	s.i += j + 1
	return xmlEnd, nil
}

// instruction skips <?…?>, refusing an encoding other than UTF-8 as
// encoding/xml does.
func (s *xmlScanner) instruction() error {
	j := s.find(2, "?>")
	if j < 0 {
		return s.fail(s.i, "处理指令没有写完")
	}
	pi := s.buf[s.i+2 : s.i+j]
	if bytes.HasPrefix(pi, []byte("xml")) && (len(pi) == 3 || isSpace(pi[3])) {
		if enc := pseudoAttr(pi, "encoding"); enc != "" && !equalFoldASCII(enc, "utf-8") {
			return s.fail(s.i, "声明的编码是 "+strconv.Quote(enc)+"，不是 UTF-8")
		}
	}
	s.i += j + 2
	return nil
}

// declaration reads <![CDATA[…]]> as text and skips <!--…--> and <!…>.
func (s *xmlScanner) declaration() (xmlKind, error) {
	for len(s.buf)-s.i < 9 && s.more() {
	}
	rest := s.buf[s.i:]
	switch {
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		j := s.find(9, "]]>")
		if j < 0 {
			return 0, s.fail(s.i, "CDATA 段没有写完")
		}
		text, err := s.chars(s.buf[s.i+9:s.i+j], true)
		if err != nil {
			return 0, err
		}
		s.text = text
		s.i += j + 3
		return xmlText, nil
	case bytes.HasPrefix(rest, []byte("<!--")):
		j := s.find(4, "-->")
		if j < 0 {
			return 0, s.fail(s.i, "注释没有写完")
		}
		s.i += j + 3
		return 0, nil
	}
	// <!DOCTYPE …>, with an internal subset in brackets, quoted strings
	// and comments that may hold '>', read as encoding/xml reads it: the
	// byte after "<!" is taken as it is.
	depth, quote := 0, byte(0)
	for k := 3; ; k++ {
		if s.i+k >= len(s.buf) && !s.more() {
			return 0, s.fail(s.i, "声明没有写完")
		}
		b := s.buf[s.i+k]
		if quote == 0 && b == '>' && depth == 0 {
			s.i += k + 1
			return 0, nil
		}
		switch {
		case b == quote:
			quote = 0
		case quote != 0:
		case b == '"' || b == '\'':
			quote = b
		case b == '>':
			depth--
		case b == '<':
			for len(s.buf)-s.i < k+4 && s.more() {
			}
			if !bytes.HasPrefix(s.buf[s.i+k+1:], []byte("!--")) {
				depth++
				continue
			}
			j := s.find(k+4, "-->")
			if j < 0 {
				return 0, s.fail(s.i, "注释没有写完")
			}
			k = j + 2
		}
	}
}

// startTag reads <name attr="value" …> or <name …/>.
func (s *xmlScanner) startTag() (xmlKind, error) {
	if s.plainStartTag() {
		return xmlStart, nil
	}
	// The tag ends at the first '>' outside quotes.
	end, k, quote := -1, 1, byte(0)
	for end < 0 {
		if s.i+k >= len(s.buf) && !s.more() {
			return 0, s.fail(s.i, "开始标记没有写完")
		}
		seg := s.buf[s.i+k:]
		n := 0
		for ; n < len(seg); n++ {
			c := seg[n]
			if quote != 0 {
				if c == quote {
					quote = 0
				}
				continue
			}
			if c == '"' || c == '\'' {
				quote = c
			} else if c == '>' {
				end = k + n
				break
			}
		}
		k += n
	}
	tag := s.buf[s.i+1 : s.i+end]
	at := s.i
	s.i += end + 1
	n := nameLen(tag)
	if n == 0 {
		return 0, s.fail(at, "“<”之后没有标记名")
	}
	s.name = localName(tag[:n])
	s.attrs, s.abuf = s.attrs[:0], s.abuf[:0]
	// A value with entities or line ends is decoded into abuf, which may
	// grow: its attribute takes its place there once all are read.
	decoded := false
	rest := tag[n:]
	for {
		rest = skipSpace(rest)
		if len(rest) == 0 {
			break
		}
		if rest[0] == '/' {
			if len(rest) > 1 {
				return 0, s.fail(at, "“/”之后应是“>”")
			}
			s.closeTag = true
			break
		}
		k := nameLen(rest)
		if k == 0 {
			return 0, s.fail(at, "属性名写法有误")
		}
		name := localName(rest[:k])
		rest = skipSpace(rest[k:])
		if len(rest) == 0 || rest[0] != '=' {
			return 0, s.fail(at, "属性没有值")
		}
		rest = skipSpace(rest[1:])
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			return 0, s.fail(at, "属性值没有加引号")
		}
		q := bytes.IndexByte(rest[1:], rest[0])
		if q < 0 {
			return 0, s.fail(at, "属性值的引号没有配对")
		}
		raw := rest[1 : 1+q]
		rest = rest[q+2:]
		if bytes.IndexByte(raw, '<') >= 0 {
			return 0, s.fail(at, "属性值中有未转义的“<”")
		}
		if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
			if err := s.checkChars(raw, at); err != nil {
				return 0, err
			}
			s.attrs = append(s.attrs, xmlAttr{name: name, value: raw})
			continue
		}
		from := len(s.abuf)
		var err error
		if s.abuf, err = s.decode(s.abuf, raw, false, at); err != nil {
			return 0, err
		}
		// Its place in abuf, until abuf is done with: a nil value.
		s.attrs = append(s.attrs, xmlAttr{name: name, from: from, to: len(s.abuf)})
		decoded = true
	}
	if decoded {
		for i, a := range s.attrs {
			if a.value == nil {
				s.attrs[i].value = s.abuf[a.from:a.to]
			}
		}
	}
	return xmlStart, nil
}

// plainStartTag reads, in one pass, a start tag as spreadsheets write
// them — name="value" pairs of printable ASCII, nothing to decode — and
// reports whether it did. Any other tag (spaces around "=", entities,
// non-ASCII values, a tag that runs past what is buffered, a mistake) is
// left to the rest of startTag, which finds the tag's end first and
// reports mistakes as it always has. Reading every tag that way, end
// first, then each value's characters rune by rune, cost 4% more of a
// merge's instructions.
func (s *xmlScanner) plainStartTag() bool {
	b := s.buf[s.i+1:]
	p := nameLen(b)
	if p == 0 {
		return false
	}
	name := b[:p]
	attrs := s.attrs[:0]
	closes := false
	for {
		for p < len(b) && isSpace(b[p]) {
			p++
		}
		if p >= len(b) {
			return false
		}
		if b[p] == '>' {
			break
		}
		if b[p] == '/' {
			if p+1 < len(b) && b[p+1] == '>' {
				closes, p = true, p+1
				break
			}
			return false
		}
		k := nameLen(b[p:])
		if k == 0 || p+k+1 >= len(b) || b[p+k] != '=' {
			return false
		}
		an := b[p : p+k]
		q := b[p+k+1]
		if q != '"' && q != '\'' {
			return false
		}
		from := p + k + 2
		j := bytes.IndexByte(b[from:], q)
		if j < 0 {
			return false
		}
		raw := b[from : from+j]
		for _, c := range raw {
			if c < 0x20 || c > 0x7E || c == '<' || c == '&' {
				return false
			}
		}
		attrs = append(attrs, xmlAttr{name: localName(an), value: raw})
		p = from + j + 1
	}
	s.name, s.attrs, s.abuf = localName(name), attrs, s.abuf[:0]
	s.closeTag = closes
	s.i += 1 + p + 1
	return true
}

// attr returns the value of the start tag's attribute name, or "".
func (s *xmlScanner) attr(name string) []byte {
	for _, a := range s.attrs {
		if string(a.name) == name {
			return a.value
		}
	}
	return nil
}

// is reports whether the tag just read is name.
func (s *xmlScanner) is(name string) bool { return string(s.name) == name }

// chars returns raw character data as the document means it: entities
// decoded (not in CDATA), line ends as "\n".
func (s *xmlScanner) chars(raw []byte, cdata bool) ([]byte, error) {
	if (cdata || bytes.IndexByte(raw, '&') < 0) && bytes.IndexByte(raw, '\r') < 0 {
		return raw, s.checkChars(raw, s.i)
	}
	var err error
	s.tbuf, err = s.decode(s.tbuf[:0], raw, cdata, s.i)
	return s.tbuf, err
}

// decode appends raw to dst with entities decoded (unless cdata) and
// "\r\n" and "\r" written "\n", as encoding/xml does.
func (s *xmlScanner) decode(dst, raw []byte, cdata bool, at int) ([]byte, error) {
	start := len(dst)
	for i := 0; i < len(raw); i++ {
		switch b := raw[i]; {
		case b == '\r':
			dst = append(dst, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case b == '&' && !cdata:
			r, n := entity(raw[i:])
			if n == 0 {
				return dst, s.fail(at, "无法识别的字符引用")
			}
			dst = utf8.AppendRune(dst, r)
			i += n - 1
		default:
			dst = append(dst, b)
		}
	}
	return dst, s.checkChars(dst[start:], at)
}

// entity decodes the character reference at the start of b: &lt; &#20013;
// &#x4E2D;. It returns 0 bytes read when b starts with none it knows.
func entity(b []byte) (rune, int) {
	semi := bytes.IndexByte(b, ';')
	if semi < 2 {
		return 0, 0
	}
	name := b[1:semi]
	switch string(name) {
	case "lt":
		return '<', semi + 1
	case "gt":
		return '>', semi + 1
	case "amp":
		return '&', semi + 1
	case "apos":
		return '\'', semi + 1
	case "quot":
		return '"', semi + 1
	}
	if name[0] != '#' || len(name) < 2 {
		return 0, 0
	}
	digits, base := name[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(string(digits), base, 64)
	if err != nil || n > utf8.MaxRune {
		return 0, 0
	}
	r := rune(n)
	if r >= 0xD800 && r <= 0xDFFF {
		r = utf8.RuneError // as string(rune(n)) gives it
	}
	return r, semi + 1
}

// checkChars refuses bytes XML does not allow: invalid UTF-8, control
// characters other than tab and line ends, U+FFFE and U+FFFF.
func (s *xmlScanner) checkChars(b []byte, at int) error {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return s.fail(at, fmt.Sprintf("有不允许的控制字符 U+%04X", c))
			}
			i++
			continue
		}
		if plain3(c) && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
			i += 3 // most of a Chinese text
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return s.fail(at, "有不是 UTF-8 的字节")
		}
		if r == 0xFFFE || r == 0xFFFF {
			return s.fail(at, fmt.Sprintf("有不允许的字符 %U", r))
		}
		i += n
	}
	return nil
}

// plain3 reports whether c leads a three-byte UTF-8 sequence that is a
// character XML allows whatever its two continuation bytes are: U+1000 to
// U+CFFF and U+E000 to U+EFFF, the CJK ideographs among them. (E0 may
// be an overlong form, ED a surrogate, EF the U+FFFE and U+FFFF that XML
// refuses.)
func plain3(c byte) bool { return c >= 0xE1 && c <= 0xEC || c == 0xEE }

// nameLen is the length of the XML name b starts with: the bytes
// encoding/xml takes into a name.
func nameLen(b []byte) int {
	n := 0
	for n < len(b) {
		c := b[n]
		if c < utf8.RuneSelf && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '_' || c == ':' || c == '.' || c == '-') {
			break
		}
		n++
	}
	return n
}

// localName is a name without its prefix, as encoding/xml splits it: at
// the first colon, unless the colon starts or ends the name.
func localName(b []byte) []byte {
	if i := bytes.IndexByte(b, ':'); i >= 1 && i <= len(b)-2 {
		return b[i+1:]
	}
	return b
}

// pseudoAttr reads a value of the XML declaration: encoding="UTF-8".
func pseudoAttr(pi []byte, name string) string {
	i := bytes.Index(pi, []byte(name))
	if i < 0 {
		return ""
	}
	rest := skipSpace(pi[i+len(name):])
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = skipSpace(rest[1:])
	if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
		return ""
	}
	if j := bytes.IndexByte(rest[1:], rest[0]); j >= 0 {
		return string(rest[1 : 1+j])
	}
	return ""
}

func skipSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	return b
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

func equalFoldASCII(a, b string) bool {
	return len(a) == len(b) && bytes.EqualFold([]byte(a), []byte(b))
}
