"""Table-driven cases: each input sentence and the (lead, support) pairs it must give.

Groups: explicit labels, run-in statements, shared-suffix lists, and traps that must give
nothing (non-bodies as subjects, causatives, design patterns, principles, approval steps,
"高度负责", narration). All sentences are invented in the style of plan documents.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from policydoc.parties import extract_parties
from policydoc.parties.names import grade_of, parse_bodies

Pairs = list[tuple[list[str], list[str]]]

LABELS: list[tuple[str, Pairs]] = [
    # a school's items name their offices as 职能部门: a label without roles, the first named leads
    ("二、教育教学成果奖\n（职能部门：教学处、党政办）\n按学期发放。", [(["教学处"], ["党政办"])]),
    # a short variant in brackets inside a name (村(居)委会: the village or residents' committee) is read without it
    ("一、工作要求\n各科室和各村(居)委会应抓好宣传引导，压实各自责任。", [(["各科室", "各村(居)委会"], [])]),
    # a list of names of the lexicon is nominal whatever the tagger splits (各村居: 各村 + 居), and a team sent to
    # villages (包村工作队) is a body
    ("一、工作要求\n各部门和各村居要按照分工做好准备工作。包村工作队要督促农户落实防火措施。",
     [(["各部门", "各村居"], []), (["包村工作队"], [])]),
    # a page run together on one line glues the next label to the last name ("牵头处室：A配合处室：B")
    ("1.组建招商小组。研究产业发展现状。牵头处室：产业发展处配合处室：各有关处室2.开展资源调查。摸清家底。"
     "牵头处室：住房建设处配合处室：城市管理处、水务处",
     [(["产业发展处"], ["各有关处室"]), (["住房建设处"], ["城市管理处", "水务处"])]),
    # a subsidy list names who carries each measure out as its 落实单位 (奖补落实单位): the first named leads
    ("1.支持企业做强。对年度营业收入首次突破1亿元的企业给予奖励20万元（奖补落实单位：区商务局）\n"
     "2.扩大有效投资。按季度调度重点项目。（落实单位：区发展改革局、区财政局）",
     [(["区商务局"], []), (["区发展改革局"], ["区财政局"])]),
    # a reform list's guiding departments (指导部门): a label without roles, the first named leads
    ("1.推广专利保险。（指导部门：国家知识产权局、中国银保监会）", [(["国家知识产权局"], ["中国银保监会"])]),
    # a 牵头单位 list and a 责任单位 list parted by a full stop are one note: the first leads, the second supports
    ("（一）标准制定。完善项目要求。牵头单位：各县人民政府、园区管委会。责任单位：市发展改革委、市经济信息化局。",
     [(["各县人民政府", "园区管委会"], ["市发展改革委", "市经济信息化局"])]),
    # a sentence of a labelled item whose own subject, none of the label's bodies, has a modal duty is its task too
    ("（一）加强组织领导。各地、各有关部门要切实加强领导。（责任部门：市卫健委、市财政局）",
     [(["各地", "各有关部门"], []), (["市卫健委"], ["市财政局"])]),
    # a note in tortoise-shell brackets after its task (a document number's 〔2021〕 is none)
    ("（一）建立工作机制。按照川办发〔2021〕6号要求推进。〔市发展改革委牵头，市财政局配合〕", [(["市发展改革委"], ["市财政局"])]),
    # the document's stated rule: the bodies before the note's first comma lead, for every later note too
    ("1.补齐短板。〔责任单位：市民政局、市卫健委，市财政局（逗号前为牵头单位，其余按职责分工负责，下同）〕"
     "2.扩大供给。〔责任单位：市教育局，市财政局、各区政府〕3.建立机制。〔责任单位：市民政局、市教育局〕",
     [(["市民政局", "市卫健委"], ["市财政局"]), (["市教育局"], ["市财政局", "各区政府"]), (["市民政局", "市教育局"], [])]),
    # a task table glued into running text: row number, task, lead(牵头), supporters, time column
    ("附件重点任务分工序号工作任务负责单位时间进度1加快推进无障碍改造市住房城乡建设局（牵头）、市民政局和各区县人民政府"
     "2014年4季度启动实施2健全农村养老机构功能市民政局（牵头）、市财政局2015年底前完成",
     [(["市住房城乡建设局"], ["市民政局", "各区县人民政府"]), (["市民政局"], ["市财政局"])]),
    # 和 between two whole names of a label list parts them, while a name holding 和 stays whole
    ("1.整合流程。(责任单位：市教育局和市财政局，市政务和数据局)", [(["市教育局"], ["市财政局", "市政务和数据局"])]),
    # another field of the note after its bodies
    ("3.推进跨省通办。(市公安局、市人社局按分管领域负责，2023年12月底前完成并持续推进)", [(["市公安局"], ["市人社局"])]),
    ("1.推进信息公开。(市科委、市经信局负责落实，完成时限：2021年10月)", [(["市科委"], ["市经信局"])]),
    ("2.打造平台。(市政务服务局牵头，各区政府、市政府各部门负责落实，完成时限：2021年10月)",
     [(["市政务服务局"], ["各区政府", "市政府各部门"])]),
    ("建设智慧校园。(责任单位:市教育局、市财政局)", [(["市教育局"], ["市财政局"])]),
    ("建设智慧校园。(牵头单位:市教育局;配合单位:市财政局、市人社局)", [(["市教育局"], ["市财政局", "市人社局"])]),
    # a deadline before the label inside the note; an assessing lead ("牵头考核单位"); a customs district as a body
    ("1.开通全程网办。(5月底完成，牵头考核单位：市审批服务局、市公安局)", [(["市审批服务局", "市公安局"], [])]),
    ("1.扩大进口。(合肥海关负责)", [(["合肥海关"], [])]),
    # a second label after a comma inside the note
    ("1.强化基础研究。(牵头单位：市科技局，责任单位：市教育局、市财政局)", [(["市科技局"], ["市教育局", "市财政局"])]),
    # a field after the roles, inside the note, after a clause stop
    ("1.做好汇报。(办公室负责，市交通局配合；完成时限：年底前)", [(["办公室"], ["市交通局"])]),
    # a 负责部门 label, and another field of the note after a comma ("适用范围：…")
    ("（三）下放审批权限。（负责部门：交通运输部、公安部，适用范围：沿海试验区）", [(["交通运输部"], ["公安部"])]),
    ("（四）开展试点。（负责单位：市商务局；完成时限：2027年）", [(["市商务局"], [])]),
    # the Youth League's central committee is a body of a national note
    ("(五)开展志愿服务。(共青团中央、民政部等和各省级人民政府负责)", [(["共青团中央"], ["民政部", "各省级人民政府"])]),
    # enterprises in a responsibility list are bodies (a weak head: only where a duty is given explicitly)
    ("1.加快网络建设。(责任单位：省通信管理局，各基础电信企业)", [(["省通信管理局"], ["各基础电信企业"])]),
    ("完善资助体系(市财政局牵头,市民政局、市教育局配合)。", [(["市财政局"], ["市民政局", "市教育局"])]),
    ("推进教育信息化。\n责任部门:市教育局、市大数据中心", [(["市教育局"], ["市大数据中心"])]),
    ("实施强校工程。(责任单位:市财政局、市教育局(牵头))", [(["市教育局"], ["市财政局"])]),
    ("开展专项督导。(主责单位:市教育督导室;参与单位:各县(市、区)教育局)", [(["市教育督导室"], ["各县(市、区)教育局"])]),
    # a bare note may list the units addressed as a group beside the bodies; not the group alone
    ("1.建设实验室。(市教育局牵头)\n2.培训教师。(市人社局、各区县)", [(["市教育局"], []), (["市人社局"], ["各区县"])]),
    # a partner joined by 会同 inside the note supports (SPEC rule 2)
    ("1.建设实验室。(市教育局会同有关部门负责)", [(["市教育局"], ["有关部门"])]),
    ("1.建设实验室。(市教育局牵头)\n2.培训教师。(各区县)", [(["市教育局"], [])]),
    ("序号\t任务\t责任单位\n1\t新建学校\t区教育局、区住建局\n", [(["区教育局"], ["区住建局"])]),
    ("序号\t任务\t牵头单位\t配合单位\n1\t新建学校\t区住建局\t区教育局\n", [(["区住建局"], ["区教育局"])]),
]

STATEMENTS: list[tuple[str, Pairs]] = [
    # an emergency plan names who keeps it (a 办法's interpreter is no task: see TRAPS)
    ("本预案由区应急管理局负责解释。", [(["区应急管理局"], [])]),
    # a body named the one responsible; an emergency plan's command verb the tagger reads as a noun
    ("各区政府是本行政区人员转移安置的责任主体，负责组织各街道开展工作。", [(["各区政府"], [])]),
    ("区应急指挥部评估突发事件危害影响，适时发布启用指令。", [(["区应急指挥部"], [])]),
    ("事发地所在街镇、区应急管理局在接到转移指令后，组织做好人员疏散工作。", [(["事发地所在街镇", "区应急管理局"], [])]),
    # still (仍) between the subject and its modal
    ("各级政府仍要坚持勤俭节约，严控一般性支出。", [(["各级政府"], [])]),
    # a place and the zone that ranks with it in brackets stand for their governments
    ("各区市县(园区)要加强组织领导。", [(["各区市县(园区)"], [])]),
    # an office addressing another (X向Y提出) and a duty with no subject of its own (配合X做好…) name only the doer
    ("市应急指挥部办公室向市应急指挥部提出扩大响应建议。", [(["市应急指挥部办公室"], [])]),
    ("市交通局负责全市公路应急工作，配合省政府做好重大事件的应急处置工作。", [(["市交通局"], [])]),
    # how often, between the subject and its verb; a verb the tagger reads as a noun (报告)
    ("市水文局每日至少两次报告洪水预报结果。", [(["市水文局"], [])]),
    ("区气象台随时报告天气变化情况。", [(["区气象台"], [])]),
    # a flood plan's headquarters by its short name
    ("当地防指要迅速调集人力物力全力组织抢险。", [(["当地防指"], [])]),
    # the places of medical insurance as scope words: where a patient is insured, where treated
    ("参保地经办机构要简化异地就医备案手续。", [(["参保地经办机构"], [])]),
    # the pooling regions of social insurance addressed as a group
    ("各统筹地区要按月做好基金结算工作。", [(["各统筹地区"], [])]),
    # places addressed as a group, given a duty; the pilot places a plan designates too
    ("各地方要加强经验总结。", [(["各地方"], [])]),
    # provinces addressed as a group, with their bracketed kinds; a sentence opened by 各有关 is read at all
    ("各有关省(区)要将试点任务纳入年度重点工作。", [(["各有关省(区)"], [])]),
    ("各有关地区要加强监督评估。", [(["各有关地区"], [])]),
    ("试点城市要于年底前报送实施方案。", [(["试点城市"], [])]),
    # the scope opening a list before a modal duty holds for all of it; an agency named by the field it serves
    ("各区市县、园区要加强组织领导。", [(["各区市县", "园区"], [])]),
    ("各级公共就业服务机构要免费提供代理服务。", [(["各级公共就业服务机构"], [])]),
    # a prohibition limits the bodies, it gives them no task
    ("有关部门不得要求企业重复提交材料。", []),
    # an attachment listed by its title: its issuer reads as a subject, but the line names a document
    ("附件：\n1.某省普通高中课程与学分结构\n2.某省普通高中知识拓展类选修课程实施方案\n", []),
    ("在试点城市开展中期评估。", []),
    # 主导 pairs like 牵头: the first body leads, the partner supports
    ("市科技局主导、各区科技部门积极参与，建立联合攻关机制。", [(["市科技局"], ["各区科技部门"])]),
    ("由市教育局负责组织实施。", [(["市教育局"], [])]),
    # a body's name ends before 将 even where the tagger glues the last character to it ("…局将")
    ("国家数据局将定期通报各地工作进展。", [(["国家数据局"], [])]),
    # 统筹 may stand inside a name after a scope word (统筹地区: health-insurance pooling regions), never open one
    ("各统筹地区医保部门要加强基金监管。", [(["各统筹地区医保部门"], [])]),
    ("统筹全市教育部门要加强管理。", []),
    # the body's own action timed before its modal in the next clause; verbs of review and procurement inside names
    ("市市场监管局作出重大处罚决定前，要进行法制审核。", [(["市市场监管局"], [])]),
    ("市司法局完成审核后，要提出书面意见。", [(["市司法局"], [])]),
    # registration and affiliation verbs inside names (登记管理机关, 挂靠单位)
    ("登记管理机关、业务主管部门和挂靠单位要加强协作。", [(["登记管理机关", "业务主管部门", "挂靠单位"], [])]),
    # 报经X审核: a step of the procedure in the passive; no name holds 报经
    ("方案报经市财政局审核后公布。", []),
    # an organisation (…机构) given a modal duty is an addressee, however modified; a facility kind is not
    ("法律审核机构要出具书面意见。", [(["法律审核机构"], [])]),
    # an organisation named by the work it does (V + 机构), after a place and its bracketed variant too; a verb that
    # reshapes or sets up bodies before 机构 is a task
    ("各县（自治县）评审考核机构要按时完成评审。", [(["各县（自治县）评审考核机构"], [])]),
    ("检测机构应当出具检测报告。", [(["检测机构"], [])]),
    ("撤并机构要稳妥推进。", []),
    # before 部门/单位/机关 only a verb naming a field of work makes the name; a modal or a task verb does not
    ("各级评审考试部门要做好保密工作。", [(["各级评审考试部门"], [])]),
    ("市直执收单位要按时上缴。", [(["市直执收单位"], [])]),
    ("拓展部门协作范围。", []),
    # a condition's approval is no subject ("经其主管部门核定后，应…": 经其 read as one pronoun by the tagger)
    ("学校的招生计划，经其主管部门核定后，应报送市考试院。", []),
    # a bare place takes the name of the next item that names more, not of the list's last ("或街道办")
    ("由市、区园林部门或辖区街道办负责养护。", [(["市园林部门", "区园林部门", "辖区街道办"], [])]),
    # 国家 before a level's body shares what that body names after its level; 报 + the body reported to ends a name
    ("国家、省级文物部门要加强指导。", [(["国家文物部门", "省级文物部门"], [])]),
    # enrolment offices by their short names, which the tagger reads as verbs
    ("各区招办要按时公布录取结果。", [(["各区招办"], [])]),
    # schools by their type alone, given their part by 由; not an enterprise so named
    ("面试由招生院校统一组织。", [(["招生院校"], [])]),
    ("具体标准由企业自主决定。", []),
    ("方案经审查后由县规划部门报县人民政府批准。", []),
    # a firm named by its trade under a modal is addressed, however modified; a class of firms by ownership or size
    # (a plan's talk of the economy), and 应为 (what a firm should be), address none
    ("供水企业应在接到报修后及时抢修。", [(["供水企业"], [])]),
    # a government's whole system addressed by its report, with a modal duty; named as an object it is none
    ("全县政府系统要严守纪律规矩。", [(["全县政府系统"], [])]),
    ("持续加强政府系统廉政建设。", []),
    ("燃气经营企业要按月公开服务信息。", [(["燃气经营企业"], [])]),
    ("民营中小企业要加强自身管理。", []),
    ("申报企业应为本市注册的独立法人。", []),
    # 由X牵头 inside the design of a mechanism (…的工作机制) names who will lead it, assigning X nothing here
    ("各区要建立由区政府负责同志牵头、有关部门参与的工作机制。", [(["各区"], [])]),
    # a manner adverb opens a predicate, never a name ("充分利用多部门…": no body 充分利用多部门)
    ("充分利用多部门协调机制，凝聚各类资源，扎实推进标准建设。", []),
    ("全面改进政府履职方式，提高服务水平。", []),
    # the 由 of 自由 is part of a name, and opens no 由X phrase
    ("省自由贸易港工作办公室要加强督促检查。", [(["省自由贸易港工作办公室"], [])]),
    ("由自由贸易试验区管委会负责审批。", [(["自由贸易试验区管委会"], [])]),
    # the body after 由, then what it goes by (依, 结合) before its action, clauses away
    ("由地方政府依灾害潜势特性及历史灾害经验，结合地区防救计划内涵，设定灾害情境办理兵棋推演。", [(["地方政府"], [])]),
    ("由市教育局结合实际制定实施细则。", [(["市教育局"], [])]),
    # the body's persons named by what they do are no subject; the body after 由 is
    ("各市参会人员由所在市党委负责通知并报名单。", [(["所在市党委"], [])]),
    # a request after the one who asks and an adverb; not one after its manner ("严格要求…")
    ("本院已责成教育部成立跨部会平台。", [(["教育部"], [])]),
    ("锡堃也已要求各部会继续检讨，并限期完成。", [(["各部会"], [])]),
    # a means taken up before the body that lends it: no subject ("借力教研院组织…")
    ("借力教研院组织名师推介活动。", []),
    # the speaker asking in the first person, or directing (指示), with 亦 as its adverb
    ("我要求规划署加快改划工作。", [(["规划署"], [])]),
    ("我亦已指示运输及房屋局检讨加快兴建公屋进度。", [(["运输及房屋局"], [])]),
    # 对 + a determiner (tagged as one word) opens the duty's object
    ("市人民政府对本地区养老服务工作负总责。", [(["市人民政府"], [])]),
    # a time phrase and a comma between the body and its duty; a level written with its larger one in brackets
    ("区卫健局自收到申请之日起，应在5个工作日内完成审核。", [(["区卫健局"], [])]),
    ("镇(街)负责受理申请，并做好初审。", [(["镇(街)"], [])]),
    ("乡镇(街道)要指导做好交接工作。", [(["乡镇(街道)"], [])]),
    ("学校(幼儿园)要通过网站通报食堂经营情况。", [(["学校(幼儿园)"], [])]),
    ("各省(自治区、直辖市)要组织开展全面排查。", [(["各省(自治区、直辖市)"], [])]),
    ("村党组织要及时召开会议。", [(["村党组织"], [])]),
    ("市卫生健康委牵头,市教育局配合,做好学生体检工作。", [(["市卫生健康委"], ["市教育局"])]),
    ("税务、财政和教育部门每年要定期开展监督检查。", [(["税务部门", "财政部门", "教育部门"], [])]),
    ("在市委教育工作领导小组的统一领导下,统筹推进各项改革。", [(["市委教育工作领导小组"], [])]),
    ("各县(市、区)人民政府要加大学前教育投入。", [(["各县(市、区)人民政府"], [])]),
    ("市级教育行政部门负责规划、组织、协调和实施。教育系统各职能部门积极配合。",
     [(["市级教育行政部门"], ["教育系统各职能部门"])]),
    ("成立市教育督导团,负责全市督导工作。", [(["市教育督导团"], [])]),
    ("新建小区配套幼儿园建成后移交区教育局管理。", [(["区教育局"], [])]),
    ("市财政局安排专项资金支持乡村学校建设。", [(["市财政局"], [])]),
    ("教育主管部门对校长职级实行动态管理。", [(["教育主管部门"], [])]),
    # scope prefixes of law texts stay on the name ([prefixes] in organs.txt)
    ("县级以上地方各级人民政府应当保障校车运行经费。", [(["县级以上地方各级人民政府"], [])]),
    ("第九条　市级以上人民政府卫生部门负责学校传染病防控的业务指导。", [(["市级以上人民政府卫生部门"], [])]),
    # a modal duty makes a one-word body type a party; 负责 too
    ("高校应当设立心理咨询中心。", [(["高校"], [])]),
    ("各幼儿园要建立晨检制度。", [(["各幼儿园"], [])]),
    # 由X + any action word; 由X会同Y
    ("逾期未改的，由区教育局依法吊销办学许可证。", [(["区教育局"], [])]),
    ("助学金标准由市财政局会同市民政局核定。", [(["市财政局"], ["市民政局"])]),
    # X会同Y负责: X leads, Y supports; 会同 never sits inside a name
    ("区卫健委会同区教育局、区体育局负责学生近视防控。", [(["区卫健委"], ["区教育局", "区体育局"])]),
    # a list separator inside an official name ([joined] in organs.txt)
    ("省文化和旅游厅、省教育厅负责研学基地认定。", [(["省文化和旅游厅", "省教育厅"], [])]),
    ("开展研学实践(市文化和旅游局、市教育局按职责分工负责)。", [(["市文化和旅游局"], ["市教育局"])]),
    # a circled item number is no part of the name after it; abbreviated offices; a garrison in a members' list
    ("①市应急指挥部办公室提出预警启动建议；②市应急指挥部在2小时内决定是否启动预警。",
     [(["市应急指挥部办公室"], []), (["市应急指挥部"], [])]),
    ("市网信办要加强网络舆情监测。", [(["市网信办"], [])]),
    ("市无委办：负责保障应急无线电用频。\n某某警备区：负责组织民兵参与抢险。\n市委宣传部：配合事件调查部门及时发布权威信息。",
     [(["市无委办"], []), (["某某警备区"], []), (["市委宣传部"], [])]),
    # a body named by who runs it or by its grade's bound (the tagger reads 公立 as a verb, 以上 as a locality)
    ("公立医疗机构应当落实药品集中采购要求。", [(["公立医疗机构"], [])]),
    ("二级以上医疗机构要加强对基层的指导。", [(["二级以上医疗机构"], [])]),
    # a share of a whole that a task's verb follows is the task's measure, not a target the body states
    ("医院按照不低于上年度实际使用量的80%制定采购计划。", [(["医院"], [])]),
    # a body, a verb it acts with, another body: a clause, whose subject leads and whose partner supports
    ("区民政局、区财政局配合区委宣传部起草新闻发布稿。", [(["区委宣传部"], ["区民政局", "区财政局"])]),
    # X's own duty before the clause that makes X a guide keeps its party
    ("市应急中心负责预警系统的建设，各区应急局在市应急中心指导下建设本区预警系统。",
     [(["市应急中心"], []), (["各区应急局"], ["市应急中心"])]),
    # "在X领导下，Y负责…": Y leads; X is the context of Y's own statement
    ("在市政府领导下，市交通局负责组织抢险。", [(["市交通局"], [])]),
    # 与 inside a name the lexicon does not know (the tagger reads it as a preposition); 司, a ministry's department
    ("市教育与体育局要加强校园足球场地建设。", [(["市教育与体育局"], [])]),
    ("市自然资源与规划局负责编制国土空间规划。", [(["市自然资源与规划局"], [])]),
    ("国家发展改革委产业发展司负责组织实施。", [(["国家发展改革委产业发展司"], [])]),
    # a shared suffix after an adjective-like item
    ("交通、安全生产监督管理部门负责校车线路审核。", [(["交通部门", "安全生产监督管理部门"], [])]),
    # a set-up body with a modifier: 成立由/以…的X，负责…
    ("成立以区长为组长的区校园安全工作领导小组，负责统筹校园安全工作。", [(["区校园安全工作领导小组"], [])]),
    # 将/把 and co-action openers after a named body
    ("区教育局将把课后服务开展情况纳入学校考核。", [(["区教育局"], [])]),
    ("市实验中学与本地高校联合开设先修课程。", [(["市实验中学"], [])]),
    ("由区教育局纪检组负责招生工作监督。", [(["区教育局纪检组"], [])]),
    # 由 + a list of bodies (abbreviated offices: X办) + 负责: every body leads
    ("由县委政法委、县信访办负责。", [(["县委政法委", "县信访办"], [])]),
    # a support clause after an assignment, with a list and a manner phrase
    ("由区民政局负责，区财政局、区卫健委按职责配合。", [(["区民政局"], ["区财政局", "区卫健委"])]),
    ("市交通运输局负责统筹。市公安局、市城管局按照各自职责做好配合。", [(["市交通运输局"], ["市公安局", "市城管局"])]),
    # bare places share the rest of a place-prefixed name
    ("省和市卫生健康部门要加强基层医疗队伍建设。", [(["省卫生健康部门", "市卫生健康部门"], [])]),
    # a body type with a bracketed variant
    ("乡镇卫生院(所)应当配备专职公共卫生人员。", [(["乡镇卫生院(所)"], [])]),
    # 由X依照/依据…予以 + action; organs of state (机关), detachments (支队/大队)
    ("由税务机关依照有关规定予以追缴。", [(["税务机关"], [])]),
    ("对占道经营行为，由区市场监管综合执法大队负责查处。", [(["区市场监管综合执法大队"], [])]),
    # 各 + an administrative level below the county (+ 要, or a bare task verb)
    ("各乡镇要落实河湖长制。", [(["各乡镇"], [])]),
    # noun + verb + organ suffix is one name
    ("县乡村振兴局要会同县直有关部门开展调研。", [(["县乡村振兴局"], ["县直有关部门"])]),
    ("各项目实施单位按月报送资金使用情况。", [(["各项目实施单位"], [])]),
    # a Party group of an organ (局党组, 委党组)
    ("委党组要把安全生产纳入议事日程。", [(["委党组"], [])]),
    # a located office given a duty in the same sentence
    ("工作专班办公室设在区财政局，承担日常协调工作。", [(["工作专班办公室"], [])]),
    # a penalty clause: the condition's subject is no party, the body after 由 is
    ("养老机构违反本办法规定的，由区民政局责令改正。", [(["区民政局"], [])]),
    ("市教育局负责制定评估标准，评估不合格的，由区教育局责令整改。", [(["市教育局"], []), (["区教育局"], [])]),
    # field names before 等 + shared head take it whatever their length, place prefix as written
    ("区卫生健康、住房城乡建设、生态环境等部门按照各自职责，做好医疗废物处置。",
     [(["区卫生健康部门", "住房城乡建设部门", "生态环境部门"], [])]),
    # 由X + a budget action (纳入/列入/予以)
    ("所需经费由区财政局纳入部门预算予以保障。", [(["区财政局"], [])]),
    # a public insurance agency, bank branches, people's organisations
    ("社会保险经办机构应当按月核对参保信息。", [(["社会保险经办机构"], [])]),
    ("由市商务局、人民银行某某市中心支行负责跨境结算便利化。", [(["市商务局", "人民银行某某市中心支行"], [])]),
    ("区妇联、团区委要组织开展志愿服务。", [(["区妇联", "团区委"], [])]),
    ("市残联负责无障碍改造需求摸排。", [(["市残联"], [])]),
    # a verb naming a field of work stays on the group's name
    ("区招商工作领导小组负责重大项目的协调推进。", [(["区招商工作领导小组"], [])]),
    # an item marker with a Chinese numeral is no part of the name; a bracketed alternative body
    ("(四)县人社部门应当会同财政、税务等部门做好补贴审核。", [(["县人社部门"], ["财政部门", "税务部门"])]),
    ("(一)社区居委会(村委会)要做好独居老人走访。", [(["社区居委会(村委会)"], [])]),
    # the unnamed government given explicit duty wording; a level's Party committee and
    # government named as one
    ("政府要切实履行监管职责。", [(["政府"], [])]),
    ("地方各级党委和政府要加强组织领导。", [(["地方各级党委和政府"], [])]),
    # a named body under 应当 is given a task; the generic remainder after 等 supports
    ("省交通运输厅应当制定应急运输保障方案。", [(["省交通运输厅"], [])]),
    ("市交通局、市公安局等有关部门要加强路面巡查。", [(["市交通局", "市公安局"], ["有关部门"])]),
    # 由X + a procedural step; places addressed as a group
    ("审核通过后，由区住建局通知申请人签订租赁合同。", [(["区住建局"], [])]),
    # a body given a step of work after 由: 另行 (separately), 对 (on what), 开展/进行/接受 (carrying it out)
    ("具体安排由市招生考试中心另行通知。", [(["市招生考试中心"], [])]),
    ("由市房管局对保障性住房实行统一管理。", [(["市房管局"], [])]),
    ("确认符合条件后由区教育局接受报名。", [(["区教育局"], [])]),
    ("各地要于年底前完成清理整改。", [(["各地"], [])]),
    # a post held in the body acts, not the body; a post as its roster's label opens the group's own duties
    ("领导小组组长赴现场指挥处置。", []),
    ("第一督查组组长：张三成员：李四负责：甲乡的督查。", [(["第一督查组"], [])]),
    # a part's short title glued to the body that opens its text (a page run together) is no part of the name
    ("业务培训镇财政所应组织会计人员轮训。", [(["镇财政所"], [])]),
    ("台账统计各村要按月上报。", [(["各村"], [])]),
    # 当/待 before a body's place open a clause of time, no name
    ("当市指挥部宣布结束应急响应时，及时恢复正常秩序。", []),
    ("待区政府审定后，区教育局负责印发。", [(["区教育局"], [])]),
    # an office suffix the tagger misreads; a task verb it misreads; 或者 joins bodies
    ("市委网信办负责协调处置网络安全事件。", [(["市委网信办"], [])]),
    ("市工业和信息化局、市广电局等有关部门建立健全应急通信保障机制。",
     [(["市工业和信息化局", "市广电局"], ["有关部门"])]),
    ("由区应急指挥部或者区应急管理局负责发布信息。", [(["区应急指挥部", "区应急管理局"], [])]),
    ("各级政协要开展民主监督。", [(["各级政协"], [])]),
    # bodies named by what they are charged with (a relative clause inside the name)
    ("负有食品安全监管职责的部门要加强抽检。", [(["负有食品安全监管职责的部门"], [])]),
    ("区环保局和其他负有监管职责的部门，每年要公布检查结果。", [(["区环保局", "其他负有监管职责的部门"], [])]),
    ("负责项目审批的区政府和市有关部门要加强协同。", [(["负责项目审批的区政府", "市有关部门"], [])]),
    # one body named over two levels; a subject after leading spaces of a PDF text
    ("市、县两级应急管理部门要加强值守。", [(["市、县两级应急管理部门"], [])]),
    (" 全面推行政府购买服务 。", []),
    # a count set right after the bodies: they are what is counted (a target), no addressee; a duty still leads
    ("到2027年，省级重点实验室超过300家。", []),
    ("市级孵化器达到50家以上。", []),
    ("市科技局要达到考核要求。", [(["市科技局"], [])]),
    # SPEC rule 2 in prose: the guide supports the body carrying the duty; a role word
    # inside a name (牵头医院, 牵头部门) and a manner before the partners' role
    ("市教育局指导，各区教育局负责落实。", [(["各区教育局"], ["市教育局"])]),
    ("区中心医院牵头、各社区卫生服务中心共同参与，组建专科联盟。", [(["区中心医院"], ["各社区卫生服务中心"])]),
    ("牵头部门要切实发挥统筹作用。", [(["牵头部门"], [])]),
    ("承办单位应做好会务保障。", [(["承办单位"], [])]),
    # a note closing the previous task does not hide the next sentence's subject
    ("完成排查(市民政局负责)各区要建立台账。", [(["市民政局"], []), (["各区"], [])]),
    # grass-roots stations and squads
    ("各司法所要加强人民调解工作。", [(["各司法所"], [])]),
    # a duty sentence with its own subject keeps its lead before a label line closing the item
    ("1.统筹调度。区防汛抗旱指挥部负责统一指挥调度。\n责任单位:区水利局、区应急管理局",
     [(["区防汛抗旱指挥部"], []), (["区水利局"], ["区应急管理局"])]),
    # an adverb of manner between 由X and its verb; a body that discusses and decides
    ("评选过程由学校纪委全程监督。", [(["学校纪委"], [])]),
    ("拟聘名单由评聘工作小组讨论研究后公示。", [(["评聘工作小组"], [])]),
    ("具体办法由党政联席会议集体讨论决定。", [(["党政联席会议"], [])]),
    # a working group named for its field of work, the field a verb ("招生工作领导小组")
    ("招生工作领导小组负责全校招生的组织实施。", [(["招生工作领导小组"], [])]),
    # school offices and teams, and the working groups of an emergency plan
    ("医务室负责食堂的卫生检查。", [(["医务室"], [])]),
    ("各年级组要做好学生的安全教育。", [(["各年级组"], [])]),
    ("各班要在每天上午清点学生人数。", [(["各班"], [])]),
    ("后勤保障组负责应急物资的调配。", [(["后勤保障组"], [])]),
    # a bare role with a modal after the lead's clause supports it; a role with its own task leads that task
    ("培训工作由教务处具体负责，学校有关部门应积极配合、支持。", [(["教务处"], ["学校有关部门"])]),
    ("县教育局负责组织实施；乡镇人民政府要协助做好相关工作。", [(["县教育局"], []), (["乡镇人民政府"], [])]),
    # a name the tagger's dictionary lists as a verb (各部委 3 v) is tagged as the lexicon's name
    ("国务院和各部委以及地方各级政府要对这些文件认真进行一次清理。", [(["国务院", "各部委", "地方各级政府"], [])]),
    # a plan period opening the clause is the task's time, not part of the name
    ("“十四五”时期各省(自治区、直辖市)要稳定粮食播种面积。", [(["各省(自治区、直辖市)"], [])]),
    # the field an agency serves, read as a verb by the tagger: 融资担保机构
    ("各级政府性融资担保机构要对合作银行进行定期评估。", [(["各级政府性融资担保机构"], [])]),
    # a meeting that decides as a body
    ("最后由校党委会议讨论决定获奖名单。", [(["校党委会议"], [])]),
    # 及时 opens no list after a subject ("X及Y" would)
    ("综合协调组及时收集、整理事件信息。", [(["综合协调组"], [])]),
    # a deadline opening the clause before its subject, or before the predicate after it
    ("5月底前市卫生健康委完成年度评估报告。", [(["市卫生健康委"], [])]),
    ("2027年9月底前各省份要制定配套细则。", [(["各省份"], [])]),
    ("2026年起，省统计局每年4月底前完成数据汇总。", [(["省统计局"], [])]),
    ("各省要出台具体实施方案。", [(["各省"], [])]),
    # bodies named for their part in a procedure, the tagger reading it as a verb
    ("起草单位应当根据审核意见对文件作必要的修改。", [(["起草单位"], [])]),
    ("学会筹备组负责起草章程草案。", [(["学会筹备组"], [])]),
    ("各园区开发管理局组织实施，市直单位配合。", [(["各园区开发管理局"], ["市直单位"])]),
    # persons named beside a body bear no task of a body; a school of a level is one word (初中 is tagged f)
    ("初中学校和教师要做好学生成长记录。", [(["初中学校"], [])]),
    ("县级政府及其部门要做好政策宣传。", [(["县级政府及其部门"], [])]),
    ("各参建单位要落实安全生产责任。", [(["各参建单位"], [])]),
    # subjects set apart by 特别是 lead with the rest
    ("各市、各部门，特别是市教育局，要尽早组织开展宣传教育活动。", [(["各市", "各部门", "市教育局"], [])]),
    # the units a level of government owns, fire brigades, project owners, banks: addressed with a duty
    ("市属国企要完善内部审计制度。", [(["市属国企"], [])]),
    ("志愿消防队应定期开展灭火演练。", [(["志愿消防队"], [])]),
    ("项目业主应按月报送工程进度。", [(["项目业主"], [])]),
    ("银行应当为小微企业开通贷款审批专线。", [(["银行"], [])]),
    # a field named as one in a department's name is not split (林业和草原)
    ("县林业和草原部门负责古树名木普查。", [(["县林业和草原部门"], [])]),
    # the body that assists supports the one it assists (SPEC rule 2)
    ("县公安局要积极协助县民政局核查申请人的信息。", [(["县民政局"], ["县公安局"])]),
    # a partner list ends at the preposition opening the task
    ("市商务局会同市财政局、市税务局对试点企业实行清单管理。", [(["市商务局"], ["市财政局", "市税务局"])]),
    # a body named by two verbs of its work (a noun, a verb, a verbal noun, 部门)
    ("车辆租赁管理部门要规范租车合同文本。", [(["车辆租赁管理部门"], [])]),
    # the cases a body is to act on, closed by 的 and a comma, before its modal
    ("园林部门对擅自砍伐行道树的，应当责令补种。", [(["园林部门"], [])]),
    # a name holding Latin letters
    ("区PPP管理中心要建立项目储备库。", [(["区PPP管理中心"], [])]),
    # a flood-control headquarters and its office by their short names
    ("县防指发布预警后，县防办加强值班调度。", [(["县防办"], [])]),
    # a province's cities at prefecture level and above, addressed as a group (the tagger splits 各地 + 级 …)
    ("各地级以上市要在年底前编制完成停车设施专项规划。", [(["各地级以上市"], [])]),
    # a township's villages and communities addressed as a group
    ("各村要落实专人登记返乡人员。各社区要按周汇总台账。", [(["各村"], []), (["各社区"], [])]),
    ("各村居要设置临时采样点。", [(["各村居"], [])]),
]

TRAPS: list[str] = [
    # 经 before a body: the approval a notice issues under, no task (经局党组 read by the tagger as one name)
    "经局党组研究同意，现将这份意见转发各位，望遵照办理。",
    # a case with no body as its subject: the one who acts in it is the party's target, not a lead
    "施工单位擅自变更设计的，应当责令改正。",
    # criteria a case must meet, listed after the colon: no task of the body that diagnoses
    "一、高血压病\n本市三级定点医疗机构确诊符合以下标准的：\n（一）血压持续升高。\n",
    # an address line of a notice: 各市属机构 is one addressee, no "各市" given the task "属机构"
    "各区人民政府，市政府各委、办、局，各市属机构：",
    # half a quotation is no name ("“政府配餐”的工作": a slogan's first word)
    "“政府配餐”的工作要做好，“群众点菜”的身边事更要上心。",
    # 由于 is "because"; "由X…时" the condition of what follows; a clause announcing the steps after it
    "由于市人民政府组织了生产运动，农业生产得以恢复。",
    "本办法由市科技局负责解释。",  # who interprets a set of rules: a standing authority, no task
    "主席：请行政院游院长报告。",  # a chair calls on a person of the body, no task of the body
    # a clause closed by 的 names a case: the task is in what follows it
    "各县区引进民办机构运营的，按照统一标准执行。",
    "由市政府统一指挥时，按照市政府的指令执行。",
    "市交通局按如下程序启动预警：",
    # what a body is or whether it can, and the funds it needs as the subject: statements, no task of the body
    "县级政府能否履行职责，关系到全局。",
    "区教育局具有审批权限。",
    "街道办事处开展工作所需经费，要纳入财政预算。",
    # 应届 (this year's graduates) is no modal; 配合 before a named organ is a verb and its object
    "市属院校应届毕业生就业率达95.3%。",
    "配合党委做好安排，按照要求开展活动。",
    # a share in words that a department's figure reaches; 大部 ("most of") is no ministry
    "工业部门增长百分之二七·一；农业、水利和林业部门增长百分之三三·五。",
    "所需人员大部将由企业内部培养来解决。",
    "构建政府主导、企业参与的投入机制。",  # a design pattern, no bodies
    "严格要求各单位开展专项检查。",  # the words before a request are its manner, not who asks
    # a region is no body; a governing verb and the body it governs are no name
    "东北地区要加强黑土地水土流失治理。",
    "中西部地区要加快发展特色产业。",
    "指导村民委员会在村庄撤并中履行民主决策程序。",
    # a task verb before a head it modifies ("畅通政府与公众…"), a kind of government as a goal or a glossary term
    "畅通政府与公众的交互渠道。",
    "建设政府治理大数据基础数据库，支撑开展国家治理应用。",
    "数字政府：在现代信息技术支撑下，政府机构办公在数字化环境下进行的行政管理形式。",
    "学生要积极参加体育锻炼。",
    "广大教师要潜心育人。",
    "社会力量要依法办学。",
    "支持社会力量举办托育机构。",
    "鼓励企业与学校共建实训基地。",
    "引导各级各类学校开设劳动课程。",
    "推动形成政府主导、社会参与的办学格局。",
    "义务教育经费主要由政府承担。",
    "规划文本经学校党委常委会审议同意后印发。",
    "各级要高度重视教育工作。",
    "超过1000人规模的学校必须配备专职教师。",
    "各部门高度负责、相互配合。",
    "许昌市被确定为省级试点市。",
    "全市成立教育集团20个。",
    "建立健全家长学校和家庭教育指导中心。",
    # a bare 财政 is no body: only place-prefixed forms (市财政, 县级财政) are
    "公共财政要向农村学校倾斜。",
    # principles: an abstract subject borne by bodies, no modal (gold notes, revision)
    "校车运营成本原则上由地方政府和家庭分担。",
    "课后服务费用由家长和财政共同负担。",
    # a from-to change: 由A转变为B names no agent
    "督导方式由以评促建转变为以评促改。",
    # 负责 as an adjective: after a degree adverb or before 地
    "各单位要对群众十分负责。",
    "区教育局负责地回应了家长关切。",
    # filing and approval steps of a procedure
    "方案报区人民政府批准后实施。",
    "收费标准报市发展改革委备案。",
    # a modified body type describes a facility, not an addressee
    "配建学校应当与住宅小区同步交付。",
    # a person word is no predicate
    "各科室负责人为成员。",
    # a completed action reported with 了 is narration
    "区教育局会同区财政局对专项资金进行了绩效评价。",
    # a generic word alone is no body and never doubles a suffix (部门部门)
    "部门联动处置率达到95%以上。",
    "单位自查覆盖率不低于90%。",
    # a body only located, with no task in its sentence
    "指挥部办公室设在区应急管理局。",
    # the author naming itself announces its own plan
    "我局将围绕年度目标重点抓好以下工作：",
    "我委坚持把民生实事作为首要任务。",
    # a causative of others' participation after a modal
    "各用人单位应当支持本单位职工参加无偿献血。",
    # coverage standards: 每个/全市所有 + a body type, no modal
    "每个街道至少建成1个养老服务中心。",
    "全区所有街道(乡镇)建成新时代文明实践站。",
    # a list cut after a separator inside a definition
    "本办法所称急救，是指由急救中心和承担急救任务的医院按照统一调度开展的救治活动。",
    # principle slogans: an opener and "body + role" pairs name a design pattern
    "坚持政府主导、部门协同、企业主体、社会参与。",
    "构建党委领导、政府负责、部门联动、公众参与的综合治理体系。",
    # a scope modifier before a generic head is no body
    "跨部门联合执法事项占比不低于40%。",
    "多部门协同处置率达到95%。",
    # a permissive power and a staffing rule assign no task
    "价格主管部门可以采取下列措施：",
    "各区可根据实际情况适当调整补助标准。",
    # "X办 + facility" names the facility X runs
    "教育部门办幼儿园的招生比例为80%。",
    # an address line: bodies up to the colon
    "各县(市、区)人民政府，市直各单位：",
    # the government unnamed, in a report's own voice (no explicit duty wording)
    "政府将投入专项资金推动屋顶光伏建设。",
    # a relative clause after 由X (X确定的部门) and a formula assign nothing
    "具体标准由市政府或者市政府确定的部门制定。",
    "各区完成率=完成人数/任务人数×100%。",
    # a body name modifying a noun (fiscal revenue), a body's use of funds
    "区级财政收入增幅放缓。",
    "县财政用于乡村振兴的资金逐年增加。",
    # a design pattern after 完善; 之 (classical 的) and 担任 (an appointment)
    "完善政府负责、部门监管、社会参与的环境治理体系。",
    "由指定之区政府办理演练事宜。",
    "区应急管理局担任演练主办单位。",
    "配合市应急管理局主办应急演练。",
    # narrative mentions of the leadership: approval, attention, decisions made
    "《实施意见》已经省政府同意，现印发给你们。",
    "党中央、国务院高度重视安全生产工作。",
    "省委、省政府作出一系列重大决策部署。",
    # the body's own plans as a subject noun phrase
    "县级以上人民政府应急预案由总体预案和专项预案组成。",
    # a relative name as the object of a verb is no subject
    "建立负有监管职责的部门联席会议制度。",
    # persons composing a body: 负责人 is no 负责
    "领导小组由区政府和相关部门负责人组成。",
    # an achievement reported, no modal
    "各区、各部门不断加大工作力度，监管工作取得明显成效。",
    # a standing rule: generic bodies under the law-style 应当
    "各地各有关部门应当定期更新物资台账。",
    "地方各级人民政府应当做好物资储备。",
    # verbs opening a task before its object are no part of a name
    "充分发挥区应急管理委员会作用。",
    "全面推行政府购买服务。",
    "请贵单位于本月底前反馈意见。",
    "现场检查人员不得少于2人。",
    # setting a working group up names no body that acts ("成立…" with no duty given)
    "成立招生工作小组。",
    # a class or a duty room in a place or time phrase
    "学生在教室和会议室集合。",
    # the zones a plan draws end in 区 but are no places standing for a government
    "各功能分区互不重叠，边界处的噪声源必须按照较严的一侧执行。",
    # a place named by 处 is where someone stands; judges are persons
    "教学楼东门出口处维护秩序和疏散引导。",
    "评委对参赛教师的课堂表现逐一进行专业点评。",
    # a purse a budget proposes to spend: the budget's figure, no task
    "中央财政拟安排保障性住房专项补助资金632亿元，比上年增加81亿元。",
    # a manner word the tagger reads as a noun, then a verb, is no compound name ("合理 提高 政府")
    "合理提高政府补助标准和个人缴费标准，健全重大疾病医疗保险和救助制度。",
    # 报 sends a list to a body: no part of a name before it
    "审核结果名单报校长办公会议审议、裁定。",
    "其中改制为非国有企业的由国有资产监督管理机构审核后报同级人民政府审批。",
    # where an indicator's data come from (a table's cell), no task
    "计算方法：\n出院患者手术台次数/同期出院患者总人次数。\n指标来源：\n医院填报。",
    "数据来源：医院填报。",
    # a contact's telephone number, the office whose line it is in brackets
    "七、联系方式\n主会场：王老师\n13800000000\n（教务处）",
]


def test_history_section_narration_gives_no_party() -> None:
    """In a section reviewing the past, "X + action verb" narrates; duty words still assign."""
    from policydoc.models import Section

    text = "一、发展成就\n市教育局坚持改革创新，办学条件明显改善。市财政局认真履行经费保障职责，投入逐年增长。"
    sec = Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="发展成就",
                  span=(0, len(text)), title_span=(2, 6))
    assert [p.lead for p in extract_parties(text, [sec])] == [["市财政局"]]


def test_taiwanese_review_of_the_record_narrates() -> None:
    """"施政绩效检讨" reviews a government's record: there a bare "X + action verb" narrates."""
    from policydoc.models import Section

    text = "贰、施政绩效检讨\n经济部推动产业升级，出口明显增长。"
    sec = Section(id="1", level=1, marker="贰、", style="cn_formal", number=2, title="施政绩效检讨",
                  span=(0, len(text)), title_span=(2, 8))
    assert extract_parties(text, [sec]) == []


