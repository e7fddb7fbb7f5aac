// Building block: operating under the agreement — training, per-use-case data requests, processing in the
// domain, social data, products and their review, trading, data-quality checks, registration with a publicity
// period and rights confirmation, and the formalities after signing. Each is one region of the parallel
// "licensed" state.

import type { Check } from '../checks';
import { eventLabel } from '../events';
import type { NodeSpec, TransitionSpec } from '../kit';
import type { Settings } from '../settings';
import type { RoleJourney } from '../types';
import { l } from '$lib/regions/localized';

const P = 'licensed';

/** The gate every data-touching event passes: not suspended, no security hold, staff trained. */
export function accessChecks(role: RoleJourney): Check[] {
	const checks: Check[] = [
		{
			kind: 'context',
			key: 'standing',
			oneOf: ['good', 'rectifying'],
			reason: l('数据使用权限已暂停', 'Data access is suspended'),
			citations: role.suspension?.citations ?? []
		},
		{
			kind: 'context',
			key: 'securityHold',
			oneOf: [false],
			reason: l(
				'安全事件或风险未处置完毕，相关数据处理已停止',
				'Processing is stopped until the security incident or risk is handled'
			),
			citations: [
				...(role.security?.incident.citations ?? []),
				...(role.security?.risk?.citations ?? [])
			].slice(0, 3)
		}
	];
	if (role.training)
		checks.push({
			kind: 'context',
			key: 'trained',
			oneOf: [true],
			reason: l('相关人员尚未通过岗前培训', 'Staff have not passed pre-job training'),
			citations: role.training.citations
		});
	return checks;
}

function trainingNode(role: RoleJourney): NodeSpec | null {
	const t = role.training;
	if (!t) return null;
	return {
		key: 'training',
		label: l('岗前培训', 'Pre-job training'),
		citations: t.citations,
		children: [
			{
				key: 'pending',
				label: l('未完成岗前培训', 'Training not yet passed'),
				citations: t.citations,
				always: [
					{
						target: `${P}.training.done`,
						checks: [{ kind: 'context', key: 'trained', oneOf: [true], reason: l('', ''), citations: [] }],
						label: l('人员已于上一期限通过培训', 'Staff trained in an earlier term'),
						citations: t.citations
					}
				],
				on: [
					{
						event: 'COMPLETE_TRAINING',
						target: `${P}.training.done`,
						effects: [{ type: 'setTrained' }],
						label: eventLabel('COMPLETE_TRAINING'),
						citations: t.citations,
						by: t.provider,
						milestone: 'trained'
					}
				]
			},
			{ key: 'done', label: l('已通过岗前培训', 'Training passed'), citations: t.citations }
		]
	};
}

function useCaseNode(role: RoleJourney): NodeSpec {
	const d = role.dataRequest;
	const base = `${P}.useCase`;
	const request: TransitionSpec = {
		event: 'REQUEST_DATA',
		target: d.approvedBy ? `${base}.requested` : `${base}.approved`,
		label: d.label,
		citations: d.citations,
		by: null,
		milestone: d.approvedBy ? undefined : 'dataObtained'
	};
	const process: TransitionSpec = {
		event: 'PROCESS_DATA',
		checks: accessChecks(role),
		effects: [{ type: 'count', params: { key: 'processed' } }],
		label: role.processing.label,
		citations: role.processing.citations,
		by: null
	};
	const products = role.products;
	const approvedOn: TransitionSpec[] = [
		{ ...request, target: d.approvedBy ? `${base}.requested` : undefined },
		process
	];
	const hasProcessed: Check = {
		kind: 'counter',
		key: 'processed',
		atLeast: 1,
		reason: l('尚未加工数据，没有可提交的产品', 'Nothing processed yet: no product to submit'),
		citations: role.processing.citations
	};
	if (products?.reviewBy)
		approvedOn.push({
			event: 'SUBMIT_PRODUCT',
			target: `${base}.inReview`,
			checks: [hasProcessed],
			label: eventLabel('SUBMIT_PRODUCT'),
			citations: products.citations,
			by: null
		});
	else if (products)
		approvedOn.push({
			event: 'RELEASE_PRODUCT',
			checks: [hasProcessed],
			effects: [{ type: 'count', params: { key: 'released' } }],
			label: eventLabel('RELEASE_PRODUCT'),
			citations: products.citations,
			by: null,
			milestone: 'productReleased'
		});
	const children: NodeSpec[] = [
		{
			key: 'idle',
			label: l('尚无获批的应用场景', 'No approved use case yet'),
			citations: d.citations,
			on: [request]
		}
	];
	if (d.approvedBy)
		children.push({
			key: 'requested',
			label: l('数据申请审核中', 'Data request under review'),
			citations: d.citations,
			on: [
				{
					event: 'APPROVE_DATA_REQUEST',
					target: `${base}.approved`,
					label: eventLabel('APPROVE_DATA_REQUEST'),
					citations: d.citations,
					by: d.approvedBy,
					milestone: 'dataApproved'
				},
				{
					event: 'REFUSE_DATA_REQUEST',
					target: `${base}.idle`,
					label: eventLabel('REFUSE_DATA_REQUEST'),
					citations: d.citations,
					by: d.approvedBy
				}
			]
		});
	children.push({
		key: 'approved',
		label: l('场景数据已获批，可在域内加工', 'Use-case data approved; processing in the domain'),
		citations: [...d.citations, ...role.processing.citations],
		on: approvedOn
	});
	if (products?.reviewBy)
		children.push({
			key: 'inReview',
			label: l('产品合规审核中', 'Product under compliance review'),
			citations: products.citations,
			on: [
				{
					event: 'APPROVE_PRODUCT',
					target: `${base}.approved`,
					effects: [{ type: 'count', params: { key: 'released' } }],
					label: eventLabel('APPROVE_PRODUCT'),
					citations: products.citations,
					by: products.reviewBy,
					milestone: 'productReleased'
				},
				{
					event: 'REFUSE_PRODUCT',
					target: `${base}.approved`,
					label: eventLabel('REFUSE_PRODUCT'),
					citations: products.citations,
					by: products.reviewBy
				}
			]
		});
	return { key: 'useCase', label: l('应用场景', 'Use case'), citations: d.citations, children };
}

