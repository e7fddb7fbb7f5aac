// The shared event vocabulary. A region's journey uses a subset; an event outside it is refused as "not
// provided for in this text". Labels here are generic; a journey may give its own words per stage.

import type { Localized } from '$lib/regions/types';
import { DATA_FACT_IDS } from './data-facts';
import { l } from '$lib/regions/localized';

export type PayloadType = 'number' | 'boolean' | 'string' | 'strings';

export interface EventInfo {
	label: Localized;
	/** Payload fields the event reads. */
	payload?: Record<string, PayloadType>;
}

/** Facts about the data an event concerns, as its payload (data-facts.ts); read by data conditions. */
const DATA: Record<string, PayloadType> = Object.fromEntries(DATA_FACT_IDS.map((f) => [f, 'boolean']));

export const EVENTS: Record<string, EventInfo> = {
	// admission
	PUBLISH_CALL: { label: l('发布申报公告', 'Publish the call for applications') },
	SUBMIT_APPLICATION: {
		label: l('提交申请', 'Submit the application'),
		payload: { materials: 'strings' }
	},
	REQUEST_SUPPLEMENT: { label: l('要求补交材料', 'Ask for missing materials') },
	SUPPLY_MATERIALS: { label: l('补交材料', 'Supply materials'), payload: { materials: 'strings' } },
	PASS_PRE_REVIEW: { label: l('通过材料预审', 'Pass the pre-review') },
	PASS_EXPERT_REVIEW: { label: l('通过专家评审', 'Pass the expert review') },
	PASS_FINAL_REVIEW: { label: l('通过终审', 'Pass the final review') },
	GOVERNMENT_APPROVE: { label: l('政府审批同意', 'Government approves') },
	FILE_WITH_GOVERNMENT: { label: l('报上级政府备案', 'File with the higher governments') },
	SELECT_OPERATOR: { label: l('选定运营方', 'Select the operator') },
	PASS_COLLECTIVE_DECISION: { label: l('通过“三重一大”决策', 'Pass the collective decision') },
	APPROVE_PLAN: { label: l('实施方案经政府审议通过', 'Government approves the implementation plan') },
	DESIGNATE: { label: l('确定运营主体', 'Designate the operating entity') },
	PASS_QUALIFICATION_REVIEW: { label: l('通过资质审核', 'Pass the qualification review') },
	PASS_ASSESSMENT: { label: l('通过评估', 'Pass the assessment') },
	PASS_IMPLEMENTING_BODY_REVIEW: { label: l('通过实施机构审核', 'Pass the implementing body’s review') },
	REJECT: { label: l('不予通过', 'Reject') },
	CLEAR_NOTICE: { label: l('公示无异议', 'Notice ends without objection') },
	OBJECT: { label: l('提出异议', 'Raise an objection') },
	DISMISS_OBJECTION: { label: l('异议不成立', 'Dismiss the objection') },
	UPHOLD_OBJECTION: { label: l('异议成立', 'Uphold the objection') },
	SIGN_AGREEMENT: { label: l('签订协议', 'Sign the agreement'), payload: { months: 'number' } },
	// formalities
	ISSUE_AUTHORIZATION_CERTIFICATE: {
		label: l('发放数据授权证书', 'Issue the data authorization certificate')
	},
	FILE_AGREEMENT: { label: l('协议备案', 'File the agreement') },
	// operation
	COMPLETE_TRAINING: { label: l('完成岗前培训', 'Complete pre-job training') },
	REQUEST_DATA: {
		label: l('按场景申请数据', 'Request data for a use case'),
		payload: { useCase: 'string', ...DATA }
	},
	APPROVE_DATA_REQUEST: { label: l('同意数据申请', 'Approve the data request'), payload: DATA },
	REFUSE_DATA_REQUEST: { label: l('不同意数据申请', 'Refuse the data request') },
	PROCESS_DATA: { label: l('在域内加工数据', 'Process data in the domain') },
	REQUEST_SOCIAL_DATA_IMPORT: { label: l('申请导入社会数据', 'Ask to import social data') },
	APPROVE_SOCIAL_DATA_IMPORT: { label: l('同意导入社会数据', 'Approve the social-data import') },
	REFUSE_SOCIAL_DATA_IMPORT: { label: l('不同意导入社会数据', 'Refuse the social-data import') },
	IMPORT_SOCIAL_DATA: { label: l('导入社会数据融合计算', 'Import social data for joint computation') },
	SUBMIT_PRODUCT: { label: l('提交产品审核', 'Submit a product for review'), payload: DATA },
	APPROVE_PRODUCT: { label: l('审核通过并上架', 'Approve and release the product'), payload: DATA },
	REFUSE_PRODUCT: { label: l('审核不通过', 'Refuse the product') },
	RELEASE_PRODUCT: { label: l('向社会提供产品', 'Release a product'), payload: DATA },
	TRADE: { label: l('交易数据产品', 'Trade a data product'), payload: { venue: 'string', buyer: 'string' } },
	DATA_CHECK_REQUEST: { label: l('提出数据校核需求', 'Ask for a data-quality check') },
	CHECK_FEEDBACK: { label: l('反馈校核结果', 'Check result returned') },
	APPLY_REGISTRATION: { label: l('申请公共数据资源登记', 'Apply to register data resources') },
	REQUEST_REGISTRATION_CORRECTION: { label: l('告知补齐更正', 'Ask for corrected registration materials') },
	SUPPLY_REGISTRATION_MATERIALS: { label: l('补齐更正登记材料', 'Supply corrected registration materials') },
	PASS_REGISTRATION_REVIEW: {
		label: l('登记审查通过，开始公示', 'Registration passes review; publicity starts')
	},
	OBJECT_REGISTRATION: { label: l('登记公示不通过', 'Registration publicity fails') },
	APPLY_RIGHTS_CONFIRMATION: { label: l('申请确权', 'Apply for rights confirmation') },
	CONFIRM_RIGHTS: { label: l('完成确权，发放确权证书', 'Confirm rights; issue the rights certificate') },
	BOOK_DATA_ASSET: { label: l('数据资源入表', 'Book the data resources as assets') },
	// reporting and evaluation
	SUBMIT_REPORT: { label: l('提交运营报告', 'Submit an operation report') },
	SUBMIT_ANNUAL_SUMMARY: { label: l('提交年度总结报告', 'Submit the annual summary report') },
	EVALUATE: { label: l('评估', 'Evaluate'), payload: { result: 'string', days: 'number' } },
	ORDER_RECTIFICATION: { label: l('责令整改', 'Order rectification'), payload: { days: 'number' } },
	RECTIFIED: { label: l('完成整改', 'Rectification completed') },
	// security
	SECURITY_INCIDENT: {
		label: l('发生数据安全事件', 'A data-security incident occurs'),
		payload: { major: 'boolean' }
	},
	REPORT_INCIDENT: { label: l('报告并处置安全事件', 'Report and handle the incident') },
	DISCOVER_RISK: { label: l('发现数据风险', 'Discover a data risk') },
	REPORT_RISK: { label: l('报告风险情况', 'Report the risk') },
	RESUME_PROCESSING: { label: l('风险处置完毕，恢复处理', 'Risk handled; processing resumes') },
	// renewal, exit, termination
	REAPPLY: { label: l('重新申请授权运营', 'Reapply for authorization') },
	RENEWAL_GRANTED: { label: l('同意续期', 'Grant renewal'), payload: { months: 'number' } },
	RENEWAL_REFUSED: { label: l('不予续期', 'Refuse renewal') },
	REQUEST_EXIT: { label: l('申请退出', 'Ask to exit'), payload: { written: 'boolean' } },
	ACCEPT_EXIT: { label: l('同意退出', 'Accept the exit') },
	REFUSE_EXIT: { label: l('不同意退出', 'Refuse the exit') },
	TERMINATE: { label: l('终止授权', 'Terminate the authorization'), payload: { ground: 'string' } },
	DELETE_DATA: { label: l('删除留存数据', 'Delete retained data') },
	DELETE_LOGS: { label: l('删除日志', 'Delete the logs') },
	// national duties (登记办法, 价格通知): the national registration and the yearly operating report
	NATIONAL_APPLY_REGISTRATION: {
		label: l(
			'向登记机构提交首次登记申请（国家）',
			'Apply to the registering body for first registration (national)'
		)
	},
	NATIONAL_ACCEPT_REGISTRATION: {
		label: l('登记机构受理登记申请', 'The registering body accepts the application')
	},
	NATIONAL_REQUEST_REGISTRATION_SUPPLEMENT: {
		label: l('一次性告知补充登记材料', 'List all missing registration materials at once')
	},
	NATIONAL_RESUBMIT_REGISTRATION: {
		label: l('补充后重新提交登记申请', 'Resubmit the supplemented application')
	},
	NATIONAL_COMPLETE_FORMAL_REVIEW: {
		label: l('完成形式审核，开始公示', 'Formal review completed; publicity starts')
	},
	NATIONAL_UPHOLD_REGISTRATION_OBJECTION: {
		label: l('公示异议成立，终止登记', 'Objection upheld: the registration is terminated')
	},
	NATIONAL_RENEW_REGISTRATION: { label: l('续展登记（三年）', 'Renew the registration (three years)') },
	NATIONAL_FILE_OPERATING_REPORT: {
		label: l('报送上一年度运营机构经营情况报告', 'File the operating report on the previous year')
	},
	// prohibited acts (refused where a text forbids them)
	EXPORT_RAW_DATA: { label: l('导出原始数据', 'Export raw data') },
	PROVIDE_DATA_TO_THIRD_PARTY: { label: l('向第三方提供授权数据', 'Give authorized data to a third party') },
	USE_FOR_OTHER_PURPOSE: { label: l('用于协议以外的用途', 'Use data for another purpose') },
	OUTSOURCE_PRIMARY_DEVELOPMENT: {
		label: l('将一级开发交由第三方', 'Hand primary development to a third party')
	},
	PROVIDE_RAW_DATA_TO_MARKET: { label: l('原始数据直接进入市场', 'Put raw public data on the market') },
	REDEVELOP_DELIVERED_PRODUCT: {
		label: l('再开发已交付的一级产品', 'Redevelop a delivered primary product')
	},
	SELL_TO_NON_SECONDARY: {
		label: l('向二级开发主体以外营利性提供', 'Sell to anyone but secondary developers')
	},
	ENTER_MONOPOLY_AGREEMENT: { label: l('达成垄断协议', 'Enter a monopoly agreement') }
};

/** Events that touch public data: never possible after termination or during suspension. */
export const DATA_ACCESS_EVENTS: readonly string[] = ['PROCESS_DATA', 'IMPORT_SOCIAL_DATA'];

export function eventLabel(type: string): Localized {
	return EVENTS[type]?.label ?? { zh: type, en: type };
}
