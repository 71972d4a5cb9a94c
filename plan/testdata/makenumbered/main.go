// Command makenumbered writes numbered_word.docx, a plan whose numbers
// Word writes itself (自动编号), none typed: the 一、 headings take their
// number from the paragraph style 标题 1, the （一） headings from a style
// based on 标题 2, the 1. tasks and their （1） measures from w:numPr in
// the paragraph; the tasks of the second section are a list of their own
// restarted at 1 (w:startOverride); the main targets are ① items; a
// heading style's numbering is turned off (numId 0) for the cover line;
// and the 序号 column of the table is numbered "%1".
//
//	cd plan/testdata && go run ./makenumbered
package main

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

func main() {
	if err := run("numbered_word.docx"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// lvl writes a level of an abstract list.
func lvl(i int, format, text string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`, i, format, text)
}

var numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + ns + `>` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
	lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）") +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>` + lvl(0, "decimal", "%1.") + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="2">` + lvl(0, "decimalEnclosedCircle", "%1") + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="3">` + lvl(0, "decimal", "%1") + `</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
	`<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>` +
	`</w:numbering>`

var styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + ns + `>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="af0"><w:name w:val="要点二级"/><w:basedOn w:val="2"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>` +
	`</w:styles>`

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// para writes a paragraph: its style, its numPr (numId, ilvl; "" for none)
// and its text.
func para(style, numID, ilvl, text string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if style != "" || numID != "" {
		b.WriteString("<w:pPr>")
		if style != "" {
			b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		if numID != "" {
			b.WriteString("<w:numPr>")
			if ilvl != "" {
				b.WriteString(`<w:ilvl w:val="` + ilvl + `"/>`)
			}
			b.WriteString(`<w:numId w:val="` + numID + `"/></w:numPr>`)
		}
		b.WriteString("</w:pPr>")
	}
	if text != "" {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func cell(p string) string { return "<w:tc>" + p + "</w:tc>" }

func run(out string) error {
	body := para("", "", "", "2027年云岭县卫生健康工作要点") +
		para("1", "0", "", "（县卫生健康局 2027年1月印发）") +
		para("", "", "", "2027年全县卫生健康工作的总体要求是：以人民健康为中心，推动卫生健康事业高质量发展。") +
		para("1", "", "", "主要目标") +
		para("", "4", "0", "全县人均预期寿命达到79.5岁；") +
		para("", "4", "0", "孕产妇死亡率控制在10/10万以下；") +
		para("", "4", "0", "婴儿死亡率控制在4‰以下。") +
		para("1", "", "", "深化医药卫生体制改革") +
		para("2", "", "", "推进紧密型县域医共体建设") +
		para("", "1", "2", "完善医共体管理体制，年底前实现乡镇卫生院全覆盖。（体制改革股牵头，财务股配合）") +
		para("", "1", "2", "推进医保支付方式改革，按病种付费病组达到600个以上。（体制改革股、医政医管股负责）") +
		para("af0", "", "", "提升基层服务能力") +
		para("", "1", "2", "实施基层卫生人才培养计划。（基层卫生股牵头，科技教育股配合）") +
		para("", "1", "3", "培训乡村医生200人次以上；") +
		para("", "1", "3", "招聘定向医学生15名。") +
		para("", "1", "2", "推进家庭医生签约服务，重点人群签约率达到75%以上。（基层卫生股负责）") +
		para("1", "", "", "加强公共卫生服务") +
		para("", "3", "0", "做好重大传染病防控，适龄儿童免疫规划疫苗接种率保持在95%以上。（疾病预防控制股牵头，各乡镇卫生院配合）") +
		para("", "3", "0", "开展慢性病综合防控，高血压患者规范管理率达到65%。（疾病预防控制股负责）") +
		para("", "3", "0", "加强妇幼健康服务，新建标准化母婴室10个。（妇幼健康股负责）") +
		para("1", "", "", "重点项目安排") +
		`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="4000"/><w:gridCol w:w="1600"/><w:gridCol w:w="1600"/></w:tblGrid>` +
		`<w:tr>` + cell(para("", "", "", "序号")) + cell(para("", "", "", "项目内容")) + cell(para("", "", "", "牵头单位")) + cell(para("", "", "", "完成时限")) + `</w:tr>` +
		`<w:tr>` + cell(para("", "5", "0", "")) + cell(para("", "", "", "建成县域影像诊断中心。")) + cell(para("", "", "", "医政医管股")) + cell(para("", "", "", "9月底前")) + `</w:tr>` +
		`<w:tr>` + cell(para("", "5", "0", "")) + cell(para("", "", "", "完成县人民医院门诊楼改造。")) + cell(para("", "", "", "规划发展股")) + cell(para("", "", "", "年底前")) + `</w:tr>` +
		`</w:tbl>` +
		para("", "", "", "云岭县卫生健康局办公室　　2027年1月10日印发")
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	z := zip.NewWriter(w)
	files := []struct{ name, text string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` + body + `<w:sectPr/></w:body></w:document>`},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
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
