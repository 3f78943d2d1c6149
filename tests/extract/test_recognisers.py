"""Sentences in, targets out: one row per rule, traps included (no target expected)."""

from __future__ import annotations

import pytest

from policydoc.extract import extract_facts

# (label, text, [(value, value_max, unit, comparator, year)])
CASES: list[tuple[str, str, list[tuple[float, object, str, str, object]]]] = [
    # a bound qualifying a noun names a category; a count a verb plans and a share stay targets
    ("trap_measure_category", "全面淘汰额定功率20千瓦以下燃煤锅炉。", []),
    ("deadline_then_through", "市财政局于10个工作日内通过银行转账拨付资金。", [(10, None, "个工作日", "<=", None)]),
    ("trap_band_condition", "家庭月收入低于或等于3000元的，按标准租金的20%缴纳。", []),
    ("trap_history_window", "对7天内未去过疫区的返校学生，要做好健康登记。", []),
    ("trap_measure_category_de", "年吞吐量80万吨以上的码头要建设岸电设施。", []),
    ("trap_size_class", "建成3千吨级码头4个。", [(4, None, "个", "=", None)]),
    ("trap_count_category_no_verb", "两次以上检查不达标商户列入重点监管。", []),
    ("trap_count_category_attribute", "扶持员工规模80人以下的商户开展网络销售。", []),
    ("count_planned_with_bound", "推动12个以上机构通过评审。", [(12, None, "个", ">=", None)]),
    ("share_with_bound_before_noun", "全市六成以上的园区完成改造。", [(6, None, "成", ">=", None)]),
    # permissions and eligibility thresholds, formulas, forecasts, grades and top shares are no targets
    ("trap_permission_before", "条件较好的地区可放宽至85%。", []),
    # a clause closing with 的 before a permission or a grant is its condition, however far its bound stands from 的
    ("trap_condition_before_grant", "企业当年新招用人员达到职工总数20%并签订2年以上劳动合同的，可申请贴息贷款。", []),
    ("trap_allowed_share", "新设立的合伙制事务所，允许不超过四分之一的合伙人为外籍人员。", []),
    ("trap_eligibility_after", "月收入在3000元以下可申请补助。", []),
    ("trap_eligibility_persons", "每月乘车20次以上者给予奖励。", []),
    ("trap_formula", "达标率=达标户数/总户数×100%。", []),
    # the rate or amount of a grant is a term of the policy
    ("trap_grant_rate", "对新建项目按照投资额的10%给予一次性奖补，全年新建项目20个。", [(20, None, "个", "=", None)]),
    ("trap_grant_provided", "按照省拨经费的20%提供市级资金支持。", []),
    ("trap_grant_applied_for", "企业可按实际支付利息的30%申请贴息。", []),
    ("trap_grant_bounded", "单个项目补助金额不超过300万元。", []),
    ("trap_schooling_length", "到2026年，规划推动12年国民基本教育，九年义务教育巩固率达到96%。", [(96, None, "%", "=", 2026)]),
    ("duration_in_minutes", "到2026年，急救平均到达时间缩短至12分钟。", [(12, None, "分钟", "=", 2026)]),
    ("trap_grant_rate_after", "对新建平台按不超过总投入的20%予以资助，最高资助500万元。全年新建平台8个。",
     [(8, None, "个", "=", None)]),
    ("trap_grant_rate_kind_after", "按新增地方财力的40%连续2年奖补给企业。", []),
    ("trap_grant_sum", "每新认定1家专精特新企业，一次性奖励园区20万元。", []),
    ("trap_grant_recipient_threshold", "对年营业收入首次突破20亿元、10亿元的企业，分别给予300万元、100万元的奖励。", []),
    ("grant_total_delivered", "到2026年，落实中小企业担保费补贴3000万元。", [(3000, None, "万元", "=", 2026)]),
    ("grant_standard_raised", "城乡低保补助标准提高80元。", [(80, None, "元", "increase", None)]),
    ("trap_grant_given_share", "给予不超过实际投资额8%的一次性奖励。", []),
    ("trap_grant_support", "分别给予最高300万元、50万元的支持。", []),
    ("trap_category_bound_before", "对年营业收入不超过5000万元的小微企业实行减免。", []),
    ("trap_inclusive_note", "单笔贷款额不低于20万元（含20万元）的贷款，按规定贴息。", []),
    ("bound_before_a_level", "保持不低于6%的增长。", [(6, None, "%", ">=", None)]),
    ("trap_award_term", "认定的示范基地有效期为3年。", []),
    ("valid_firms_counted", "到2030年有效期内高新技术企业达到450家以上。", [(450, None, "家", ">=", 2030)]),
    ("listed_from_values", "补助标准分别从每月500元、200元提高到520元、210元。",
     [(520, None, "元", "=", None), (210, None, "元", "=", None)]),
    ("from_value_things_named", "推动托管帮扶从8个乡(镇)扩大到26个乡(镇)。", [(26, None, "个", "=", None)]),
    ("trap_consolidated_amount", "巩固12万公里农村公路建设成果，新建公路300公里。", [(300, None, "公里", "=", None)]),
    ("trap_level_built_on", "到2025年，在生均拨款水平达到8000元的基础上，新建绿道20公里。", [(20, None, "公里", "=", 2025)]),
    ("trap_service_radius_name", "提升15分钟健身圈服务功能，新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("trap_parts_of_a_system", "到2026年，建成包括5个部分的标准体系，新建绿道20公里。", [(20, None, "公里", "=", 2026)]),
    ("trap_cycle_length", "落实教师5年一周期的全员培训，新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("trap_years_before_a_sum", "政府自明年起5年投入30亿元，持续投入6年90亿元。", [(30, None, "亿元", "=", None), (90, None, "亿元", "=", None)]),
    ("trap_sum_spread_over_years", "补助经费分4年拨付，新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("trap_term_extended", "第二轮土地承包到期后再延长30年，新建高标准农田5万亩。", [(5, None, "万亩", "=", None)]),
    ("trap_reach_bounds_a_rule", "15公里供热半径内不再新建燃煤锅炉。", []),
    ("trap_one_person_company", "打造一人公司创新创业生态。", []),
    ("trap_format_named", "建成250个社区健身路径或3人制篮球场。", [(250, None, "个", "=", None)]),
    ("trap_bound_sorts_counted", "对全省957个50户以上木质房屋连片村寨实施改造。", [(957, None, "个", "=", None)]),
    ("trap_secondary_not_two", "开展二次招商，新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("trap_dual_structure_no_yuan", "城乡二元经济结构还没有改变，新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("goal_named_before_the_number", "综合考虑各方面因素，今年全社会固定资产投资调控目标为25300亿元。", [(25300, None, "亿元", "=", None)]),
    ("this_year_plans_after_last_year", "去年已经对其中近300户提供支持，今年要扩大到511户。", [(511, None, "户", "=", None)]),
    ("standard_bus_units", "万人公共交通车辆保有量达10标台以上。", [(10, None, "标台", ">=", None)]),
    # an incentive policy's sums and thresholds: what a named recipient is paid, what a recipient reaches to qualify
    ("trap_sum_for_named_recipients", "对新建高级雪道、中级雪道分别奖励100万元、50万元。新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("trap_threshold_of_recipients", "单次会议人数规模在300人以上的特大型会议，一次性给予15万元奖励。新建绿道20公里。",
     [(20, None, "公里", "=", None)]),
    ("trap_threshold_glued_to_grant", "首次达到1000万元以上2000万元以下的奖励1万元。新建绿道20公里。", [(20, None, "公里", "=", None)]),
    ("poultry_counted_in_birds", "绿壳蛋鸡存栏达到1000万羽。", [(1000, None, "万羽", "=", None)]),
    # a pace verb speeds up works under way or listed by name: no amount; a bare count of works it plans is one
    ("trap_permission_again", "其辅助设施建设用地可再增加3%，新建苗圃5000亩。", [(5000, None, "亩", "=", None)]),
    ("trap_works_under_way", "加快推进9个在建项目，加快甲园、乙园等6个园区建设。", []),
    ("pace_verb_plans_a_count", "加快建设500个省重大项目。", [(500, None, "个", "=", None)]),
    ("trap_current_level", "将部分行业现行11%的税率降至8%。", [(8, None, "%", "=", None)]),
    ("grant_standard_raised", "城乡居民医保人均财政补助标准提高20元。", [(20, None, "元", "increase", None)]),
    ("goal_then_comment_in_past", "全年新增就业预期目标比去年增加20万人，体现了就业优先的导向。", [(20, None, "万人", "increase", None)]),
    ("trap_forecast_subject", "预计今年全市高校毕业生超过9万人。", []),
    ("forecast_of_planned_work", "预计明年新增装机2万千瓦。", [(2, None, "万千瓦", "=", None)]),
    # a programme's name holds 计划 ("公共建设计划"): no future word, so last year's rate is a result
    ("trap_programme_name_is_no_future", "去年1亿元以上公共建设计划预算执行率达92.41%，创5年来新高。", []),
    ("trap_forecast_of_a_growth_rate", "预计全年规上工业增加值增长8.5%左右，第二产业增长8%左右。", []),
    ("forecast_committed_by_resolve", "预计到2027年，全市森林覆盖率力争达到45%。", [(45, None, "%", "=", 2027)]),
    ("forecast_word_after_subject", "园区入驻率预计2027年达到95%。", [(95, None, "%", "=", 2027)]),
    ("trap_grade", "设置能效标准1级、2级。", []),
    ("trap_grade_response", "启动3级响应。", []),
    ("trap_grade_standard", "达到3级标准的企业增加20家。", [(20, None, "家", "increase", None)]),
    ("count_of_levels", "搭建从新秀到名师的7级成长阶梯。", [(7, None, "级", "=", None)]),
    ("trap_top_share", "能效达到行业前10%水平。", []),
    # a past time of the statement, or a done deed in the number's own clause, reports
    ("trap_last_year", "去年，全市出口增长6.3%。", []),
    ("base_last_year", "出口比去年增长6%。", [(6, None, "%", "increase", None)]),
    ("trap_done_clause_beside_plan", "首批已有8家企业签约，将新增装机3万千瓦。", [(3, None, "万千瓦", "=", None)]),
    ("trap_done_with_object_marker", "今年已将补助标准调整为每人300元。", []),
    ("quoted_planned_count", "全市将建成“50个社区书房”。", [(50, None, "个", "=", None)]),
    ("trap_quoted_measure_name", "加快打造“10分钟生活圈”。", []),
    # a deadline later in the number's own sentence dates it; one after a label opens the paragraph; 按…年价格 is a base
    ("deadline_later_in_sentence", "全县生产总值年均增长7%左右，到2030年，人均收入达到6万元。",
     [(7, None, "%", "~", 2030), (6, None, "万元", "=", 2030)]),
    ("deadline_after_label", "居民生活的主要目标：到2030年，生活水平明显提高。人均住房面积增加到40平方米。",
     [(40, None, "平方米", "=", 2030)]),
    ("price_base_year", "到2030年，按2025年价格计算的生产总值达到900亿元。", [(900, None, "亿元", "=", 2030)]),
    ("deadline_first", "到2025年，学前教育毛入园率达到96%。", [(96, None, "%", "=", 2025)]),
    ("deadline_inherited", "到2025年，全面普及学前教育。覆盖率达到86%。", [(86, None, "%", "=", 2025)]),
    ("year_end_deadline", "2025年底前各校至少配备1名心理教师。", [(1, None, "名", ">=", 2025)]),
    ("points_decrease", "确保龋齿患病率每年降低2个百分点。", [(2, None, "个百分点", "decrease", None)]),
    ("two_targets", "使省级示范高中占比超过40%、市级特色高中占比超过15%。",
     [(40, None, "%", ">", None), (15, None, "%", ">", None)]),
    ("range_dash", "建成3—5所高水平职业院校。", [(3, 5, "所", "range", None)]),
    ("range_hyphen", "培育3-5名名校长。", [(3, 5, "名", "range", None)]),
    ("from_to", "奖金由每年600万元提高到每年1000万元。", [(1000, None, "万元", "=", None)]),
    ("not_less", "不少于10000人次的教师参加培训。", [(10000, None, "人次", ">=", None)]),
    ("within", "辍学率控制在1%以内。", [(1, None, "%", "<=", None)]),
    ("above", "组建7个以上职教集团。", [(7, None, "个", ">=", None)]),
    ("strive", "公办园占比力争达到50%。", [(50, None, "%", "=", None)]),
    ("new_increase", "3年内累计新增1.5万个停车泊位。", [(1.5, None, "万个", "=", None)]),
    ("growth", "计划录取8.4万人，比20*年增长5.3%。", [(8.4, None, "万人", "=", None), (5.3, None, "%", "increase", None)]),
    ("about", "年培训农民工160万人次左右。", [(160, None, "万人次", "~", None)]),
    ("half", "实践学时占总学时一半以上。", [(50, None, "%", ">=", None)]),
    ("zero", "确保校园安全“零事故”。", [(0, None, "", "=", None)]),
    ("zero_growth", "确保新增违法用地零增长，推动排放总量趋零增长。", [(0, None, "", "=", None)]),
    # 零 closing an abbreviation (社消零: retail sales) before 增长 + a rate is no zero target
    ("trap_abbreviation_zero", "全年实现社消零增长8%以上。", [(8, None, "%", ">=", None)]),
    ("trees_planted", "完成义务植树600万株以上。", [(600, None, "万株", ">=", None)]),
    ("chinese_event", "市每年举办一届运动会。", [(1, None, "届", "=", None)]),
    ("list_continues", "其中本科4.2万人，高等职业学校4.2万人。", []),
    ("planned_list", "计划招收6460人，其中博士生492人，硕士生5968人。",
     [(6460, None, "人", "=", None), (492, None, "人", "=", None), (5968, None, "人", "=", None)]),
    ("trap_past_period", "“十四五”时期的任务。\n“十三五”期间，建设100所幼儿园。覆盖率达到95%。", []),
    ("trap_already", "全市已建成30所标准化学校。", []),
    ("trap_past_total", "累计培训教师5000人。", []),
    # a past time in a clause after the number's tells of something else (the problem the target answers)
    ("past_cue_after_clause", "全年实现游客总数增长15%以上，切实扭转多年以来客多财少的局面。", [(15, None, "%", ">=", None)]),
    ("trap_compared", "较“十二五”增加4000人次。", []),
    ("trap_names", "落实“1+X”证书制度，对接“中国制造2025”，推进教育信息化2.0，建设5G校园。", []),
    ("trap_quoted_count", "达到“20条底线”要求，实施“六个一百”工程。", []),
    ("trap_age", "建设3岁以下托育服务体系。", []),
    ("trap_vague_one", "打造一支高素质教师队伍。", []),
    ("trap_ordinal", "实施第三期学前教育行动计划。", []),
    # routine work words (排查, 公示) are no history markers
    ("routine_check", "开展校园安全隐患排查，每年排查不少于2次。", [(2, None, "次", ">=", None)]),
    ("routine_notice", "评选结果向社会公示，每年评选优秀教师20名。", [(20, None, "名", "=", None)]),
    # 由A提高到B: "=" for fixed amounts only
    ("from_to_level", "高中阶段毛入学率由90%提高到95%。", [(95, None, "%", "=", None)]),
    ("from_to_per_period", "伙食补助由每生每天4元提高到每生每天5元。", [(5, None, "元", "=", None)]),
    # durations: rejected by context, not by the unit
    ("schooling_years", "新增劳动力平均受教育年限达到14年。", [(14, None, "年", "=", None)]),
    ("duration_per_period", "专任教师每3年参加培训不少于2个月。", [(2, None, "个月", ">=", None)]),
    ("score_points", "中考体育分值提高到50分。", [(50, None, "分", "=", None)]),
    ("trap_within_years", "3年内新建学校10所。", [(10, None, "所", "=", None)]),
    ("trap_horizon", "今后10年实施教育强区战略。", []),
    ("trap_spend_years", "用2年时间完成校舍改造。", []),
    ("trap_zero_tolerance", "确保对师德失范行为零容忍。", []),
    ("rate_zero", "校园欺凌发生率为零。", [(0, None, "", "=", None)]),
    ("trap_fine", "逾期不改正的，处一千元以上五千元以下罚款。", []),
    # comparator words further away across "…的" wholes, shares by 按照
    ("share_of_whole", "骨干教师比例不低于本校符合条件的在编教师总人数的15%。", [(15, None, "%", ">=", None)]),
    ("rate_by_share", "按照彩票公益金20%的比例计提教育资金。", [(20, None, "%", "=", None)]),
    # schedules
    ("schedule_monthly", "每月召开1次安全例会。", [(1, None, "次", "=", None)]),
    ("schedule_chinese", "每学期举行一次应急疏散演练。", [(1, None, "次", "=", None)]),
    ("trap_revision_cycle", "布局规划每五年修订一次。", []),
    # past or present, by aspect, report words and years
    ("trap_past_clause_time", "2019—2021年，全区累计投入3亿元。2021年，巩固率达到97%，优良率为52%。", []),
    ("trap_past_le", "规划明确了8项重点任务。", []),
    ("trap_indicator_count", "其中3项指标的落实难度较大。", []),
    ("baseline_not_deadline", "到2026年，达标率达到90%；近视率在2022年基础上每年降低1个百分点以上。",
     [(90, None, "%", "=", 2026), (1, None, "个百分点", ">=", 2026)]),
    ("baseline_increase", "到2025年，入学率达到96%，比2020年提高3.5个百分点。",
     [(96, None, "%", "=", 2025), (3.5, None, "个百分点", "increase", 2025)]),
    ("base_year_named", "到2027年，化学需氧量较基准年（2022年）减排500吨以上，氨氮较2022年（基准年）减排50吨。",
     [(500, None, "吨", ">=", 2027), (50, None, "吨", "=", 2027)]),
    ("cumulative_in_period", "“十四五”期间累计培训乡村教师3000人次。", [(3000, None, "人次", "=", None)]),
    ("past_period_mention", "“十四五”时期，延续“十三五”启动的工程，新建学校8所。", [(8, None, "所", "=", None)]),
    ("past_period_sentence", "“十四五”规划。为此，“十三五”期间，新建学校7所。到2025年，新建学校9所。",
     [(9, None, "所", "=", 2025)]),
    # units of health and environment plans
    # 小于/大于/不大于 are bounds as 低于/高于/不高于 are; 稳定在 states a level as 保持在 does
    ("bounds_xiaoyu_dayu", "到2025年，充电服务半径小于2公里，达标率大于90%，误差不大于5%，森林覆盖率稳定在40%。",
     [(2, None, "公里", "<", 2025), (90, None, "%", ">", 2025), (5, None, "%", "<=", 2025), (40, None, "%", "=", 2025)]),
    # a total with a lower bound after it is one to reach; a bare total reports
    ("cumulative_lower_bound", "扶持小微企业成长。全区累计培育创新型企业120家以上。", [(120, None, "家", ">=", None)]),
    # a grant's cap per recipient is a rule, no amount to reach; a count per household still plans
    ("trap_grant_cap_per_recipient", "2025年起对参展企业给予补助，单户最高不超过8万元，单家企业奖励不超过30万元。", []),
    # an emergency plan's response levels: the area a disaster strikes grades it, at either end of a bracket
    ("trap_disaster_area_grade", "出现下列情况之一时，启动Ⅲ级应急响应：(1)受灾面积在80万亩以下、30万亩以上；(2)受淹面积超过5万亩。", []),
    # the terms of a loan or a tax a policy sets are no targets; a subsidy's budget after a rate still is
    ("trap_finance_terms", "2024年起，二套住房公积金贷款利率调整为3.1%，最低首付款比例不低于20%，借款金额不超过20万元。", []),
    ("finance_subsidy_budget", "到2025年，安排贷款利率和担保费补贴5000万元。", [(5000, None, "万元", "=", 2025)]),
    # a class of firms by the size of a measure, the measure's substance and a bracket between it and the bound
    ("trap_class_by_measure", "2025年起，年排放量达3万吨二氧化碳当量(综合能源消费量约1万吨标准煤)及以上的企业应报告。", []),
    ("tenths_as_written", "到2026年，义务教育学校课后服务覆盖率达到九成以上。", [(9, None, "成", ">=", 2026)]),
    ("permille_words", "出生缺陷发生率控制在千分之十以内。", [(10, None, "‰", "<=", None)]),
    ("permille_sign", "新生儿死亡率低于3‰。", [(3, None, "‰", "<", None)]),
    ("rate_per_population", "结核病发病率下降到35/10万以下。", [(35, None, "/10万", "<=", None)]),
    ("compound_unit_per_day", "城市污水处理能力达到20万吨/日。", [(20, None, "万吨/日", "=", None)]),
    ("compound_unit_name_digits", "PM2.5年均浓度不超过30微克/立方米。", [(30, None, "微克/立方米", "<=", None)]),
    ("compound_unit_worded", "PM2.5平均浓度不超过35微克每立方米。", [(35, None, "微克每立方米", "<=", None)]),
    ("age_as_value", "人均预期寿命提高到80岁。", [(80, None, "岁", "=", None)]),
    ("trap_age_bound", "为80岁以上老人发放高龄津贴，建设5所养老院。", [(5, None, "所", "=", None)]),
    ("trap_age_condition", "对达到65岁的老人，建设1个服务中心。", [(1, None, "个", "=", None)]),
    ("issues", "全年举办培训班不少于6期。", [(6, None, "期", ">=", None)]),
    ("trap_phase", "实施一期工程和二期工程。", []),
    ("decrease_bare", "单位GDP能耗下降3%。", [(3, None, "%", "decrease", None)]),
    ("change_opens_clause", "新增城市公园绿地面积120公顷。", [(120, None, "公顷", "=", None)]),
    ("trap_change_then_level", "提高学前教育毛入园率达到90%。", [(90, None, "%", "=", None)]),
    # time limits and time frames
    ("response_minutes", "窗口受理须在20分钟内完成。", [(20, None, "分钟", "<=", None)]),
    ("response_workdays", "审批在5个工作日以内办结。", [(5, None, "个工作日", "<=", None)]),
    ("trap_months_frame", "3个月内完成整改。", []),
    ("trap_plan_horizon", "实施全民健身3年行动计划。", []),
    # lists under a deadline, status dates
    ("list_total_under_deadline", "到2027年，建成示范社区8个。全市累计完成改造投资50亿元。",
     [(8, None, "个", "=", 2027), (50, None, "亿元", "=", 2027)]),
    ("trap_status_date", "截至2023年底，全市注册用户达到50万人。到2026年，注册用户达到80万人。",
     [(80, None, "万人", "=", 2026)]),
    # construction verbs, quantities inside indicator names, units of inspections, 突破, 推出
    ("rebuild_verb", "到2026年，新改建乡镇供水管网46公里。", [(46, None, "公里", "=", 2026)]),
    ("compound_verb_not_change", "改造提升老旧燃气管道120公里。", [(120, None, "公里", "=", None)]),
    ("trap_quantity_in_indicator", "社区养老服务设施1公里覆盖率达到85%。", [(85, None, "%", "=", None)]),
    ("share_value_stays", "按照年度预算5%的比例计提维修资金。", [(5, None, "%", "=", None)]),
    ("visits_to_firms", "全年检查校外培训机构不少于800家次。", [(800, None, "家次", ">=", None)]),
    ("batches", "农产品抽检量达到每千人3批次以上。", [(3, None, "批次", ">=", None)]),
    ("break_through", "年接待研学学生突破12万人。", [(12, None, "万人", ">", None)]),
    ("launch_routes", "推出工业旅游精品线路5条。", [(5, None, "条", "=", None)]),
    # time limits in days and counted back from an event
    ("days_within", "主管部门应当在收到申请后10日内作出决定。", [(10, None, "日", "<=", None)]),
    ("days_at_least", "评审结果公示时间不少于5日。", [(5, None, "日", ">=", None)]),
    ("before_expiry", "应当在许可有效期届满前30日提出延续申请。", [(30, None, "日", "=", None)]),
    ("at_least_once_per_years", "每五年至少组织一次全面评估。", [(1, None, "次", ">=", None)]),
    ("trap_date_day", "自2025年7月15日起施行。", []),
    # comparison bases are no deadlines; a past year stated as a clause's time; a future year with 将
    ("base_same_period", "力争客流量恢复到2019年同期的90%。", [(90, None, "%", "=", None)]),
    ("trap_past_year_paragraph", "2022年，全区新增市场主体5600户，开办企业时间为1个工作日。全年办理许可2.3万件。\n"
     "到2025年，市场主体总量达到6万户。", [(6, None, "万户", "=", 2025)]),
    ("future_year_with_will", "2025年，区教育局将着力补齐短板。新建学校4所，新增学位3600个。",
     [(4, None, "所", "=", 2025), (3600, None, "个", "=", 2025)]),
    ("trap_past_year_reports_reached", "2022年，全县完成造林1.8万亩，森林覆盖率达到61.3%。\n到2026年，新增造林2万亩。",
     [(2, None, "万亩", "=", 2026)]),
    ("past_year_with_commitment", "2025年，全县完成造林不少于1.8万亩。\n到2027年，新增造林2万亩。",
     [(1.8, None, "万亩", ">=", 2025), (2, None, "万亩", "=", 2027)]),
    # the span in a plan's name, an abbreviation between ("六年国发计划"), is no amount
    ("trap_plan_name_span", "未来将全力支持6年国发计划的相关预算。", []),
    # a flood or rain standard's return period is its own unit
    ("return_period", "到2035年，排水系统排水能力达到3-5年一遇。", [(3, 5, "年一遇", "range", 2035)]),
    # a change against last year's same period reports a result, unless a bound or a future word sets it
    ("trap_year_on_year_result", "1至8月出口较去年同期成长15%，表现亮眼。", []),
    ("year_on_year_with_bound", "全年规上工业增加值同比增长7%左右。", [(7, None, "%", "~", None)]),
    ("chinese_days_within", "登记机关应当在受理后七日内作出决定。", [(7, None, "日", "<=", None)]),
    # X成Y numerals, bare values of coefficients and rates, multiples, rule thresholds, compound counting units
    ("tenths_hundredths", "到2026年，门诊预约率达到八成五，复诊预约率达到九成。",
     [(85, None, "%", "=", 2026), (9, None, "成", "=", 2026)]),
    ("bare_coefficient", "到2027年，工业用水重复利用系数提高到0.85以上。", [(0.85, None, "", ">=", 2027)]),
    ("bare_rate_per_amount", "万车死亡率要控制在1.5以内。", [(1.5, None, "", "<=", None)]),
    ("bare_index", "空气质量综合指数下降到3.8以下。", [(3.8, None, "", "<=", None)]),
    ("trap_bare_year", "覆盖率提高到2025年的水平。", []),
    ("multiple_of_whole", "风险准备金不超过上年度月均赔付额的2.5倍。", [(2.5, None, "倍", "<=", None)]),
    ("cumulative_under_bound", "专项资金累计结余不得超过当年收入的百分之十五。", [(15, None, "%", "<=", None)]),
    ("threshold_words_percent", "本地生源比例超过百分之三十。", [(30, None, "%", ">", None)]),
    # the same bound closing a clause with 的 before a grant is the grant's condition
    ("trap_threshold_words_condition", "对个人负担超过家庭年收入百分之三十的，给予补助。", []),
    ("rate_of_whole_words", "按照违规金额的百分之二扣减质量保证金。", [(2, None, "%", "=", None)]),
    ("threshold_months", "平均审批时限低于6个月。", [(6, None, "个月", "<", None)]),
    # a bound closing its clause with 的 states who a rule applies to (real gold: b41), not an amount to reach
    ("trap_threshold_months_rule", "缴费年限低于6个月的，不予补贴。", []),
    # a grant's terms and the list of amounts that qualify for it are no targets
    ("grant_support_terms", "年销售收入首次达到2000万元、5000万元的，分别给予最高50万元、100万元扶持。", []),
    ("compound_counting_unit", "全年完成统防统治作业260万亩次。", [(260, None, "万亩次", "=", None)]),
    ("trap_rank_place", "全市营商环境评价排名第5位，进入全省前三名，力争进入全国前16名。", []),
    ("trap_rank_move", "全县排名前移3位，培养名师20名。", [(20, None, "名", "=", None)]),
    # the grading of an incident by the harm it causes, and conditions closing their clause with 的, are no targets
    ("trap_incident_casualties", "（1）一次造成5人以上12人以下死亡，或者20人以上重伤。", []),
    ("trap_incident_loss", "直接经济损失800万元以上的；需紧急疏散群众2万人以上的。", []),
    ("trap_incident_loss_after", "或者300万元以上900万元以下直接经济损失。", []),
    ("trap_incident_bracket_note", "造成一次死亡3人以上（“以上”含本数，下同）、10人以下的事故。", []),
    ("trap_incident_open_bracket", "造成一次死亡10人以上30人以下的事故。", []),
    ("trap_people_to_relocate", "需搬迁转移人数在500人（含）以上、1000人以下的险情。", []),
    ("trap_places_spanned", "跨越两个及以上区县的事件，涉及我市两个或两个以上区（市）的事故。", []),
    ("counts_listed_after_a_verb", "引进5个以上高水平学科团队，10名以上专家，2个以上医疗机构。",
     [(5, None, "个", ">=", None), (10, None, "名", ">=", None), (2, None, "个", ">=", None)]),
    ("trap_latest_years", "不再要求提交该社会组织近2年的年度财务会计报告，新建驿站6个。", [(6, None, "个", "=", None)]),
    ("trap_one_event", "通过组织一场网络主题展、举办一场“云演出”，新建驿站6个。", [(6, None, "个", "=", None)]),
    ("trap_grant_period_and_standard", "就业见习补贴期限最长不超过一年，补助标准按照1个月最低工资标准发放，新建驿站6个。",
     [(6, None, "个", "=", None)]),
    ("hours_of_instruction", "每位教师每年接受不少于5课时的法治教育培训。", [(5, None, "课时", ">=", None)]),
    ("trap_count_of_goals", "实现生命健康、生活便捷、身心愉悦3个目标，新建10个示范目标区。", [(10, None, "个", "=", None)]),
    ("trap_provision_reference", "各单位按照本预案2.3款规定开展应急工作，新建驿站6个。", [(6, None, "个", "=", None)]),
    ("measure_of_harm_kept", "到2027年，道路交通事故死亡人数下降12%。", [(12, None, "%", "decrease", 2027)]),
    ("named_the_goal", "全年接待游客将以300万人次为努力的目标。", [(300, None, "万人次", "=", None)]),
    ("trap_condition_bound_before_de", "项目投产时间延迟不超过6个月的，按原价格执行。", []),
    ("trap_condition_if_clause", "若参与申报的同类项目不足3个，则不组织竞价。", []),
    ("trap_condition_de", "对连续停产6个月以上的，予以注销。", []),
    ("bound_before_noun_de_kept", "力争60%以上的街道建成示范点。", [(60, None, "%", ">=", None)]),
    # works a pace verb speeds up are under way; a result verb after it, or a measure, plans again
    ("trap_tended_count", "做优做强甲、乙等5个产业集群，聚焦8个重点园区，新建驿站6个。", [(6, None, "个", "=", None)]),
    ("tended_range_kept", "力争每个县做大做强1—2个主导产业。", [(1, 2, "个", "range", None)]),
    ("tended_then_result", "强化培育10家链主企业。", [(10, None, "家", "=", None)]),
    ("tended_bound_kept", "做强10个以上数字经济产业链群。", [(10, None, "个", ">=", None)]),
    ("tended_after_result_verb", "培育壮大12个千亿级产业集群。", [(12, None, "个", "=", None)]),
    ("trap_pace_verb_count", "加快甲园、乙园等6个园区建设，抓紧推进9个在建项目。", []),
    ("pace_verb_then_result", "加快建成社区食堂12个，推动甲厂、乙厂等7个项目投产。",
     [(12, None, "个", "=", None), (7, None, "个", "=", None)]),
    ("pace_verb_measure", "加快建设标准厂房30万平方米。", [(30, None, "万平方米", "=", None)]),
    ("trap_anniversary", "围绕建区40周年举办系列活动，新建文化站3个。", [(3, None, "个", "=", None)]),
    # a modal between 不 and a bound negates it as 不 alone does: 不应少于 is ">=", 不宜超过 "<="
    ("negated_bound_with_modal", "到2027年，绿道连续段不应少于15公里，人均能耗不宜超过3吨，达标率不能低于90%。",
     [(15, None, "公里", ">=", 2027), (3, None, "吨", "<=", 2027), (90, None, "%", ">=", 2027)]),
    # the recent years a rule counts ("近3年参加…") are no span to reach
    ("trap_lookback_window", "2026年，近3年获得市级表彰的单位优先推荐，新建驿站12个。", [(12, None, "个", "=", 2026)]),
    ("trap_cohort", "2026年，2026级新生全部参加社会实践，2027届毕业生就业率达到95%。", [(95, None, "%", "=", 2026)]),
    ("trap_years_occasion", "办好开发区建设30年主题活动，新建文化站3个。", [(3, None, "个", "=", None)]),
    ("trap_magnitude_class", "实施500亿级、百亿级企业培育计划，新建文化站3个。", [(3, None, "个", "=", None)]),
    ("trap_kinds_of_total", "办好8类30项为民实事。", [(30, None, "项", "=", None)]),
    ("trap_big_kinds_of_total", "实施8大类40项惠民工程。", [(40, None, "项", "=", None)]),
    # N大X under 实施/建设 names the plan's programmes; a supporting verb counts the groups it backs
    ("big_programmes_named", "全力实施5大文旅提升行动，建设3大创意基地，重点支持6大学科群。", [(6, None, "个", "=", None)]),
    ("trap_big_kinds_named", "重点发展4大类新兴产业，新建文化站3个。", [(3, None, "个", "=", None)]),
    ("trap_tasks_summed_up", "抓好老旧管网改造、燃气安全整治和电梯加装3件事，新建驿站6个。", [(6, None, "个", "=", None)]),
    ("trap_count_of_rates", "确保达标率、覆盖率达到两个100%。", [(100, None, "%", "=", None)]),
    ("count_before_size_kept", "建成8个220千伏变电站。", [(8, None, "个", "=", None)]),
    ("found_already_attribute", "完成已排查出的30处积水点整治。", [(30, None, "处", "=", None)]),
    ("trap_founded_age", "认真总结开发区设立30年的经验，新建文化站3个。", [(3, None, "个", "=", None)]),
    # a size bound before the things it sorts, then their own count: the count is the target
    ("trap_count_of_indicators", "规划新增就业率等12个预期性指标。新建驿站6个。", [(6, None, "个", "=", None)]),
    ("indicator_count_then_works", "分解为34项指标201项重点工作。", [(201, None, "项", "=", None)]),
    ("size_class_then_count", "新引进总投资超5亿元项目30个以上。", [(30, None, "个", ">=", None)]),
    ("size_class_of_noun", "其中投资额超20亿元的项目8个以上。", [(8, None, "个", ">=", None)]),
    ("trap_means_lead", "办好以8件实事为引领的各项民生工程，新建驿站6个。", [(6, None, "个", "=", None)]),
    # a count written as a bare 千/万 that a plan verb governs is a round figure: "~"; idioms and names are none
    ("bare_ten_thousand", "带动万名大学生返乡创业，守护千家万户。", [(10000, None, "名", "~", None)]),
    ("bare_thousand_after_examples", "开展送戏下乡、送书进村等千场文化活动。", [(1000, None, "场", "~", None)]),
    ("trap_bare_hundred_name", "引进百名海外工程师。", []),
    # a plain rate whose bare value ends in two zeros lost its % sign in a scan: left out
    ("trap_rate_lost_percent", "到2027年，农村燃气普及率达到8500。", []),
    # a plan verb that begins a noun plans nothing; a count alone in brackets tallies a list
    ("trap_verb_in_noun", "甲湖某县控制单元等5个单元由Ⅴ类升为Ⅳ类。", []),
    ("verb_still_plans", "控制新增建设用地120公顷。", [(120, None, "公顷", "=", None)]),
    ("trap_bracketed_tally", "（二）乙江流域（26个）。", []),
    # a measure sizing the thing after it is a kind of plant; an amount-of-work verb keeps a bounded measure
    ("trap_size_of_kind", "加快推进日产3000吨熟料生产线建设，新增年产20万吨。", [(20, None, "万吨", "=", None)]),
    ("trap_site_area", "启动占地35公顷的滨江科创园规划建设，新建标准厂房12万平方米。", [(12, None, "万平方米", "=", None)]),
    # 达成 a goal plans it as 达到 does
    ("reach_a_goal", "使新兴产业于2020年达成占制造业产值30%的目标。", [(30, None, "%", "=", 2020)]),
    # a budget's allocation in Chinese numerals is cued by its budgeting verb; a count or a span after it is not
    ("trap_budget_verb_count", "各部门要编列三年滚动预算，筹编两部志书，建设5所学校。", [(5, None, "所", "=", None)]),
    ("budget_allocation_in_words", "本年度甲署编列一二五.三亿元，乙部编列四十二亿元。",
     [(125.3, None, "亿元", "=", None), (42, None, "亿元", "=", None)]),
    # the level compared with, named by its year and what figure it is ("较上年度预算数X")
    ("trap_compared_figure", "明年税课收入计划编列980亿元，较上年度预算数930亿元。", [(980, None, "亿元", "=", None)]),
    # a capacity between a project's owner and the plant it sizes names the project; right after a plan verb, a total
    # after 等 and a bounded amount are amounts to reach
    ("trap_sized_works", "2025年，建成某能40万千瓦热电项目，开工建设某化60万吨乙烯改造项目。", []),
    ("capacity_after_plan_verb", "到2025年，完成1000万千瓦煤电机组灵活性改造，新建500万千瓦抽水蓄能电站。",
     [(1000, None, "万千瓦", "=", 2025), (500, None, "万千瓦", "=", 2025)]),
    ("sized_works_bounded", "到2025年，建成100万千瓦以上的光伏项目。", [(100, None, "万千瓦", ">=", 2025)]),
    ("sized_works_total_after_deng", "2025年，建成甲电厂、乙电厂等540万千瓦煤电项目。", [(540, None, "万千瓦", "=", 2025)]),
    ("amount_verb_bounded_measure", "完成120公里以上雨污管网铺设。", [(120, None, "公里", ">=", None)]),
    ("bare_ratio_narrowed", "城乡居民收入比值缩小至1.95。", [(1.95, None, "", "=", None)]),
    # the cap of a benefit or a price is no amount to reach; a thousands separator does not end the clause
    ("trap_cap_or_price", "只要为员工加薪，就能获得最高3,500万元的融资保证，年费率仅要0.1%。", []),
    ("thousands_separator_in_clause", "到2027年，新增绿地1,200公顷以上。", [(1200, None, "公顷", ">=", 2027)]),
    ("trap_incident_grade_comparator", "（4）一次食物中毒人数超过100人并出现死亡病例。", []),
    ("bare_rate_kept", "到2027年，万人火灾死亡率控制在0.300以内。", [(0.3, None, "", "<=", 2027)]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_recognisers(label: str, text: str, expected: list[tuple[float, object, str, str, object]]) -> None:
    got = [(t.value, t.value_max, t.unit, t.comparator, t.year) for t in extract_facts(text, []).targets]
    assert got == expected


# (label, text, indicator of the first target): the measured noun before the comparator stays whole
INDICATOR_CASES: list[tuple[str, str, str]] = [
    ("share_ratio", "骨干教师占专任教师比例不低于30%。", "骨干教师占专任教师比例"),
    ("share_proportion", "财政支出占总支出的比重达到12%。", "财政支出占总支出的比重"),
    ("rate_bilv", "优良天数比率达到88%。", "优良天数比率"),
    ("ratio_bi_modal", "民办园在园幼儿比力争降到40%。", "民办园在园幼儿比"),
    ("quoted_name_kept", "“专精特新”企业占比达到20%。", "“专精特新”企业占比"),
    ("base_year_cut", "城镇登记失业率比2020年下降1个百分点。", "城镇登记失业率下降"),
    ("stable_at", "常住人口规模稳定在50万人左右。", "常住人口规模"),
    ("per_unit_trimmed", "午餐补助标准每生每天不低于6元。", "午餐补助标准"),
    ("whole_of_share", "外聘教师比例不超过教师总数的15%。", "外聘教师比例"),
    ("item_marker", "（二）社区卫生服务覆盖率达到100%。", "社区卫生服务覆盖率"),
    ("unclosed_bracket", "建成4所示范学校(含职业学校)。", "建成示范学校"),
    ("time_limit_action", "来电须在30秒内接通。", "来电接通"),
    ("quoted_name_after_count", "新增12个“一次办好”集成服务事项。", "“一次办好”集成服务事项"),
]


@pytest.mark.parametrize("label,text,indicator", INDICATOR_CASES, ids=[c[0] for c in INDICATOR_CASES])
def test_indicator_names(label: str, text: str, indicator: str) -> None:
    assert extract_facts(text, []).targets[0].indicator == indicator


# (label, text, [(value, unit, year)]): goal lists, results of the year before the plan year
DOCUMENT_CASES: list[tuple[str, str, list[tuple[float, str, object]]]] = [
    # a title aiming at results ("取得新成效") is no review of results
    ("aimed_results_title_plans", "某市政府工作报告\n一、2025年工作回顾\n（一）生态建设取得显著成效。新建绿道80公里。\n"
     "二、2026年工作安排\n（一）推动生态建设取得新成效。新建绿道100公里。\n", [(100, "公里", 2026)]),
    # an unnumbered part head naming one year and a plan word dates what follows it, as a review head reports
    ("plan_part_line_dates", "某自治区政府工作报告\n2025年工作回顾\n全年新增就业3万人。\n2026年工作安排\n"
     "主要预期目标是：地区生产总值增长6%以上。\n", [(6, "%", 2026)]),
    # a glossary at the back explains the programmes it names; an attached plan titled with one year dates its items
    ("trap_glossary_explains", "某市政府工作报告\n一、2026年工作\n新建学校5所。\n名词解释\n1.“双百”工程：建设100个村和100个社区。\n"
     "2.“三通”：通水通电通路。\n", [(5, "所", 2026)]),
    ("attached_plan_takes_its_year", "某市政府工作报告\n一、工作安排\n办好民生实事。\n附件\n2026年5件民生实事\n一、稳定就业\n"
     "年度目标：城镇新增就业2万人以上。\n", [(2, "万人", 2026)]),
    ("trap_attached_form_made_on_a_date", "某县演练方案\n一、演练安排\n组织演练。\n附件1\n2026年1月5日制表\n2026年演练评估表\n"
     "参演人数300人\n", []),
    ("goal_list_year", "某区2025年商务工作要点\n2025年全区商务工作的主要预期目标是：\n社会消费品零售总额增长6%；\n"
     "外贸进出口总额达到120亿元。", [(6, "%", 2025), (120, "亿元", 2025)]),
    ("goal_list_split_item", "2025年主要目标如下：\n1.游客满意度提高到\n90%以上。\n2.新增A级景区3家。",
     [(90, "%", 2025), (3, "家", 2025)]),
    ("results_before_plan_year", "某区2025年商务工作要点\n2024年全区社会消费品零售总额达到98.6亿元，同比增长5.2%，"
     "引进首店12家，开办时间压缩至1个工作日以内。\n2025年全区商务工作的主要预期目标是：\n引进首店15家。",
     [(15, "家", 2025)]),
    # the 目标 section titled with one year gives it; so does the title of a one-year work plan, to the rest
    ("goal_section_title_year", "某区2025年文旅工作安排\n一、总体要求\n坚持稳中求进。\n二、2025年主要目标\n"
     "（一）游客满意度达到90%以上。\n（二）旅游收入增长8%。\n三、重点任务\n（一）完善设施。新建驿站5个。\n"
     "（二）丰富业态。推出精品线路3条。",
     [(90, "%", 2025), (8, "%", 2025), (5, "个", 2025), (3, "条", 2025)]),
    ("section_title_year_any_title", "某区文旅工作报告\n一、2024年工作回顾\n全年接待游客500万人次。\n"
     "二、2025年工作安排\n（一）完善设施。新建驿站5个。\n（二）丰富业态。推出精品线路3条。",
     [(5, "个", 2025), (3, "条", 2025)]),
    ("section_title_two_years_none", "某区文旅工作报告\n一、2024—2025年重点任务\n新建驿站5个。\n"
     "二、2025年与2026年展望\n推出精品线路3条。",
     [(5, "个", None), (3, "条", None)]),
    ("period_end_opens_paragraph", "至“十五五”末，新建泵站2座。排水管网达标率达到95%。", [(2, "座", 2030), (95, "%", 2030)]),
    # a span of N years and N values after 分别: one value a year; another count of values gives none
    ("respective_years", "某区三年行动方案\n一、主要任务\n2024年至2026年，全区智慧社区覆盖率分别达到40%、70%、100%。\n",
     [(40, "%", 2024), (70, "%", 2025), (100, "%", 2026)]),
    ("respective_years_count_differs", "某区行动方案\n一、主要任务\n2024年至2026年，全区智慧社区覆盖率分别达到40%、70%。\n",
     [(40, "%", None), (70, "%", None)]),
    # a title naming one year's campaign (活动, 行动) plans that year
    ("campaign_title_year", "关于开展2021年燃气安全专项整治行动的通知\n一、工作目标\n确保重点场所排查覆盖率达到95%以上。\n",
     [(95, "%", 2021)]),
    # the thresholds a section of conditions sets for applicants are no targets; the work section's amount is one
    ("eligibility_section", "某区关于开展示范基地认定工作的通知\n一、认定条件\n（一）年接待游客不少于5万人次。"
     "\n（二）从业人员不少于20人。\n二、工作目标\n力争新认定示范基地3个。\n",
     [(3, "个", None)]),
    ("eligibility_items_under_a_list_title", "某区通知\n一、申报要求\n（一）申报企业应当具备下列条件：\n1.研发投入不低于50万元。\n"
     "2.研发人员不少于8人。\n",
     []),
    # "全年"/"年内" name the one year the document names; another year named elsewhere leaves them undated
    ("this_year_of_the_document", "某区关于加快项目建设的意见\n一、加快城建项目\n在抓好2019年重点项目的同时，推进停车设施建设。"
     "全年新建停车泊位800个，年内完成改造管网12公里。\n（某区管委会2019年4月8日）",
     [(800, "个", 2019), (12, "公里", 2019)]),
    ("this_year_two_years_named", "某区关于加快项目建设的意见\n一、目标\n对照2018年项目清单，查漏补缺。\n二、任务\n全年新建停车泊位800个。"
     "\n（某区管委会2019年4月8日）",
     [(800, "个", None)]),
    # a stage within one year dates its work, in its clause and in the clauses after it; a span of years does not
    ("stage_within_one_year", "第一阶段：2024年4月至2024年11月，改造旧村3个；建成口袋公园6处。",
     [(3, "个", 2024), (6, "处", 2024)]),
    ("stage_over_two_years", "第二阶段：2024年4月至2025年11月，改造旧村3个；建成口袋公园6处。",
     [(3, "个", None), (6, "处", None)]),
    ("trap_demand_forecast_section", "一、用电需求分析\n工业领域新增用电负荷20万千瓦，占新增负荷的25%。\n二、主要任务\n新建充电桩300个。",
     [(300, "个", None)]),
    # a part planning for one year plans its amounts without a verb; a work plan's title alone does not
    ("dated_part_amounts", "某市报告\n一、2025年工作回顾\n粮食产量30万吨。\n二、2026年重点工作\n（一）农业。粮食播种面积120万亩，新栽果树3万亩。",
     [(120, "万亩", 2026), (3, "万亩", 2026)]),
    # a goal section whose body opens with a year clause sets its goals for that year
    ("goal_section_year_clause", "某意见\n一、总体要求\n坚持家庭为主。\n二、发展目标\n2020年，出台政策措施。各区至少建设1所示范机构。\n",
     [(1, "所", 2020)]),
    # a paragraph's one deadline, opening a later sentence, dates the amounts before it
    ("paragraph_deadline_after", "某通知\n一、重点任务\n建设2000种左右优质教材。到2025年，大幅提升优质教材的影响力。\n",
     [(2000, "种", 2025)]),
    # a goal section plans its amounts without a verb too; its time spans are no amounts
    ("goal_section_amounts", "某规划\n一、总体要求\n（一）阶段目标。用3年时间，新发现10-20个有利目标区和300处矿产地。\n"
     "二、主要任务\n（一）勘查。新发现矿产地50处。", [(10, "个", None), (300, "处", None)]),
    ("trap_indicators_counted", "某规划\n一、主要目标\n共设28项指标，其中预期性指标19项，约束性指标9项。新建驿站6个。",
     [(6, "个", None)]),
    ("main_work_part_line", "某区报告\n2024年工作回顾\n全年完成投资300亿元。\n2025年主要工作\n（一）投资。全年完成重点片区投资360亿元以上。",
     [(360, "亿元", 2025)]),
    # "第1、2、3、5、7天各开展一次": ordinals and a routine's schedule, no amounts
    ("ordinal_days_and_schedule", "某市2025年工作方案\n一、检测\n在隔离的第1、2、3、5、7天各开展一次核酸检测，新建采样点50个。",
     [(50, "个", 2025)]),
    # one round of an action (开展一次大排查) is no count to reach; one a period (每学期…开展一次) is a schedule
    ("one_round_no_amount", "某镇2026年工作方案\n一、任务\n组织辖区各商户开展一次燃气管线大排查，新建微型消防站3个。\n"
     "各校每学期要组织教师开展一次公开课展示。\n", [(3, "个", 2026), (1, "次", 2026)]),
    ("plan_title_alone_no_amounts", "某县2026年养老服务工作方案\n服务协议有效期为1年，每个机构抽查10份档案。", []),
    ("plan_title_report_no_year", "某区2024年文旅工作总结\n下一步，新建驿站5个。", [(5, "个", None)]),
    # a body's report on one year tells its results, up to what comes after
    ("year_report_results", "某中心2025年度工作报告\n2025年某中心新建驿站8个，完成投资3亿元。\n2026年，新建驿站5个。\n",
     [(5, "个", 2026)]),
    # an assessment of a year ("…2020年…形势分析评估的报告") tells that year's results too
    ("year_assessment_report_results", "关于2025年全县森林防火形势分析评估的报告\n全年新建瞭望塔46座，开展巡山活动85次。\n"
     "下一步，新建消防站2个。\n", [(2, "个", None)]),
    # an emergency plan's grading part sets each grade's thresholds, no amounts to reach
    ("grading_thresholds", "某区防汛应急预案\n1 总则\n1.1 编制目的\n保障安全。\n1.2 事件分级\n1.2.1 较大洪涝灾害\n"
     "在48小时内，2个以上街道受淹。\n2 应急保障\n2.1 物资保障\n到2026年，新建避险场所5处。\n", [(5, "处", 2026)]),
    # the conditions that start each level of response are thresholds too
    ("response_conditions_thresholds", "某县海洋灾害应急预案\n一、总则\n为做好应急处置，制定本预案。\n三、应急响应\n"
     "（一）应急响应条件\n1.Ⅰ级应急响应条件\n受灾水域面积达到300平方公里及以上。\n2.Ⅱ级应急响应条件\n"
     "受灾水域面积达到80-300平方公里。\n四、应急保障\n到2026年，新建监测站5处。\n", [(5, "处", 2026)]),
    ("year_report_then_plan_part", "某中心2025年度工作报告\n一、主要成效\n全年新建驿站8个。\n二、2026年工作安排\n新建驿站6个。\n",
     [(6, "个", 2026)]),
    # a table in a section reporting on last year gives nothing; the rows of a year-titled section's table take its year
    ("table_rows_take_section_year", "某市计划报告\n一、2024年计划执行情况\n指标\t属性\t全年目标\n地区生产总值(%)\t预期性\t"
     "增长6%\n新增就业(万人)\t预期性\t3\n二、2025年主要目标\n指标\t属性\t全年目标\n地区生产总值(%)\t预期性\t增长5%左右\n",
     [(5, "%", 2025)]),
    # the plan's own period: its first year's schedule is no history; reductions and budgets are planned work
    ("plan_period_first_year_schedule", "关于印发《某市三年行动方案（2024—2026年）》的通知\n2024年，全市淘汰落后产能30万吨。\n"
     "到2026年，关停低效机组20万千瓦，编列专项资金3亿元。\n", [(30, "万吨", 2024), (20, "万千瓦", 2026), (3, "亿元", 2026)]),
    # a section about the situation (…形势, 发展环境) reports the past and the present state
    ("trap_situation_section", "某市教育规划\n一、教育发展形势\n全市新建学校20所，入学率提高到98%。\n"
     "二、主要目标\n到2025年，新建学校30所。", [(30, "所", 2025)]),
    # a section whose opening names one coming year and opens a list gives it to the items
    ("year_opened_list", "某区专项预算说明\n一、预算编制重点\n本期预算共编列800亿元，期程为2026年，各项预算如下：\n"
     "（一）交通建设\n本期编列120亿元。\n（二）水利建设\n本期编列80亿元。",
     [(800, "亿元", 2026), (120, "亿元", 2026), (80, "亿元", 2026)]),
    # a planned table whose year column groups a numbered list, flattened one cell per line (the year cell in the
    # middle of its block): every item takes its block's year
    ("year_grouped_planned_table", "表3、未来两年计划购置设备一览表\n年度 计划购置之设备及数量\n1、救护车(含车载设备)2辆\n"
     "2025\n2、除颤仪10台\n1、救护车3辆\n2026\n2、除颤仪12台\n以上设备的购置资金由市级财政统筹安排，分年度列入部门预算执行。",
     [(2, "辆", 2025), (10, "台", 2025), (3, "辆", 2026), (12, "台", 2026)]),
    # a span of years or a period framing the sentence counts its targets over it: no year, even in a dated section
    ("period_frames_no_year", "某区2026年工作要点\n一、重点任务\n2026—2027年，全区改造燃气管网300公里。\n"
     "“十五五”期间，新建学校12所。到2026年，新建公园5个。",
     [(300, "公里", None), (12, "所", None), (5, "个", 2026)]),
    ("period_name_is_no_frame", "某区2026年工作要点\n一、重点任务\n全面完成“十四五”示范项目建设，新建口袋公园60个。",
     [(60, "个", 2026)]),
    # a section reporting achievements (…成果, 已实施…) and a paragraph opened by 去年 report the past
    ("trap_results_section", "某局施政报告\n一、2025年度重要施政成果\n全年举办展演120场，吸引观众8万人次。\n"
     "二、未来施政重点\n2026年将新建社区书房12处。", [(12, "处", 2026)]),
    ("trap_last_year_paragraph", "去年，全市出口增长6.3%。全年新增市场主体1.2万户，民间投资突破800亿元。\n"
     "今年将新建充电桩3000个。", [(3000, "个", None)]),
    # a clause that is nothing but a deadline ("力争到2030年，") governs the rest of its paragraph, past ；
    ("time_clause_governs_paragraph", "某市产业规划\n——产业更优。补齐短板，力争到2030年，工业增加值突破300亿元；"
     "高新技术企业超过100家。\n", [(300, "亿元", 2030), (100, "家", 2030)]),
    # a line opened by a deadline and ended by a colon gives its year to the bulleted lines under it
    ("deadline_list_opener", "某省经济计划\n到2030年，全省产业结构的情况是：\n--农业所占比重由2025年的9%下降为8%；\n"
     "--服务业所占比重上升到55%。\n全省新建学校10所。\n", [(8, "%", 2030), (55, "%", 2030), (10, "所", None)]),
    # a goal paragraph whose last sentence reaches its deadline after a comma dates the dash lines after it
    ("deadline_after_a_comma_opens_the_goal_list", "某省行动计划\n一、主要目标\n通过实施九大行动，到2025年，创新环境进一步优化。\n"
     "——企业能力显著提高。省研发中心达到2150家左右。\n——优质企业壮大。专精特新企业达到1万家。\n",
     [(2150, "家", 2025), (1, "万家", 2025)]),
    # a stage of the plan opened by its label and deadline, no comma after the year, dates the dash lines under it
    ("phase_label_deadline_list", "某某发展规划\n三、战略目标\n分三步走：\n第一步，到2020年产业总体水平与世界同步。\n"
     "--核心产业规模超过1500亿元。\n第二步，到2025年产业进入全球价值链高端。\n--核心产业规模超过4000亿元。\n",
     [(1500, "亿元", 2020), (4000, "亿元", 2025)]),
    # the explanation of how the goals were reckoned, after the report ("…主要指标测算说明"), forecasts
    ("trap_goal_reckoning_after_the_report", "某区政府工作报告\n一、2015年工作安排\n今年主要预期目标是：生产总值增长6%左右。\n"
     "2015年主要指标测算说明\n一、生产总值\n初步预计：第二产业增长3%左右。\n二、固定资产投资\n预计可完成75亿元。\n",
     [(6, "%", 2015)]),
    # a review part's "2025年是…之年" dates nothing in the plan part after it
    ("trap_review_year_is_no_plan_year", "2026年某市政府工作报告\n一、2025年工作回顾\n2025年是“十四五”收官之年。全市生产总值增长5%。\n"
     "二、2026年工作安排\n今年主要预期目标是：生产总值增长5%左右，新增就业3万人。\n", [(5, "%", 2026), (3, "万人", 2026)]),
    # a funding reckoning inside a plan is no forecast part: the tasks after it are targets
    ("trap_funding_reckoning_in_a_plan", "某市2026年工作方案\n一、主要目标\n全年新增就业3万人。\n资金测算依据\n按每人补助500元测算。\n"
     "二、重点任务\n新建学校10所，改造道路20公里。\n", [(3, "万人", 2026), (10, "所", 2026), (20, "公里", 2026)]),
    # a notice quoting a few articles early on is no law: its tasks' targets stay
    ("trap_notice_quoting_articles", "某市关于做好养老服务工作的通知\n一、政策依据\n"
     + "".join(f"第{n}条 本条例第{n}项规定。\n" for n in "一二三四五六")
     + "".join(f"{c}、任务{c}\n（一）新建养老院2所。\n" for c in "二三四五六七八九"), [(2, "所", None)] * 8),
    # measures that assign dozens of dated tasks by responsibility notes are a work plan: their targets count, dated
    # by the title's one year
    ("assessment_scheme_with_task_list", "某市2026年数字政府建设考评办法\n一、考评对象\n各部门。\n二、重点任务\n"
     + "".join(f"{n}．新建政务服务站点{n}个。（6月底完成，牵头考核单位：市数据局）\n" for n in range(1, 11)),
     [(n, "个", 2026) for n in range(1, 11)]),
    ("trap_rules_without_task_list", "某市政务服务考评办法\n一、考评方式\n每季度考评1次，满分100分。\n", []),
    # a line naming a year and its 指标 before a colon opens a goal list, in any decade
    ("indicator_list_opener", "某省第七个五年计划\n一、食品工业\n1990年，主要食品的产量指标如下：\n卷烟2,600万箱，比1985年增长10.6%\n"
     "啤酒650万吨\n", [(2600, "万箱", 1990), (10.6, "%", 1990), (650, "万吨", 1990)]),
    ("trap_plan_year_is_no_result", "某区2025年商务工作要点\n2025年全区引进首店15家，同比增长10%。",
     [(15, "家", 2025), (10, "%", 2025)]),
    # what a country or region has now, opening a sentence, is the ground of a task; a deadline's share stays
    ("trap_stock_stated", "某市2026年工作要点\n一、2026年主要任务\n（一）办好教育。全市有12万在校学生，要办好每一所学校。"
     "全市现有高校15所。到2026年，全市有80%的学校建成智慧校园。\n", [(80, "%", 2026)]),
    # a report to the legislature commits only where it says so: 重要, 要求, 兹将 and a word inside a quoted name
    # say nothing of what is to come
    ("report_cue_words", "某部施政報告\n壹、施政情形\n一、救災\n(一)提升救災效能：為重要工作，實施空中搶救20架次。\n"
     "(二)要求提升品質：本期完成「未來發展計畫」審查12件。\n(三)推動站點建設：預定新增服務站5處。\n", [(5, "处", None)]),
    # a later year opening a sentence dates the goals it lists, each after a semicolon too
    ("later_year_opens_goal_sentence", "某区2021年工作报告\n一、2020年工作回顾\n全年新增企业200家。\n二、今后五年发展思路\n"
     "今后五年，要建设更强的新区。2025年全区生产总值达到500亿元；固定资产投资达到120亿元；污水处理率达到99%以上。\n",
     [(500, "亿元", 2025), (120, "亿元", 2025), (99, "%", 2025)]),
    # a coming year a later clause reaches a level in dates the sentence's targets before it too
    ("coming_year_reached_later", "2026年某省政府工作报告\n一、“十四五”时期工作回顾\n过去五年，全省产值达到500亿元。\n"
     "二、“十五五”时期目标任务\n力争省实验室达到20家，技术合同成交额2030年突破450亿元。\n",
     [(20, "家", 2030), (450, "亿元", 2030)]),
    # a status as of now (截至目前) reports, whatever a later clause of the sentence plans
    ("status_as_of_now", "某区2026年工作要点\n一、2026年主要任务\n（一）推进建档。截至目前计完成建档3万户，下半年将新增服务点5处。\n",
     [(5, "处", 2026)]),
    # 已建 before a noun names the plants there are: no report of the past
    ("existing_plants_attribute", "某区2019年工作报告\n一、2018年工作回顾\n全年新增企业200家。\n二、2019年主要工作\n"
     "（一）治水。新增污水处理能力5万吨/日，已建污水处理厂出水标准提升至准四类。\n", [(5, "万吨/日", 2019)]),
    # the present year opening a sentence whose later clause sets a later deadline is the plan's first stage
    ("present_year_first_stage", "某市养老服务实施意见\n一、主要任务\n（一）建设服务综合体。2020年，市本级试点建设3个社区服务"
     "综合体；到2022年，全市建成10个社区服务综合体。\n某市人民政府\n2020年9月1日\n",
     [(3, "个", 2020), (10, "个", 2022)]),
    # a speech whose paragraphs are indented by a tab after their numbers is no table; its 会 before a verb speaks
    # of what is to come
    ("tab_indented_paragraphs", "二零零一年施政報告\n甲、\t引言\n1. \t過去一年，出口增長百分之七，失業率為百分之四點八，"
     "旅客達百分之十。\n2. \t政府會投入二十億元資金，興建展覽中心。\n"
     "3. \t政府投入了十億元資金。\n4. \t我亦會向創新基金投入三億元。\n5. \t我們會撥款五十億元，成立教育發展基金。\n"
     "6. \t在下一個財政年度增加公務員編制至少3%。\n7. \t政府亦會投放7億元推展智慧城市項目。\n",
     [(20, "亿元", None), (3, "亿元", None), (50, "亿元", None), (3, "%", None), (7, "亿元", None)]),
    # a report to the legislature: 今年 naming a month or a quarter reports statistics to date; 今年 alone may plan
    ("report_this_year_month", "行政院院長施政報告\n壹、經濟\n今年7月失業率降為4.41%。今年1至8月出口2,080億美元。"
     "政府今年另投入11.8億元擴大客庄營造。\n", [(11.8, "亿元", None)]),
    # the minutes of a time of day in a budget report's transcript are no amount
    ("trap_time_of_day", "院長報告96年度中央政府總預算案編製經過。\n96年度歲出編列1兆6,000億元。\n(10時45分)主席：請繼續報告。\n",
     [(16000, "亿元", 2007)]),
    # the portion of an amount a rate applies to is a tax bracket, no target
    ("trap_tax_bracket", "某市2026年工作要点\n一、2026年主要任务\n（一）落实减税政策。对小微企业年应纳税所得额50万元至200万元部分，"
     "再减半征收。\n", []),
    ("trap_tax_bracket_upper", "某市2026年工作要点\n一、2026年主要任务\n（一）落实减税政策。对年应纳税所得额300万元以上部分，"
     "按规定征收。新建学校5所。\n", [(5, "所", 2026)]),
    # a work report's slogan parts: the first opens with a paragraph on the past year, then "一年来，…" (a review);
    # the report's title year dates the plan
    ("slogan_parts_of_a_work_report", "2025年某省政府工作报告\n一、牢记嘱托，新某省建设取得新成效\n2024年是具有里程碑意义"
     "的一年。总书记亲临考察。\n一年来，我们新增就业60万人。\n二、牢记使命，奋勇争先\n今年主要预期目标是：地区生产总值增长5%左右。\n",
     [(5, "%", 2025)]),
    # goals listed after a colon are set, whatever verb in the past tense announced them
    ("goals_listed_after_past_verb", "某市政府工作报告\n三、2026年的主要工作\n全会明确了今年经济社会发展的预期目标：地区生产总值"
     "增长6%左右，出口增长5%左右。\n", [(6, "%", 2026), (5, "%", 2026)]),
    # a Taiwanese report's review of its record states no targets; the year of a date written in words before its
    # month is no duration
    ("review_of_the_record", "行政院院長施政報告\n壹、前言\n貳、施政績效檢討\n在辦理專案貸款一千億元方面，截至八月二十四日止，"
     "占總申請戶數比率達九二.八九%，核貸金額二七三億元。\n參、未來施政重點\n由於台灣省政府組織調整作業將於九十年元月一日起"
     "邁入第三階段，本年新建學校5所。\n", [(5, "所", None)]),
]


@pytest.mark.parametrize("label,text,expected", DOCUMENT_CASES, ids=[c[0] for c in DOCUMENT_CASES])
def test_document_years(label: str, text: str, expected: list[tuple[float, str, object]]) -> None:
    import policydoc  # the whole pipeline: goal lists follow the sections the outline finds

    assert [(t.value, t.unit, t.year) for t in policydoc.parse_text(text).targets] == expected


# (label, text, [(value, comparator, change)]): SPEC "Comparator and change" — a bound wins over a change word, a
# change with no bound is the comparator, levels and planned amounts are "="; ``change`` keeps the direction
BINDING_CASES: list[tuple[str, str, list[tuple[float, str, object]]]] = [
    ("bound_wins_over_change", "全县生产总值增长6%以上。", [(6, ">=", "increase")]),
    # the bound closing a 分别 list of values holds for each of them
    ("respective_bound", "种植面积分别保持在445万亩、222万亩以上。", [(445, ">=", None), (222, ">=", None)]),
    ("respective_about", "城镇、农村居民收入分别增长5%、6.5%左右。", [(5, "~", "increase"), (6.5, "~", "increase")]),
    ("no_list_no_shared_bound", "分别达到60%、45%。", [(60, "=", None), (45, "=", None)]),
    ("about_wins_over_change", "粮食产量增长2%左右。", [(2, "~", "increase")]),
    ("change_without_bound", "单位产值能耗下降15%。", [(15, "decrease", "decrease")]),
    ("change_with_cap", "事故死亡人数每年降低3%以内。", [(3, "<=", "decrease")]),
    ("level_reached", "学前教育毛入园率达到96%。", [(96, "=", None)]),
    ("level_raised_to", "高中阶段毛入学率提高到95%。", [(95, "=", "increase")]),
    ("level_raised_to_with_bound", "高中阶段毛入学率提高到95%以上。", [(95, ">=", "increase")]),
    ("level_lowered_to", "空气中细颗粒物浓度降至30微克/立方米。", [(30, "=", "decrease")]),
    ("new_things_are_planned_amounts", "新增城镇就业3万人。", [(3, "=", None)]),
    ("new_things_with_bound", "新增城镇就业3万人以上。", [(3, ">=", None)]),
    ("cap_word", "城镇调查失业率控制在5.5%以内。", [(5.5, "<=", None)]),
    ("about_before_number", "新建污水管网约120公里。", [(120, "~", None)]),
    ("more_than", "超过8000家企业完成评估。", [(8000, ">", None)]),
    ("more_than_short", "力争全年引入首店超100家。", [(100, ">", None)]),
    ("range_of_values", "培训教师3—5万人次。", [(3, "range", None)]),
    ("reduction_of_area", "存量闲置厂房减量8万平方米。", [(8, "decrease", "decrease")]),
    ("listed_values_share_the_bound", "两项覆盖率分别不低于60%、45%。", [(60, ">=", None), (45, ">=", None)]),
    ("listed_values_share_the_change", "城乡居民收入分别增长5%和6.5%。",
     [(5, "increase", "increase"), (6.5, "increase", "increase")]),
    ("three_listed_values_share_the_change", "三项能耗分别较2020年降低5%、7%、6%。",
     [(5, "decrease", "decrease"), (7, "decrease", "decrease"), (6, "decrease", "decrease")]),
    ("a_range_is_not_shared", "建成2~3个实训基地和4个创新中心。", [(2, "range", None), (4, "=", None)]),
    ("construction_verb_is_no_change", "新建和提升城市绿道30公里。", [(30, "=", None)]),
]


@pytest.mark.parametrize("label,text,expected", BINDING_CASES, ids=[c[0] for c in BINDING_CASES])
def test_comparator_and_change(label: str, text: str, expected: list[tuple[float, str, object]]) -> None:
    assert [(t.value, t.comparator, t.change) for t in extract_facts(text, []).targets] == expected


# (label, text, indicators of every target): what is measured, as SPEC's agreement figure reads it
INDICATOR_LIST_CASES: list[tuple[str, str, list[str]]] = [
    ("change_word_stays", "全县生产总值年均增长7%左右，居民收入增长6%。", ["生产总值年均增长", "居民收入增长"]),
    ("making_verb_stays", "新建绿道120公里，改造老旧小区35个。", ["新建绿道", "改造老旧小区"]),
    ("respective_values", "单位产值能耗、单位产值用水量和人均垃圾产生量分别较2025年降低8%、6%、4%。",
     ["单位产值能耗降低", "单位产值用水量降低", "人均垃圾产生量降低"]),
    ("respective_shared_tail", "城区供水管网、燃气管网漏损率分别降低到8%、3%。", ["城区供水管网漏损率", "燃气管网漏损率"]),
    ("respective_does_not_pair", "城乡居民收入分别增长6%。", ["城乡居民收入分别增长"]),
    # one value stated for several things: one target each (分别/均/各, or things that end alike)
    ("one_value_respectively", "到2027年，氨氮、总磷排放分别削减6%。", ["氨氮排放削减", "总磷排放削减"]),
    ("one_value_each_short_later", "主干道机械化清扫率和冲洗率均达到80%以上。", ["主干道机械化清扫率", "主干道机械化冲洗率"]),
    ("one_value_things_end_alike", "全年税收收入和非税收入增长6%。", ["全年税收收入增长", "非税收入增长"]),
    ("one_value_each", "新建县级养老和托育服务中心各2个。", ["新建县级养老服务中心", "托育服务中心"]),
    ("compound_name_not_split", "城乡居民医保和大病保险参保率达到97%。", ["城乡居民医保和大病保险参保率"]),
    # counts of a policy's items are no targets
    ("policy_items", "落实稳就业18条措施，承接下放的30项审批职权，新建驿站6个。", ["新建驿站"]),
    ("aspects_of_the_work", "今年重点做好以下6个方面工作，新建驿站6个。", ["新建驿站"]),
    ("works_for_the_people", "今年继续办好12件民生实事，新建驿站6个。", ["民生实事", "新建驿站"]),
    # what the things counted do, said right after them, belongs to the name
    ("things_doing", "推动12家以上企业通过绿色工厂认定。", ["企业通过绿色工厂认定"]),
    ("planned_table_action", "年度 计划购置之设备及数量\n1、救护车(含车载设备)2辆\n2025\n2、除颤仪10台\n"
     "以上设备的购置资金由市级财政统筹安排，分年度列入部门预算执行。", ["计划购置救护车", "计划购置除颤仪"]),
    ("things_doing_too_long", "培训3000名教师掌握人工智能辅助教学的基本方法和工具。", ["培训教师"]),
    # an amount funded: what it pays for, named after it or in the purpose the sentence opens with
    ("funded_programme", "市政府今年将投入8亿元，推动“老旧街区焕新计划”。", ["老旧街区焕新计划投入经费"]),
    ("funded_purpose_before", "为持续推动社区养老服务，市财政今年编列3亿元。", ["社区养老服务预算"]),
    ("funded_thing_named", "专项资金投入2亿元。", ["专项资金投入"]),
    ("times_of_the_speaker_go", "预计2027年可新增数据中心机架2万个。", ["新增数据中心机架"]),
    # a generic measure says whose it is; an amount then 及 ends an item
    ("generic_measure_owner", "关停退出落后小水泥厂8家，合计产能120万吨。", ["关停退出落后小水泥厂", "关停退出落后小水泥厂产能"]),
    ("items_after_amounts", "淘汰公交车30辆及出租车80辆。", ["淘汰公交车", "淘汰出租车"]),
    # later items of a list share its making verb, or the subject before the first item's own verb
    ("list_shares_verb", "新建绿地600公顷、绿道90公里。", ["新建绿地", "新建绿道"]),
    ("list_shares_subject", "城区管网改造形成节水量约300万吨、减少漏损约80万吨。", ["城区管网改造形成节水量", "城区管网改造减少漏损"]),
    # the stretch an amount is counted over is a note to what is measured
    ("counted_each_year", "每年新增就业岗位2万个。", ["新增就业岗位（每年）"]),
    ("counted_over_years", "2026—2027年，全市改造燃气管网300公里。", ["改造燃气管网（2026—2027年）"]),
    # a part counted out of a whole (其中) carries the whole; an action repeated a number of times keeps its doer
    ("part_of_whole", "安排市级重点项目180项，其中新开工项目40项。", ["市级重点项目", "市级重点项目新开工项目"]),
    ("part_then_besides", "安排市级重点项目180项，其中新开工40项，另安排储备项目30项。",
     ["市级重点项目", "市级重点项目新开工", "储备项目"]),
    ("action_repeated", "网格员应每月至少上门走访1次独居老人。", ["网格员每月上门走访独居老人"]),
    ("event_repeated", "每年组织2次消防演练。", ["消防演练（每年）"]),
    ("verbs_that_make_open_the_lead", "关停退出列入名单的8家水泥企业。", ["关停退出水泥企业"]),
    # fragments before 、 that hold no number modify one thing; examples before 等 give way to the category
    ("co_modifiers_one_item", "取消审批、改为备案的事项达到60项。", ["取消审批、改为备案的事项"]),
    ("examples_before_category", "新建口袋公园、街心花园等休闲绿地30处。", ["新建休闲绿地"]),
    ("respective_values_past_commas", "能耗、水耗、物耗分别比上年下降2%，3%，4%以上。", ["能耗下降", "水耗下降", "物耗下降"]),
    # a measure named by the clause before ("…率为80%，预计2027年达到90%"); a change after it carries its word
    ("subject_in_clause_before", "全市垃圾分类覆盖率为80%，预计2027年度达到95%。", ["垃圾分类覆盖率", "垃圾分类覆盖率"]),
    ("change_after_amount", "到2030年，旅游收入达到90亿元，年均增长8%。", ["旅游收入", "旅游收入年均增长"]),
    ("funding_with_currency_and_purpose", "本府于115年度编列新台币2亿元预算办理老旧校舍补强。", ["老旧校舍补强预算"]),
    # an item does not end at a 、 inside brackets; a duty note closing the task before is no part of the name
    ("bracketed_list_in_share", "市级部门每年对20%以上的镇（街、园）开展抽查。", ["市级部门每年对开展抽查的镇（街、园）比例"]),
    ("duty_note_before", "完善制度(市水务局负责)新建雨水泵站6座。", ["新建雨水泵站"]),
    # a generic measure owned by what the sentence measures before it; "A占B、C比重"; the clause before names more
    ("generic_measure_owned_before", "到2030年，老年助餐服务覆盖率达到90%，满意度达到95%。", ["老年助餐服务覆盖率", "老年助餐服务满意度"]),
    ("share_of_wholes", "园区税收占全市、全省税收比重分别不低于20%、5%。", ["园区税收占全市税收比重", "园区税收占全省税收比重"]),
    ("named_fuller_before", "推进老旧小区加装电梯，全年加装电梯200台。", ["老旧小区加装电梯"]),
    # "A达到B的N%" measures A as a share of B; another value after a multiple names nothing
    ("share_of_whole", "各区应急响应能力一般应达到最大负荷的5%。", ["各区应急响应能力占最大负荷比例"]),
    ("multiple_then_value", "促使文创产值成长3倍达90亿元。", ["文创产值成长", "文创产值"]),
    # a share of things: what they do, 的, the things, 比例
    ("share_of_things_doing", "全市90%以上的小微园区要完成消防改造。", ["完成消防改造的小微园区比例"]),
    ("share_of_things_covered", "家庭医生签约覆盖全县60%常住人口。", ["家庭医生签约覆盖全县常住人口比例"]),
    ("share_without_things", "财政补助拟按5%安排。", ["财政补助"]),
    ("share_bound_is_no_thing", "城镇调查失业率控制在5.5%以内，通胀率3%左右。", ["城镇调查失业率", "通胀率"]),
    # no bare verb or target word names what is measured: the subject before it does
    ("verb_after_number_is_no_name", "污水处理率达到95%等目标。", ["污水处理率"]),
]


@pytest.mark.parametrize("label,text,indicators", INDICATOR_LIST_CASES, ids=[c[0] for c in INDICATOR_LIST_CASES])
def test_indicator_lists(label: str, text: str, indicators: list[str]) -> None:
    assert [t.indicator for t in extract_facts(text, []).targets] == indicators
