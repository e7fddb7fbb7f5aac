import type { DocumentMeta } from '../types';

export const meta: DocumentMeta = {
	id: 'nationalPricing',
	order: 3,
	title: {
		zh: '国家发展改革委 国家数据局关于建立公共数据资源授权运营价格形成机制的通知',
		en: 'Notice of the National Development and Reform Commission and the National Data Administration on Establishing a Pricing Mechanism for the Authorized Operation of Public Data Resources'
	},
	name: { zh: '价格通知', en: 'National Pricing Notice' },
	// The title and the signature name both bodies; the number is the title's second line.
	issuer: {
		zh: '国家发展改革委、国家数据局',
		en: 'National Development and Reform Commission; National Data Administration'
	},
	docNumber: '发改价格〔2025〕65号',
	level: 'national',
	status: [],
	// The date under the signature.
	issued: '2025-01-16',
	// The closing sentence: "本通知自2025年3月1日起施行。" — no period of validity.
	validity: {
		kind: 'openEnded',
		effective: '2025-03-01',
		asWritten: '2025年3月1日',
		citations: ['closing']
	},
	operatorTerm: { zh: '运营机构', en: 'operating institution' },
	parse: { scheme: 'sections' }
};
