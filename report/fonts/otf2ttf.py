# Converts a CFF-outline OpenType font to TrueType outlines (glyf), the
# only kind the PDF library embeds: cubic curves become quadratic ones
# within a tolerance of one font unit. After fontTools' snippets/otf2ttf.py.
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src, recalcTimestamp=False)  # the same source gives the same bytes
order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
for t in ("CFF ", "VORG"):
    if t in font:
        del font[t]
glyf.compile(font)
maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
maxp.numGlyphs = len(order)
for k in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
    setattr(maxp, k, 0)
maxp.maxZones = 1
maxp.maxComponentElements = max((len(g.components) for g in glyf.glyphs.values() if g.isComposite()), default=0)
maxp.maxComponentDepth = 1 if maxp.maxComponentElements else 0
font["maxp"] = maxp
font["head"].indexToLocFormat = 0
post = font["post"]
post.formatType = 2.0
post.extraNames = []
post.mapping = {}
post.glyphOrder = order
font.sfntVersion = "\000\001\000\000"
font.save(dst)
