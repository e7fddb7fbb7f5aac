import type { DocumentMeta } from '../types';

/** Facts the 登记办法's text does not carry (it begins at its title): from the published document,
 *  as shared/regulations/national/README.md lists them. */
const PUBLISHED = {
	zh: '正文未载，据公开发布的原件',
	en: 'not in the text; from the document as published'
};

export const meta: DocumentMeta = {
	id: 'nationalRegistration',
	order: 2,
	title: {
		zh: '公共数据资源登记管理暂行办法',
		en: 'Interim Measures for the Administration of Public Data Resource Registration'
	},
	name: { zh: '登记办法', en: 'National Interim Registration Measures' },
	issuer: {
		zh: '国家发展改革委、国家数据局',
		en: 'National Development and Reform Commission; National Data Administration'
	},
	docNumber: '发改数据规〔2025〕26号',
	level: 'national',
	status: ['interim'],
	// The text gives no date of issue.
	issued: null,
	// 第二十四条: "本办法自2025年3月1日起施行，有效期5年" — the last day is the eve of the fifth anniversary.
	validity: {
		kind: 'yearsFromEffective',
		years: 5,
		effective: '2025-03-01',
		asWritten: '2025年3月1日',
		citations: ['art-24']
	},
	parse: { scheme: 'articles' },
	factsSource: { facts: ['issuer', 'docNumber'], source: PUBLISHED },
	notes: [
		{
			zh: '办法的登记主体包括运营机构（“依法依规对授权范围的公共数据资源进行开发运营的法人组织”，第三条（二）），但未另用运营方的称谓。',
			en: 'Registering entities include the operator ("legal-person organizations that develop and operate authorized public data resources", Art. 3(2)); the measures give the operator no name of its own.'
		}
	]
};
