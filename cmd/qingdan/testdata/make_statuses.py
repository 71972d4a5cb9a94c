#!/usr/bin/env python3
"""Writes statuses.xlsx: one return built so that, as of 2026-09-30, each
status, light and evaluation problem appears. Run from this folder with
Debian's python3-openpyxl; TestCheckEveryStatus reads the result.
"""
from openpyxl import Workbook

# 任务编号, 任务名称, 完成时限, 预期成果, 目标值, 完成值, 完成状态, 基线值, expected (for the reader)
ROWS = [
    (1, "达标的任务", "年底前", "签约覆盖率", "保持在75%以上", "76.5%", "已完成", None),          # 已完成
    (2, "未达标的任务", "年底前", "预约诊疗率", "达到60%以上", "58.6%", "已完成", None),        # 未达标
    (3, "单位不一致", "年底前", "投入占比", "保持在29%以上", "26家", "已完成", None),            # 未达标, V05
    (4, "缺基线的相对目标", "年底前", "报销比例", "提高5个百分点", "35%", "已完成", None),      # 已完成, V07
    (5, "有基线的相对目标", "年底前", "报销比例", "提高5个百分点", "36%", "已完成", "30%"),     # 已完成
    (6, "逾期的任务", "上半年", "形成评估报告", None, None, "推进中", None),                     # 逾期
    (7, "未填状态", "年底前", "产前筛查率", "不低于85%", None, None, None),                      # 未报送
    (8, "自报滞后", "年底前", "规范管理率", "不低于65%", "58%", "滞后", None),                  # 滞后
    (9, "尚未启动", "年底前", "制定服务规范", None, None, "未启动", None),                       # 滞后 (25% left)
    (10, "落后于序时进度", "年底前", "新增重点专科", "不少于10个", "6个", "推进中", None),       # 滞后 (pace)
    (11, "按序时推进", "年底前", "引进高层次人才", "不少于30名", "25名", "推进中", None),       # 推进中
    (12, "小数形式的百分比", "年底前", "接种率", "≥95%", 0.962, "已完成", None),               # 已完成
    (13, "状态写错", "年底前", "健康素养水平", "25%以上", "26%", "见附件", None),                # 未报送, V04
    (14, "完成值写错", "年底前", "筛查人数", "不少于5000人", "见附件", "已完成", None),        # 未达标, V01
]

wb = Workbook()
ws = wb.active
ws.title = "填表说明"
ws["A3"], ws["B3"] = "填报单位", "测试处"
t = wb.create_sheet("任务清单")
t.append(["任务编号", "任务名称", "完成时限"])
r = wb.create_sheet("责任清单")
r.append(["任务编号", "牵头单位"])
o = wb.create_sheet("成果清单")
o.append(["任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "基线值"])
for tid, name, due, expected, target, actual, status, base in ROWS:
    t.append([tid, name, due])
    r.append([tid, "测试处"])
    o.append([tid, 1, expected, target, actual, status, base])
# 15: a task with no outcome row at all.
t.append([15, "没有成果行", "年底前"])
r.append([15, "测试处"])
wb.save("statuses.xlsx")
