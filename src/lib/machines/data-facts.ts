// The shared vocabulary of facts about data (not about the applicant) that the texts' data conditions read.
// Each is a statement about the data an event concerns; true = the statement holds. A scenario states them
// on the event ("{ event: APPROVE_DATA_REQUEST, dataRightsConfirmedByProvider: true }") or once for the whole
// journey among the facts; a fact stated nowhere is unknown and never passes.

import type { Localized } from '$lib/regions/types';
import { l } from '$lib/regions/localized';

export const DATA_FACTS = {
	dataRightsConfirmedByProvider: l(
		'数据提供单位已对所涉公共数据资源完成确权',
		'the data provider has confirmed the rights in the public data resources concerned'
	),
	dataBarredFromOpening: l('所涉数据属于禁止开放的公共数据', 'the data is public data barred from opening'),
	dataInvolvesProtectedInfo: l(
		'所涉数据涉及个人信息、商业秘密或保密商务信息',
		'the data involves personal information, trade secrets or confidential business information'
	),
	dataDesensitized: l('所涉数据已经脱敏、脱密处理', 'the data has been de-identified or declassified'),
	dataSubjectsConsented: l(
		'已经数据所指向的特定自然人、法人、非法人组织依法授权同意',
		'the persons or organizations the data concerns have lawfully consented'
	),
	dataCatalogued: l(
		'所涉公共数据资源已完成目录编制',
		'the cataloguing of the public data resources concerned is complete'
	),
	dataFormsPublicAsset: l('所涉资源形成了公共数据资产', 'the resources formed a public data asset'),
	dataStateAssetRulesApplied: l(
		'已落实国有资产管理规定',
		'the rules on state-owned assets have been applied'
	),
	dataObtainedBySharing: l(
		'所涉数据是以政务数据共享方式获得的其他地区或部门的数据',
		'the data was obtained from another region or department through government data sharing'
	),
	sharingProviderConsented: l('已征得共享数据提供单位同意', 'the unit that shared the data has consented'),
	dataInExcludedCategory: l(
		'所涉数据属于不得用于授权运营的情形（危害国家安全或公共利益、侵害个人隐私等）',
		'the data falls in a case excluded from authorized operation (endangers national security or the public interest, infringes privacy …)'
	),
	dataInOperationCatalogue: l(
		'所申请的数据在授权运营数据资源目录内',
		'the data requested is in the authorized-operation data resource catalogue'
	),
	productInvolvesPersonalInfo: l(
		'数据产品或服务涉及个人信息',
		'the data product or service involves personal information'
	),
	productDesensitized: l(
		'产品中的个人信息已经脱敏处理',
		'the personal information in the product has been de-identified'
	),
	productStatisticalOrVerification: l(
		'产品已通过模型加工转化为统计类、核验类成果',
		'the product has been turned by models into statistical or verification results'
	)
} as const satisfies Record<string, Localized>;

export type DataFact = keyof typeof DATA_FACTS;

export const DATA_FACT_IDS = Object.keys(DATA_FACTS) as DataFact[];

/** What a data fact says, for refusals and labels; an id outside the vocabulary is shown as itself. */
export function dataFactLabel(fact: string): Localized {
	return (DATA_FACTS as Record<string, Localized>)[fact] ?? { zh: fact, en: fact };
}
