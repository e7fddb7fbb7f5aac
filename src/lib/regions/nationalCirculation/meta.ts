import type { DocumentMeta } from '../types';

export const meta: DocumentMeta = {
	id: 'nationalCirculation',
	order: 4,
	title: {
		zh: '关于完善数据流通安全治理 更好促进数据要素市场化价值化的实施方案',
		en: 'Implementation Plan on Improving Data Circulation Security Governance to Better Promote the Market-Based Allocation and Value of Data'
	},
	name: { zh: '流通安全方案', en: 'National Circulation Security Plan' },
	issuer: {
		zh: '国家发展改革委等六部门',
		en: 'National Development and Reform Commission with five other national bodies'
	},
	docNumber: '发改数据〔2025〕18号',
	level: 'national',
	status: [],
	// Issued in January 2025 (README); the text carries no number, signature or date.
	issued: null,
	validity: { kind: 'openEnded', effective: null, asWritten: null, citations: [] },
	parse: { scheme: 'sections' },
	// from shared/regulations/national/README.md
	factsSource: {
		facts: ['issuer', 'docNumber'],
		source: {
			zh: '正文未载，据公开发布的原件（2025年1月印发）',
			en: 'not in the text; from the document as published (issued January 2025)'
		}
	}
};
