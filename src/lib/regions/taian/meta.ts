import type { RegionMeta } from '../types';

export const meta: RegionMeta = {
	id: 'taian',
	order: 3,
	title: {
		zh: '泰安市公共数据开发利用管理办法（试行）（征求意见稿）',
		en: "Tai'an Measures for the Development and Use of Public Data (Trial) (Draft for Comments)"
	},
	name: { zh: '泰安', en: "Tai'an" },
	issuer: null,
	level: 'city',
	province: { zh: '山东省', en: 'Shandong' },
	status: ['draft', 'trial'],
	issued: null,
	validity: {
		kind: 'yearsFromEffective',
		years: 2,
		effective: null,
		asWritten: '2024年 月 日',
		citations: ['art-31']
	},
	operatorTerm: { zh: '数据运营单位', en: 'data operator' },
	parse: { scheme: 'articles' }
};
