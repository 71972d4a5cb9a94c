package plan

import (
	"bytes"
	"strings"
	"testing"
)

// TestReadDocxChangesAndBoxes reads documents sent with their tracked
// changes (修订) still in, and with text boxes: text deleted or moved away
// is not read, and a text box's paragraphs are lines of their own, once.
func TestReadDocxChangesAndBoxes(t *testing.T) {
	const open = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>`
	const end = `</w:body></w:document>`
	box := func(text string) string {
		return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>` + text +
			`</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>` + text +
			`</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
	}
	tests := []struct{ name, body, want string }{
		{"moved text read where it went",
			`<w:p><w:r><w:t>（一）甲项任务。</w:t></w:r><w:moveFrom w:id="1"><w:r><w:t>新建站点5个。</w:t></w:r></w:moveFrom><w:r><w:t>（甲科负责）</w:t></w:r></w:p>` +
				`<w:p><w:moveTo w:id="2"><w:r><w:t>新建站点5个。</w:t></w:r></w:moveTo></w:p>`,
			"（一）甲项任务。（甲科负责）|新建站点5个。"},
		{"deleted and inserted text",
			`<w:p><w:r><w:t>完成率达到</w:t></w:r><w:del w:id="3"><w:r><w:delText>90%</w:delText></w:r></w:del><w:ins w:id="4"><w:r><w:t>95%</w:t></w:r></w:ins><w:r><w:rPr><w:del w:id="5"/></w:rPr><w:t>。</w:t></w:r></w:p>`,
			"完成率达到95%。"},
		{"a text box in a paragraph",
			`<w:p><w:r><w:t>（二）乙项任务，</w:t></w:r>` + box("说明：数据以统计为准") + `<w:r><w:t>建成中心2个。（乙科负责）</w:t></w:r></w:p>`,
			"说明：数据以统计为准|（二）乙项任务，建成中心2个。（乙科负责）"},
		{"a text box in a table cell",
			`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>建成中心</w:t></w:r>` + box("附注") + `<w:r><w:t>2个</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙科</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			"附注|1\t建成中心2个\t乙科"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := docxOf(open + tt.body + end)
			lines, err := ReadDocx(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range lines {
				got = append(got, l.Text)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), tt.want)
			}
		})
	}
}
