#!/bin/sh
# Rebuilds wqy-microhei-gbk.ttf, the font qingdan embeds in its reports: the
# first face of WenQuanYi Micro Hei (Debian's fonts-wqy-microhei), cut down to
# ASCII and the GBK character set (21,000+ Chinese characters, enough for
# personal and place names) so that the binary stays small.
#
#   apt-get install -y fonts-wqy-microhei python3-fonttools
#   sh report/fonts/build.sh
#
# WenQuanYi Micro Hei is licensed under Apache-2.0 (or GPLv3 with a font
# exception); see LICENSE-wqy-microhei.txt beside this script.
set -eu
here=$(dirname "$0")
src=${WQY_TTC:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
python3 - "$chars" <<'PY'
import sys
codes = set(range(0x20, 0x7F)) | {0xA0, 0xB7, 0x2014, 0x2026, 0x2248, 0x25A1, 0x3000}
for hi in range(0x81, 0xFF):
    for lo in range(0x40, 0xFF):
        try:
            codes.add(ord(bytes([hi, lo]).decode("gbk")))
        except UnicodeDecodeError:
            pass
with open(sys.argv[1], "w") as f:
    f.write(",".join("U+%04X" % c for c in sorted(codes)))
PY
python3 -m fontTools.subset "$src" --font-number=0 --unicodes-file="$chars" \
  --output-file="$here/wqy-microhei-gbk.ttf" --no-hinting --desubroutinize \
  --name-IDs='*' --name-languages='*' --drop-tables+=FFTM
ls -l "$here/wqy-microhei-gbk.ttf"
