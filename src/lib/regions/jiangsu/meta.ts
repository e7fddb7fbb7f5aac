import type { RegionMeta } from '../types';

export const meta: RegionMeta = {
	id: 'jiangsu',
	order: 5,
	title: {
		zh: '江苏省公共数据授权运营管理暂行办法',
		en: 'Jiangsu Province Interim Measures for the Administration of the Authorized Operation of Public Data'
	},
	name: { zh: '江苏', en: 'Jiangsu' },
	issuer: { zh: '江苏省人民政府办公厅', en: 'General Office of the Jiangsu Provincial People’s Government' },
	docNumber: '苏政办规〔2024〕5号',
	level: 'province',
	province: { zh: '江苏省', en: 'Jiangsu' },
	status: ['interim'],
	issued: '2024-10-23',
	validity: { kind: 'fixed', from: '2024-12-01', until: '2026-11-30', citations: ['art-29'] },
	operatorTerm: { zh: '运营主体', en: 'operating entity' },
	parse: {
		scheme: 'articles',
		noticeEndsBefore: '江苏省公共数据授权运营管理暂行办法',
		footerStartsWith: '抄送：',
		joinPageBreaks: true
	}
};
