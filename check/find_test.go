package check

import (
	"strings"
	"testing"
)

func TestFindTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // subject|phrase|target
	}{
		{"rate", "全县儿童免疫接种率保持在95%以上。", []string{"儿童免疫接种率|保持在95%以上|≥95%"}},
		{"distributive", "孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在12/10万、4‰和6‰以下。",
			[]string{"孕产妇死亡率|控制在12/10万以下|≤12/10万", "婴儿死亡率|控制在4‰以下|≤4‰", "5岁以下儿童死亡率|控制在6‰以下|≤6‰"}},
		{"list", "床位使用率达到85%、平均住院日不超过9天。", []string{"床位使用率|达到85%|≥85%", "平均住院日|不超过9天|≤9天"}},
		{"plain count", "新建老年关爱中心8家。", []string{"新建老年关爱中心|8家|≥8家"}},
		{"range", "选择1-2家医院开展试点。", []string{"选择医院开展试点|1-2家|1-2家"}},
		{"unrelated noun", "力争2-3家医院通过信息化5级评审。", []string{"医院通过信息化5级评审|2-3家|2-3家"}},
		{"pair", "完成12个卫生院改造和30个村卫生室建设。", []string{"完成卫生院改造|12个|≥12个", "完成村卫生室建设|30个|≥30个"}},
		{"bare after clause", "持续提升居民健康素养，并保持在30%以上。", []string{"居民健康素养|保持在30%以上|≥30%"}},
		{"same sentence", "门诊预约率达到60%以上，并较上年提高3个百分点。", []string{"门诊预约率|达到60%以上|≥60%", "门诊预约率|提高3个百分点|提高3个百分点"}},
		{"two rates", "婴儿死亡率和新生儿死亡率控制在4‰以下。", []string{"婴儿死亡率|控制在4‰以下|≤4‰", "新生儿死亡率|控制在4‰以下|≤4‰"}},
		{"coverage", "实现家庭医生签约服务全覆盖。", []string{"家庭医生签约服务|全覆盖|≥100%"}},
		{"people reached", "开展活动150场次，覆盖群众6万人次。", []string{"开展活动|150场次|≥150场次", "覆盖群众|6万人次|≥6万人次"}},
		{"a scope covered", "建立服务网络，覆盖全县12个乡镇。", nil},
		{"none at all", "较大以上道路交通事故零发生。", []string{"较大以上道路交通事故|零发生|≤0"}},
		{"none at all, quoted", "确保在押人员非正常死亡“零”发生。", []string{"在押人员非正常死亡|“零”发生|≤0"}},
		{"none at all after a count", "开展监所安全检查24次，重大安全事故实现零发生。", []string{"开展监所安全检查|24次|≥24次", "重大安全事故|零发生|≤0"}},
		{"no accident", "确保全年甲库安全生产事故零事故。", []string{"甲库安全生产事故|零事故|≤0"}},
		{"no casualty after a verb", "开展演练4次，实现汛期零伤亡。", []string{"开展演练|4次|≥4次", "汛期|零伤亡|≤0"}},
		{"doubled", "甲站服务点数量翻一番。", []string{"甲站服务点数量|增长100%|提高100%"}},
		{"baseline", "在完成80个病种的基础上，努力扩大病种数量。", nil},
		{"age only", "65周岁以上老年人健康体检率达到省定目标。", nil},
		{"age before rate", "5岁以下儿童死亡率控制在6‰以下。", []string{"5岁以下儿童死亡率|控制在6‰以下|≤6‰"}},
		{"a bound naming the things after it", "掌握10项以上急救技能的社区医生占比达到60%。", []string{"掌握10项以上急救技能的社区医生占比|达到60%|≥60%"}},
		{"a bound naming those after it, then a count", "年营收500万元以上文旅企业达到25家。", []string{"年营收500万元以上文旅企业|达到25家|≥25家"}},
		{"a bound on those reached", "惠及3000人以上困难群众。", []string{"惠及困难群众|3000人以上|≥3000人"}},
		{"a verb of work ending in a change verb", "完成背街小巷改造提升42条。", []string{"完成背街小巷改造提升|42条|≥42条"}},
		{"a verb of work ending in a change verb, in kilometres", "实施农村公路整治提升85公里。", []string{"实施农村公路整治提升|85公里|≥85公里"}},
		{"premises counted per check", "全年开展公共场所卫生监督检查不少于1.2万户次。", []string{"开展公共场所卫生监督检查|不少于1.2万户次|≥1.2万户次"}},
		{"vehicles counted per check", "全年检查营运客车不少于3600辆次。", []string{"检查营运客车|不少于3600辆次|≥3600辆次"}},
		{"a density of roads", "中心城区路网密度提高到7.5公里/平方公里。", []string{"中心城区路网密度|提高到7.5公里/平方公里|≥7.5公里/平方公里"}},
		{"a rate named by a distance", "中心城区公交站点500米覆盖率达到100%。", []string{"中心城区公交站点500米覆盖率|达到100%|≥100%"}},
		{"a rate named by a distance within", "地铁站点800米范围内公交接驳率不低于95%。", []string{"地铁站点800米范围内公交接驳率|不低于95%|≥95%"}},
		{"two degrees of satisfaction, one bar", "门诊患者满意度、住院患者满意度均达到92%。", []string{"门诊患者满意度|达到92%|≥92%", "住院患者满意度|达到92%|≥92%"}},
		{"a length broken through", "全市高速公路通车里程突破800公里。", []string{"高速公路通车里程|突破800公里|>800公里"}},
		{"a change by an amount of money", "人均基本公共卫生服务经费补助标准提高5元。", []string{"人均基本公共卫生服务经费补助标准|提高5元|提高5元"}},
		{"ages from to before rate", "0-3岁婴幼儿养育照护指导覆盖率达到85%。", []string{"0-3岁婴幼儿养育照护指导覆盖率|达到85%|≥85%"}},
		{"ages from to, full-width tilde", "3～6岁幼儿视力筛查率不低于90%。", []string{"3～6岁幼儿视力筛查率|不低于90%|≥90%"}},
		{"ages from to, a dash", "3—6岁儿童近视筛查率达到95%。", []string{"3—6岁儿童近视筛查率|达到95%|≥95%"}},
		{"ages from to of whom a count serves", "为0-6岁听障儿童提供康复训练1500人次。", []string{"为0-6岁听障儿童提供康复训练|1500人次|≥1500人次"}},
		{"count reaching a standard", "乡镇卫生院达到服务能力推荐标准2-3家。", []string{"乡镇卫生院达到服务能力推荐标准|2-3家|2-3家"}},
		{"indicator then places", "配备使用比例基层医疗机构不低于60%，二级医院不低于40%。", []string{"基层医疗机构配备使用比例|不低于60%|≥60%", "二级医院配备使用比例|不低于40%|≥40%"}},
		{"enumeration total", "开展甲、乙、丙等12项行动。", nil},
		{"each of two", "新增国家和省级示范区各1个。", []string{"新增国家示范区|1个|≥1个", "新增省级示范区|1个|≥1个"}},
		{"list with a numberless part", "选择3-5家二、三级医院、10-20个基层机构建立医联体。", []string{"选择二、三级医院|3-5家|3-5家", "基层机构建立医联体|10-20个|10-20个"}},
		{"enumerated", "①全县人均预期寿命达到79.5岁；②婴儿死亡率控制在4‰以下；（3）高血压患者规范管理率达到65%。",
			[]string{"人均预期寿命|达到79.5岁|≥79.5岁", "婴儿死亡率|控制在4‰以下|≤4‰", "高血压患者规范管理率|达到65%|≥65%"}},
		{"in brackets", "鼓励县医院增加康复床位(不少于20张)。", []string{"鼓励县医院增加康复床位|不少于20张|≥20张"}},
		{"coverage of the ones a bound names", "人口5000人以上的自然村实现全覆盖。", []string{"人口5000人以上的自然村|全覆盖|≥100%"}},
		{"a bound that names which, with no coverage", "30人以上大班额保持动态清零。", nil},
		{"a code in brackets", "可吸入颗粒物（PM10）年均浓度下降到45微克/立方米以下。", []string{"可吸入颗粒物（PM10）年均浓度|下降到45微克/立方米以下|≤45微克/立方米"}},
		{"a code before a rate", "H7N9流感病例报告率达到100%。", []string{"H7N9流感病例报告率|达到100%|≥100%"}},
		{"a bound before the verb", "至少培育5家农业产业化龙头企业。", []string{"培育农业产业化龙头企业|至少5家|≥5家"}},
		{"an adverb of time before the verb", "重大动物疫病免疫密度常年保持在90%以上。", []string{"重大动物疫病免疫密度|保持在90%以上|≥90%"}},
		{"always", "出栏合格率始终稳定在98%以上。", []string{"出栏合格率|稳定在98%以上|≥98%"}},
		{"uniformly", "农村供水水费补助标准统一提高到每户每年60元。", []string{"农村供水水费补助标准|提高到每户每年60元|≥60元"}},
		{"step by step", "公办幼儿园在园幼儿占比逐步提高到55%。", []string{"公办幼儿园在园幼儿占比|提高到55%|≥55%"}},
		{"further", "群众安全感满意度进一步提升至97%。", []string{"群众安全感满意度|提升至97%|≥97%"}},
		{"at an event", "在第十八届省运会上力争金牌总数达到45枚。", []string{"金牌总数|达到45枚|≥45枚"}},
		{"cut within", "企业开办时间压缩在1个工作日以内。", []string{"企业开办时间|压缩在1个工作日以内|≤1个工作日"}},
		{"raised to a bare value", "病例组合指数（CMI）提升至1.2，诊断相关分组数达到700组。", []string{"病例组合指数（CMI）|提升至1.2|≥1.2", "诊断相关分组数|达到700组|≥700组"}},
		{"a ratio", "医护比不低于1∶1.2，护理差错率≤0.1‰。", []string{"护理差错率|≤0.1‰|≤0.1‰"}},
		{"cut by", "一般性支出压减5%以上。", []string{"一般性支出|压减5%以上|降低5%"}},
		{"cut to", "会议数量压减到20个以内。", []string{"会议数量|压减到20个以内|≤20个"}},
		{"a bound before the verb, then a place", "每个乡镇不少于建成2个便民服务点。", []string{"每个乡镇建成便民服务点|不少于2个|≥2个"}},
		{"of which", "人均筹资不低于80元，其中城区达90元。", []string{"人均筹资|不低于80元|≥80元", "城区人均筹资|90元|≥90元"}},
		{"qualifying duration", "工龄不足3年的新发病例占比下降到4%以下。", []string{"工龄不足3年的新发病例占比|下降到4%以下|≤4%"}},
		{"shorten", "平均反应时间缩短至12分钟以内。", []string{"平均反应时间|缩短至12分钟以内|≤12分钟"}},
		{"area built", "新增绿色建筑面积120万平方米，新建人防工程面积5万平方米。",
			[]string{"新增绿色建筑面积|120万平方米|≥120万平方米", "新建人防工程面积|5万平方米|≥5万平方米"}},
		{"count with its other unit", "筹集保障性租赁住房1500套（间）。", []string{"筹集保障性租赁住房|1500套（间）|≥1500套"}},
		{"cut by", "审批时限压缩30%。", []string{"审批时限|压缩30%|降低30%"}},
		{"shortened by", "平均候诊时间缩短10%。", []string{"平均候诊时间|缩短10%|降低10%"}},
		{"average", "电子病历系统应用水平平均达到4.5级。", []string{"电子病历系统应用水平|达到4.5级|≥4.5级"}},
		{"how often, before", "每季度开展风险评估不少于1次。", []string{"开展风险评估|不少于1次|≥1次"}},
		{"how often, after", "在建工程质量安全检查每月不少于1次。", []string{"在建工程质量安全检查|不少于1次|≥1次"}},
		{"from an average of years", "因灾死亡失踪人数较前五年均值下降5%。", []string{"因灾死亡失踪人数|下降5%|降低5%"}},
		{"target in a bracket after a measure", "推行检查检验结果互认（互认项目不少于200项），减轻群众负担。", []string{"互认项目|不少于200项|≥200项"}},
		{"target in a bracket after a target", "门诊患者满意度达到92%以上（住院患者满意度不低于95%）。",
			[]string{"门诊患者满意度|达到92%以上|≥92%", "住院患者满意度|不低于95%|≥95%"}},
		{"phrase alone in a bracket", "鼓励综合医院增加康复床位（不少于30张）。", []string{"鼓励综合医院增加康复床位|不少于30张|≥30张"}},
		{"time unit", "平均候诊时间控制在30分钟以内。", []string{"平均候诊时间|控制在30分钟以内|≤30分钟"}},
		{"working days", "项目审批时间压缩至5个工作日以内。", []string{"项目审批时间|压缩至5个工作日以内|≤5个工作日"}},
		{"per thousand people", "药品抽检量达到每万人3批次。", []string{"药品抽检量|达到每万人3批次|≥3批次"}},
		{"ten thousands", "改造农村户厕2.4万座。", []string{"改造农村户厕|2.4万座|≥2.4万座"}},
		{"count then verb", "3.6万名60岁以上老年人完成能力评估。", []string{"60岁以上老年人完成能力评估|3.6万名|≥3.6万名"}},
		{"count then weak verb", "对4家中心卫生院能力建设给予补助。", nil},
		{"life expectancy", "人均预期寿命提高到80.2岁。", []string{"人均预期寿命|提高到80.2岁|≥80.2岁"}},
		{"all of them", "全县乡镇卫生院全部接入远程会诊平台。", []string{"乡镇卫生院接入远程会诊平台|全部|≥100%"}},
		{"all of a noun", "完成全部专业的检查事项。", nil},
		{"all of them reach a grade", "乡镇卫生院全部达到二级乙等水平。", nil},
		{"all of them reach a letter grade", "重点景区全部达到A级标准。", nil},
		{"all of them reach a standard", "乡镇卫生院全部达到服务能力基本标准。", []string{"乡镇卫生院达到服务能力基本标准|全部|≥100%"}},
		{"count after a comma", "新创建3个示范卫生院、5个示范卫生室，12个合格村卫生室。",
			[]string{"新创建示范卫生院|3个|≥3个", "示范卫生室|5个|≥5个", "合格村卫生室|12个|≥12个"}},
		{"baseline after indicator", "基本药物使用金额占比在2025年基础上提高3个百分点。", []string{"基本药物使用金额占比|提高3个百分点|提高3个百分点"}},
		{"from last year, again", "高血压患者检出率较上年再提高0.5‰。", []string{"高血压患者检出率|提高0.5‰|提高0.5‰"}},
		{"of which, another place", "三级医院每年选派进修不少于50名，其中县级医院不少于20名。",
			[]string{"三级医院每年选派进修|不少于50名|≥50名", "县级医院每年选派进修|不少于20名|≥20名"}},
		{"rate named by its kind", "深入推进村医签约服务试点，以村为单位覆盖率不低于30%。", []string{"村医签约服务覆盖率|不低于30%|≥30%"}},
		{"rate of what the clause before builds", "推进乡镇卫生院标准化建设，标准化率达到85%以上。", []string{"乡镇卫生院标准化率|达到85%以上|≥85%"}},
		{"by a share", "全面实施长期护理保险制度，按不低于医保基金的2%筹集资金。", []string{"长期护理保险筹集资金|不低于医保基金的2%|≥2%"}},
		{"shared predicate", "力争有95%的卫生院和80%的村卫生室能够提供康复服务。",
			[]string{"卫生院能够提供康复服务|95%|≥95%", "村卫生室能够提供康复服务|80%|≥80%"}},
		{"counted list", "落实随访制度、转诊通道和签约服务三个全覆盖。",
			[]string{"随访制度|全覆盖|≥100%", "转诊通道|全覆盖|≥100%", "签约服务|全覆盖|≥100%"}},
		{"rate then action", "按照5%抽查比例进行项目绩效考核。", []string{"项目绩效考核抽查比例|5%|≥5%"}},
		{"preposition jiang", "将人均补助标准提高到95元。", []string{"人均补助标准|提高到95元|≥95元"}},
		{"minutes and hours", "门诊等候时间不超过20分钟，每天户外活动时间不少于2小时。",
			[]string{"门诊等候时间|不超过20分钟|≤20分钟", "每天户外活动时间|不少于2小时|≥2小时"}},
		{"class hours", "组织校长培训不少于40学时。", []string{"组织校长培训|不少于40学时|≥40学时"}},
		{"form groups", "组建医疗集团3个。", []string{"组建医疗集团|3个|≥3个"}},
		{"verb after the thing", "市级示范社区新增4-6个。", []string{"新增市级示范社区|4-6个|4-6个"}},
		{"distributive with a shared tail", "城镇、农村学校生均用地面积分别达到20平方米、25平方米以上。",
			[]string{"城镇学校生均用地面积|达到20平方米以上|≥20平方米", "农村学校生均用地面积|达到25平方米以上|≥25平方米"}},
		{"short words share the tail", "高中、初中学生近视率分别控制在70%、60%以下。",
			[]string{"高中学生近视率|控制在70%以下|≤70%", "初中学生近视率|控制在60%以下|≤60%"}},
		{"one letter does not share", "市、县两级中心达标率达到90%以上。", []string{"市、县两级中心达标率|达到90%以上|≥90%"}},
		{"coverage through a verb", "午餐供应实现有需求学生全覆盖。", []string{"午餐供应有需求学生|全覆盖|≥100%"}},
		{"count after the opening verb", "选派15名业务骨干到上级医院进修。", []string{"选派业务骨干到上级医院进修|15名|≥15名"}},
		{"count after a verb, a project", "实施2个乡镇卫生院提标改造项目。", []string{"实施乡镇卫生院提标改造项目|2个|≥2个"}},
		{"count after for", "为6500名65岁以上老年人免费开展健康体检。", []string{"为65岁以上老年人免费开展健康体检|6500名|≥6500名"}},
		{"count after for and a place", "为全县建档立卡3200名脱贫人口开展体检。", []string{"为全县建档立卡脱贫人口开展体检|3200名|≥3200名"}},
		{"count closing the clause", "募集就业见习岗位500个。", []string{"募集就业见习岗位|500个|≥500个"}},
		{"rounds", "组织医疗机构消防安全检查4轮。", []string{"组织医疗机构消防安全检查|4轮|≥4轮"}},
		{"count then made into", "将2个县级医院打造成为区域医疗次中心。", []string{"县级医院打造成为区域医疗次中心|2个|≥2个"}},
		{"scope of an improving verb", "加强20种重点疾病专项救治。", nil},
		{"what there is", "全县现有乡镇卫生院15个。", nil},
		{"what a place has", "县医院现有职工860人。", nil},
		{"what they have", "患有5种慢病患者纳入管理。", nil},
		{"means, not a target", "按照3个标准开展绩效考核。", nil},
		{"means through a place", "依托2家县级医院建设远程会诊中心。", nil},
		{"a meeting held", "召开2次专题推进会。", []string{"召开专题推进会|2次|≥2次"}},
		{"distributive over named places", "县人民医院、县中医院病例组合指数分别达到0.95、0.85。",
			[]string{"县人民医院病例组合指数|达到0.95|≥0.95", "县中医院病例组合指数|达到0.85|≥0.85"}},
		{"distributive value with its own bound", "居民健康素养水平、15岁以上人群吸烟率分别达到34%、低于20%。",
			[]string{"居民健康素养水平|达到34%|≥34%", "15岁以上人群吸烟率|低于20%|<20%"}},
		{"distributive changes sharing a unit", "高血压、糖尿病患者规范管理率分别提高2个、3个百分点。",
			[]string{"高血压患者规范管理率|提高2个百分点|提高2个百分点", "糖尿病患者规范管理率|提高3个百分点|提高3个百分点"}},
		{"distributive after 缩短至", "三级医院、二级医院平均住院日分别缩短至7天、8天以内。",
			[]string{"三级医院平均住院日|缩短至7天以内|≤7天", "二级医院平均住院日|缩短至8天以内|≤8天"}},
		{"an indicator for towns and the country", "院前急救平均反应时间城区不超过12分钟、农村不超过20分钟。",
			[]string{"城区院前急救平均反应时间|不超过12分钟|≤12分钟", "农村院前急救平均反应时间|不超过20分钟|≤20分钟"}},
		{"distributive over insurances", "失业保险、工伤保险参保人数分别达到8.5万人、9.2万人。",
			[]string{"失业保险参保人数|达到8.5万人|≥8.5万人", "工伤保险参保人数|达到9.2万人|≥9.2万人"}},
		{"short words before a short indicator", "小学、初中入学率分别达到100%、99.5%以上。",
			[]string{"小学入学率|达到100%以上|≥100%", "初中入学率|达到99.5%以上|≥99.5%"}},
		{"one rate of two short words", "机构和人员持证率达到100%。", []string{"机构和人员持证率|达到100%|≥100%"}},
		{"a list that counts itself", "集成电路、新能源汽车两个产业集群产值分别达到820亿元、650亿元。",
			[]string{"集成电路产业集群产值|达到820亿元|≥820亿元", "新能源汽车产业集群产值|达到650亿元|≥650亿元"}},
		{"a list of three that counts itself", "城区、园区和镇区三类污水处理率分别达到98%、95%、90%。",
			[]string{"城区污水处理率|达到98%|≥98%", "园区污水处理率|达到95%|≥95%", "镇区污水处理率|达到90%|≥90%"}},
		{"type number in a name", "高血压、2型糖尿病患者规范管理率分别达到65%、62%。",
			[]string{"高血压患者规范管理率|达到65%|≥65%", "2型糖尿病患者规范管理率|达到62%|≥62%"}},
		{"counted by place", "免疫规划疫苗接种率以乡镇为单位达到95%以上。", []string{"免疫规划疫苗接种率|达到95%以上|≥95%"}},
		{"deadline opens the subject", "三季度完成老旧小区改造15个。", []string{"完成老旧小区改造|15个|≥15个"}},
		{"month deadline opens the subject", "9月底前新建健康驿站6个。", []string{"新建健康驿站|6个|≥6个"}},
		{"from the quarter before", "门诊预约率较上季度提高2个百分点。", []string{"门诊预约率|提高2个百分点|提高2个百分点"}},
		{"year on year", "住院人次同比下降5%。", []string{"住院人次|下降5%|降低5%"}},
		{"ordinal only", "启动第4批县域医共体试点建设。", nil},
		{"ordinal beside a target", "完成第2轮巡察，整改率达到100%。", []string{"整改率|达到100%|≥100%"}},
		{"enumerated after a colon", "开展专项督查：①督查覆盖率达到100%；②问题整改率不低于95%。",
			[]string{"督查覆盖率|达到100%|≥100%", "问题整改率|不低于95%|≥95%"}},
		{"amount that says which", "年营业收入超过5亿元的企业达到12家。", []string{"年营业收入超过5亿元的企业|达到12家|≥12家"}},
		{"level that says which", "公立医院信息化水平达到4级以上的比例达到50%。", []string{"公立医院信息化水平达到4级以上的比例|达到50%|≥50%"}},
		{"standard that says which", "检测能力达到国家标准的比例达到85%。", []string{"检测能力达到国家标准的比例|达到85%|≥85%"}},
		{"a verb with its other in brackets", "新（改）建农村公路80公里。", []string{"新（改）建农村公路|80公里|≥80公里"}},
		{"a number with a letter names a thing", "实现乡镇以上区域5G网络全覆盖。", []string{"乡镇以上区域5G网络|全覆盖|≥100%"}},
		{"a number with a letter, a count after", "新建5G基站1000个以上。", []string{"新建5G基站|1000个以上|≥1000个"}},
		{"a unit in letters", "抗菌药物使用强度控制在40DDDs。", []string{"抗菌药物使用强度|控制在40DDDs|≤40DDDs"}},
		{"a unit per person", "人均体育场地面积达到2.8平方米/人。", []string{"人均体育场地面积|达到2.8平方米/人|≥2.8平方米"}},
		{"none in words", "办件超期率为零。", []string{"办件超期率|为零|≤0"}},
		{"none in digits", "重大事故发生数为0。", []string{"重大事故发生数|0|≤0"}},
		{"funds saved", "设备采购项目节约资金500万元。", []string{"设备采购项目节约资金|500万元|≥500万元"}},
		{"costs saved", "机关食堂节约运行成本15万元。", []string{"机关食堂节约运行成本|15万元|≥15万元"}},
		{"time limit with no comparison word", "抵押登记1个工作日办结。", []string{"抵押登记|1个工作日办结|≤1个工作日"}},
		{"time limit within", "工程建设项目审批100个工作日内完成。", []string{"工程建设项目审批|100个工作日内完成|≤100个工作日"}},
		{"time limit before what is reached", "急救车辆平均10分钟到达现场。", []string{"急救车辆到达现场|10分钟到达|≤10分钟"}},
		{"time limit of a rule of service", "对群众投诉举报实行24小时响应。", nil},
		{"a duration with no verb of finishing", "汛期落实24小时值班值守。", nil},
		{"duration that says which", "投诉举报24小时内响应率达到98%。", []string{"投诉举报24小时内响应率|达到98%|≥98%"}},
		{"months", "基金累计结余可支付月数保持在6至9个月。", []string{"基金累计结余可支付月数|保持在6至9个月|6-9个月"}},
		{"mu", "新建高标准农田2.5万亩。", []string{"新建高标准农田|2.5万亩|≥2.5万亩"}},
		{"hectares", "完成废弃矿山生态修复面积260公顷。", []string{"完成废弃矿山生态修复面积|260公顷|≥260公顷"}},
		{"ten thousand hectares", "新增湿地保护面积1.2万公顷。", []string{"新增湿地保护面积|1.2万公顷|≥1.2万公顷"}},
		{"defined daily doses", "抗菌药物使用强度控制在40DDDs以下。", []string{"抗菌药物使用强度|控制在40DDDs以下|≤40DDDs"}},
		{"a word with 及 in a list", "投诉及时受理率、群众满意率均达到95%。", []string{"投诉及时受理率|达到95%|≥95%", "群众满意率|达到95%|≥95%"}},
		{"a word with 及, distributed", "疫苗接种及时率、健康教育普及率分别达到90%、80%。", []string{"疫苗接种及时率|达到90%|≥90%", "健康教育普及率|达到80%|≥80%"}},
		{"rates that share a topic", "投诉举报受理率、按期办结率均达到100%。", []string{"投诉举报受理率|达到100%|≥100%", "投诉举报按期办结率|达到100%|≥100%"}},
		{"rates that name their own", "孕产妇住院分娩率、产前筛查率均达到98%。", []string{"孕产妇住院分娩率|达到98%|≥98%", "产前筛查率|达到98%|≥98%"}},
		{"whole rates keep their names", "门诊患者满意率和住院患者满意率均达到90%。", []string{"门诊患者满意率|达到90%|≥90%", "住院患者满意率|达到90%|≥90%"}},
		{"hotline number in a name", "12345热线工单按时办结率不低于98%。", []string{"12345热线工单按时办结率|不低于98%|≥98%"}},
		{"a change by an amount of years", "全区人均预期寿命提高0.3岁，平均住院日缩短0.5天。", []string{"人均预期寿命|提高0.3岁|提高0.3岁", "平均住院日|缩短0.5天|降低0.5天"}},
		{"bound before a verb of equipping", "每个乡镇卫生院至少配备2名全科医生。", []string{"每个乡镇卫生院配备全科医生|至少2名|≥2名"}},
		{"count verb after its subject", "省级示范幼儿园新增2-3所。", []string{"新增省级示范幼儿园|2-3所|2-3所"}},
		{"count verb after a quoted subject", "达到“优质服务基层行”推荐标准的卫生院新增12家。", []string{"新增达到“优质服务基层行”推荐标准的卫生院|12家|≥12家"}},
		{"hotline numbers listed in a name", "投诉举报（12345、12320热线）办结率不低于95%。", []string{"投诉举报（12345、12320热线）办结率|不低于95%|≥95%"}},
		{"grade letters in a name", "新增3A以上等级社会组织8家。", []string{"新增3A以上等级社会组织|8家|≥8家"}},
		{"grade in a name", "争创5级养老机构1家。", []string{"争创5级养老机构|1家|≥1家"}},
		{"tonnage in a name", "建成5000吨级泊位2个。", []string{"建成5000吨级泊位|2个|≥2个"}},
		{"generation in a name", "新建5G基站300个。", []string{"新建5G基站|300个|≥300个"}},
		{"grade reached", "电子病历系统应用水平达到5级。", []string{"电子病历系统应用水平|达到5级|≥5级"}},
		{"count of who stays a count", "选派15名骨干赴上级医院进修。", []string{"选派骨干赴上级医院进修|15名|≥15名"}},
		{"investment completed", "全年完成基本建设投资1.8亿元。", []string{"完成基本建设投资|1.8亿元|≥1.8亿元"}},
		{"investment after a count", "完成水毁工程修复45处，投资1800万元。", []string{"完成水毁工程修复|45处|≥45处", "投资|1800万元|≥1800万元"}},
		{"sum sought", "争取中央和省级资金3亿元。", []string{"争取中央和省级资金|3亿元|≥3亿元"}},
		{"sum that says which", "推进总投资5亿元的项目建设。", nil},
		{"age with 及以上 before a rate", "65岁及以上老年人健康管理率达到70%。", []string{"65岁及以上老年人健康管理率|达到70%|≥70%"}},
		{"distributive over who", "孤儿、事实无人抚养儿童基本生活保障标准分别不低于1650元、1320元。",
			[]string{"孤儿基本生活保障标准|不低于1650元|≥1650元", "事实无人抚养儿童基本生活保障标准|不低于1320元|≥1320元"}},
		{"distributive over kinds of patient", "高血压、糖尿病患者签约管理人数分别达到1.2万人、0.6万人。",
			[]string{"高血压患者签约管理人数|达到1.2万人|≥1.2万人", "糖尿病患者签约管理人数|达到0.6万人|≥0.6万人"}},
		{"of which, a thing of its own", "开展新技术新项目不少于25项，其中四级手术新技术不少于6项。",
			[]string{"开展新技术新项目|不少于25项|≥25项", "四级手术新技术|不少于6项|≥6项"}},
		{"grades", "耕地质量等级提升0.2个等级。", []string{"耕地质量等级|提升0.2个等级|提高0.2个等级"}},
		{"of which, a share", "办理案件不少于600件，其中食品安全案件占比不低于30%。",
			[]string{"办理案件|不少于600件|≥600件", "食品安全案件占比|不低于30%|≥30%"}},
		{"a change of no amount in a name", "化工园区安全整治提升“回头看”覆盖率100%。", []string{"化工园区安全整治提升“回头看”覆盖率|100%|≥100%"}},
		{"a range with its unit twice", "网格员配备率达到95%-100%。", []string{"网格员配备率|达到95%-100%|95-100%"}},
		{"a word ending in 为", "查处酒驾醉驾违法行为1500起以上。", []string{"查处酒驾醉驾违法行为|1500起以上|≥1500起"}},
		{"a quoted number names", "“120”急救平均到达时间缩短到15分钟以内。", []string{"“120”急救平均到达时间|缩短到15分钟以内|≤15分钟"}},
		{"a range between", "土地流转率保持在55%—65%之间。", []string{"土地流转率|保持在55%—65%之间|55-65%"}},
		{"all of them reach", "村级集体经济经营性收入全部达到25万元以上。", []string{"村级集体经济经营性收入|达到25万元以上|≥25万元"}},
		{"cut to at most", "学科类校外培训机构压减至5家以内。", []string{"学科类校外培训机构|压减至5家以内|≤5家"}},
		{"verb before, end after", "扩大茶叶种植面积至1.5万亩。", []string{"茶叶种植面积|扩大至1.5万亩|≥1.5万亩"}},
		{"verb before, end after, down", "压减校外培训机构到5家。", []string{"校外培训机构|压减到5家|≤5家"}},
		{"money pooled", "统筹涉农资金4500万元。", []string{"统筹涉农资金|4500万元|≥4500万元"}},
		{"of which, money of its own", "统筹涉农资金4500万元，其中镇级配套资金不少于600万元。",
			[]string{"统筹涉农资金|4500万元|≥4500万元", "镇级配套资金|不少于600万元|≥600万元"}},
		{"a bound that says which", "城镇学校56人以上大班额保持动态清零。", nil},
		{"a bound that says which, with 的", "坚决遏制一次死亡3人以上的较大道路交通事故。", nil},
		{"a bound on those it is done for", "惠及5000人以上群众。", []string{"惠及群众|5000人以上|≥5000人"}},
		{"a bound on those who do", "力争20家以上医院通过评审。", []string{"医院通过评审|20家以上|≥20家"}},
		{"a share with a bound", "95%以上的村卫生室达到标准。", []string{"村卫生室达到标准|95%以上|≥95%"}},
		{"distributive counts share a head", "全年道路交通事故起数、死亡人数同比分别下降5%、8%。",
			[]string{"道路交通事故起数|下降5%|降低5%", "道路交通事故死亡人数|下降8%|降低8%"}},
		{"per head and month", "乡村教师生活补助人均每月提高到600元。", []string{"乡村教师生活补助|提高到600元|≥600元"}},
		{"per head, no period", "常住人口项目补助水平人均达到90元以上。", []string{"常住人口项目补助水平人均|达到90元以上|≥90元"}},
		{"城乡 distributed", "城乡居民人均可支配收入分别增长6%和7.5%。",
			[]string{"城镇居民人均可支配收入|增长6%|提高6%", "农村居民人均可支配收入|增长7.5%|提高7.5%"}},
		{"a score", "未成年人思想道德建设测评得分不低于90分。", []string{"未成年人思想道德建设测评得分|不低于90分|≥90分"}},
		{"of which, a kind of it", "新增技能人才2000人，其中高技能人才600人。",
			[]string{"新增技能人才|2000人|≥2000人", "高技能人才|600人|≥600人"}},
		{"in total", "集采药品品种累计达到500个以上，统筹基金累计结余可支付月数保持在6-9个月。",
			[]string{"集采药品品种|达到500个以上|≥500个", "统筹基金累计结余可支付月数|保持在6-9个月|6-9个月"}},
		{"of which, a kind named inside it", "完成营造林面积180万亩，其中人工造林不少于35万亩。",
			[]string{"完成营造林面积|180万亩|≥180万亩", "人工造林|不少于35万亩|≥35万亩"}},
		{"of which, a place inside it", "二级以上医院每年选派医师下乡不少于200名，其中市属医院不少于80名。",
			[]string{"二级以上医院每年选派医师下乡|不少于200名|≥200名", "市属医院每年选派医师下乡|不少于80名|≥80名"}},
		{"numbered sentences", "1.完成农村户厕改造800户；2.公厕管护覆盖率达到100%；3、培训农民2.5万人次。",
			[]string{"完成农村户厕改造|800户|≥800户", "公厕管护覆盖率|达到100%|≥100%", "培训农民|2.5万人次|≥2.5万人次"}},
		{"一是, 二是", "一是落实耕地地力保护补贴，二是建设高标准农田2000亩。", []string{"建设高标准农田|2000亩|≥2000亩"}},
		{"the whole township", "全镇红白喜事简办率达到90%。", []string{"红白喜事简办率|达到90%|≥90%"}},
		{"money, the verb last", "职业技能培训补贴资金发放1200万元。", []string{"职业技能培训补贴资金发放|1200万元|≥1200万元"}},
		{"of which, a bound that says which", "招引亿元以上项目5个以上，其中10亿元以上项目1个。",
			[]string{"招引亿元以上项目|5个以上|≥5个", "10亿元以上项目|1个|≥1个"}},
		{"a bound, 的, then a comparison", "收入50万元以上的村达到6个。", []string{"收入50万元以上的村|达到6个|≥6个"}},
		{"coverage after 实行", "实行中小学校责任督学挂牌督导全覆盖。", []string{"中小学校责任督学挂牌督导|全覆盖|≥100%"}},
		{"distributive change", "事故起数、受伤人数分别下降5%、8%。", []string{"事故起数|下降5%|降低5%", "受伤人数|下降8%|降低8%"}},
		{"two groups, one rate", "农村低收入人口和脱贫人口参保率保持在99%以上。", []string{"农村低收入人口和脱贫人口参保率|保持在99%以上|≥99%"}},
		{"from one value to another", "区域内就诊率由88%提高到90%。", []string{"区域内就诊率|提高到90%|≥90%"}},
		{"from one value down to another", "吸烟率从22.5%下降至20%，婴儿死亡率由4‰降低到3.5‰。",
			[]string{"吸烟率|下降至20%|≤20%", "婴儿死亡率|降低到3.5‰|≤3.5‰"}},
		{"from a count", "示范村由12个增加到20个。", []string{"示范村|增加到20个|≥20个"}},
		{"an area named by its reach", "城市社区15分钟健身圈覆盖率达到95%，建成30分钟急救圈2个。",
			[]string{"城市社区15分钟健身圈覆盖率|达到95%|≥95%", "建成30分钟急救圈|2个|≥2个"}},
		{"broken through", "全省林业总产值力争突破2600亿元，实现技术突破3项以上。",
			[]string{"林业总产值|突破2600亿元|>2600亿元", "技术突破|3项以上|≥3项"}},
		{"broken through by the people counted", "区文化馆年接待观众突破45万人次，入境游客突破3万人次。",
			[]string{"区文化馆年接待观众|突破45万人次|>45万人次", "入境游客|突破3万人次|>3万人次"}},
		{"a breakthrough is no comparison", "在关键技术上取得突破，攻关项目达到5项。",
			[]string{"攻关项目|达到5项|≥5项"}},
		{"a rate named by its time", "24小时森林火灾扑灭率不低于95%，48小时内复核率达到90%。",
			[]string{"24小时森林火灾扑灭率|不低于95%|≥95%", "48小时内复核率|达到90%|≥90%"}},
		{"a time that is the target", "办结时间压缩至24小时以内，满意率达到95%。",
			[]string{"办结时间|压缩至24小时以内|≤24小时", "满意率|达到95%|≥95%"}},
		{"a time reached", "急救平均到达时间控制在15分钟以内。", []string{"急救平均到达时间|控制在15分钟以内|≤15分钟"}},
		{"of which, counted by its own verb", "全市新增经营主体不少于3.2万户，其中新设企业不少于9000户。",
			[]string{"新增经营主体|不少于3.2万户|≥3.2万户", "新设企业|不少于9000户|≥9000户"}},
		{"what kind of value", "能繁母猪存栏保持在2.1万头左右的正常保有量区间，居民消费价格涨幅控制在3%以内的合理水平。",
			[]string{"能繁母猪存栏|保持在2.1万头左右|≈2.1万头", "居民消费价格涨幅|控制在3%以内|≤3%"}},
		{"funds won", "争取地方政府专项债券资金15亿元以上，全年争取上级补助资金不低于18亿元。",
			[]string{"争取地方政府专项债券资金|15亿元以上|≥15亿元", "争取上级补助资金|不低于18亿元|≥18亿元"}},
		{"a hope", "争取创建省级示范区1个，争取实现招商引资到位资金20亿元。",
			[]string{"创建省级示范区|1个|≥1个", "招商引资到位资金|20亿元|≥20亿元"}},
		{"floor and stretch", "外贸进出口总额确保增长4%、力争增长6%，新签约项目确保10个、力争12个。",
			[]string{"外贸进出口总额|增长4%|提高4%", "新签约项目|10个|≥10个"}},
		{"stretch after the usual bar", "一般公共预算收入增长5%左右、力争6%。", []string{"一般公共预算收入|增长5%左右|提高5%左右"}},
		{"stretch first", "游客满意度力争达到96%，确保达到92%。", []string{"游客满意度|达到92%|≥92%"}},
		{"stretch with a verb", "工业投资确保完成30亿元、力争突破35亿元。", []string{"工业投资|30亿元|≥30亿元"}},
		{"stretch of another indicator", "城镇新增就业确保2000人，力争城镇调查失业率控制在5%以内。",
			[]string{"城镇新增就业|2000人|≥2000人", "城镇调查失业率|控制在5%以内|≤5%"}},
		{"floor with a verb", "全年实现农业总产值确保实现18亿元。", []string{"农业总产值|18亿元|≥18亿元"}},
		{"numbered, a name in letters", "1.完成河道清淤5公里；2.PM10平均浓度控制在55微克/立方米以下。",
			[]string{"完成河道清淤|5公里|≥5公里", "PM10平均浓度|控制在55微克/立方米以下|≤55微克/立方米"}},
		{"numbered, a name in quotes", "3.“12315”投诉按时办结率达到99%。", []string{"“12315”投诉按时办结率|达到99%|≥99%"}},
		{"one rate of two who", "甲村、乙村留守儿童关爱服务覆盖率达到90%。", []string{"甲村、乙村留守儿童关爱服务覆盖率|达到90%|≥90%"}},
		{"one rate of two kinds", "烟花爆竹、危险化学品企业安全培训合格率不低于98%。", []string{"烟花爆竹、危险化学品企业安全培训合格率|不低于98%|≥98%"}},
		{"one rate of two, joined by 和", "学生和教师体质健康测试参与率达到95%。", []string{"学生和教师体质健康测试参与率|达到95%|≥95%"}},
		{"a rate given to each", "高血压、糖尿病患者随访率均达到70%。", []string{"高血压患者随访率|达到70%|≥70%", "糖尿病患者随访率|达到70%|≥70%"}},
		{"a rate given to each, 都", "城区、乡镇学校课后服务覆盖率都要达到100%。", []string{"城区学校课后服务覆盖率|达到100%|≥100%", "乡镇学校课后服务覆盖率|达到100%|≥100%"}},
		{"an average is not each", "城区、乡镇学校巩固率平均达到98%。", []string{"城区、乡镇学校巩固率|达到98%|≥98%"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range FindTargets(tt.text) {
				got = append(got, f.Subject+"|"+f.Phrase+"|"+f.Target.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("FindTargets(%q) =\n%s\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestFindTargetsDeadline checks which deadline a target found in text takes.
func TestFindTargetsDeadline(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"in the clause", "年底前新建标准化村卫生室12个。", "年底前"},
		{"in the sentence", "到2027年底，居民健康素养水平达到30%。", "到2027年底"},
		{"part of the name", "离校未就业高校毕业生年底就业率达到90%以上。", ""},
		{"part of the name, the sentence's own", "离校未就业高校毕业生年底就业率达到90%以上，9月底前完成。", "9月底前"},
		{"a count after a time", "上半年完成10家医院改造。", "上半年"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := FindTargets(tt.text)
			if len(fs) == 0 {
				t.Fatalf("FindTargets(%q): none", tt.text)
			}
			if fs[0].Deadline != tt.want {
				t.Errorf("FindTargets(%q) deadline %q, want %q", tt.text, fs[0].Deadline, tt.want)
			}
		})
	}
}

// TestFindTargetsStretch checks that the 力争 bar beside a judged one is
// kept with it.
func TestFindTargetsStretch(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"after the floor", "外贸进出口总额确保增长4%、力争增长6%。", "力争增长6%"},
		{"before the floor", "游客满意度力争达到96%，确保达到92%。", "力争达到96%"},
		{"with a verb", "工业投资确保完成30亿元、力争突破35亿元。", "力争突破35亿元"},
		{"none", "游客满意度达到92%。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := FindTargets(tt.text)
			if len(fs) != 1 {
				t.Fatalf("FindTargets(%q): %d targets, want 1", tt.text, len(fs))
			}
			if fs[0].Stretch != tt.want {
				t.Errorf("FindTargets(%q) stretch %q, want %q", tt.text, fs[0].Stretch, tt.want)
			}
		})
	}
}

func TestFindDeadlinesVerb(t *testing.T) {
	// 持续推进 is found, and reads as no deadline.
	for _, p := range FindDeadlines("持续推进健康促进工作") {
		if d, err := ParseDeadline(p); err == nil && !d.In(2026).IsZero() {
			t.Errorf("%q reads as a deadline", p)
		}
	}
}

func FuzzFindTargets(f *testing.F) {
	for _, s := range []string{"孕产妇死亡率、婴儿死亡率分别控制在10/10万、4‰以下", "新建8家", "1-2家医院5级评审", "并保持在29%以上", "和和分别、、", "确保增长6%、力争增长8%", "力争达到96%，确保达到92%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, found := range FindTargets(s) {
			if found.Phrase == "" {
				t.Errorf("FindTargets(%q): an empty phrase", s)
			}
		}
	})
}
