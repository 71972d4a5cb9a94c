package plan

import (
	"strings"
	"testing"

	"github.com/qingdan/qingdan/internal/golden"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		format string
		n      int
		want   string
	}{
		{"chineseCounting", 1, "一"},
		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},
		{"chineseCounting", 20, "二十"},
		{"chineseCounting", 23, "二十三"},
		{"chineseCounting", 100, "一百"},
		{"chineseCounting", 101, "一百零一"},
		{"chineseCounting", 110, "一百一十"},
		{"chineseCounting", 1010, "一千零一十"},
		{"chineseCounting", 10000, "10000"},
		{"chineseCounting", 0, "0"},
		{"chineseCountingThousand", 16, "十六"},
		{"ideographDigital", 10, "一〇"},
		{"ideographTraditional", 1, "甲"},
		{"ideographTraditional", 3, "丙"},
		{"ideographTraditional", 11, "甲"},
		{"decimal", 7, "7"},
		{"decimalZero", 7, "07"},
		{"decimalFullWidth", 12, "１２"},
		{"decimalEnclosedCircle", 1, "①"},
		{"decimalEnclosedCircle", 10, "⑩"},
		{"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"},
		{"decimalEnclosedParen", 2, "⑵"},
		{"lowerLetter", 1, "a"},
		{"lowerLetter", 26, "z"},
		{"lowerLetter", 27, "aa"},
		{"upperLetter", 3, "C"},
		{"upperLetter", 10000, "10000"},
		{"lowerRoman", 4, "iv"},
		{"upperRoman", 1999, "MCMXCIX"},
		{"none", 3, ""},
		{"bullet", 3, ""},
		{"cardinalText", 3, "3"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.n, tt.format); got != tt.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tt.n, tt.format, got, tt.want)
		}
	}
	for n := 1; n <= 20; n++ {
		if got := formatNumber(n, "decimalEnclosedCircle"); []rune(got)[0] != rune('①'+n-1) {
			t.Errorf("circle %d = %q", n, got)
		}
	}
}

// planNumbering is a numbering.xml as offices set one up: 一、 over （一）
// over 1. over （1）, and a separate 1. list.
const planNumbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
 <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%5"/><w:isLgl/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/><w:lvlRestart w:val="0"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%3."/></w:lvl>
 <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`

const planStyles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="x2"><w:basedOn w:val="2"/></w:style>
<w:style w:type="paragraph" w:styleId="loop1"><w:basedOn w:val="loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="loop2"><w:basedOn w:val="loop1"/></w:style>
</w:styles>`

// p writes a paragraph: its style, numId and ilvl ("" for none), and text.
func p(style, numID, ilvl, text string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	if style != "" {
		b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	if numID != "" || ilvl != "" {
		b.WriteString("<w:numPr>")
		if ilvl != "" {
			b.WriteString(`<w:ilvl w:val="` + ilvl + `"/>`)
		}
		if numID != "" {
			b.WriteString(`<w:numId w:val="` + numID + `"/>`)
		}
		b.WriteString("</w:numPr>")
	}
	b.WriteString("</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>")
	return b.String()
}

func TestDocxNumbering(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		lines string
	}{
		{"levels", p("", "1", "0", "总体") + p("", "1", "1", "改革") + p("", "1", "2", "甲") + p("", "1", "2", "乙") + p("", "1", "3", "细") +
			p("", "1", "1", "保障") + p("", "1", "2", "丙") + p("", "1", "0", "党建") + p("", "1", "1", "加强"),
			"一、总体|（一）改革|1.甲|2.乙|（1）细|（二）保障|1.丙|二、党建|（一）加强"},
		{"multi-level, legal", p("", "1", "0", "a") + p("", "1", "1", "b") + p("", "1", "4", "c") + p("", "1", "4", "d"),
			"一、a|（一）b|1.1.1 c|1.1.2 d"},
		{"level above never shown", p("", "1", "2", "甲"), "1.甲"},
		{"style", p("1", "", "", "总体") + p("2", "", "", "改革") + p("x2", "", "", "保障") + p("1", "", "", "党建"),
			"一、总体|（一）改革|（二）保障|二、党建"},
		{"style with level of its own", p("1", "", "1", "改革"), "（一）改革"},
		{"numId 0 turns a style's numbering off", p("1", "", "", "总体") + p("1", "0", "", "不编号") + p("1", "", "", "党建"),
			"一、总体|不编号|二、党建"},
		{"lists of one abstract share counters", p("", "2", "0", "a") + p("", "2", "0", "b") + p("", "2", "0", "c"), "1.a|2.b|3.c"},
		{"start override restarts", p("", "2", "0", "a") + p("", "2", "0", "b") + p("", "3", "0", "c") + p("", "3", "0", "d") + p("", "4", "0", "e"),
			"1.a|2.b|1.c|2.d|5.e"},
		{"lvlRestart 0 never restarts", p("", "2", "1", "a") + p("", "2", "0", "b") + p("", "2", "1", "c"), "①a|1.b|②c"},
		{"start and traditional", p("", "2", "2", "a") + p("", "2", "2", "b"), "丙.a|丁.b"},
		{"bullet", p("", "2", "3", "要点"), "要点"},
		{"undefined", p("", "9", "0", "a") + p("", "1", "7", "b") + p("", "1", "x", "c") + p("loop1", "", "", "d"), "a|b|c|d"},
		{"tracked change", `<w:p><w:pPr><w:pPrChange><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>旧</w:t></w:r></w:p>`, "旧"},
		{"cell", `<w:tbl><w:tr><w:tc>` + p("", "2", "0", "") + `</w:tc><w:tc>` + p("", "", "", "任务") + `</w:tc></w:tr><w:tr><w:tc>` + p("", "2", "0", "") + `</w:tc></w:tr></w:tbl>`,
			"1.\t任务|2."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			num, err := readNumbering(strings.NewReader(planNumbering), strings.NewReader(planStyles))
			if err != nil {
				t.Fatal(err)
			}
			doc := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + tt.body + `</w:body></w:document>`
			lines, err := docxLines(strings.NewReader(doc), num)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range lines {
				got = append(got, l.Text)
			}
			if strings.Join(got, "|") != tt.lines {
				t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), tt.lines)
			}
		})
	}
}

// TestNumberedDocx reads a plan whose every number Word writes itself
// (testdata/makenumbered): it reads as the same plan typed.
func TestNumberedDocx(t *testing.T) {
	lines := readFixture(t, "numbered_word.docx")
	var texts []string
	for _, l := range lines {
		if r := []rune(l.Text); len(r) > 0 {
			texts = append(texts, string(r[:min(len(r), 4)]))
		}
	}
	want := "2027|（县卫生|2027|一、主要|①全县人|②孕产妇|③婴儿死|二、深化|（一）推|1.完善|2.推进|（二）提|1.实施|（1）培|（2）招|2.推进|三、加强|1.做好|2.开展|3.加强|四、重点|序号\t项|1\t建成|2\t完成|云岭县卫"
	if got := strings.Join(texts, "|"); got != want {
		t.Errorf("lines begin\n%s\nwant\n%s", got, want)
	}
	p := Parse(lines, Options{File: "numbered_word.docx"})
	golden.Check(t, "numbered_word.docx.golden", describe(p))
}
