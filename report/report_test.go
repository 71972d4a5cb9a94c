package report_test

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/internal/golden"
	"github.com/qingdan/qingdan/internal/pdftext"
	"github.com/qingdan/qingdan/internal/sampledata"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/report"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

func render(t *testing.T, ev figures.Evaluation, opts report.Options) ([]byte, report.Info) {
	t.Helper()
	var buf bytes.Buffer
	info, err := report.Render(&buf, ev, opts)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), info
}

// TestBulletinGolden renders the bulletin of the bundled samples and
// compares its text, page by page, with the golden file.
func TestBulletinGolden(t *testing.T) {
	res, err := sampledata.Load()
	ev := res.Eval
	if err != nil {
		t.Fatal(err)
	}
	pdf, info := render(t, ev, officialOptions)
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != info.Pages || info.Pages != 7 {
		t.Errorf("%d pages read back, Render said %d, want 7", len(pages), info.Pages)
	}
	// The fonts travel with the file: embedded, as subsets, one per style.
	if !bytes.Contains(pdf, []byte("/FontFile2")) || bytes.Count(pdf, []byte("/Subtype /Type0")) != 4 {
		t.Error("the fonts are not embedded in the PDF")
	}
	var got strings.Builder
	for i, p := range pages {
		fmt.Fprintf(&got, "=== 第%d页 ===\n%s", i+1, p)
		footer := fmt.Sprintf("— %d —\n", i+1)
		if !strings.HasSuffix(p, footer) {
			t.Errorf("page %d does not end with %q", i+1, footer)
		}
	}
	text := got.String()
	for _, want := range append([]string{"2026年第三季度重点工作任务督查通报", samples.Org, "2026年9月30日", "三、亮灯事项", "四、未报送单位", "按时完成率", "附件：全部成果完成情况"}, deptNames(ev)...) {
		if !strings.Contains(text, want) {
			t.Errorf("the bulletin does not say %q", want)
		}
	}
	golden.Check(t, "bulletin_samples.golden", text)
}

// officialOptions are the samples' bulletin with every 公文 element.
var officialOptions = report.Options{Org: samples.Org, Issue: 3, To: []string{"各处室", "各直属单位"}, CC: []string{"市政府督查室", "委领导班子成员"}}

func deptNames(ev figures.Evaluation) []string {
	var out []string
	for _, d := range ev.Units {
		out = append(out, string(d.Unit))
	}
	return out
}

func TestBulletinDeterministic(t *testing.T) {
	res, err := sampledata.Load()
	ev := res.Eval
	if err != nil {
		t.Fatal(err)
	}
	a, _ := render(t, ev, report.Options{})
	b, _ := render(t, ev, report.Options{})
	if !bytes.Equal(a, b) {
		t.Error("two renders of the same evaluation differ")
	}
	if len(a) > 2<<20 {
		t.Errorf("the PDF is %d bytes; the font subset should keep it well under 2 MB", len(a))
	}
}

// TestRareCharacters checks that characters in the font are drawn and those
// beyond it are replaced and reported, never dropped or left to crash.
func TestRareCharacters(t *testing.T) {
	ev := oneTask("1", "核对龘堃玥𠮷的名单", "医政医管处", "年底前")
	pdf, info := render(t, ev, report.Options{Title: "测试𠮷通报"})
	if len(info.Missing) != 1 || info.Missing[0] != '𠮷' {
		t.Errorf("missing %q, want just 𠮷", string(info.Missing))
	}
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	// Characters from another font come out as runs of their own.
	all := strings.ReplaceAll(strings.Join(pages, ""), " ", "")
	if !strings.Contains(all, "核对龘堃玥□的名单") || !strings.Contains(all, "测试□通报") {
		t.Errorf("rare characters not drawn as expected:\n%s", all)
	}
}

