import type { RegionMeta } from '../types';

export const meta: RegionMeta = {
	id: 'quzhou',
	order: 1,
	title: {
		zh: '衢州市公共数据授权运营管理实施细则（试行）（征求意见稿）',
		en: 'Quzhou Implementing Rules for the Authorized Operation of Public Data (Trial) (Draft for Comments)'
	},
	name: { zh: '衢州', en: 'Quzhou' },
	issuer: null,
	level: 'city',
	province: { zh: '浙江省', en: 'Zhejiang' },
	status: ['draft', 'trial'],
	issued: null,
	validity: {
		kind: 'openEnded',
		effective: null,
		asWritten: '2023年*月*日',
		citations: ['sec-30-p1']
	},
	operatorTerm: { zh: '授权运营单位', en: 'authorized operator' },
	parse: { scheme: 'sections' }
};
