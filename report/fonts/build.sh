#!/bin/sh
# Rebuilds the fonts qingdan embeds in its reports, each cut down so that the
# binary stays small: the 黑体 to ASCII and the GBK character set (21,000+
# Chinese characters, enough for personal and place names), the 宋体 and 楷体
# to ASCII and GB 2312 (6,763 characters, the set of the offices' own
# 仿宋_GB2312 and 楷体_GB2312; GBK cuts would be three times the size). A
# character beyond GB 2312 is drawn in the 黑体.
#
#   wqy-microhei-gbk.ttf  黑体 style, for 一、 headings, and for any character
#                         the others lack: the first face of WenQuanYi Micro
#                         Hei (Debian's fonts-wqy-microhei).
#   noto-serif-sc-gb2312.ttf       宋体 style, for the body and tables: Noto
#                         Serif CJK SC Regular (fonts-noto-cjk).
#   noto-serif-sc-bold-gb2312.ttf  bold 宋体, the nearest open font to 小标宋,
#                         for titles and the red 版头: Noto Serif CJK SC Bold.
#   ukai-gb2312.ttf       楷体 style, for （一） headings: the CN face of
#                         AR PL UKai (fonts-arphic-ukai).
#
#   apt-get install -y fonts-wqy-microhei fonts-noto-cjk fonts-arphic-ukai python3-fonttools
#   sh report/fonts/build.sh
#
# The PDF library embeds only TrueType (glyf) fonts: Noto's CFF outlines are
# converted by otf2ttf.py beside this script. Embedded bitmaps, layout
# tables and hinting are dropped: the PDF library uses none of them.
#
# WenQuanYi Micro Hei is licensed under Apache-2.0 (or GPLv3 with a font
# exception), Noto Serif CJK under the SIL Open Font License 1.1, AR PL UKai
# under the Arphic Public License; see the LICENSE-*.txt files beside this
# script.
set -eu
here=$(dirname "$0")
py=${PYTHON:-python3}
if ! "$py" -c 'import fontTools' 2>/dev/null && [ -x /usr/bin/python3 ]; then
  py=/usr/bin/python3 # Debian's python3-fonttools, when another python3 comes first
fi
gbk=$(mktemp)
gb2312=$(mktemp)
trap 'rm -f "$gbk" "$gb2312"' EXIT
"$py" - "$gbk" "$gb2312" <<'PY'
import sys
def charset(encoding, his, los):
    codes = set(range(0x20, 0x7F)) | {0xA0, 0xB7, 0x2014, 0x2026, 0x2248, 0x25A1, 0x3000}
    for hi in his:
        for lo in los:
            try:
                codes.add(ord(bytes([hi, lo]).decode(encoding)))
            except UnicodeDecodeError:
                pass
    return ",".join("U+%04X" % c for c in sorted(codes))
with open(sys.argv[1], "w") as f:
    f.write(charset("gbk", range(0x81, 0xFF), range(0x40, 0xFF)))
with open(sys.argv[2], "w") as f:
    f.write(charset("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)))
PY
subset() { # source face output characters
  "$py" -m fontTools.subset "$1" --font-number="$2" --unicodes-file="$4" \
    --output-file="$here/$3" --no-hinting --desubroutinize --layout-features='' \
    --name-IDs='*' --name-languages='*' \
    --drop-tables+=FFTM,EBDT,EBLC,EBSC,BDF,vhea,vmtx,VORG,GSUB,GPOS,GDEF
  ls -l "$here/$3"
}
subset "${WQY_TTC:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}" 0 wqy-microhei-gbk.ttf "$gbk"
noto=${NOTO_DIR:-/usr/share/fonts/opentype/noto}
subset "$noto/NotoSerifCJK-Regular.ttc" 2 noto-serif-sc-gb2312.otf "$gb2312" # face 2 is SC
"$py" "$here/otf2ttf.py" "$here/noto-serif-sc-gb2312.otf" "$here/noto-serif-sc-gb2312.ttf"
subset "$noto/NotoSerifCJK-Bold.ttc" 2 noto-serif-sc-bold-gb2312.otf "$gb2312"
"$py" "$here/otf2ttf.py" "$here/noto-serif-sc-bold-gb2312.otf" "$here/noto-serif-sc-bold-gb2312.ttf"
rm "$here/noto-serif-sc-gb2312.otf" "$here/noto-serif-sc-bold-gb2312.otf"
ls -l "$here"/noto-serif-sc-*.ttf
subset "${UKAI_TTC:-/usr/share/fonts/truetype/arphic/ukai.ttc}" 0 ukai-gb2312.ttf "$gb2312"