// TestCharactersBeyondBMP draws 𠮷 from an extra font: nothing is lost.
func TestCharactersBeyondBMP(t *testing.T) {
	extb, err := os.ReadFile(filepath.Join("testdata", "extb.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	ev := oneTask("1", "核对龘堃玥𠮷的名单", "医政医管处", "年底前")
	pdf, info := render(t, ev, report.Options{Title: "测试𠮷通报", Fonts: report.Fonts{report.Extra: {Name: "HanaMinB.ttf", Data: extb}}})
	if len(info.Missing) != 0 {
		t.Errorf("missing %q", string(info.Missing))
	}
	if !strings.Contains(strings.Join(info.Fonts, "；"), "扩展字库：HanaMinB.ttf") {
		t.Errorf("fonts %q", info.Fonts)
	}
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	// The text around the outline is whole; the outline itself is a drawing.
	if all := strings.ReplaceAll(strings.Join(pages, ""), " ", ""); !strings.Contains(all, "核对龘堃玥") || !strings.Contains(all, "的名单") || strings.Contains(all, "□") {
		t.Errorf("text:\n%s", all)
	}
}

// TestLongTextWraps checks that a long reason wraps inside its cell with no
// character lost.
func TestLongTextWraps(t *testing.T) {
	long := strings.Repeat("推进医疗服务价格动态调整，完成评估报告（含附件）并报市政府审定。", 6)
	ev := oneTask("5", long, "财务处", "上半年")
	pdf, _ := render(t, ev, report.Options{})
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.ReplaceAll(strings.Join(pages, ""), "\n", "")
	if strings.Count(all, long) < 2 { // in the red items and in the appendix
		t.Errorf("the long task name is not found whole in the text")
	}
}

// BenchmarkBulletinSamples measures rendering the samples' bulletin.
func BenchmarkBulletinSamples(b *testing.B) {
	res, err := sampledata.Load()
	ev := res.Eval
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := report.Render(io.Discard, ev, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// oneTask is the evaluation of a plan of one task its lead has not
// reported.
func oneTask(id, name, lead, deadline string) figures.Evaluation {
	d, _ := check.ParseDeadline(deadline)
	t := lists.Task{ID: id, Name: name, Leads: []units.Unit{units.Unit(lead)}, Deadline: d,
		Outcomes: []lists.Outcome{{ID: "1", Reports: []lists.Report{{Unit: units.Unit(lead)}}}}}
	return figures.Evaluate(lists.Book{Tasks: []lists.Task{t}}, figures.Options{AsOf: time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)})
}

// bigEvaluation is 100 lead units with 30 outcomes each, of every status.
func bigEvaluation() figures.Evaluation {
	var tasks []lists.Task
	header := []string{"任务编号", "目标值", "完成值", "完成状态", "进展情况"}
	for d := range 100 {
		unit := units.Unit(fmt.Sprintf("第%03d处", d))
		r := lists.NewReader(units.NewDirectory(nil), string(unit)+".xlsx", "成果清单", templates.Outcomes.Recognize(header))
		r.From = lists.Sender{Unit: unit, Text: string(unit)}
		for i := range 30 {
			id := fmt.Sprint(d*30 + i + 1)
			status := []string{"已完成", "推进中", "滞后", "未启动", ""}[i%5]
			row := r.Outcome([]string{id, "不低于65%", fmt.Sprintf("%d%%", 60+i), status, strings.Repeat("按计划推进，已完成阶段性目标。", 1+i%3)}, i+2)
			dl, _ := check.ParseDeadline([]string{"年底前", "上半年", "10月20日前"}[i%3])
			target, _ := check.ParseTarget("不低于65%")
			tasks = append(tasks, lists.Task{ID: id, Name: "推进重点工作任务第" + id + "项", Leads: []units.Unit{unit}, Deadline: dl,
				Outcomes: []lists.Outcome{{ID: "1", Expected: "重点指标", Target: target, Reports: []lists.Report{{Unit: unit, Row: &row}}}}})
		}
	}
	return figures.Evaluate(lists.Book{Tasks: tasks}, figures.Options{AsOf: time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)})
}

// A bulletin of thousands of outcomes stays one people read: each unit's
// count of lit items, and the merged workbook named for the rows; a small
// plan's bulletin lists every item (TestBulletinGolden).
func TestBulletinOfThousands(t *testing.T) {
	ev := bigEvaluation()
	pdf, info := render(t, ev, report.Options{})
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.ReplaceAll(strings.Join(pages, ""), "\n", "")
	for _, want := range []string{
		"亮灯事项超过1000项，这里只列各单位的亮灯数",
		"本期共3000项成果，超过1000项，不在此逐项列出；每项的完成情况见汇总表的“完成情况”工作表",
		"第099处",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the bulletin does not say %q", want)
		}
	}
	if strings.Contains(all, "推进重点工作任务第2999项") {
		t.Error("an item is listed one by one")
	}
	if info.Pages > 12 {
		t.Errorf("%d pages for 100 units", info.Pages)
	}
}

// BenchmarkBulletinLarge renders the bulletin of 100 units and 3,000
// outcomes.
func BenchmarkBulletinLarge(b *testing.B) {
	ev := bigEvaluation()
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := report.Render(&buf, ev, report.Options{}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1e6, "MB")
}

// TestAssessmentGolden renders the year-end assessment of the samples.
func TestAssessmentGolden(t *testing.T) {
	res, err := sampledata.Load()
	ev := res.Eval
	if err != nil {
		t.Fatal(err)
	}
	opts := figures.DefaultAssessOptions()
	opts.Adjustments = []figures.Adjustment{{Unit: "疾病预防控制处", Points: 2, Reason: "获省级卫生应急演练一等奖"}}
	pdf, info := render2(t, func(w *bytes.Buffer) (report.Info, error) {
		return report.RenderAssessment(w, ev, figures.Assess(ev, opts), report.AssessmentOptions{Org: samples.Org, Method: opts.Describe()})
	})
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != info.Pages {
		t.Errorf("%d pages, Render said %d", len(pages), info.Pages)
	}
	text := strings.Join(pages, "\f\n")
	for _, want := range []string{"2026年度重点工作任务考核结果", "一、考核办法", "二、考核结果", "三、扣分事项", "四、加减分事项", "获省级卫生应急演练一等奖", "老龄健康处"} {
		if !strings.Contains(text, want) {
			t.Errorf("the assessment does not say %q", want)
		}
	}
	golden.Check(t, "assessment_samples.golden", text)
}

func render2(t *testing.T, f func(*bytes.Buffer) (report.Info, error)) ([]byte, report.Info) {
	t.Helper()
	var buf bytes.Buffer
	info, err := f(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), info
}

// TestUserFonts draws the body in a font of the user's that has only a
// few characters: they come from it, the rest from the embedded font, and
// the report says which fonts it used. An OpenType CFF font is refused.
func TestUserFonts(t *testing.T) {
	partial, err := os.ReadFile(filepath.Join("testdata", "partial.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := sampledata.Load()
	ev := res.Eval
	if err != nil {
		t.Fatal(err)
	}
	fonts := report.Fonts{
		report.Body:    {Name: "simfang.ttf", Data: partial},
		report.Heading: {Name: "FandolHei-Regular.otf", Data: append([]byte("OTTO"), make([]byte, 64)...)},
	}
	pdf, info := render(t, ev, report.Options{Fonts: fonts})
	notes := strings.Join(info.Fonts, "；")
	if !strings.Contains(notes, "正文：simfang.ttf（缺字时用内置思源宋体（宋体））") || !strings.Contains(notes, "FandolHei-Regular.otf 是 OpenType") {
		t.Errorf("font notes %q", notes)
	}
	if len(info.Missing) != 0 {
		t.Errorf("characters lost: %q", string(info.Missing))
	}
	if n := bytes.Count(pdf, []byte("/Subtype /Type0")); n != 5 {
		t.Errorf("%d fonts embedded, want the user's and the four embedded ones", n)
	}
	// The text reads the same whichever font drew each character.
	plain, _ := render(t, ev, report.Options{})
	a, _ := pdftext.Pages(pdf)
	b, _ := pdftext.Pages(plain)
	join := func(p []string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(strings.Join(p, "")) }
	if join(a) != join(b) {
		t.Error("the text differs when drawn in two fonts")
	}
}

// docxText reads the text of a .docx the way Word shows it: w:t runs in
// order, a paragraph or table cell ending a line. It fails on malformed XML.
func docxText(t *testing.T, data []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(rc)
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
			switch e := tok.(type) {
			case xml.StartElement:
				inText = e.Name.Local == "t"
			case xml.EndElement:
				if e.Name.Local == "p" && f.Name == "word/document.xml" {
					out.WriteString("\n")
				}
				inText = false
			case xml.CharData:
				if inText && f.Name == "word/document.xml" {
					out.Write(e)
				}
			}
		}
		rc.Close()
	}
	return out.String()
}

// TestBulletinDocx writes the bulletin as a Word document: it is well
// formed, says what the PDF says, and the same inputs give the same bytes.
func TestBulletinDocx(t *testing.T) {
	res, err := sampledata.Load()
	ev := res.Eval
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	opts := report.Options{Org: samples.Org}
	if err := report.RenderDocx(&a, ev, opts); err != nil {
		t.Fatal(err)
	}
	report.RenderDocx(&b, ev, opts)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same report differ")
	}
	text := docxText(t, a.Bytes())
	pdf, _ := render(t, ev, opts)
	pages, _ := pdftext.Pages(pdf)
	squeeze := strings.NewReplacer(" ", "", "\n", "", "　", "")
	flat := squeeze.Replace(text)
	for _, it := range ev.Items {
		if it.Light() != check.Green && !strings.Contains(flat, squeeze.Replace(it.Reason)) {
			t.Errorf("the Word document lacks the reason of %s-%s: %s", it.TaskID, it.OutcomeID, it.Reason)
		}
	}
	for _, p := range pages {
		for _, line := range strings.Split(p, "\n") {
			// Every heading the PDF prints is in the document too.
			if strings.HasPrefix(line, "一、") || strings.HasPrefix(line, "二、") || strings.HasPrefix(line, "三、") ||
				strings.HasPrefix(line, "四、") || strings.HasPrefix(line, "附件") || strings.HasPrefix(line, "（") {
				if !strings.Contains(flat, squeeze.Replace(line)) {
					t.Errorf("the Word document lacks %q", line)
				}
			}
		}
	}
	golden.Check(t, "bulletin_samples.docx.golden", text)
}

