import type { DocumentMeta } from '../types';

/** Facts the 实施规范's text does not carry (it begins at its title): from the published document,
 *  as shared/regulations/national/README.md lists them. */
const PUBLISHED = {
	zh: '正文未载，据公开发布的原件',
	en: 'not in the text; from the document as published'
};

export const meta: DocumentMeta = {
	id: 'nationalSpec',
	order: 1,
	title: {
		zh: '公共数据资源授权运营实施规范（试行）',
		en: 'Implementing Specification for the Authorized Operation of Public Data Resources (Trial)'
	},
	name: { zh: '实施规范', en: 'National Implementing Specification' },
	issuer: {
		zh: '国家发展改革委、国家数据局',
		en: 'National Development and Reform Commission; National Data Administration'
	},
	docNumber: '发改数据规〔2025〕27号',
	level: 'national',
	status: ['trial'],
	// The text gives no date of issue.
	issued: null,
	// 第二十七条: "本规范自2025年3月1日起施行，有效期5年" — the last day is the eve of the fifth anniversary.
	validity: {
		kind: 'yearsFromEffective',
		years: 5,
		effective: '2025-03-01',
		asWritten: '2025年3月1日',
		citations: ['art-27']
	},
	operatorTerm: { zh: '运营机构', en: 'operating institution' },
	parse: { scheme: 'articles' },
	factsSource: { facts: ['issuer', 'docNumber'], source: PUBLISHED }
};
