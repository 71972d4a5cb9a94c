package sheets

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// stdEvents lists what a document says as encoding/xml reads it, as the
// readers of sheets use it: elements by local name with their attributes,
// and the text between tags, adjacent pieces joined.
func stdEvents(doc []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var ev []string
	text := func(b []byte) {
		if n := len(ev); n > 0 && strings.HasPrefix(ev[n-1], "text ") {
			ev[n-1] += string(b)
			return
		}
		ev = append(ev, "text "+string(b))
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return ev, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			s := "start " + t.Name.Local
			for _, a := range t.Attr {
				s += fmt.Sprintf(" %s=%q", a.Name.Local, a.Value)
			}
			ev = append(ev, s)
		case xml.EndElement:
			ev = append(ev, "end "+t.Name.Local)
		case xml.CharData:
			text(t)
		}
	}
}

// scanEvents lists what a document says as the scanner reads it, in the
// manner of stdEvents.
func scanEvents(s *xmlScanner) ([]string, error) {
	var ev []string
	for {
		kind, err := s.next()
		if err == io.EOF {
			return ev, nil
		}
		if err != nil {
			return nil, err
		}
		switch kind {
		case xmlStart:
			e := "start " + string(s.name)
			for _, a := range s.attrs {
				e += fmt.Sprintf(" %s=%q", a.name, a.value)
			}
			ev = append(ev, e)
		case xmlEnd:
			ev = append(ev, "end "+string(s.name))
		case xmlText:
			if n := len(ev); n > 0 && strings.HasPrefix(ev[n-1], "text ") {
				ev[n-1] += string(s.text)
			} else {
				ev = append(ev, "text "+string(s.text))
			}
		}
	}
}

// sameAsStd checks that the scanner reads doc as encoding/xml does, whole
// in memory and a byte at a time, wherever encoding/xml reads it at all.
func sameAsStd(t *testing.T, doc []byte) {
	t.Helper()
	want, err := stdEvents(doc)
	if err != nil {
		return // the scanner may refuse it or read it: both are fine
	}
	for _, s := range []*xmlScanner{newXMLScanner(doc, "工作表"), newXMLReader(iotest.OneByteReader(bytes.NewReader(doc)), "工作表")} {
		got, err := scanEvents(s)
		if err != nil {
			t.Fatalf("%q: encoding/xml reads it, the scanner says %v", doc, err)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("%q:\n got %q\nwant %q", doc, got, want)
		}
	}
}

var xmlSeeds = []string{
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>0.312</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> 年底前 </t></is></c></row>` +
		`<row r="3"/><row r="4"><c r="A4"><f>SUM(B1:B3)</f></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells></worksheet>`,
	`<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r='2'><x:c r='B2' t='str'><x:v>a&amp;b &lt;c&gt; &#20013;&#x6587; &quot;&apos;</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
	`<sst count="2"><si><t>推进中</t></si><si><r><rPr><b/></rPr><t>已</t></r><r><t>完成</t></r><rPh sb="0" eb="1"><t>カン</t></rPh></si></sst>`,
	"<a>line one\r\nline two\rthree</a>",
	`<a b="x&#13;y" c = "1" d='>'>text<![CDATA[<raw> & ]]>more<!-- note --><?pi data?></a>`,
	`<!DOCTYPE a [<!ENTITY e "x">]><a>1</a>`,
	`<a/><b  /><c d="1"/>`,
}

// xmlRefusedSeeds are documents encoding/xml refuses.
var xmlRefusedSeeds = []string{
	`<a>&bogus;</a>`,
	"<a>\x01</a>",
	`<?xml version="1.0" encoding="GB2312"?><a/>`,
}

func TestXMLScannerReadsAsEncodingXML(t *testing.T) {
	for _, doc := range xmlSeeds {
		if _, err := stdEvents([]byte(doc)); err != nil {
			t.Fatalf("%q: not a document encoding/xml reads: %v", doc, err)
		}
		sameAsStd(t, []byte(doc))
	}
}

// The scanner refuses what encoding/xml refuses where a cell's text would
// otherwise be wrong: bytes that are not UTF-8, control characters, an
// encoding it cannot read, a tag cut short.
func TestXMLScannerRefuses(t *testing.T) {
	for _, doc := range []string{
		"<a>\x01</a>",
		"<a>\xff</a>",
		`<a b="&#0;"/>`,
		`<?xml version="1.0" encoding="GB2312"?><a/>`,
		`<a b="1"`,
		`<a b=1>`,
		`<a><![CDATA[x</a>`,
		`<>`,
	} {
		_, err := scanEvents(newXMLScanner([]byte(doc), "共享字符串"))
		if err == nil {
			t.Errorf("%q: read without complaint", doc)
			continue
		}
		if !errors.Is(err, ErrNotXLSX) {
			t.Errorf("%q: %v is not ErrNotXLSX", doc, err)
		}
		if _, ok := err.(*xmlError); !ok || !strings.Contains(err.Error(), "共享字符串的 XML 在第 ") {
			t.Errorf("%q: %v does not say where", doc, err)
		}
	}
}

// A fault is placed counting from the part's first byte, and an error
// reading the part is reported as itself, not as bad XML.
func TestXMLScannerPlaces(t *testing.T) {
	_, err := scanEvents(newXMLScanner([]byte("<>"), "工作表"))
	if err == nil || !strings.Contains(err.Error(), "第 1 个字节") {
		t.Errorf("<>: %v", err)
	}
	broken := errors.New("磁盘读取失败")
	r := io.MultiReader(strings.NewReader(`<row r="1"><c r="A1" t="s`), iotest.ErrReader(broken))
	_, err = scanEvents(newXMLReader(r, "工作表"))
	if !errors.Is(err, broken) || errors.Is(err, ErrNotXLSX) {
		t.Errorf("a read error is reported as %v", err)
	}
}

func FuzzXMLScanner(f *testing.F) {
	for _, doc := range append(xmlSeeds, xmlRefusedSeeds...) {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		sameAsStd(t, doc)
	})
}

// TestPlain3: every sequence plain3 lets through unread is a character
// XML allows, so that checkChars and plainText may skip it.
func TestPlain3(t *testing.T) {
	for c := range 256 {
		if !plain3(byte(c)) {
			continue
		}
		for c1 := 0x80; c1 <= 0xBF; c1++ {
			for c2 := 0x80; c2 <= 0xBF; c2++ {
				b := []byte{byte(c), byte(c1), byte(c2)}
				r, n := utf8.DecodeRune(b)
				if r == utf8.RuneError || n != 3 || r == 0xFFFE || r == 0xFFFF {
					t.Fatalf("% x reads as %U (%d bytes)", b, r, n)
				}
			}
		}
	}
}