// TestOfficialElements checks that the bulletin has what GB/T 9704 asks of
// a 公文, in its order: the 版头 (the issuing office's mark and the issue
// number, the red rule under them), the title, the 主送机关, the body, the
// 附件说明, the 落款 and 成文日期, the attachment and the 版记.
func TestOfficialElements(t *testing.T) {
	res, err := sampledata.Load()
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := render(t, res.Eval, officialOptions)
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	first := strings.Split(pages[0], "\n")
	want := []string{samples.Org + "督查通报", "第3期", "2026年第三季度重点工作任务督查通报", "各处室、各直属单位：", "一、总体情况"}
	for i, w := range want {
		if i >= len(first) || first[i] != w {
			t.Errorf("line %d of page 1 is %q, want %q", i+1, first[min(i, len(first)-1)], w)
		}
	}
	all := strings.Join(pages, "")
	order := []string{"四、未报送单位", "附件：全部成果完成情况\n" + samples.Org + "\n2026年9月30日\n", "附件\n全部成果完成情况\n",
		"抄送：市政府督查室，委领导班子成员。\n" + samples.Org + " 2026年9月30日印发\n"}
	at := 0
	for _, w := range order {
		i := strings.Index(all[at:], w)
		if i < 0 {
			t.Errorf("the bulletin lacks %q after what comes before it", w)
			continue
		}
		at += i + len(w)
	}
	last := pages[len(pages)-1]
	if !strings.HasSuffix(last, "2026年9月30日印发\n— 7 —\n") {
		t.Errorf("the 版记 does not end the last page:\n%s", last)
	}
	// The red rule: a line stroked in the 版头's red, once, on page 1.
	if n := bytes.Count(pageContent(t, pdf), []byte("0.902 0.000 0.071 RG")); n != 1 {
		t.Errorf("the red rule is stroked %d times, want once", n)
	}
}

