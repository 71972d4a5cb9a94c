package report

import (
	_ "embed"
	"fmt"
	"sync"

	"golang.org/x/image/font/sfnt"
)

// fontData is WenQuanYi Micro Hei cut to ASCII and GBK; fonts/build.sh makes
// it and fonts/LICENSE-wqy-microhei.txt gives its licence.
//
//go:embed fonts/wqy-microhei-gbk.ttf
var fontData []byte

const fontFamily = "wqy"

// missingGlyph stands in for a character the font cannot draw.
const missingGlyph = '□'

var (
	parseOnce  sync.Once
	parsedFont *sfnt.Font
	parseErr   error
)

func embeddedFont() (*sfnt.Font, error) {
	parseOnce.Do(func() {
		parsedFont, parseErr = sfnt.Parse(fontData)
		if parseErr != nil {
			parseErr = fmt.Errorf("内置字体: %w", parseErr)
		}
	})
	return parsedFont, parseErr
}

// coverage answers whether the font has a glyph for a character, and
// remembers the answer.
type coverage struct {
	font    *sfnt.Font
	buf     sfnt.Buffer
	known   map[rune]bool
	missing map[rune]bool // characters asked for and replaced
}

func newCoverage() (*coverage, error) {
	f, err := embeddedFont()
	if err != nil {
		return nil, err
	}
	return &coverage{font: f, known: map[rune]bool{}, missing: map[rune]bool{}}, nil
}

func (c *coverage) has(r rune) bool {
	if r > 0xFFFF {
		// The PDF library cannot draw characters beyond the Basic
		// Multilingual Plane with this font.
		return false
	}
	if v, ok := c.known[r]; ok {
		return v
	}
	i, err := c.font.GlyphIndex(&c.buf, r)
	v := err == nil && i != 0
	c.known[r] = v
	return v
}

// clean returns s with every character the font lacks replaced by □ and
// control characters other than line breaks made spaces.
func (c *coverage) clean(s string) string {
	ok := true
	for _, r := range s {
		if r < ' ' && r != '\n' || r >= ' ' && !c.has(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\n':
		case r < ' ':
			r = ' '
		case !c.has(r):
			c.missing[r] = true
			r = missingGlyph
		}
		out = append(out, r)
	}
	return string(out)
}
