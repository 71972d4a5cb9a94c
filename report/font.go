package report

import (
	_ "embed"
	"fmt"
	"sync"

	"golang.org/x/image/font/sfnt"
)

// The embedded fonts, made by fonts/build.sh; fonts/LICENSE-*.txt give their
// licences. They draw every role the user's fonts do not.
var (
	//go:embed fonts/wqy-microhei-gbk.ttf
	heiData []byte // 黑体 style, ASCII and GBK: 一、 headings, and every character the others lack
	//go:embed fonts/noto-serif-sc-gb2312.ttf
	songData []byte // 宋体 style, ASCII and GB 2312: the body and tables
	//go:embed fonts/noto-serif-sc-bold-gb2312.ttf
	boldSongData []byte // bold 宋体, the nearest to 小标宋: titles and the 版头
	//go:embed fonts/ukai-gb2312.ttf
	kaiData []byte // 楷体 style, ASCII and GB 2312: （一） headings
)

// SansFont returns the embedded 黑体 (文泉驿微米黑, every GBK character), for
// a page to show Chinese on a computer that has no Chinese font of its
// own. It must not be changed.
func SansFont() []byte { return heiData }

// builtin is an embedded font, parsed once for every document.
type builtin struct {
	family string // the fpdf family it is added as
	name   string // shown in messages
	data   []byte
	once   sync.Once
	font   *sfnt.Font
	err    error
}

func (b *builtin) parse() (*sfnt.Font, error) {
	b.once.Do(func() {
		b.font, b.err = sfnt.Parse(b.data)
		if b.err != nil {
			b.err = fmt.Errorf("内置字体%s: %w", b.name, b.err)
		}
	})
	return b.font, b.err
}

var (
	builtinHei  = &builtin{family: "wqy", name: "内置文泉驿微米黑（黑体）", data: heiData}
	builtinSong = &builtin{family: "notoserif", name: "内置思源宋体（宋体）", data: songData}
	builtinBold = &builtin{family: "notoserifbold", name: "内置思源宋体粗体（标题宋体）", data: boldSongData}
	builtinKai  = &builtin{family: "ukai", name: "内置文鼎PL楷体（楷体）", data: kaiData}
)

// builtins gives each role its embedded font; builtinHei also draws any
// character a role's fonts lack.
var builtins = map[Role]*builtin{
	Body:       builtinSong,
	Title:      builtinBold,
	Heading:    builtinHei,
	Subheading: builtinKai,
}

// missingGlyph stands in for a character the font cannot draw.
const missingGlyph = '□'

// Role is what a piece of text is, which decides its font.
type Role int

// Roles of text in a report.
const (
	Body       Role = iota // 正文 and tables: 仿宋
	Title                  // 标题: 小标宋, else 黑体
	Heading                // 一、: 黑体
	Subheading             // (一): 楷体
	// Extra is a font for the characters beyond U+FFFF (𠮷 in a name),
	// which the PDF library cannot draw as text: they are drawn as
	// outlines, visible and printable though not searchable.
	Extra
)

// String names a role in Chinese.
func (r Role) String() string {
	return [...]string{"正文", "标题", "一级标题", "二级标题", "扩展字库"}[r]
}

// Font is a TrueType font of the user's, to draw a role in.
type Font struct {
	Name string // shown in messages, such as the file name
	Data []byte
}

// Fonts maps roles to the fonts to draw them in. A role without one, and
// every character its font lacks, is drawn in the embedded font.
type Fonts map[Role]Font

// face is a font of a document, with what it covers. It is added to the
// PDF when first drawn with, so that only the fonts used are embedded.
type face struct {
	family string
	name   string
	data   []byte
	added  bool
	cov    *coverage
}

// coverage answers whether a font has a glyph for a character, and
// remembers the answer.
type coverage struct {
	font  *sfnt.Font
	buf   sfnt.Buffer
	known map[rune]bool
}

// newFace returns the face of an embedded font for a new document.
func (b *builtin) newFace() (*face, error) {
	f, err := b.parse()
	if err != nil {
		return nil, err
	}
	return &face{family: b.family, name: b.name, data: b.data, cov: &coverage{font: f, known: map[rune]bool{}}}, nil
}

// checkTrueType parses a font the PDF library is to embed: it must be a
// TrueType font (glyf outlines), not an OpenType CFF font or a collection.
func checkTrueType(data []byte) (*coverage, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("不是字体文件")
	}
	switch string(data[:4]) {
	case "OTTO":
		return nil, fmt.Errorf("是 OpenType（CFF）字体，PDF 库只能嵌入 TrueType 字体")
	case "ttcf":
		return nil, fmt.Errorf("是字体集（.ttc），PDF 库只能嵌入单个 TrueType 字体")
	case "\x00\x01\x00\x00", "true":
	default:
		return nil, fmt.Errorf("不是 TrueType 字体")
	}
	tables := map[string]bool{}
	n := int(data[4])<<8 | int(data[5])
	for i := 0; i < n && 12+16*i+4 <= len(data); i++ {
		tables[string(data[12+16*i:12+16*i+4])] = true
	}
	for _, t := range []string{"cmap", "glyf", "loca", "hmtx", "head"} {
		if !tables[t] {
			return nil, fmt.Errorf("缺少 %s 表，PDF 库无法嵌入", t)
		}
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("无法解析: %w", err)
	}
	return &coverage{font: f, known: map[rune]bool{}}, nil
}

func (c *coverage) has(r rune) bool {
	if r > 0xFFFF {
		// The PDF library cannot draw characters beyond the Basic
		// Multilingual Plane as text.
		return false
	}
	return c.hasGlyph(r)
}

// glyph returns the font's glyph for r, 0 when it has none.
func (c *coverage) glyph(r rune) sfnt.GlyphIndex {
	if v, ok := c.known[r]; ok && !v {
		return 0
	}
	i, err := c.font.GlyphIndex(&c.buf, r)
	if err != nil {
		i = 0
	}
	c.known[r] = i != 0
	return i
}

func (c *coverage) hasGlyph(r rune) bool {
	if v, ok := c.known[r]; ok {
		return v
	}
	i, err := c.font.GlyphIndex(&c.buf, r)
	v := err == nil && i != 0
	c.known[r] = v
	return v
}
