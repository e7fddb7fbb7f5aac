// The catalogue of eligibility aspects: what a criterion is about, shared across regions so that results
// line up side by side and an aspect a text does not impose shows as "not required" there.

import type { DimensionId, Localized } from '$lib/regions/types';
// relative: the build's pack plugin loads this file outside SvelteKit
import { l } from '../regions/localized.ts';

export interface Aspect {
	id: string;
	label: Localized;
	/** The rule-profile dimension that records this aspect, where there is one. */
	dimension?: DimensionId;
}

export const ASPECTS = [
	{ id: 'legalForm', label: l('主体资格', 'Legal form'), dimension: 'eligibility.legalForm' },
	{
		id: 'domesticCapital',
		label: l('内资要求', 'Domestic capital only'),
		dimension: 'eligibility.domesticCapitalOnly'
	},
	{
		id: 'operatingCondition',
		label: l('经营状况', 'Operating condition'),
		dimension: 'eligibility.operatingCondition'
	},
	{ id: 'financialCondition', label: l('财务状况', 'Financial condition') },
	{
		id: 'capital',
		label: l('资金实力', 'Capital for governance and early operation'),
		dimension: 'eligibility.capitalRequirement'
	},
	{
		id: 'unitCredit',
		label: l('单位信用', 'Credit record of the unit'),
		dimension: 'eligibility.creditRequirements'
	},
	{
		id: 'representativeCredit',
		label: l('法定代表人或主要负责人信用', 'Credit record of the legal representative or principal'),
		dimension: 'eligibility.creditCoversRepresentative'
	},
	{
		id: 'securityIncidents',
		label: l('网络安全和数据安全事件', 'Network and data security incidents'),
		dimension: 'eligibility.incidentLookbackYears'
	},
	{
		id: 'securityOfficer',
		label: l('数据安全负责人和管理部门', 'Data-security officer and department'),
		dimension: 'eligibility.securityOfficer'
	},
	{ id: 'securitySystems', label: l('内部管理和安全保障制度', 'Internal management and security systems') },
	{ id: 'securityCapability', label: l('数据安全保障能力', 'Data-security capability') },
	{
		id: 'mlps3Experience',
		label: l('等保三级与商密评估实践经验', 'MLPS level 3 and commercial-crypto assessment experience'),
		dimension: 'eligibility.mlps3Experience'
	},
	{ id: 'professionalCapacity', label: l('专业资质、人才和服务能力', 'Qualifications, team and capacity') },
	{ id: 'otherConditions', label: l('其他条件', 'Other conditions') }
] as const satisfies readonly Aspect[];

export type AspectId = (typeof ASPECTS)[number]['id'];

export const ASPECT_ORDER: ReadonlyMap<AspectId, number> = new Map(ASPECTS.map((a, i) => [a.id, i]));

const DIMENSION_OF: ReadonlyMap<string, DimensionId> = new Map(
	ASPECTS.flatMap((a) => ('dimension' in a ? [[a.id, a.dimension] as const] : []))
);

/** The rule-profile dimension of an aspect, if it has one. */
export function dimensionOf(aspect: AspectId): DimensionId | undefined {
	return DIMENSION_OF.get(aspect);
}
