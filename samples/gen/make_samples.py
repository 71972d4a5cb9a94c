#!/usr/bin/env python3
"""Writes qingdan's bundled samples: a fictional city's 2026 health work plan
(plan.txt) and the workbooks its departments sent back (returns/*.xlsx).

The returns are written with openpyxl, not by qingdan, so that the demo and the
tests read files made by another client, the way real returns are.

Run from the repository root:  python3 samples/gen/make_samples.py
Needs Debian's python3-openpyxl. The output is committed; CI does not run this.

The story the samples tell, as of 2026-09-30 (第三季度末), 48 outcomes:
  已完成 19, 推进中 16, 滞后 5, 逾期 3, 未达标 1, 未报送 4.
老龄健康处 sent nothing; 科技教育处 renamed and reordered its columns and put a
title row above them; 妇幼健康处 left one status blank.
滞后: 19 and 43 say so themselves; 15 and 30 have not started with less than
30% of their time left; 10 (新增…不少于10个, 6 so far) is behind 序时进度.
逾期: 5, 9 and 37 were due by June. 未达标: 8 (58.6% against 60%).
"""
import datetime
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

CITY = "青川市"
TITLE = "青川市卫生健康委员会2026年卫生健康工作要点"

SECTIONS = {
    1: "一、深化医药卫生体制改革",
    2: "二、提升医疗服务质量和安全水平",
    3: "三、夯实基层卫生健康服务网底",
    4: "四、织牢公共卫生防护网",
    5: "五、守护妇女儿童健康",
    6: "六、推动中医药传承创新发展",
    7: "七、积极应对人口老龄化",
    8: "八、强化科技教育和人才支撑",
    9: "九、推进卫生健康信息化和基础设施建设",
    10: "十、加强综合监督和机关自身建设",
}

