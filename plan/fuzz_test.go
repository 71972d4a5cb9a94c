package plan

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qingdan/qingdan/units"
)

// FuzzParseLines parses any text as a plan: it must not panic, every item
// must have a line and an ID, and the master lists must build. It found an
// item numbered "(0)" with no ID (testdata/fuzz-found/FuzzParseLines).
func FuzzParseLines(f *testing.F) {
	for _, name := range []string{"forms_halfwidth.txt", "forms_fullwidth.txt"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("2026年工作要点\n一、总体\n(一)推进改革。到年底前覆盖率不低于95%。(牵头处室:医政处;配合处室:财务处)\n1.完成10家。\n")
	f.Add("一、\n（十六）\n(1)\n3.2 责任单位：各相关处室\n")
	f.Add("一、服务\n1.建设书房\n新建书房12个。\n工作目标\t年接待50万人次\n牵头科室\t甲科、乙科\t配合科室\t—\n完成时限\t\t备注\t按季度\n")
	f.Add("主要目标：婴儿死亡率控制在4‰以下。\n一、主要目标\n主要目标指标\n覆盖率达到45%。（规划科牵头）\n二、任务\n（一）推进。\n")
	f.Add("一、发展\n1.扩大消费。零售额确保增长5%、力争增长7%。\n牵头领导 王某 牵头单位 甲办 责任单位 乙办、各社区\n")
	f.Add("一、保障\n1.兜底。甲、乙儿童发放率均达到100%，丙、丁对象资助率100%，标准统一提高到每人每月900元，设置标志150块。\n责任单位：甲科、乙中心\n")
	f.Add("一、卫生\n（一）强基层。0-6岁儿童健康管理率达到92%，提供6类以上技术的卫生室占比达到70%，完成道路改造提升120公里。由甲股牵头，乙股、各乡镇配合。\n")
	f.Fuzz(func(t *testing.T, text string) {
		lines := linesOf(text)
		p := Parse(lines, Options{File: "要点.txt"})
		for _, it := range p.Items {
			if it.Line < 1 || it.Line > len(lines) {
				t.Errorf("item %s at line %d of %d", it.ID, it.Line, len(lines))
			}
			if it.ID == "" {
				t.Errorf("item at line %d has no ID", it.Line)
			}
			if utf8.ValidString(text) && !utf8.ValidString(it.Title+it.Content) {
				t.Errorf("item %s: invalid UTF-8 from valid text", it.ID)
			}
		}
		p.Return("要点.txt", units.NewDirectory(nil))
	})
}

// FuzzReadText reads any bytes as a plan's text: no panic, and what it
// returns is valid UTF-8 numbered from 1.
func FuzzReadText(f *testing.F) {
	f.Add([]byte("一、总体\r\n(一)任务。\r\n"))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 'a'})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xD2, 0xBB, 0xA1, 0xA2}) // 一、 in GBK
	if b, err := os.ReadFile(filepath.Join("testdata", "forms_gbk.txt")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, err := ReadText(bytes.NewReader(data))
		if err != nil {
			return
		}
		for i, l := range lines {
			if l.No != i+1 {
				t.Fatalf("line %d numbered %d", i+1, l.No)
			}
		}
	})
}

// FuzzReadDocx reads any bytes as a .docx: no panic, no hang, and an
// error or lines. Seeds are the testdata document and a document whose
// body is the fuzzer's text, so that it mutates both the zip and the XML.
func FuzzReadDocx(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "forms_fullwidth.docx")); err == nil {
		f.Add(b)
	}
	f.Add(docxOf(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>一、总体</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>(一)</w:t><w:tab/><w:br/></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Add(docxOf(`<w:document><w:body><w:p>&lol9;</w:p>`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, err := ReadDocx(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		for i, l := range lines {
			if l.No != i+1 {
				t.Fatalf("line %d numbered %d", i+1, l.No)
			}
		}
		Parse(lines, Options{File: "要点.docx"})
	})
}

func docxOf(document string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(document))
	z.Close()
	return buf.Bytes()
}

// FuzzDocxNumbering reads any numbering.xml and styles.xml and numbers a
// document's paragraphs by them: no panic, no hang, and a line for every
// paragraph.
func FuzzDocxNumbering(f *testing.F) {
	f.Add(planNumbering, planStyles, p("1", "", "", "总体")+p("", "1", "4", "a")+p("", "4", "0", "b"))
	f.Add(`<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="8"><w:start w:val="-5"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%9%9%1%"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
		`<w:styles><w:style w:styleId="a"><w:basedOn w:val="a"/></w:style></w:styles>`, p("a", "1", "8", "x"))
	f.Fuzz(func(t *testing.T, numberingXML, stylesXML, body string) {
		num, err := readNumbering(strings.NewReader(numberingXML), strings.NewReader(stylesXML))
		if err != nil {
			return
		}
		doc := `<w:document xmlns:w="w"><w:body>` + body + `</w:body></w:document>`
		lines, err := docxLines(strings.NewReader(doc), num)
		if err != nil {
			return
		}
		plain, err := docxLines(strings.NewReader(doc), nil)
		if err != nil || len(plain) != len(lines) {
			t.Fatalf("%d lines numbered, %d without numbering (%v)", len(lines), len(plain), err)
		}
	})
}

// FuzzParseWorkbook reads any text as the sheets of a workbook, "@name"
// starting a sheet and tabs separating cells: no panic, every task has a
// number, and no two tasks the same one.
func FuzzParseWorkbook(f *testing.F) {
	f.Add("@一、防汛\n序号\t工作任务\t目标要求\t牵头科室\n1\t完善预案\t修编预案38个。\t甲股\n@二、工程\n序号\t工作任务\t目标要求\t牵头科室\n1\t建设项目\t完成投资6.5亿元。\t丙股\n")
	f.Add("@说明\n1.各股室按月报送。\n@Sheet1\n序号\t工作任务\t责任单位\n1\t做好工作\t甲科\n@主要指标\n序号\t指标名称\t单位\t目标值\n1\t投资\t亿元\t6.5\n")
	f.Fuzz(func(t *testing.T, text string) {
		var sheets []Sheet
		for _, part := range strings.Split(text, "@") {
			name, rows, _ := strings.Cut(part, "\n")
			sheets = append(sheets, textSheet(name, rows))
		}
		p := ParseWorkbook(sheets, Options{File: "清单.xlsx"})
		seen := map[string]bool{}
		for _, it := range p.Items {
			if it.ID == "" {
				t.Errorf("item at line %d has no ID", it.Line)
			}
			if seen[it.ID] {
				t.Errorf("two tasks numbered %s", it.ID)
			}
			seen[it.ID] = true
		}
		p.Return("清单.xlsx", units.NewDirectory(nil))
	})
}