function socialDataNode(role: RoleJourney): NodeSpec | null {
	const s = role.socialData;
	if (!s) return null;
	const base = `${P}.socialData`;
	return {
		key: 'socialData',
		label: l('社会数据导入', 'Social-data import'),
		citations: s.citations,
		children: [
			{
				key: 'none',
				label: l('未获准导入社会数据', 'No social-data import approved'),
				citations: s.citations,
				on: [
					{
						event: 'REQUEST_SOCIAL_DATA_IMPORT',
						target: `${base}.requested`,
						label: eventLabel('REQUEST_SOCIAL_DATA_IMPORT'),
						citations: s.citations,
						by: null
					},
					{
						event: 'IMPORT_SOCIAL_DATA',
						checks: [
							{
								kind: 'never',
								reason: l(
									`导入社会数据须先经${s.approvedBy.zh}审核同意`,
									`Importing social data needs the approval of ${s.approvedBy.en} first`
								),
								citations: s.citations
							}
						],
						label: eventLabel('IMPORT_SOCIAL_DATA'),
						citations: s.citations,
						by: null
					}
				]
			},
			{
				key: 'requested',
				label: l('导入申请审核中', 'Import request under review'),
				citations: s.citations,
				on: [
					{
						event: 'APPROVE_SOCIAL_DATA_IMPORT',
						target: `${base}.approved`,
						label: eventLabel('APPROVE_SOCIAL_DATA_IMPORT'),
						citations: s.citations,
						by: s.approvedBy,
						milestone: 'socialDataApproved'
					},
					{
						event: 'REFUSE_SOCIAL_DATA_IMPORT',
						target: `${base}.none`,
						label: eventLabel('REFUSE_SOCIAL_DATA_IMPORT'),
						citations: s.citations,
						by: s.approvedBy
					}
				]
			},
			{
				key: 'approved',
				label: l('已获准导入社会数据', 'Social-data import approved'),
				citations: s.citations,
				on: [
					{
						event: 'IMPORT_SOCIAL_DATA',
						checks: accessChecks(role),
						label: eventLabel('IMPORT_SOCIAL_DATA'),
						citations: s.citations,
						by: null
					}
				]
			}
		]
	};
}

