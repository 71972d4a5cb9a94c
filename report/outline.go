package report

import (
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Characters beyond U+FFFF (𠮷, a family name) cannot be drawn as text by
// the PDF library. When the Extra font has them, they are drawn as filled
// outlines in the text's size and colour.

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72

// unitsPerEm scales glyph outlines: loading them at this many pixels per
// em gives coordinates in font units.
func (c *coverage) unitsPerEm() fixed.Int26_6 {
	return fixed.I(int(c.font.UnitsPerEm()))
}

// outlineAdvance is the width in mm of r drawn from the Extra font.
func (d *doc) outlineAdvance(r rune) float64 {
	c := d.outline
	adv, err := c.font.GlyphAdvance(&c.buf, c.glyph(r), c.unitsPerEm(), font.HintingNone)
	if err != nil {
		return d.size * ptToMM
	}
	return float64(adv) / 64 / float64(c.font.UnitsPerEm()) * d.size * ptToMM
}

// drawOutline draws r at x on the line of the box at y of height h, as
// text of the current size sits, and returns its width.
func (d *doc) drawOutline(r rune, x, y, h float64) float64 {
	c := d.outline
	segs, err := c.font.LoadGlyph(&c.buf, c.glyph(r), c.unitsPerEm(), nil)
	if err != nil {
		return d.outlineAdvance(r)
	}
	em := float64(c.font.UnitsPerEm())
	scale := d.size * ptToMM / em
	baseline := y + h/2 + 0.3*d.size*ptToMM // where fpdf puts a line's baseline
	// Loaded glyphs have y growing downwards, as the page has.
	pt := func(p fixed.Point26_6) (float64, float64) {
		return x + float64(p.X)/64*scale, baseline + float64(p.Y)/64*scale
	}
	d.pdf.SetFillColor(0, 0, 0)
	open := false
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				d.pdf.ClosePath()
			}
			d.pdf.MoveTo(pt(s.Args[0]))
			open = true
		case sfnt.SegmentOpLineTo:
			d.pdf.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			cx, cy := pt(s.Args[0])
			ex, ey := pt(s.Args[1])
			d.pdf.CurveTo(cx, cy, ex, ey)
		case sfnt.SegmentOpCubeTo:
			c1x, c1y := pt(s.Args[0])
			c2x, c2y := pt(s.Args[1])
			ex, ey := pt(s.Args[2])
			d.pdf.CurveBezierCubicTo(c1x, c1y, c2x, c2y, ex, ey)
		}
	}
	if open {
		d.pdf.ClosePath()
		d.pdf.DrawPath("f")
	}
	return d.outlineAdvance(r)
}
