import type { RegionMeta } from '../types';

export const meta: RegionMeta = {
	id: 'henan',
	order: 4,
	title: {
		zh: '河南省公共数据资源授权运营实施办法（试行）',
		en: 'Henan Province Implementing Measures for the Authorized Operation of Public Data Resources (Trial)'
	},
	name: { zh: '河南', en: 'Henan' },
	issuer: null,
	level: 'province',
	province: { zh: '河南省', en: 'Henan' },
	status: ['trial'],
	// "自印发之日起施行": the issue date itself is not in the text.
	issued: null,
	validity: { kind: 'yearsFromIssue', years: 3, issued: null, citations: ['art-25'] },
	operatorTerm: { zh: '一级开发主体', en: 'primary developer' },
	parse: { scheme: 'articles' }
};