def test_section_of_a_past_year_narrates() -> None:
    """A section whose title names only years before the one the document looks to reviews
    the past: there a bare "X + action verb" narrates."""
    from policydoc.models import Section

    text = "某区2025年工作计划\n一、2024年重点工作\n区财政局开展预算改革。\n二、2025年重点工作\n区财政局开展绩效评价。"
    first = text.index("一、")
    second = text.index("二、")
    secs = [
        Section(id="1", level=1, marker="一、", style="cn_dun", number=1, title="2024年重点工作",
                span=(first, second), title_span=(first + 2, first + 11)),
        Section(id="2", level=1, marker="二、", style="cn_dun", number=2, title="2025年重点工作",
                span=(second, len(text)), title_span=(second + 2, second + 11)),
    ]
    assert [p.section_id for p in extract_parties(text, secs)] == ["2"]


def _pairs(text: str) -> Pairs:
    return [(p.lead, p.support) for p in extract_parties(text, [])]


@pytest.mark.parametrize("text,expected", LABELS, ids=[t[:12] for t, _ in LABELS])
def test_labels(text: str, expected: Pairs) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text,expected", STATEMENTS, ids=[t[:12] for t, _ in STATEMENTS])
def test_statements(text: str, expected: Pairs) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_traps_give_no_party(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "phrase,names",
    [
        ("教育、财政、统计和审计等部门", ["教育部门", "财政部门", "统计部门", "审计部门"]),
        ("市直、禹州市和建安区", ["市直", "禹州市", "建安区"]),
        ("市自然资源和规划局、市住建局", ["市自然资源和规划局", "市住建局"]),
        ("学生和家长", None),
        ("市和区人民政府", ["市人民政府", "区人民政府"]),
        ("县、乡镇人民政府", ["县人民政府", "乡镇人民政府"]),
        # a compound level opening the last item is one place: its rest is what the bare level before it takes
        ("市、区县卫生健康部门", ["市卫生健康部门", "区县卫生健康部门"]),
        ("省、县(市、区)水利部门", ["省水利部门", "县(市、区)水利部门"]),
        ("市、县（区）民政部门", ["市民政部门", "县（区）民政部门"]),
        ("部门", None),
        ("机关、企业事业单位", None),
        ("区卫健委和", None),
        # a list never opens with a separator
        ("及时发现各单位", None),
        # a form's placeholder names no body
        ("***公司", None), ("××局", None),
        # zones before a zone's committee share it, whatever their length
        ("甲乙经开区、丙丁园区、戊己景区管委会", ["甲乙经开区管委会", "丙丁园区管委会", "戊己景区管委会"]),
        # a listed short name ending like a not-head word (文广新局, not 新局 "a new situation")
        ("市卫健委、市文广新局", ["市卫健委", "市文广新局"]),
        ("开创新局", None),
        # field names holding 和 are one field each in a shared-suffix list
        ("财政、科技和知识产权、经济和信息化等部门", ["财政部门", "科技和知识产权部门", "经济和信息化部门"]),
    ],
)
def test_body_lists(phrase: str, names: list[str] | None) -> None:
    got = parse_bodies(phrase)
    assert (None if got is None else [b.name for b in got]) == names