// TestOfficialDocx checks the Word document's 公文 elements and that it
// names the standard typefaces.
func TestOfficialDocx(t *testing.T) {
	res, err := sampledata.Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.RenderDocx(&buf, res.Eval, officialOptions); err != nil {
		t.Fatal(err)
	}
	text := docxText(t, buf.Bytes())
	for _, w := range []string{samples.Org + "督查通报\n第3期\n2026年第三季度重点工作任务督查通报\n各处室、各直属单位：\n",
		"附件：全部成果完成情况\n\n" + samples.Org + "\n2026年9月30日\n", "抄送：市政府督查室，委领导班子成员。\n" + samples.Org + "2026年9月30日印发\n"} {
		if !strings.Contains(text, w) {
			t.Errorf("the Word document lacks %q", w)
		}
	}
	z, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	var doc string
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			doc = string(b)
		}
	}
	for _, face := range []string{"仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", `w:color w:val="E60012"`} {
		if !strings.Contains(doc, face) {
			t.Errorf("document.xml lacks %s", face)
		}
	}
}

// TestEmbeddedFonts checks that without the office's fonts each role is
// drawn in the embedded font of its style: the body in the 宋体, titles in
// the bold 宋体, headings in the 黑体, （一） headings in the 楷体.
func TestEmbeddedFonts(t *testing.T) {
	res, err := sampledata.Load()
	if err != nil {
		t.Fatal(err)
	}
	pdf, info := render(t, res.Eval, officialOptions)
	notes := strings.Join(info.Fonts, "；")
	for _, w := range []string{"正文：内置思源宋体（宋体）", "标题：内置思源宋体粗体（标题宋体）", "一级标题：内置文泉驿微米黑（黑体）", "二级标题：内置文鼎PL楷体（楷体）"} {
		if !strings.Contains(notes, w) {
			t.Errorf("fonts %q lack %q", notes, w)
		}
	}
	for _, name := range []string{"/BaseFont /utf8notoserif\n", "/BaseFont /utf8notoserifbold", "/BaseFont /utf8wqy", "/BaseFont /utf8ukai"} {
		if !bytes.Contains(pdf, []byte(name)) {
			t.Errorf("the PDF does not embed %s", name)
		}
	}
}

