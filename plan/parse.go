package plan

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/numerals"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
)

// Options are what Parse needs to know besides the text.
type Options struct {
	File string // the plan's name in problems
	Year int    // the plan's year when its title does not give one; 0: from the text
}

// level is the kind of numbering a line starts with.
type level int

const (
	none    level = iota
	section       // 一、
	cnItem        // (一) or （一）
	arItem        // 1. 1、 1．
	subItem       // (1) or （1）
	decimal       // 1.5: a number, or item 1 whose text starts with a digit
)

var (
	sectionRe = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})、\s*(.*)$`)
	// barSectionRe is a section as an article's editor numbers it: "01丨…".
	barSectionRe = regexp.MustCompile(`^(\d{1,2})\s*[丨|｜]\s*(\S.*)$`)
	cnItemRe     = regexp.MustCompile(`^[(（]([一二三四五六七八九十]{1,4})[)）]\s*(.*)$`)
	arItemRe     = regexp.MustCompile(`^(\d{1,3})\s*[、.．]\s*(.*)$`)
	subItemRe    = regexp.MustCompile(`^(?:[(（](\d{1,3})[)）]|(\d{1,3})[)）])\s*(.*)$`) // （1）, 1）
	// wordItemRe is an item whose number is a word's: "任务一：", "任务3：",
	// "第一项 ", "第2条：".
	wordItemRe = regexp.MustCompile(`^(?:任务\s*([一二三四五六七八九十]{1,4}|\d{1,3})\s*[:：、.]|第([一二三四五六七八九十]{1,4}|\d{1,3})[项条](?:\s*[:：、.]|\s))\s*(\S.*)$`)
	titleRe    = regexp.MustCompile(`工作要点|工作计划|重点工作|工作任务`)
	yearRe     = regexp.MustCompile(`(20\d{2})\s*年`)
	bareYear   = regexp.MustCompile(`^\d{4}年$`)
)

// junkMarkers mark web page debris after a plan: links, share buttons,
// copyright lines, the printing office's line, and the list of the
// attachments (附件：…) that ends a document; and the footer of an article
// of an official account (公众号): its source and editors' credits, 阅读原文,
// the buttons under it, the list of earlier articles.
var junkMarkers = regexp.MustCompile(`^附件\s*\d*\s*(?:[:：]|$)|附件下载|扫一扫|本文地址|公司简介|联系我们|今日新闻|推荐新闻|专题文章|版权所有|(?i)copyright|上一篇|下一篇|打印本页|关闭窗口|分享到|责任编辑|网站地图|返回顶部|【字体|印发\s*$|` +
	`^(?:来源|编辑|责编|审核|校对|初审|复审|终审|文字|图片|排版)\s*[:：]|^阅读原文|^往期(?:推荐|回顾|精彩)|^(?:分享|收藏|点赞|在看)(?:\s+(?:分享|收藏|点赞|在看|留言))+\s*$`)

// bullets are the marks an article's editor sets before an item's number:
// ▲1.推进…, ● （二）做好….
const bullets = "▲△▶►●○◆◇■□★☆•◎"

// classify tells a line's numbering and returns its number and the rest.
// Numbers and brackets may be full-width: they are matched folded, and the
// rest is cut from the line as written.
func classify(text string) (level, string, string) {
	if r, size := utf8.DecodeRuneInString(text); strings.ContainsRune(bullets, r) {
		// "▲1.推进…": a mark an article's editor puts before the number
		if lv, n, rest := classify(strings.TrimSpace(text[size:])); lv != none {
			return lv, n, rest
		}
	}
	folded := width.Fold.String(text)
	after := func(closers string) string {
		if i := strings.IndexAny(text, closers); i >= 0 {
			_, size := utf8.DecodeRuneInString(text[i:])
			return strings.TrimSpace(text[i+size:])
		}
		return text
	}
	if m := sectionRe.FindStringSubmatch(text); m != nil {
		return section, m[1], m[2]
	}
	if m := barSectionRe.FindStringSubmatch(text); m != nil && !strings.ContainsAny(m[2], "|丨｜") {
		return section, m[1], m[2]
	}
	if m := cnItemRe.FindStringSubmatch(folded); m != nil {
		return cnItem, m[1], after(")）")
	}
	if m := wordItemRe.FindStringSubmatch(folded); m != nil {
		// "任务一：" is an item as "（一）" is, "任务1：" as "1."
		n := m[1] + m[2]
		rest := strings.TrimSpace(text[len(text)-len(m[3]):])
		if r, _ := utf8.DecodeRuneInString(n); r >= '0' && r <= '9' {
			return arItem, n, rest
		}
		return cnItem, n, rest
	}
	if m := subItemRe.FindStringSubmatch(folded); m != nil {
		return subItem, m[1] + m[2], after(")）") // （1）, or 1） with no bracket before
	}
	if m := arItemRe.FindStringSubmatch(folded); m != nil {
		if m[2] == "" {
			return none, "", text // a lone number
		}
		if r, _ := utf8.DecodeRuneInString(m[2]); r >= '0' && r <= '9' && !strings.Contains(folded[:len(folded)-len(m[2])], "、") {
			return decimal, m[1], after(".．") // 1.5万, or 11.121人才… when 11 comes next
		}
		return arItem, m[1], after("、.．")
	}
	return none, "", text
}

// node is a numbered paragraph of the plan while it is being read.
type node struct {
	level    level
	number   string // as written: "十六", "45"
	text     strings.Builder
	section  string
	sectionN string
	parent   *node
	children int
	kids     []*node // the numbered paragraphs under it, in order
	line     int
	// noteLine is set when a line of its own after the paragraph's text
	// only names who is responsible: after the last of a list, the list's.
	noteLine bool
	// aboveNote is such a line that speaks of all the tasks above it
	// (以上任务由A牵头，B配合。): the note of the section's items before
	// it that name no units.
	aboveNote string
	// sectionNote is the note under its section's heading that speaks of
	// all the section's tasks (本部分任务由A牵头，B配合。): the note of
	// those that name no units.
	sectionNote string
	// lines counts the lines of its text: its numbered line and those
	// joined to it.
	lines int
	// fields are what key/value rows under it give besides its text:
	// its units, its deadline, its note.
	fields fields
}

// namesUnits reports whether what was read of the node so far names its
// units, in key/value rows or in a note of its text.
func (n *node) namesUnits() bool {
	_, named := n.fields.units()
	return named || findResponsibility(n.text.String()).found()
}

// allTasks is what follows the words that point at a group of tasks in a
// note of their units: "（各项）任务（均）由".
const allTasks = `(?:各项|各)?(?:任务|工作|事项|内容|措施)?(?:均|统一|总体)?由`

// aboveAll opens a note that speaks of all the tasks above it.
var aboveAll = regexp.MustCompile(`^[(（]?(?:` + aboveWords + `)` + allTasks)

// belowAll opens a note, under a section's heading and before its first
// item, that speaks of all the section's tasks: "本部分任务由A牵头，B配合
// （另有注明的除外）。"
var belowAll = regexp.MustCompile(`^[(（]?(?:` + belowWords + `)` + allTasks)

// saveExcept is the exception a note of a group of tasks makes for the
// tasks that name their own units: "（另有注明的除外）", "（单独明确的以明确为准）".
var saveExcept = regexp.MustCompile(`[（(]?(?:另有|另行|单独|特别|已有|有明确)[^（）()，。；]{0,10}(?:除外|为准)[)）]?`)

// Parse reads a plan's lines.
func Parse(lines []Line, opts Options) Plan {
	p := parse(lines, opts)
	for _, l := range lines {
		if jointUnmarked.MatchString(l.Text) {
			p.leadJointly()
			break
		}
	}
	return p
}

// jointUnmarked is a plan's own rule that the units of a list with none
// marked as the lead lead it together: "未标注（牵头）的由所列部门共同牵头",
// "所列单位均为牵头单位".
var jointUnmarked = regexp.MustCompile(`(?:未(?:标注|标明|注明|标记|标出)|所列(?:的)?(?:单位|部门|处室|科室))[^。；;]{0,16}?(?:共同|均为|均|都为|都是|同为)牵头`)

// leadJointly makes every unit of an item whose first unit led by the
// first-is-lead convention a lead.
func (p *Plan) leadJointly() {
	for i := range p.Items {
		it := &p.Items[i]
		if it.firstLed {
			it.Leads, it.Partners, it.firstLed = append(it.Leads, it.Partners...), nil, false
		}
	}
}

func parse(lines []Line, opts Options) Plan {
	var p Plan
	clean := cleanLines(lines)
	if rows, layouts, first, prose := findTables(clean); len(rows) > 0 {
		// A task table (任务分工表): its rows are the tasks.
		p.Title = planTitle(clean[:first])
		p.Year = planYear(p.Title, clean, opts.Year)
		p.Items = tableItems(rows, layouts, p.Year, opts.File, &p.Problems)
		if len(p.Items) > 0 {
			if it, ok := tableGoals(prose, p.Items, p.Year, opts.File, &p.Problems); ok {
				p.Items = append([]Item{it}, p.Items...)
			}
			p.joinProse(prose, opts)
			return p
		}
		p.Problems = nil
	}
	start := planStart(clean)
	p.Title = planTitle(clean[:start])
	p.Year = planYear(p.Title, clean, opts.Year)

	// The year's main target indicators (主要目标指标), written in a
	// paragraph of their own before the tasks or under a heading: one task
	// whose outcomes they are.
	var goals goalsText
	inGoals := false
	for _, l := range clean[:start] {
		inGoals = goals.take(l, "", inGoals)
	}
	inGoals = false

	var nodes []*node
	var sec, secN string
	secNote := ""     // the note of all the section's tasks under its heading
	goalsSec := ""    // the section of the main targets read after a heading
	var stack []*node // open numbered nodes, outermost first
	var last *node
	lastEnded := true
	lastNote := false // the line before named the item's units
	lastAr := 0       // the number of the last 1. item
	for i, l := range clean[start:] {
		lv, num, rest := classify(l.Text)
		if lv == decimal {
			// "11.121人才…" is item 11 when item 10 came before it.
			if n, _ := strconv.Atoi(num); n == lastAr+1 || n == 1 && last == nil {
				lv = arItem
			} else {
				lv, num, rest = none, "", l.Text
			}
		}
		if lv == arItem {
			lastAr, _ = strconv.Atoi(num)
		}
		switch lv {
		case section:
			sec, secN = strings.TrimRight(rest, "。．. "), num
			secNote = ""
			if open := lastBracket(sec); open > 0 {
				// "一、强化基层（本部分任务由A牵头，B配合）": the note of the
				// section's tasks written in its heading
				if inner := sec[open:]; belowAll.MatchString(inner) && groupNote(inner).found() {
					sec, secNote = strings.TrimSpace(sec[:open]), inner
				}
			}
			goalsSec = sec
			stack, last = nil, nil
			inGoals = goalsHeading.MatchString(sec)
			continue
		case cnItem, arItem, subItem:
			inGoals = false
			for len(stack) > 0 && stack[len(stack)-1].level >= lv {
				stack = stack[:len(stack)-1]
			}
			n := &node{level: lv, number: num, section: sec, sectionN: secN, sectionNote: secNote, line: l.No}
			if len(stack) > 0 {
				n.parent = stack[len(stack)-1]
				n.parent.children++
				n.parent.kids = append(n.parent.kids, n)
			}
			n.text.WriteString(rest)
			n.lines = 1
			stack = append(stack, n)
			nodes = append(nodes, n)
			last = n
			lastEnded, lastNote = endsSentence(rest), false
			continue
		}
		if junkMarkers.MatchString(l.Text) {
			if !indicatorsFollow(clean[start+i+1:]) {
				break
			}
			// 附件 over a table of the main indicators: the plan's own
			last, goalsSec = nil, ""
			continue
		}
		if cells := indicatorCells(l, nil); last != nil && cells != nil {
			if _, ok := recognizeIndicators(cells); ok {
				// a table of the main indicators after the tasks, or
				// between two: no part of the task before it
				goals.take(l, "", false)
				last, goalsSec = nil, ""
				continue
			}
		}
		if fs, ok := fieldRow(l); last != nil && ok {
			// 牵头处室 | 甲处: a key/value row fills the item's field; its
			// name, content and targets are its text, its 序号 and
			// 所属板块 the heading's own
			for _, f := range fs {
				switch f.col {
				case colName, colContent, colGoal:
					if v := joinLines(f.value); v != "" && !strings.Contains(last.text.String(), v) {
						if last.text.Len() > 0 && !endsSentence(last.text.String()) {
							last.text.WriteString("。")
						}
						last.text.WriteString(v)
						last.lines++
					}
				default:
					if last.fields == nil {
						last.fields = fields{}
					}
					last.fields.set(f)
				}
			}
			lastEnded, lastNote = true, false
			continue
		}
		if last == nil && belowAll.MatchString(l.Text) && groupNote(l.Text).found() {
			secNote = l.Text // 本部分任务由A牵头: the section's tasks'
			continue
		}
		if last == nil {
			// text between a heading and the first item: only the main
			// target indicators are kept
			inGoals = goals.take(l, goalsSec, inGoals)
			continue
		}
		note := isNoteLine(l.Text)
		if lastEnded && !note && isDebris(l.Text) {
			continue
		}
		if pageNumber.MatchString(l.Text) {
			continue // "— 2 —" at the foot of a page pasted from a PDF
		}
		if caption.MatchString(l.Text) {
			continue // "▲图为…" under a picture of an article
		}
		if (lastEnded || lastNote || last.noteLine) && closingWords.MatchString(l.Text) && last.namesUnits() {
			last = nil // 各科室要……: the plan's closing words, after the item's units
			continue
		}
		if signOff.MatchString(l.Text) && last.namesUnits() {
			last = nil // 医院办公室（总值班电话：…）: the office that issued the plan
			continue
		}
		if labelLine.MatchString(l.Text) && last.text.Len() > 0 && !strings.ContainsAny(lastRune(last.text.String()), "；;。，,：:）)】") {
			last.text.WriteString("；") // "责任单位：A、B" over "完成时限：…": the list ends with its line
		}
		if last.lines == 1 && !note && !labelLine.MatchString(l.Text) && headingLine(last.text.String()) {
			last.text.WriteString("。") // "3．开展法治督察" over its text: the line is the heading
		}
		last.text.WriteString(l.Text)
		last.lines++
		lastEnded, lastNote = endsSentence(l.Text), note
		last.noteLine = last.noteLine || note
		if note && aboveAll.MatchString(l.Text) {
			last.aboveNote = l.Text
		}
	}

	p.Items = items(nodes, p.Year, opts.File, &p.Problems)
	if it, ok := goals.item(p.Items, p.Year, opts.File, &p.Problems); ok {
		p.Items = append([]Item{it}, p.Items...)
	}
	if len(p.Items) == 0 {
		p.Problems.Add(problems.New(problems.PlanNoItems, source.Pos{File: opts.File},
			"没有找到编号的工作任务（如“一、”下的“(一)”或“1.”）"))
	}
	return p
}

// cleanLines returns the lines that have text, trimmed of spaces.
func cleanLines(lines []Line) []Line {
	clean := make([]Line, 0, len(lines))
	for _, l := range quotedCells(lines) {
		t := strings.TrimSpace(strings.Trim(l.Text, "\u3000\u00a0\ufeff"))
		t = strings.TrimSpace(strings.Trim(t, "\u3000\u00a0"))
		if i := strings.Index(l.Text, t); i > 0 && strings.Contains(t, "\t") {
			// a table's row whose first cells are empty keeps them:
			// its cells stay under their headers
			t = strings.Repeat("\t", strings.Count(l.Text[:i], "\t")) + t
		}
		if l.Cells == nil && !strings.Contains(t, "\t") {
			t = colonLabels(t)
		}
		if t != "" {
			clean = append(clean, Line{No: l.No, Text: t, Cells: l.Cells})
		}
	}
	return clean
}

// GoalsTitle is the name of the task that holds the year's main target
// indicators (主要目标指标), and GoalsID its number: 0, before the first task.
const (
	GoalsTitle = "主要目标指标"
	GoalsID    = "0"
)

var (
	// goalsMarker starts the paragraph of the year's main targets:
	// "主要目标：", "主要预期目标是：", "年度目标指标：".
	goalsMarker = regexp.MustCompile(`(?:主要(?:预期)?(?:目标|指标)(?:指标|任务)?|(?:年度|预期)目标(?:指标)?)(?:是|为)?[：:]`)
	// goalsHeading is a heading or a line of its own over them: 主要目标,
	// 年度目标指标, 总体目标, 工作目标.
	goalsHeading = regexp.MustCompile(`^(?:[(（]?[一二三四五六七八九十]{1,3}[)）、]\s*)?(?:(?:年度|预期)?主要(?:预期)?(?:目标|指标)(?:指标)?|(?:年度|预期)目标(?:指标)?|(?:总体|工作)目标)[。：:]?$`)
)

// goalsStart returns where the main targets begin in a line: at its start
// or after a sentence (…总体要求是：…。主要预期目标是：…); -1 when it has none.
func goalsStart(text string) int {
	loc := goalsMarker.FindStringIndex(text)
	if loc == nil {
		return -1
	}
	before := strings.TrimSpace(text[:loc[0]])
	end := max(strings.LastIndex(before, "。"), strings.LastIndex(before, "；"))
	sentence := before
	if end >= 0 {
		sentence = before[end+len("。"):] // 。 and ； are as long
	}
	if sentence != "" && !goalsScope.MatchString(sentence) {
		return -1 // "…的主要目标：" inside a sentence about something else
	}
	return loc[0] - len(sentence)
}

// goalsScope may open the sentence of the main targets: the year or the
// place they are of (全年主要预期目标是：, 2030年全县主要目标：, 今年
// 卫生健康工作的主要目标是：).
var goalsScope = regexp.MustCompile(`^(?:(?:全|今|本|明)年(?:度)?|年度|\d{4}年(?:度)?|全[省市县区镇院局])*(?:\p{Han}{1,12}工作)?的?$`)

// goalsText is the main target indicators' paragraph while it is read.
type goalsText struct {
	text    strings.Builder
	section string
	line    int
	// layout is the header of the table of indicators being read, and
	// duties its 责任单位 cells, in order.
	layout *indicatorLayout
	duties []string
}

// take reads a line outside every task, in the main targets (inGoals)
// or not, and tells whether the main targets go on after it. Besides
// lines of targets, they go on over a line that introduces them
// (主要目标如下：) and over a table of them: its header row is skipped and
// each row reads as its indicator followed by its target, the 序号 cell
// left out. A line that only names who is responsible for them
// (以上指标由A牵头汇总，B配合。) is their note, and ends them.
//
// A table whose header names the indicators and their targets (主要指标表:
// 指标名称 | 单位 | 目标值 | 责任单位) holds them wherever it stands: each
// row reads as its indicator followed by its target in the row's unit,
// and its 责任单位 cells name their leads. A row of one cell is a
// paragraph.
func (g *goalsText) take(l Line, section string, inGoals bool) bool {
	add := func(text string) {
		if g.line == 0 {
			g.line, g.section = l.No, section
		}
		g.text.WriteString(text)
	}
	cells := indicatorCells(l, g.layout)
	if ne := nonEmpty(cells); len(ne) == 1 {
		l, cells = Line{No: l.No, Text: ne[0]}, nil
	}
	if cells == nil {
		g.layout = nil
	} else if il, ok := recognizeIndicators(cells); ok {
		g.layout = &il
		return true
	} else if g.layout != nil {
		if text, duty := g.layout.sentence(cells); text != "" {
			add(text + "；")
			if duty != "" {
				g.duties = append(g.duties, duty)
			}
		}
		return true
	}
	if i := goalsStart(l.Text); i >= 0 {
		add(l.Text[i:])
		return true
	}
	if !inGoals {
		return goalsHeading.MatchString(l.Text)
	}
	if cells != nil {
		var row []string
		for i, c := range cells {
			if c = strings.TrimSpace(c); c != "" && (i > 0 || !idCell.MatchString(width.Fold.String(c))) {
				row = append(row, c)
			}
		}
		if text := strings.Join(row, ""); len(check.FindTargets(text)) > 0 {
			add(text + "；")
		}
		return true
	}
	if len(check.FindTargets(l.Text)) > 0 {
		add(l.Text)
		return true
	}
	if strings.HasSuffix(l.Text, "：") || strings.HasSuffix(l.Text, ":") {
		return true
	}
	if note := strings.Trim(l.Text, "（）()。 "); g.text.Len() > 0 && note != "" && onlyRoles(note) {
		text := strings.TrimRight(g.text.String(), "；;，, ")
		g.text.Reset()
		g.text.WriteString(text + "。" + note + "。")
		return false
	}
	return goalsHeading.MatchString(l.Text)
}

// item makes the task of the main target indicators, when the paragraph
// sets any target: its responsibility note, if it has one, gives its leads.
func (g *goalsText) item(others []Item, year int, file string, ps *problems.List) (Item, bool) {
	text := g.text.String()
	if len(g.duties) > 0 {
		var leads, partners []string
		for _, d := range g.duties {
			r := parseRoles(unitNote("责任单位：", d))
			leads, partners = append(leads, r.leads...), append(partners, r.partners...)
		}
		leads = unique(leads, nil)
		note := "（牵头单位：" + strings.Join(leads, "、")
		if partners = unique(partners, leads); len(partners) > 0 {
			note += "；配合单位：" + strings.Join(partners, "、")
		}
		text = strings.TrimRight(text, "；") + note + "）"
	}
	if text == "" || len(check.FindTargets(text)) == 0 {
		return Item{}, false
	}
	it := Item{ID: GoalsID, Section: g.section, Title: GoalsTitle, Line: g.line}
	for _, o := range others {
		if o.ID == it.ID {
			it.ID = fmt.Sprintf("%s-%d", GoalsID, g.line)
		}
	}
	resp := findResponsibility(text)
	if body := strings.TrimSpace(resp.rest); resp.found() && body != "" {
		text = body
	}
	it.Content = text
	it.setRoles(resp)
	it.Deadline, it.Targets = deadlineAndTargets(text, it.Title, year)
	if len(it.Leads) == 0 {
		ps.Add(lineProblem(file, it.Line, problems.PlanNoLead,
			fmt.Sprintf("主要目标指标（任务 %s）没有写明牵头单位，请指定负责汇总这些指标的单位", it.ID)))
	}
	ps.Add(targetDoubts([]Item{it}, file)...)
	return it, true
}

// planStart returns the index of the first line of the plan proper: its
// first 一、 heading, else its first numbered item, so that a cover notice,
// the title and the general requirements before them are not read as tasks.
func planStart(lines []Line) int {
	for i, l := range lines {
		if lv, _, rest := classify(l.Text); lv == section && utf8.RuneCountInString(rest) <= 40 {
			return i
		}
	}
	for i, l := range lines {
		if lv, _, _ := classify(l.Text); lv != none && lv != decimal {
			return i
		}
	}
	return len(lines)
}

// planTitle is the last line before the plan that names it (…工作要点).
func planTitle(before []Line) string {
	for i := len(before) - 1; i >= 0; i-- {
		t := before[i].Text
		if titleRe.MatchString(t) && utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "，,。") {
			return strings.Trim(t, "《》")
		}
	}
	return ""
}

// planYear is the year in the title, else the one given, else the year the
// text names most often.
func planYear(title string, lines []Line, given int) int {
	if m := yearRe.FindStringSubmatch(width.Fold.String(title)); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if given != 0 {
		return given
	}
	count := map[int]int{}
	best := 0
	for _, l := range lines {
		for _, m := range yearRe.FindAllStringSubmatch(width.Fold.String(l.Text), -1) {
			y, _ := strconv.Atoi(m[1])
			count[y]++
			if best == 0 || count[y] > count[best] {
				best = y
			}
		}
	}
	return best
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("。！？；）)」”", r)
}

// headingLine reports whether the numbered line of an item is a heading
// of its own, with its text on the lines after it: short, one phrase with
// no punctuation, not ending a sentence. A sentence wrapped onto the next
// line is longer, or has begun its clauses.
func headingLine(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 30 && !endsSentence(s) && !strings.ContainsAny(s, "，,；;。：:、")
}

// closingWords open a paragraph addressed to every unit: 各科室、各单位要…,
// 全院各部门要…, 局机关各科室务必…, 请各…; the addressees may be a list of
// any length, each of them short (各设区市卫生健康委、委机关各处室、委直属
// 各单位要…), or what they are asked is a date to report by (各股室、各单位
// 于每季度末月25日前将…报…).
var closingWords = regexp.MustCompile(`^(?:(?:全\p{Han}{1,2}|局机关|机关|院属|局属|委属)?各[^，。；、]{1,20}?(?:、[^，。；、]{1,20}?)*?(?:要|应当|应|务必|须|于(?:每|[0-9０-９]|[一二三四五六七八九十]{1,3}月|年底|年中|月底|季末|季度))|请各)`)

// caption is the line under a picture of an article copied from a web
// page: "▲图为新院区效果图", "（图为义诊现场）", "图片来源：…".
var caption = regexp.MustCompile(`^[▲△]?\s*[(（]?(?:图为|图片来源|图片|图\s*[:：])`)

// signOff is the line that signs a plan off, below its last item: the
// issuing office's name with a telephone in brackets, "办公室（联系电话：…）".
var signOff = regexp.MustCompile(`^\p{Han}{2,24}[(（][^()（）]*(?:电话|联系人|联系方式)[^()（）]*[)）]$`)

// pageNumber is a line that only numbers a page, as text pasted from a
// PDF or exported from an OA system keeps it between two lines of an
// item: "— 2 —", "- 3 -", "第4页", "第 4 页 共 9 页", "——第1页 共3页——".
var pageNumber = regexp.MustCompile(`^(?:[-—–－―]+\s*\d{1,3}\s*[-—–－―]+|[-—–－―]*\s*第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?\s*[-—–－―]*)$`)

// isDebris reports whether a line after a finished sentence is page debris
// rather than plan text: short, with no punctuation of a sentence.
func isDebris(s string) bool {
	return utf8.RuneCountInString(s) < 20 && !strings.ContainsAny(s, "，。；：、,;:")
}

// items turns numbered paragraphs into tasks: a paragraph with numbered
// paragraphs under it is a group, not a task; its children are the tasks.
func items(nodes []*node, year int, file string, ps *problems.List) []Item {
	// Numbers as cited: an item's own number when numbers are unique in the
	// plan; with the group's number in front when they restart.
	cite := map[*node]string{}
	byLevel := map[level]map[string]int{}
	for _, n := range nodes {
		if byLevel[n.level] == nil {
			byLevel[n.level] = map[string]int{}
		}
		byLevel[n.level][arabic(n.number)]++
	}
	restarts := map[level]bool{}
	for lv, m := range byLevel {
		for _, c := range m {
			if c > 1 {
				restarts[lv] = true
			}
		}
	}
	// A level whose items are tasks of their own beside items with a list
	// under them: the list's numbers, when each starts at 1, are the
	// item's (（二）…1.…2.… beside a （一） that is a task is cited 2.1).
	holdsTasks, runsOn := map[level]bool{}, map[level]bool{}
	for _, n := range nodes {
		if n.children == 0 {
			holdsTasks[n.level] = true
		}
		if len(n.kids) > 0 && arabic(n.kids[0].number) != "1" {
			runsOn[n.kids[0].level] = true
		}
	}
	owner := map[string]*node{}
	for _, n := range nodes {
		id := arabic(n.number)
		local := n.parent != nil && holdsTasks[n.parent.level] && !runsOn[n.level]
		// A (1) sub-item is always cited under its item: 3.2.
		if restarts[n.level] || n.level == subItem && n.parent != nil || local {
			switch {
			case n.parent != nil:
				id = cite[n.parent] + "." + id
			case n.sectionN != "":
				id = arabic(n.sectionN) + "." + id
			}
		}
		// "（三）…" with "1." items under it, beside "（一）": cited 3.1
		if o, ok := owner[id]; ok && o.level != n.level && o.children == 0 && n.parent != nil {
			id = cite[n.parent] + "." + id
		}
		owner[id] = n
		cite[n] = id
	}

	var out []Item
	defer func() {
		ps.Add(noLeads(out, file)...)
		ps.Add(groupsNoted(out, file)...)
		ps.Add(targetDoubts(out, file)...)
	}()
	seen := map[string]bool{}
	for i, n := range nodes {
		if n.children > 0 {
			continue
		}
		it := Item{ID: cite[n], Section: n.section, Line: n.line}
		if seen[it.ID] {
			ps.Add(lineProblem(file, n.line, problems.PlanDuplicateID,
				fmt.Sprintf("任务编号 %s 重复出现，已加上行号以区分", it.ID)))
			it.ID = fmt.Sprintf("%s-%d", it.ID, n.line)
		}
		seen[it.ID] = true
		text, due := cutDue(n.text.String())
		if d := cellDeadline(joinLines(n.fields[colDeadline]), year); d != "" {
			due = d // 完成时限 | 2027年6月底: the key/value row says it
		}
		// A group's text before its first child applies to its children:
		// its responsibility note is inherited when they name none.
		var inherited responsibility
		// key/value rows that name the lead (牵头处室 | 甲处) say who is
		// responsible; rows that name only partners add them to the note's
		fieldUnits, named := n.fields.units()
		ledByRows := named && n.fields.leadGiven()
		for p := n.parent; p != nil && !ledByRows; p = p.parent {
			if t, _ := cutDue(p.text.String()); !inherited.found() {
				if r := findResponsibility(t); r.found() {
					inherited = r
				}
			}
		}
		resp := findResponsibility(text)
		if !resp.found() && !inherited.found() && !ledByRows {
			inherited = listNote(n)
		}
		if !resp.found() && !inherited.found() && !ledByRows {
			inherited = aboveNote(nodes, i)
		}
		if !resp.found() && !inherited.found() && !ledByRows && n.sectionNote != "" {
			inherited = groupNote(n.sectionNote)
		}
		body := strings.TrimSpace(resp.rest)
		if !resp.found() {
			resp, body = inherited, text // the group's note, the item's own text
		}
		if body == "" {
			body = text
		}
		switch {
		case ledByRows:
			resp = fieldUnits
		case named:
			resp = resp.withPartners(fieldUnits)
		}
		it.Title, it.Content = splitTitle(body)
		if it.Content == "" {
			it.Content = it.Title
		}
		if !titleEnded(body) {
			ps.Add(lineProblem(file, n.line, problems.PlanTitleGuessed,
				fmt.Sprintf("任务 %s 的标题后没有句号，取第一个分句“%s”作为任务名称", it.ID, it.Title)))
		}
		it.setRoles(resp)
		if v := joinLines(n.fields[colNote]); v != "" {
			it.Note = strings.Trim(it.Note+"；"+v, "；")
		}
		it.Deadline, it.Targets = dueAndTargets(body, due, it.Title, year)
		out = append(out, it)
	}
	return out
}

// isNoteLine reports whether a line only names who is responsible:
// "（甲处负责）", "由甲处牵头，乙处配合。", "责任单位：甲处".
func isNoteLine(text string) bool {
	t, _ := cutDue(text)
	if t = strings.TrimRight(strings.TrimSpace(t), "。；; "); t == "" {
		return false
	}
	if r := findResponsibility(t); r.found() && strings.Trim(r.rest, "。；; ") == "" {
		return true
	}
	return onlyRoles(t)
}

// listNote returns the note a list of numbered paragraphs gives on a line
// of its own after its last one, when none of the others names anyone:
// "（1）……；（2）……；（3）……。" then "（甲处、乙处负责）" is the note of all
// three. It returns no responsibility when there is none.
func listNote(n *node) responsibility {
	if n.parent == nil {
		return responsibility{}
	}
	kids := n.parent.kids
	lastKid := kids[len(kids)-1]
	if lastKid == n || !lastKid.noteLine {
		return responsibility{}
	}
	for _, k := range kids[:len(kids)-1] {
		if t, _ := cutDue(k.text.String()); findResponsibility(t).found() {
			return responsibility{}
		}
	}
	t, _ := cutDue(lastKid.text.String())
	return findResponsibility(t)
}

// aboveNote returns the note that follows nodes[i] in its section and
// speaks of all the tasks above it ("以上任务由A牵头，B配合。" after the
// section's last item), or no responsibility when none does.
func aboveNote(nodes []*node, i int) responsibility {
	n := nodes[i]
	for _, m := range nodes[i:] {
		if m.section != n.section || m.sectionN != n.sectionN {
			break
		}
		if m.aboveNote != "" {
			return groupNote(m.aboveNote)
		}
	}
	return responsibility{}
}

// groupNote reads a note that speaks of a group of tasks: "以上任务由A牵头，
// B配合。", "本部分任务由A牵头（另有注明的除外）。"
func groupNote(note string) responsibility {
	t, _ := cutDue(saveExcept.ReplaceAllString(note, ""))
	if t = strings.Trim(t, "（）()。；;. "); onlyRoles(t) {
		return parseRoles(t)
	}
	return findResponsibility(t)
}

// labelLine is a line that opens with a label of units, of a person or of
// a deadline: "配合单位：…", "分管院领导：…", "完成时限：…".
var labelLine = regexp.MustCompile(`^\s*(?:` + roleLabel.String() + `|` + personWord + `|(?:` + dueWords + `)\s*[:：])`)

// spacedLabel is a label written without its colon: of units, of a person
// or of a deadline.
var spacedLabel = regexp.MustCompile(`^(?:` + roleLabelWords + `|` + personWords + `|` + dueWords + `)$`)

// colonLabels gives their colons to the labels of a line that writes them
// without, each label and its value set apart by spaces: "牵头领导 张某
// 牵头单位 甲办 责任单位 乙办、丙所" reads as "牵头领导：张某 牵头单位：甲办
// 责任单位：乙办、丙所". The line opens with a label and names two at least,
// each with a value after it; a label of a role alone (牵头, 配合) is none.
func colonLabels(t string) string {
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\u3000' })
	isLabel := func(f string) bool { return utf8.RuneCountInString(f) > 2 && spacedLabel.MatchString(f) }
	if len(fields) < 4 || !isLabel(fields[0]) {
		return t
	}
	labels := 0
	for i, f := range fields {
		if !isLabel(f) {
			continue
		}
		if i+1 == len(fields) || isLabel(fields[i+1]) {
			return t // a header of labels only: 牵头单位 配合单位 完成时限
		}
		labels++
		fields[i] = f + "："
	}
	if labels < 2 {
		return t
	}
	var b strings.Builder
	for i, f := range fields {
		if i > 0 && !strings.HasSuffix(fields[i-1], "：") {
			b.WriteString(" ")
		}
		b.WriteString(f)
	}
	return b.String()
}

// dueLabel is a deadline written under a label of its own, as 督办清单 and
// task lists written out in prose give it: "完成时限：2027年6月30日",
// "时间节点：6月底前". It starts a clause, or follows the note's bracket,
// and ends at the clause's end or at the next label.
var dueLabel = regexp.MustCompile(`(?:^|[；;。，,）)】\s])(?:` + dueWords + `)\s*[:：]\s*([^；;。，,（(【）)】]*?)\s*(?:[；;。，,]|$|[（(【）)】]|` + roleLabel.String() + `)`)

// cutDue takes an item's labelled deadline out of its text, so that the
// label is no part of a list of units nor of the content, and returns it.
func cutDue(text string) (rest, due string) {
	loc := dueLabel.FindStringSubmatchIndex(text)
	if loc == nil {
		return text, ""
	}
	due = strings.TrimSpace(text[loc[2]:loc[3]])
	end := loc[3]
	if r, size := utf8.DecodeRuneInString(text[end:]); strings.ContainsRune("；;。，, ", r) {
		end += size
	}
	start := loc[0]
	if r, size := utf8.DecodeRuneInString(text[start:]); strings.ContainsRune("；;。，,）)】 \t\u3000", r) {
		if r == '）' || r == ')' || r == '】' || r == '。' {
			start += size // the note's bracket, the sentence's end stay
		}
	}
	before := strings.TrimRight(text[:start], "；;，, \u3000")
	after := strings.TrimSpace(text[end:])
	switch {
	case before == "":
		rest = after
	case after == "":
		rest = before
	default:
		rest = before + "；" + after
	}
	return rest, due
}

// noLeads reports the items without a lead department: one problem each
// when a few lack one, one for all when most do (a plan that names none).
func noLeads(items []Item, file string) problems.List {
	var ids []string
	var lines []int
	for _, it := range items {
		if len(it.Leads) == 0 {
			ids, lines = append(ids, it.ID), append(lines, it.Line)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if len(ids)*2 > len(items) {
		return problems.List{problems.New(problems.PlanNoLead, source.Pos{File: file},
			fmt.Sprintf("%d 项任务中有 %d 项没有写明牵头单位（任务 %s）", len(items), len(ids), strings.Join(ids, "、")))}
	}
	var out problems.List
	for i, id := range ids {
		out.Add(lineProblem(file, lines[i], problems.PlanNoLead, fmt.Sprintf("任务 %s 没有写明牵头单位", id)))
	}
	return out
}

// groupsNoted reports the collective phrases put in 备注: one problem
// each when a few items have one, one for all when many do.
func groupsNoted(items []Item, file string) problems.List {
	var with []Item
	phrases := map[string]bool{}
	for _, it := range items {
		if len(it.groups) > 0 {
			with = append(with, it)
			for _, g := range it.groups {
				phrases[g] = true
			}
		}
	}
	var out problems.List
	if len(with) > 3 {
		var ids, ps []string
		for _, it := range with {
			ids = append(ids, it.ID)
		}
		for g := range phrases {
			ps = append(ps, g)
		}
		slices.Sort(ps)
		out.Add(problems.New(problems.PlanGroupNoted, source.Pos{File: file},
			fmt.Sprintf("%d 项任务写了泛指的说法（%s），不是具体单位，已记入备注（任务 %s）", len(with), strings.Join(ps, "、"), strings.Join(ids, "、"))))
		return out
	}
	for _, it := range with {
		out.Add(lineProblem(file, it.Line, problems.PlanGroupNoted,
			fmt.Sprintf("任务 %s 的“%s”不是具体单位，已记入备注", it.ID, strings.Join(it.groups, "、"))))
	}
	return out
}

// targetDoubts lists the targets read with a guess, one problem each.
func targetDoubts(items []Item, file string) problems.List {
	var out problems.List
	for _, it := range items {
		for _, t := range it.Targets {
			if t.Doubt != "" {
				out.Add(lineProblem(file, it.Line, problems.PlanTargetDoubt,
					fmt.Sprintf("任务 %s 的量化目标“%s”：%s（预期成果“%s”）", it.ID, t.Phrase, t.Doubt, t.Expected)))
			}
		}
	}
	return out
}

func lineProblem(file string, line int, code problems.Code, msg string) problems.Problem {
	return problems.New(code, source.Pos{File: file, Row: line}, msg).With("请核对任务总表中的这一项")
}

// splitTitle takes an item's title from its text: the first sentence when
// it is short, else the first clause.
func splitTitle(text string) (title, content string) {
	if i := strings.Index(text, "。"); i > 0 && utf8.RuneCountInString(text[:i]) <= 30 {
		return text[:i], strings.TrimSpace(text[i+len("。"):])
	}
	if i := strings.IndexAny(text, "，,；;：:"); i > 0 {
		return text[:i], text
	}
	if utf8.RuneCountInString(text) <= 30 {
		return strings.TrimRight(text, "。"), ""
	}
	r := []rune(text)
	return string(r[:30]), text
}

// titleEnded reports whether an item's title ends with a full stop, as
// plans write them.
func titleEnded(text string) bool {
	i := strings.Index(text, "。")
	return i > 0 && utf8.RuneCountInString(text[:i]) <= 30 || utf8.RuneCountInString(text) <= 30
}

// deadlineAndTargets finds the item's deadline (the latest it names, else
// the plan year's end) and its targets, each with the deadline nearest it.
func deadlineAndTargets(text, title string, year int) (string, []Target) {
	return dueAndTargets(text, "", title, year)
}

// dueAndTargets is deadlineAndTargets for an item that may give its
// deadline under a label of its own (due, "" when it does not): that one
// is the item's deadline when it reads as one.
func dueAndTargets(text, due, title string, year int) (string, []Target) {
	found := check.FindTargets(text)
	deadline := ""
	var latest time.Time
	if pd, err := check.ParseDeadline(due); due != "" && err == nil && !pd.In(year).IsZero() && pd.In(year).Year() >= year {
		deadline, latest = due, pd.In(year)
	}
	for _, phrase := range check.FindDeadlines(text) {
		if due != "" && deadline == due {
			break // the label says it
		}
		if inName(phrase, found) {
			continue // 高校毕业生年底就业率: when the rate is measured
		}
		phrase = strings.TrimPrefix(phrase, "在")
		pd, err := check.ParseDeadline(phrase)
		d := pd.In(year)
		// An earlier year is a baseline ("在2019年基础上"), not a deadline;
		// on the same date, "到2017年底" says it better than "2017年".
		if err != nil || d.IsZero() || d.Year() < year {
			continue
		}
		if d.After(latest) || d.Equal(latest) && bareYear.MatchString(deadline) && !bareYear.MatchString(phrase) {
			latest, deadline = d, phrase
		}
	}
	if deadline == "" {
		deadline = "年底前"
		if year != 0 {
			deadline = fmt.Sprintf("%d年底前", year)
		}
	}
	var targets []Target
	for _, f := range found {
		t := Target{Expected: f.Subject, Phrase: f.Phrase, Deadline: f.Deadline, Doubt: f.Doubt, Stretch: f.Stretch}
		if t.Expected == "" {
			t.Expected = title
			t.Doubt = "没有写明指标，预期成果暂用任务名称"
		}
		// 持续推进, 长期 are no deadline: the item's applies.
		if d, err := check.ParseDeadline(t.Deadline); t.Deadline == "" || err != nil || d.In(year).IsZero() || d.In(year).Year() < year {
			t.Deadline = deadline
		}
		if !slices.Contains(targets, t) {
			targets = append(targets, t)
		}
	}
	return deadline, targets
}

// inName reports whether a deadline phrase of an item's text is only part
// of an indicator's name: inside a target's subject, and the deadline of
// no target.
func inName(phrase string, found []check.Found) bool {
	in := false
	for _, f := range found {
		if f.Deadline == phrase {
			return false
		}
		if i := strings.Index(width.Fold.String(f.Subject), phrase); i > 0 {
			in = true
		}
	}
	return in
}

// arabic writes a Chinese numeral in digits: "十六" → "16"; digits are
// returned as they are.
func arabic(s string) string {
	if _, err := strconv.Atoi(s); err == nil {
		if t := strings.TrimLeft(s, "0"); t != "" {
			return t
		}
		return "0"
	}
	n, _ := numerals.Int(s)
	return strconv.Itoa(n)
}