@pytest.mark.parametrize("item,grade", [("市教育局", "name"), ("格局", None), ("社会", None), ("各级各类学校", "weak"),
                                        ("畅通政府", None), ("法治政府", None), ("建设局", "organ"), ("各级政府", "organ"),
                                        ("建设主管部门", "organ"), ("建设行政主管部门", "organ"), ("推进领导小组", "organ"),
                                        # a clause with no subject: 配合/协调 govern the body after them
                                        ("配合公安机关", None), ("组织协调各职能部门", None), ("协调小组", "organ"),
                                        # 向 addresses a second body; 面向/导向 are words of their own
                                        ("市应急指挥部办公室向市应急指挥部", None),
                                        ("面向农村的服务中心", None), ("定向培养中心", "organ"),
                                        # 会 after a body or a speaker is the modal "will"; 管委会, 学生会 are names
                                        ("特区政府会", None), ("我们会", None), ("园区管委会", "organ"),
                                        ("学生会", "organ"),
                                        # a district's towns and streets stand for their governments
                                        ("各街镇", "weak"), ("事发地所在街镇", "weak"), ("街镇", None),
                                        # a manner adverb ends a subject: no name runs across it
                                        ("区应急指挥部及时和市指挥部", None),
                                        # the speaker of a speech, and 会 after a name ending in 会 or an office-holder
                                        ("我建议房委会", None), ("我和特区政府", None), ("我市教育局", "organ"),
                                        ("房委会会", None), ("劳工及福利局局长会", None),
                                        # 体会 is a sense, no assembly; 督导 governs the body after it
                                        ("深深体会", None), ("督导各机关", None),
                                        # a police station is named alone among a plan's units
                                        ("派出所", "name"), ("新城派出所", "organ"),
                                        # 经/除 before a body's place are prepositions; in 经信局 a name's first word
                                        ("经市教育局", None), ("除区教育局", None), ("建议区教育局", None),
                                        ("经信局", "organ")])