// pageContent returns the PDF's streams, inflated.
func pageContent(t *testing.T, pdf []byte) []byte {
	t.Helper()
	var out []byte
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			return out
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		if j < 0 {
			return out
		}
		if r, err := zlib.NewReader(bytes.NewReader(rest[:j])); err == nil {
			b, _ := io.ReadAll(r)
			out = append(out, b...)
		}
		rest = rest[j:]
	}
}

// TestChaseNotices writes the samples' 催办 notices: one page for each
// unit chased, each addressed to it and listing its outcomes, and a chat
// list naming every unit, outcome, deadline and what is missing.
func TestChaseNotices(t *testing.T) {
	res, err := sampledata.Load()
	if err != nil {
		t.Fatal(err)
	}
	chases := figures.Chases(res.Eval)
	if len(chases) == 0 {
		t.Fatal("the samples have nobody to chase")
	}
	opts := report.ChaseOptions{Org: samples.Org}
	pdf, info := render2(t, func(w *bytes.Buffer) (report.Info, error) { return report.RenderChase(w, res.Eval, chases, opts) })
	pages, err := pdftext.Pages(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(chases) || info.Pages != len(chases) {
		t.Fatalf("%d pages (Render said %d) for %d units", len(pages), info.Pages, len(chases))
	}
	var list bytes.Buffer
	if err := report.WriteChaseList(&list, res.Eval, chases, opts); err != nil {
		t.Fatal(err)
	}
	for i, c := range chases {
		p := strings.ReplaceAll(pages[i], " ", "")
		if !strings.HasPrefix(p, "催办通知\n"+string(c.Unit)+"：\n") || !strings.HasSuffix(p, samples.Org+"\n2026年9月30日\n") {
			t.Errorf("page %d:\n%s", i+1, p)
		}
		for _, it := range c.Items {
			if !strings.Contains(p, it.Item.Number()) {
				t.Errorf("the notice to %s lacks %s", c.Unit, it.Item.Number())
			}
			if !strings.Contains(list.String(), it.Item.Number()+" "+it.Item.Label()+"｜时限：") {
				t.Errorf("the chase list lacks %s of %s", it.Item.Number(), c.Unit)
			}
		}
	}
	for _, s := range res.Eval.Silent {
		if !strings.Contains(list.String(), string(s.Unit)+"（本期未报送）") {
			t.Errorf("the chase list does not name silent %s", s.Unit)
		}
	}
	golden.Check(t, "chase_samples.golden", list.String())
	var docx bytes.Buffer
	if err := report.RenderChaseDocx(&docx, res.Eval, chases, opts); err != nil {
		t.Fatal(err)
	}
	if text := docxText(t, docx.Bytes()); strings.Count(text, "催办通知\n") != len(chases) {
		t.Errorf("the Word document has %d notices, want %d", strings.Count(text, "催办通知\n"), len(chases))
	}
}

// TestChaseOnePage keeps a notice of a unit with many late outcomes to one
// page, counting the outcomes it leaves out.
func TestChaseOnePage(t *testing.T) {
	ev := bigEvaluation()
	chases := figures.Chases(ev)[:3]
	pdf, info := render2(t, func(w *bytes.Buffer) (report.Info, error) {
		return report.RenderChase(w, ev, chases, report.ChaseOptions{})
	})
	if info.Pages != 3 {
		t.Errorf("%d pages for 3 notices", info.Pages)
	}
	pages, _ := pdftext.Pages(pdf)
	for i, p := range pages {
		if !strings.Contains(p, "另有") || !strings.Contains(p, "详见督查通报附件") {
			t.Errorf("page %d does not count what it leaves out:\n%s", i+1, p)
		}
	}
}

// history is the samples' evaluation as kept a quarter and two quarters
// earlier, with fewer outcomes done: 医政医管处 had one done fewer each
// quarter, and 老龄健康处 was not yet a lead.
func history(ev figures.Evaluation) []figures.Period {
	var out []figures.Period
	for q := 1; q <= 2; q++ {
		p := ev.Period("")
		p.AsOf = ev.AsOf.AddDate(0, -3*q, 0)
		p.Units = nil
		for _, u := range ev.Period("").Units {
			switch u.Unit {
			case "医政医管处":
				u.Counts[check.Done] -= q
				u.Counts[check.Ongoing] += q
			case "老龄健康处":
				continue
			}
			p.Units = append(p.Units, u)
		}
		p.Total.Counts[check.Done] -= q
		p.Total.Counts[check.Ongoing] += q
		out = append(out, p)
	}
	return out
}

// TestBulletinHistory shows each unit's change since the previous period
// in the unit table, and the trend across three periods.
func TestBulletinHistory(t *testing.T) {
	res, err := sampledata.Load()
	if err != nil {
		t.Fatal(err)
	}
	ev := res.Eval
	hist := history(ev)
	text := func(opts report.Options) string {
		pdf, _ := render(t, ev, opts)
		pages, err := pdftext.Pages(pdf)
		if err != nil {
			t.Fatal(err)
		}
		// Sentences are searched for across the lines they wrap on.
		all := strings.Join(pages, "")
		return all + "\n" + strings.ReplaceAll(all, "\n", "")
	}
	one := text(report.Options{Previous: &hist[0]})
	for _, want := range []string{"较上期", "与上期相比，完成率提高最多的是医政医管处（+16.7个百分点）",
		"5 医政医管处 5 6 3 0 1 1 1 0 50.0% +16.7 50.0%", "12 老龄健康处 3 3 0 0 0 0 0 3 0.0% — 0.0%", "持平"} {
		if !strings.Contains(one, want) {
			t.Errorf("with the previous period the bulletin lacks %q", want)
		}
	}
	if strings.Contains(one, "完成率变化趋势") {
		t.Error("a trend of two periods")
	}
	three := text(report.Options{History: hist})
	for _, want := range []string{"近3期完成率变化如下图、表。", "图：总体完成率变化趋势", "牵头单位 3月30日 6月30日 9月30日",
		"医政医管处 16.7% 33.3% 50.0%", "老龄健康处 — — 0.0%", "较上期（2026年6月30日）提高2.1个百分点"} {
		if !strings.Contains(three, want) {
			t.Errorf("with two earlier periods the bulletin lacks %q", want)
		}
	}
}

func TestTitles(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name       string
		year       int
		asOf       time.Time
		bulletin   string
		assessment string
	}{
		{"third quarter", 2026, day(2026, 9, 30), "2026年第三季度重点工作任务督查通报", "2026年度重点工作任务考核结果"},
		{"january after the year", 2026, day(2027, 1, 15), "2026年度重点工作任务督查通报", "2026年度重点工作任务考核结果"},
		{"no year", 0, day(2026, 12, 31), "2026年第四季度重点工作任务督查通报", "2026年度重点工作任务考核结果"},
		{"before the year", 2027, day(2026, 12, 20), "2027年第一季度重点工作任务督查通报", "2027年度重点工作任务考核结果"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := report.BulletinTitle(tt.year, tt.asOf); got != tt.bulletin {
				t.Errorf("BulletinTitle = %q, want %q", got, tt.bulletin)
			}
			if got := report.AssessmentTitle(tt.year, tt.asOf); got != tt.assessment {
				t.Errorf("AssessmentTitle = %q, want %q", got, tt.assessment)
			}
		})
	}
}

// TestAssessmentInJanuary titles a January assessment with the plan's
// year, not the year it is run in.
func TestAssessmentInJanuary(t *testing.T) {
	ev := oneTask("1", "核对名单", "医政医管处", "年底前")
	ev.Year, ev.AsOf = 2026, time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC)
	pdf, _ := render2(t, func(w *bytes.Buffer) (report.Info, error) {
		return report.RenderAssessment(w, ev, figures.Assess(ev, figures.DefaultAssessOptions()), report.AssessmentOptions{})
	})
	pages, _ := pdftext.Pages(pdf)
	if !strings.HasPrefix(pages[0], "2026年度重点工作任务考核结果\n") {
		t.Errorf("page 1:\n%s", pages[0])
	}
}