function dataCheckNode(role: RoleJourney, settings: Settings): NodeSpec | null {
	const c = role.dataCheck;
	if (!c || settings.dataCheckWorkingDays === null) return null;
	const base = `${P}.dataCheck`;
	const n = settings.dataCheckWorkingDays;
	const cites = settings.dataCheckCitations;
	const feedback = (from: string): TransitionSpec => ({
		event: 'CHECK_FEEDBACK',
		target: `${base}.idle`,
		label: eventLabel('CHECK_FEEDBACK'),
		citations: cites,
		by: l('相关单位', 'The units concerned'),
		milestone: from === 'overdue' ? 'dataCheckAnsweredLate' : 'dataCheckAnswered'
	});
	return {
		key: 'dataCheck',
		label: l('数据校核', 'Data-quality check'),
		citations: cites,
		children: [
			{
				key: 'idle',
				label: l('无待反馈的校核', 'No check pending'),
				citations: cites,
				on: [
					{
						event: 'DATA_CHECK_REQUEST',
						target: `${base}.awaiting`,
						effects: [{ type: 'setDataCheckDue', params: { workingDays: n } }],
						label: eventLabel('DATA_CHECK_REQUEST'),
						citations: cites,
						by: null,
						milestone: 'dataCheckRequested'
					}
				]
			},
			{
				key: 'awaiting',
				label: l(`等待反馈（${n}个工作日内）`, `Awaiting the result (within ${n} working days)`),
				citations: cites,
				on: [feedback('awaiting')],
				after: [
					{
						deadline: 'dataCheckDue',
						target: `${base}.overdue`,
						label: l(`${n}个工作日内未反馈`, `No result within ${n} working days`),
						citations: cites,
						milestone: 'dataCheckOverdue'
					}
				]
			},
			{
				key: 'overdue',
				label: l('校核反馈逾期', 'Check result overdue'),
				citations: cites,
				on: [feedback('overdue')]
			}
		]
	};
}

function registrationNode(role: RoleJourney, settings: Settings): NodeSpec | null {
	const r = role.registration;
	if (!r || settings.publicityDays === null) return null;
	const base = `${P}.registration`;
	const c = r.citations;
	const authority = l('市大数据主管部门', 'The city big-data authority');
	const apply = (from: string): TransitionSpec => ({
		event: 'APPLY_REGISTRATION',
		target: `${base}.review`,
		checks: [
			{
				kind: 'counter',
				key: 'processed',
				atLeast: 1,
				reason: l(
					'尚无首次加工处理形成的数据资源可登记',
					'No data resource formed by first processing to register yet'
				),
				citations: c.apply
			}
		],
		label: eventLabel('APPLY_REGISTRATION'),
		citations: c.apply,
		by: null,
		milestone: from === 'deferred' ? 'registrationReapplied' : 'registrationApplied'
	});
	const blockedBooking = (): TransitionSpec => ({
		event: 'BOOK_DATA_ASSET',
		checks: [
			{
				kind: 'never',
				reason: l(
					'未完成确权的公共数据资源不得入表',
					'Data resources whose rights are not confirmed may not be booked as assets'
				),
				citations: c.booking
			}
		],
		label: eventLabel('BOOK_DATA_ASSET'),
		citations: c.booking,
		by: null
	});
	const d = settings.publicityDays;
	return {
		key: 'registration',
		label: l('资源登记与确权', 'Registration and rights confirmation'),
		citations: c.apply,
		children: [
			{
				key: 'none',
				label: l('未申请登记', 'Not registered'),
				citations: c.apply,
				on: [apply('none'), blockedBooking()]
			},
			{
				key: 'review',
				label: l('登记审查中', 'Registration under review'),
				citations: c.review,
				on: [
					{
						event: 'PASS_REGISTRATION_REVIEW',
						target: `${base}.publicity`,
						effects: [{ type: 'startPublicity', params: { days: d } }],
						label: eventLabel('PASS_REGISTRATION_REVIEW'),
						citations: [...c.review, ...c.publicity],
						by: authority,
						milestone: 'registrationPublicity'
					},
					{
						event: 'REQUEST_REGISTRATION_CORRECTION',
						target: `${base}.correction`,
						label: eventLabel('REQUEST_REGISTRATION_CORRECTION'),
						citations: c.review,
						by: authority
					},
					blockedBooking()
				]
			},
			{
				key: 'correction',
				label: l('补齐更正登记材料', 'Correcting registration materials'),
				citations: c.review,
				on: [
					{
						event: 'SUPPLY_REGISTRATION_MATERIALS',
						target: `${base}.review`,
						label: eventLabel('SUPPLY_REGISTRATION_MATERIALS'),
						citations: c.review,
						by: null
					},
					blockedBooking()
				]
			},
			{
				key: 'publicity',
				label: l(`登记公示（${d}天）`, `Registration publicity (${d} days)`),
				citations: c.publicity,
				on: [
					{
						event: 'OBJECT_REGISTRATION',
						target: `${base}.deferred`,
						label: eventLabel('OBJECT_REGISTRATION'),
						citations: c.publicity,
						by: authority,
						milestone: 'registrationDeferred'
					},
					blockedBooking()
				],
				after: [
					{
						deadline: 'publicityEnds',
						target: `${base}.registered`,
						label: l(
							'公示期满通过，发放公共数据资源登记证书',
							'Publicity passed: registration certificate issued'
						),
						citations: [...c.publicity, ...c.certificate],
						milestone: 'certificate:registration',
						notes: [
							l(
								`公示期${d}天按自然日（文本未称工作日）、自审查通过次日起算，期满次日发证。`,
								`Publicity counts ${d} calendar days (the text does not say working days) from the day after review; the certificate follows the next day.`
							)
						]
					}
				]
			},
			{
				key: 'deferred',
				label: l('公示不通过，暂缓登记', 'Publicity failed: registration deferred'),
				citations: c.publicity,
				on: [apply('deferred'), blockedBooking()]
			},
			{
				key: 'registered',
				label: l('已登记（持登记证书）', 'Registered (certificate held)'),
				citations: c.certificate,
				on: [
					{
						event: 'APPLY_RIGHTS_CONFIRMATION',
						target: `${base}.rightsReview`,
						label: eventLabel('APPLY_RIGHTS_CONFIRMATION'),
						citations: c.rights,
						by: null
					},
					blockedBooking()
				]
			},
			{
				key: 'rightsReview',
				label: l('确权审查中', 'Rights confirmation under review'),
				citations: c.rights,
				on: [
					{
						event: 'CONFIRM_RIGHTS',
						target: `${base}.confirmed`,
						label: eventLabel('CONFIRM_RIGHTS'),
						citations: [...c.rights, ...c.rightsCertificate],
						by: authority,
						milestone: 'certificate:rightsConfirmation'
					},
					blockedBooking()
				]
			},
			{
				key: 'confirmed',
				label: l('已确权（持确权证书）', 'Rights confirmed (certificate held)'),
				citations: c.rightsCertificate,
				on: [
					{
						event: 'BOOK_DATA_ASSET',
						label: eventLabel('BOOK_DATA_ASSET'),
						citations: c.booking,
						by: null,
						milestone: 'assetBooked'
					}
				]
			}
		]
	};
}