def test_grades(item: str, grade: str | None) -> None:
    assert grade_of(item) == grade


def test_spans_and_sections_point_into_text() -> None:
    text = "一、保障\n市财政局要足额拨付经费。"
    (party,) = extract_parties(text, [])
    assert text[party.span[0] : party.span[1]] == party.text
    assert party.text.startswith("市财政局") and party.task.startswith("要足额拨付")


def test_rjieba_is_loaded_lazily() -> None:
    code = "import sys, policydoc.parties; print('rjieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_extra_lexicon_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from policydoc.core import lexicon as lex

    extra = tmp_path / "more.txt"
    extra.write_text("[names]\n市数据资源管理署\n", encoding="utf-8")
    monkeypatch.setenv("POLICYDOC_ORGANS", str(extra))
    lex.lexicon.cache_clear()
    try:
        assert "市数据资源管理署" in lex.lexicon().name_set
    finally:
        monkeypatch.delenv("POLICYDOC_ORGANS")
        lex.lexicon.cache_clear()


def test_inspection_title_is_no_review() -> None:
    """A section titled with what a check inspects ("执行情况抽查") plans the check; one titled "执行情况" reviews."""
    from policydoc import parse_text

    task = "省级生态环境部门对本行政区域重点行业许可证执行情况进行抽查。"
    checked = parse_text(f"一、重点任务\n（一）许可证执行情况抽查\n{task}\n（二）其他\n正文。\n")
    reviewed = parse_text(f"一、上年工作\n（一）许可证执行情况\n{task}\n（二）其他\n正文。\n")
    assert [p.lead for p in checked.parties] == [["省级生态环境部门"]]
    assert reviewed.parties == []



def test_expanded_names_keep_the_width_the_source_wrote() -> None:
    """Names come back in the source's width (full-width brackets), also a name built from a shared suffix
    ("农业（畜牧）、公安等部门" → 农业（畜牧）部门), whose opening is found in the text."""
    from policydoc import parse_text

    doc = parse_text("（三）建立机制。农业（畜牧）、食品药品监管、公安等部门要紧密配合。市农业（畜牧）局负责监督。\n")
    assert [p.lead for p in doc.parties] == [["农业（畜牧）部门", "食品药品监管部门", "公安部门"], ["市农业（畜牧）局"]]
