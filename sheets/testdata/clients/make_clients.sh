#!/bin/sh
# Rebuilds the returns in this folder, written by real clients:
#   openpyxl (Debian's python3-openpyxl) writes them, LibreOffice
#   (soffice --headless) re-saves some, computing formulas as it does.
# Run from this folder: sh make_clients.sh
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys, datetime
from openpyxl import Workbook
from openpyxl.styles import Font
tmp = sys.argv[1]

# 1. A title row, a two-row header with merged upper cells, 任务编号 merged
#    over the two outcome rows of task 17, formulas for 完成值.
wb = Workbook(); ws = wb.active; ws.title = "成果清单"
ws["A1"] = "疾病预防控制处2026年第三季度工作进展"; ws.merge_cells("A1:G1")
ws.append(["基本信息", None, None, "完成情况", None, None, None])
ws.merge_cells("A2:C2"); ws.merge_cells("D2:G2")
ws.append(["任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "进展情况"])
ws.append([17, 1, "甲乙类传染病报告发病率", "控制在180/10万以内", "152.6/10万", "已完成", "监测系统运行平稳"])
ws.append([None, 2, "传染病报告及时率", "≥95%", "=90+6.5", "已完成", "按时报告"])
ws.merge_cells("A4:A5")
ws.append([18, 1, "免疫规划疫苗接种率", "保持在95%以上", "=0.962*100", "推进中", "第四季度开展查漏补种"])
wb.save(f"{tmp}/疾病预防控制处-成果清单.xlsx")

# 2. Percent and date cells, numbers as text, full-width digits, a line
#    break, a character beyond the Basic Multilingual Plane.
wb = Workbook(); ws = wb.active; ws.title = "填表说明"
ws["A3"], ws["B3"] = "填报单位", "妇幼健康处"
o = wb.create_sheet("成果清单")
o.append(["任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "进展情况", "完成日期", "填报日期"])
o.append([23, 1, "孕产妇死亡率", "控制在8/10万以内", "６．５/10万", "已完成", "高危孕产妇专案管理\n全覆盖", datetime.datetime(2026, 9, 22), "2026年9月29日"])
o.append([24, 1, "产前筛查率", "不低于85%", 0.83, "推进中", "筛查对象联系人：张𠮷", None, datetime.datetime(2026, 9, 29)])
o["E3"].number_format = "0%"
o["H2"].number_format = 'yyyy"年"m"月"d"日"'
o["I3"].number_format = "yyyy/m/d"
o.append(["25", "1", "3岁以下儿童系统管理率", "达到90%以上", "91.5", "已完成", None, None, None])
wb.save("openpyxl-妇幼健康处.xlsx")
PY
# LibreOffice re-saves the first workbook: merged cells kept, formulas
# computed and cached.
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir . "$tmp/疾病预防控制处-成果清单.xlsx" >/dev/null
# 3. A CSV with a title line, turned into a workbook by LibreOffice.
cat > "$tmp/综合监督处-进展.csv" <<'CSV'
综合监督处第三季度进展,,,,,
序号,指标,目标,实际完成值,状态,填报单位
41,双随机抽查任务完成率,100%,78%,推进中,综合监督处
42,形成专项整治报告,,,已完成,综合监督处
43,职业病危害项目申报率,达到95%以上,80%,滞后,综合监督处
CSV
soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir . "$tmp/综合监督处-进展.csv" >/dev/null
ls -l