# id, section, name, content (with its targets and deadline in words), lead,
# partners, 完成时限, outcomes [(预期成果, 目标值)]
TASKS = [
    (1, 1, "推进公立医院综合改革", "以建立现代医院管理制度为抓手，推动公立医院运行机制转变，优化收入结构，年底前医疗服务收入占医疗收入比例不低于36%。", "体制改革处", "医政医管处、财务处", "年底前", [("医疗服务收入占比", "不低于36%")]),
    (2, 1, "深化医保支付方式改革", "会同医保部门扩大按病种付费范围，年内按病种付费病种数不少于300个，发挥支付方式对医疗行为的引导作用。", "体制改革处", "财务处", "年底前", [("按病种付费病种数", "不少于300个")]),
    (3, 1, "建设紧密型医联体", "推动城市医疗集团和县域医共体网格化布局，年底前紧密型县域医共体实现全覆盖。", "体制改革处", "医政医管处、基层卫生健康处", "年底前", [("紧密型县域医共体覆盖率", "100%")]),
    (4, 1, "健全药品供应保障制度", "落实国家组织药品集中采购结果，9月底前委属医院集采药品配备使用率达到90%以上。", "体制改革处", "财务处", "9月底前", [("国家集采药品配备使用率", "≥90%")]),
    (5, 1, "规范医疗服务价格管理", "建立医疗服务价格动态调整机制，上半年完成年度价格调整评估并报市政府。", "财务处", "体制改革处", "上半年", [("完成医疗服务价格动态调整评估", "")]),
    (6, 1, "加强预算绩效管理", "强化预算执行进度监控，委属单位年度预算执行率达到95%以上。", "财务处", "办公室", "年底前", [("委属单位预算执行率", "95%以上")]),
    (7, 2, "持续提升医疗质量安全", "落实医疗质量安全核心制度，三级医院平均住院日控制在8天以内，住院患者抗菌药物使用率不超过60%。", "医政医管处", "科技教育处", "年底前", [("三级医院平均住院日", "控制在8天以内"), ("住院患者抗菌药物使用率", "不超过60%")]),
    (8, 2, "改善群众就医体验", "推广分时段预约、诊间结算和检查结果互认，二级以上医院预约诊疗率达到60%以上。", "医政医管处", "规划发展与信息化处", "年底前", [("二级以上医院预约诊疗率", "达到60%以上")]),
    (9, 2, "完善急诊急救体系", "加快胸痛、卒中、创伤中心建设，6月底前新增4家通过验收的救治中心。", "医政医管处", "疾病预防控制处", "6月底前", [("新增通过验收的救治中心", "4家")]),
    (10, 2, "加强临床重点专科建设", "围绕群众外出就医较多的病种，新增市级临床重点专科不少于10个。", "医政医管处", "科技教育处", "年底前", [("新增市级临床重点专科", "不少于10个")]),
    (11, 2, "做好血液保障工作", "深入开展无偿献血宣传招募，千人口献血率达到12‰以上。", "医政医管处", "", "年底前", [("千人口献血率", "12‰以上")]),
    (12, 3, "提升基层医疗服务能力", "开展优质服务基层行活动，达到服务能力推荐标准的乡镇卫生院和社区卫生服务中心不少于24家。", "基层卫生健康处", "医政医管处", "年底前", [("达到推荐标准的基层机构", "不少于24家")]),
    (13, 3, "做实家庭医生签约服务", "优化签约服务包，重点人群签约服务覆盖率保持在75%以上。", "基层卫生健康处", "妇幼健康处、老龄健康处", "年底前", [("重点人群签约服务覆盖率", "保持在75%以上")]),
    (14, 3, "实施基本公共卫生服务项目", "人均基本公共卫生服务经费补助标准达到94元以上，及时足额拨付到位。", "基层卫生健康处", "疾病预防控制处、妇幼健康处、财务处", "年底前", [("人均基本公共卫生服务经费", "达到94元以上")]),
    (15, 3, "推进村卫生室标准化建设", "10月20日前新建标准化村卫生室50个以上，补齐村级服务短板。", "基层卫生健康处", "规划发展与信息化处", "10月20日前", [("新建标准化村卫生室", "50个以上")]),
    (16, 3, "加强乡村医生队伍建设", "实施乡村医生能力提升培训，年内实现在岗乡村医生培训全覆盖。", "基层卫生健康处", "科技教育处", "年底前", [("在岗乡村医生培训", "全覆盖")]),
    (17, 4, "巩固重大传染病防控成果", "健全多点触发监测预警机制，甲乙类传染病报告发病率控制在180/10万以内。", "疾病预防控制处", "医政医管处", "年底前", [("甲乙类传染病报告发病率", "控制在180/10万以内")]),
    (18, 4, "做好免疫规划工作", "规范预防接种门诊管理，适龄儿童免疫规划疫苗接种率保持在95%以上。", "疾病预防控制处", "妇幼健康处", "年底前", [("适龄儿童免疫规划疫苗接种率", "保持在95%以上")]),
    (19, 4, "加强慢性病综合防控", "推进高血压、糖尿病医防融合管理，高血压患者规范管理率不低于65%。", "疾病预防控制处", "基层卫生健康处", "年底前", [("高血压患者规范管理率", "不低于65%")]),
    (20, 4, "提升精神卫生服务水平", "落实严重精神障碍患者随访管理，规范管理率达到90%以上。", "疾病预防控制处", "医政医管处", "年底前", [("严重精神障碍患者规范管理率", "达到90%以上")]),
    (21, 4, "强化结核病防治", "落实结核病患者全程管理，肺结核患者成功治疗率90%以上。", "疾病预防控制处", "", "年底前", [("肺结核患者成功治疗率", "90%以上")]),
    (22, 4, "深入开展爱国卫生运动", "8月底前完成4个国家卫生乡镇复审迎检工作，巩固创卫成果。", "疾病预防控制处", "办公室", "8月底前", [("完成国家卫生乡镇复审", "4个")]),
    (23, 5, "全力保障母婴安全", "落实妊娠风险筛查评估和高危孕产妇专案管理，孕产妇死亡率控制在8/10万以内，婴儿死亡率控制在5‰以内。", "妇幼健康处", "医政医管处", "年底前", [("孕产妇死亡率", "控制在8/10万以内"), ("婴儿死亡率", "控制在5‰以内")]),
    (24, 5, "加强出生缺陷综合防治", "免费开展产前筛查和新生儿疾病筛查，产前筛查率不低于85%。", "妇幼健康处", "科技教育处", "年底前", [("产前筛查率", "不低于85%")]),
    (25, 5, "促进儿童健康发展", "推进儿童早期发展服务，3岁以下儿童系统管理率达到90%以上。", "妇幼健康处", "基层卫生健康处", "年底前", [("3岁以下儿童系统管理率", "达到90%以上")]),
    (26, 5, "发展普惠托育服务", "扩大普惠托育供给，每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "妇幼健康处", "老龄健康处、财务处", "年底前", [("每千人口托位数", "4.5个")]),
    (27, 6, "提升中医药服务能力", "推进基层中医馆建设，能够提供中医药服务的基层医疗卫生机构占比达到100%。", "中医药处", "医政医管处", "年底前", [("提供中医药服务的基层机构占比", "100%")]),
    (28, 6, "推进中医药传承创新", "建设名老中医药专家传承工作室不少于5个，整理推广特色诊疗技术。", "中医药处", "科技教育处", "年底前", [("名老中医药专家传承工作室", "不少于5个")]),
    (29, 6, "加强中医药文化传播", "三季度末前开展中医药文化进校园、进社区活动20场以上。", "中医药处", "办公室", "三季度末", [("中医药文化进校园进社区活动", "20场以上")]),
    (30, 6, "发展中医治未病服务", "制定中医治未病服务规范，在二级以上中医医院推广应用。", "中医药处", "基层卫生健康处", "年底前", [("制定治未病服务规范", "")]),
    (31, 7, "健全老年健康服务体系", "推动二级以上综合医院设立老年医学科，设置比例达到60%以上。", "老龄健康处", "医政医管处、基层卫生健康处", "年底前", [("二级以上综合医院设老年医学科比例", "达到60%以上")]),
    (32, 7, "深入推进医养结合", "支持医疗机构与养老机构签约合作，新增医养结合机构8家以上。", "老龄健康处", "基层卫生健康处、中医药处", "年底前", [("新增医养结合机构", "8家以上")]),
    (33, 7, "创建老年友善医疗机构", "开展老年友善医疗机构创建，综合性医院老年友善医疗机构覆盖率达到85%以上。", "老龄健康处", "医政医管处", "年底前", [("老年友善医疗机构覆盖率", "85%以上")]),
    (34, 8, "加强卫生人才队伍建设", "实施卫生健康人才引育计划，年内引进高层次卫生人才不少于30名。", "科技教育处", "办公室", "年底前", [("引进高层次卫生人才", "不少于30名")]),
    (35, 8, "抓好住院医师规范化培训", "加强培训基地过程管理，住院医师规范化培训结业考核通过率95%以上。", "科技教育处", "医政医管处", "年底前", [("结业考核通过率", "95%以上")]),
    (36, 8, "推动医学科研创新", "支持重点学科开展临床研究，获得市级以上科研立项不少于40项。", "科技教育处", "中医药处", "年底前", [("市级以上科研立项", "不少于40项")]),
    (37, 8, "规范继续医学教育", "上半年完成年度继续医学教育学分审验，推进学分管理信息化。", "科技教育处", "基层卫生健康处", "上半年", [("完成继续医学教育学分审验", "")]),
    (38, 9, "建设全民健康信息平台", "推进电子病历系统应用水平分级评价，二级以上医院电子病历应用水平平均级别达到4级以上。", "规划发展与信息化处", "医政医管处、疾病预防控制处", "年底前", [("电子病历应用水平平均级别", "达到4级以上")]),
    (39, 9, "推广居民电子健康卡", "实现电子健康卡在医疗机构通用，普及率不低于80%。", "规划发展与信息化处", "医政医管处", "年底前", [("电子健康卡普及率", "不低于80%")]),
    (40, 9, "加快重点项目建设", "推进市第二人民医院新院区等重点项目，年底前完成主体工程。", "规划发展与信息化处", "财务处", "年底前", [("市第二人民医院新院区主体工程完工", "")]),
    (41, 10, "强化卫生健康综合监督执法", "全面推行双随机一公开监管，双随机抽查任务完成率100%。", "综合监督处", "医政医管处、疾病预防控制处", "年底前", [("双随机抽查任务完成率", "100%")]),
    (42, 10, "开展医疗乱象专项整治", "聚焦欺诈骗保、虚假宣传等问题开展专项整治，9月底前形成整治报告。", "综合监督处", "医政医管处", "9月底前", [("形成专项整治报告", "")]),
    (43, 10, "加强职业健康监管", "督促用人单位落实主体责任，重点行业职业病危害项目申报率达到95%以上。", "综合监督处", "疾病预防控制处", "年底前", [("职业病危害项目申报率", "达到95%以上")]),
    (44, 10, "全面加强机关党的建设", "落实全面从严治党主体责任，推进模范机关创建。", "办公室", "各相关处室", "年底前", [("完成年度党建工作任务", "")]),
    (45, 10, "做好政务公开和宣传工作", "加强政策解读和健康科普，全年发布政务信息不少于200条。", "办公室", "规划发展与信息化处", "年底前", [("发布政务信息", "不少于200条")]),
    (46, 10, "抓好安全生产和应急管理", "健全卫生应急预案体系，组织卫生应急演练不少于6次。", "办公室", "医政医管处、疾病预防控制处", "年底前", [("组织卫生应急演练", "不少于6次")]),
]

# What each lead reported, by (task, outcome): 完成状态, 完成值, 进展情况, 佐证材料, 完成日期.
# A percent value given as a float is written as a percent-formatted number.
RESULTS = {
    (1, 1): ("推进中", 0.348, "已印发现代医院管理制度实施方案，收入结构持续优化。", "", None),
    (2, 1): ("已完成", "312个", "按病种付费病种扩大到312个，已全面实施。", "青医保发〔2026〕12号", "2026-08-20"),
    (3, 1): ("推进中", "85%", "已有6个县建成紧密型医共体，其余正在推进。", "", None),
    (4, 1): ("已完成", 0.935, "集采药品配备使用率93.5%。", "集采药品使用监测报表", "2026-09-15"),
    (5, 1): ("推进中", "", "评估报告初稿已完成，正在征求意见。", "", None),
    (6, 1): ("推进中", 0.72, "截至9月底预算执行率72%，正在督促进度。", "", None),
    (7, 1): ("已完成", "7.6天", "三级医院平均住院日7.6天。", "医疗质量监测月报", "2026-09-10"),
    (7, 2): ("已完成", "52.3%", "抗菌药物使用率52.3%。", "医疗质量监测月报", "2026-09-10"),
    (8, 1): ("已完成", "58.6%", "全市二级以上医院均已开通分时段预约。", "预约诊疗统计表", "2026-09-12"),
    (9, 1): ("推进中", "3家", "已有3家通过验收，1家待省级验收。", "", None),
    (10, 1): ("推进中", "6个", "已评审通过6个市级临床重点专科。", "", None),
    (11, 1): ("已完成", "12.6‰", "千人口献血率12.6‰。", "血站统计报表", "2026-09-25"),
    (12, 1): ("已完成", "26家", "26家机构达到推荐标准。", "验收通报", "2026-09-05"),
    (13, 1): ("推进中", 0.714, "签约覆盖率71.4%，四季度开展集中签约。", "", None),
    (14, 1): ("已完成", "94元", "经费已足额拨付。", "青财社〔2026〕33号", "2026-07-30"),
    (15, 1): ("未启动", "", "选址工作尚未完成。", "", None),
    (16, 1): ("推进中", "90%", "已培训在岗乡村医生的90%。", "", None),
    (17, 1): ("已完成", "152.6/10万", "报告发病率152.6/10万。", "传染病疫情分析报告", "2026-09-28"),
    (18, 1): ("推进中", "96.2%", "接种率保持较高水平。", "", None),
    (19, 1): ("滞后", "58%", "部分区县随访不到位，已下发督办通知。", "", None),
    (20, 1): ("已完成", "92.1%", "规范管理率92.1%。", "精神卫生信息系统报表", "2026-09-20"),
    (21, 1): ("推进中", "89%", "成功治疗率89%，年底前可达标。", "", None),
    (22, 1): ("已完成", "4个", "4个乡镇均通过复审。", "复审结果通知", "2026-08-26"),
    (23, 1): ("已完成", "6.5/10万", "孕产妇死亡率6.5/10万。", "妇幼卫生年报", "2026-09-22"),
    (23, 2): ("已完成", "3.2‰", "婴儿死亡率3.2‰。", "妇幼卫生年报", "2026-09-22"),
    (24, 1): ("推进中", "83%", "产前筛查率83%。", "", None),
    (25, 1): ("", "", "", "", None),
    (26, 1): ("推进中", "4.1个", "新增普惠托位1200个。", "", None),
    (27, 1): ("已完成", "100%", "全部基层机构能够提供中医药服务。", "中医馆验收名单", "2026-06-30"),
    (28, 1): ("推进中", "3个", "3个工作室已挂牌。", "", None),
    (29, 1): ("已完成", "２２场", "开展活动22场。", "活动简报", "2026-09-18"),
    (30, 1): ("未启动", "", "拟于四季度启动。", "", None),
    (34, 1): ("推进中", "21名", "已引进21名。", "", None),
    (35, 1): ("已完成", "96.8%", "结业考核通过率96.8%。", "考核结果通报", "2026-08-15"),
    (36, 1): ("已完成", "43项", "获市级以上立项43项。", "立项文件", "2026-09-01"),
    (37, 1): ("推进中", "", "学分审验系统正在升级。", "", None),
    (38, 1): ("推进中", "3.6级", "平均级别3.6级。", "", None),
    (39, 1): ("已完成", "82.4%", "电子健康卡普及率82.4%。", "平台统计", "2026-09-16"),
    (40, 1): ("推进中", "", "主体工程完成70%。", "", None),
    (41, 1): ("推进中", "78%", "已完成抽查任务的78%。", "", None),
    (42, 1): ("已完成", "", "专项整治报告已报委党组。", "整治工作报告", "2026-09-26"),
    (43, 1): ("滞后", "80%", "部分企业申报不及时，已约谈。", "", None),
    (44, 1): ("推进中", "", "按计划推进模范机关创建。", "", None),
    (45, 1): ("已完成", "215条", "全年信息发布任务已提前完成。", "政务公开平台统计", "2026-09-20"),
    (46, 1): ("推进中", "5次", "已组织演练5次。", "", None),
}

# Cooperating units' feedback on tasks they help with: (task, outcome) → (unit, 进展情况).
FEEDBACK = {
    (31, 1): ("医政医管处", "已配合完成二级以上综合医院老年医学科设置情况摸底。"),
    (3, 1): ("基层卫生健康处", "已配合制定医共体基层成员单位考核办法。"),
}

MISSING = {"老龄健康处"}

REPORT_DATES = {
    "体制改革处": "2026-09-28", "财务处": "2026年9月29日", "医政医管处": "2026-09-28",
    "基层卫生健康处": "2026.9.29", "疾病预防控制处": "2026-09-30", "妇幼健康处": "2026-09-29",
    "中医药处": "2026-09-27", "科技教育处": "2026-09-30", "规划发展与信息化处": "2026-09-28",
    "综合监督处": "2026-09-29", "办公室": "2026-09-30",
}

FILE_NAMES = {
    "医政医管处": "医政医管处-成果清单(1).xlsx",
    "科技教育处": "科技教育处-重点工作任务清单.xlsx",
}

HEADER_FONT = Font(name="黑体", bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


def plan_text():
    lines = [TITLE, "", "2026年全市卫生健康工作的总体要求是：坚持以人民健康为中心，"
             "深化医药卫生体制改革，补短板、强基层、建机制，推动卫生健康事业高质量发展。", ""]
    section = 0
    for (tid, sec, name, content, lead, partners, _deadline, _outcomes) in TASKS:
        if sec != section:
            section = sec
            lines += [SECTIONS[sec], ""]
        resp = "牵头处室：" + lead
        if partners:
            resp += "；配合处室：" + partners
        lines += [f"{tid}.{name}。{content}（{resp}）", ""]
    return "\n".join(lines)


def date_value(s):
    if not s:
        return None
    return datetime.datetime.strptime(s, "%Y-%m-%d")


def involved(dept):
    """The tasks a department leads, then those it helps with."""
    led = [t for t in TASKS if t[4] == dept]
    helped = [t for t in TASKS if t[4] != dept and dept in t[5].split("、")]
    return led + helped


def header(ws, row, names):
    for i, n in enumerate(names, start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def set_value(cell, value):
    if isinstance(value, float):
        cell.value = value
        cell.number_format = "0.0%"
    elif isinstance(value, datetime.datetime):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        cell.value = value if value != "" else None


def report_date(dept):
    s = REPORT_DATES[dept]
    try:
        return date_value(s)
    except ValueError:
        return s  # typed as text, the way some departments do


def standard_return(dept, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    ws["A1"] = "2026年重点工作任务清单（填表说明）"
    ws["A3"], ws["B3"] = "填报单位", dept
    ws["A4"], ws["B4"] = "报送期间", "2026年第三季度"

    tasks = involved(dept)
    t = wb.create_sheet("任务清单")
    header(t, 1, ["任务编号", "所属板块", "任务名称", "工作内容", "完成时限", "备注"])
    r = wb.create_sheet("责任清单")
    header(r, 1, ["任务编号", "牵头单位", "配合单位", "分管领导", "责任人", "联系人", "联系电话"])
    o = wb.create_sheet("成果清单")
    cols = ["任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态", "进展情况", "佐证材料", "完成日期", "填报单位", "填报日期"]
    if dept == "综合监督处":
        cols.append("审核人")  # a column of its own, not in the template
    header(o, 1, cols)
    for (tid, sec, name, content, lead, partners, deadline, outcomes) in tasks:
        t.append([tid, SECTIONS[sec][2:], name, content, deadline, "" if lead == dept else "配合"])
        mine = lead == dept
        r.append([tid, lead, partners, "王副主任" if mine else None, "李" + dept[:1] + "科" if mine else None,
                  "张" + dept[:1] if mine else None, "0571-8800" + str(1000 + tid) if mine else None])
        for oid, (expected, target) in enumerate(outcomes, start=1):
            if mine:
                status, actual, progress, evidence, done = RESULTS[(tid, oid)]
                row = [tid, oid, expected, target or None, None, status or None, progress or None, evidence or None,
                       None, dept if status else None, report_date(dept) if status else None]
                o.append(row)
                n = o.max_row
                set_value(o.cell(row=n, column=5), actual)
                set_value(o.cell(row=n, column=9), date_value(done))
                set_value(o.cell(row=n, column=11), row[10])
                if dept == "综合监督处":
                    o.cell(row=n, column=12, value="赵审核")
            elif FEEDBACK.get((tid, oid), ("",))[0] == dept:
                o.append([tid, oid, expected, target or None, None, None, FEEDBACK[(tid, oid)][1], None, None, dept,
                          report_date(dept)])
                set_value(o.cell(row=o.max_row, column=11), report_date(dept))
    if dept == "办公室":
        o.append([])
        o.append(["注：以上数据截至2026年9月25日，由办公室汇总。"])
    for ws_, widths in ((t, [10, 22, 24, 50, 12, 8]), (r, [10, 18, 26, 10, 10, 10, 14]), (o, [10, 10, 26, 18, 12, 10, 36, 20, 12, 14, 12])):
        for i, w in enumerate(widths, start=1):
            ws_.column_dimensions[chr(64 + i)].width = w
    wb.save(path)


def messy_return(dept, path):
    """科技教育处 made its own: a title row, sheets and columns renamed and
    reordered, no 填报单位 column and no 填表说明 sheet."""
    wb = Workbook()
    tasks = involved(dept)
    t = wb.active
    t.title = "重点任务清单"
    t["A1"] = CITY + "卫生健康委科技教育处2026年重点工作任务"
    t.merge_cells("A1:E1")
    header(t, 2, ["序号", "工作任务", "时间节点", "主要内容", "板块"])
    r = wb.create_sheet("责任分工")
    r["A1"] = "责任分工表"
    header(r, 2, ["编号", "牵头处室", "配合处室", "责任人", "联系方式"])
    o = wb.create_sheet("进展情况表")
    o["A1"] = CITY + "卫生健康委科技教育处2026年第三季度工作进展"
    o.merge_cells("A1:H1")
    header(o, 2, ["序号", "指标", "目标", "状态", "实际完成值", "工作进展", "证明材料", "完成时间"])
    for (tid, sec, name, content, lead, partners, deadline, outcomes) in tasks:
        t.append([str(tid), name, deadline, content, SECTIONS[sec][2:]])
        r.append([str(tid), lead, partners, "孙科长" if lead == dept else None, "0571-88002233" if lead == dept else None])
        if lead != dept:
            continue
        for oid, (expected, target) in enumerate(outcomes, start=1):
            status, actual, progress, evidence, done = RESULTS[(tid, oid)]
            o.append([str(tid), expected, target or None, status, actual or None, progress, evidence or None,
                      date_value(done)])
            set_value(o.cell(row=o.max_row, column=8), date_value(done))
    wb.save(path)


def main():
    with open(os.path.join(ROOT, "plan.txt"), "w", encoding="utf-8") as f:
        f.write(plan_text() + "\n")
    out = os.path.join(ROOT, "returns")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".xlsx"):
            os.remove(os.path.join(out, name))
    depts = []
    for t in TASKS:
        if t[4] not in depts:
            depts.append(t[4])
    for dept in depts:
        if dept in MISSING:
            continue
        path = os.path.join(out, FILE_NAMES.get(dept, dept + "-工作清单.xlsx"))
        if dept == "科技教育处":
            messy_return(dept, path)
        else:
            standard_return(dept, path)
    print(f"{len(TASKS)} tasks, {sum(len(t[7]) for t in TASKS)} outcomes, {len(depts)} lead units, "
          f"{len(depts) - len(MISSING)} returns", file=sys.stderr)


if __name__ == "__main__":
    main()