function formalityNodes(role: RoleJourney): NodeSpec[] {
	return (role.formalities ?? []).map((f) => ({
		key: f.id,
		label: f.label,
		citations: f.citations,
		children: [
			{
				key: 'pending',
				label: l(`待办：${f.eventLabel.zh}`, `Pending: ${f.eventLabel.en}`),
				citations: f.citations,
				on: [
					{
						event: f.event,
						target: `${P}.${f.id}.done`,
						label: f.eventLabel,
						citations: f.citations,
						by: f.by,
						milestone: f.milestone
					}
				]
			},
			{
				key: 'done',
				label: l(`已办：${f.eventLabel.zh}`, `Done: ${f.eventLabel.en}`),
				citations: f.citations
			}
		]
	}));
}

/** TRADE on the licensed state: needs a released product, and the venue and buyer the text allows. */
export function tradeTransition(role: RoleJourney): TransitionSpec[] {
	const t = role.trading;
	if (!t || !role.products) return [];
	const checks: Check[] = [
		{
			kind: 'counter',
			key: 'released',
			atLeast: 1,
			reason: l('尚无已上架的数据产品', 'No released data product to trade'),
			citations: role.products.citations
		}
	];
	if (t.venues)
		checks.push({
			kind: 'payload',
			field: 'venue',
			oneOf: t.venues,
			reason: l(
				`交易场所须为：${t.venues.join('、')}（本次：{value}）`,
				`The venue must be: ${t.venues.join(', ')} (given: {value})`
			),
			citations: t.citations
		});
	if (t.buyers)
		checks.push({
			kind: 'payload',
			field: 'buyer',
			oneOf: t.buyers,
			reason: l(
				`买方须为：${t.buyers.join('、')}（本次：{value}）`,
				`The buyer must be: ${t.buyers.join(', ')} (given: {value})`
			),
			citations: t.buyerCitations ?? t.citations
		});
	return [
		{
			event: 'TRADE',
			checks,
			effects: [{ type: 'count', params: { key: 'trades' } }],
			label: eventLabel('TRADE'),
			citations: t.citations,
			by: null,
			notes: t.note ? [t.note] : undefined
		}
	];
}

/** Prohibited acts: refused in every state, with the clause. */
export function prohibitionTransitions(role: RoleJourney): TransitionSpec[] {
	return (role.prohibitions ?? []).map((p) => ({
		event: p.event,
		checks: [{ kind: 'never', reason: p.reason, citations: p.citations }],
		label: p.label,
		citations: p.citations,
		by: null
	}));
}

export function operationRegions(role: RoleJourney, settings: Settings): NodeSpec[] {
	return [
		trainingNode(role),
		useCaseNode(role),
		socialDataNode(role),
		dataCheckNode(role, settings),
		registrationNode(role, settings),
		...formalityNodes(role)
	].filter((n): n is NodeSpec => n !== null);
}
