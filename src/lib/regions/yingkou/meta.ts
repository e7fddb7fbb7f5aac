import type { RegionMeta } from '../types';

export const meta: RegionMeta = {
	id: 'yingkou',
	order: 2,
	title: {
		zh: '营口市公共数据授权运营实施方案（征求意见稿）',
		en: 'Yingkou Implementation Plan for the Authorized Operation of Public Data (Draft for Comments)'
	},
	name: { zh: '营口', en: 'Yingkou' },
	issuer: null,
	level: 'city',
	province: { zh: '辽宁省', en: 'Liaoning' },
	status: ['draft'],
	issued: null,
	// The plan states no effective date and no period of validity at all.
	validity: { kind: 'openEnded', effective: null, asWritten: null, citations: [] },
	operatorTerm: { zh: '运营机构', en: 'operating institution' },
	parse: { scheme: 'sections' }
};
