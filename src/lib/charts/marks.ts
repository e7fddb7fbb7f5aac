// How each kind of milestone and period is drawn: a shape per kind (so colour is never the only cue), a
// colour from the Okabe–Ito palette (distinguishable with common colour-vision deficiencies), and a name
// for the legend. Colours are literal so an exported SVG or PNG looks the same outside the page.

import type { Localized } from '$lib/regions/types';
import type { MilestoneKind, PeriodKind } from '$lib/timeline/types';
import { l } from '$lib/regions/localized';

export type Shape =
	| 'triangleRight'
	| 'triangleLeft'
	| 'diamond'
	| 'circle'
	| 'ring'
	| 'square'
	| 'cross'
	| 'triangleDown'
	| 'plus'
	| 'bar'
	| 'hourglass'
	| 'triangleUp'
	| 'question';

export interface KindStyle {
	shape: Shape;
	color: string;
	/** Filled, or drawn as an outline. */
	fill: boolean;
	label: Localized;
}

export const MILESTONE_STYLE: Record<MilestoneKind, KindStyle> = {
	agreementStart: {
		shape: 'triangleRight',
		color: '#0072B2',
		fill: true,
		label: l('协议起始', 'Agreement starts')
	},
	agreementEnd: {
		shape: 'triangleLeft',
		color: '#0072B2',
		fill: true,
		label: l('协议期满', 'Agreement ends')
	},
	renewalDeadline: {
		shape: 'diamond',
		color: '#D55E00',
		fill: true,
		label: l('重新申请截止', 'Reapplication deadline')
	},
	renewalWindowOpens: {
		shape: 'diamond',
		color: '#D55E00',
		fill: false,
		label: l('重新申请窗口开启', 'Reapplication window opens')
	},
	renewal: { shape: 'diamond', color: '#D55E00', fill: false, label: l('续约', 'Renewal') },
	report: { shape: 'circle', color: '#009E73', fill: true, label: l('运营报告', 'Operation report') },
	annualSummary: { shape: 'ring', color: '#009E73', fill: false, label: l('年度总结', 'Annual summary') },
	evaluation: { shape: 'square', color: '#CC79A7', fill: true, label: l('评估', 'Evaluation') },
	earliestExit: { shape: 'cross', color: '#E69F00', fill: false, label: l('最早退出日', 'Earliest exit') },
	logRetentionEnd: {
		shape: 'triangleDown',
		color: '#56B4E9',
		fill: true,
		label: l('日志留存期满', 'Log retention ends')
	},
	dataCheckDue: {
		shape: 'plus',
		color: '#8A6D00',
		fill: false,
		label: l('数据校核反馈截止', 'Data-check due')
	},
	regulationStart: {
		shape: 'bar',
		color: '#222222',
		fill: true,
		label: l('办法施行', 'Regulation in force')
	},
	regulationEnd: {
		shape: 'hourglass',
		color: '#222222',
		fill: true,
		label: l('办法失效', 'Regulation expires')
	},
	nationalInForce: {
		shape: 'bar',
		color: '#9A0000',
		fill: true,
		label: l('国家规定：国家框架施行', 'National rule: the national framework takes effect')
	},
	nationalRegistrationDue: {
		shape: 'plus',
		color: '#9A0000',
		fill: false,
		label: l('国家规定：首次登记截止', 'National rule: first registration due')
	},
	nationalReport: {
		shape: 'circle',
		color: '#9A0000',
		fill: false,
		label: l('国家规定：年度经营情况报告', 'National rule: yearly operating report')
	},
	nationalRenewalWindowOpens: {
		shape: 'diamond',
		color: '#9A0000',
		fill: false,
		label: l('国家规定：登记续展期开始', 'National rule: registration renewal opens')
	},
	nationalRegistrationExpiry: {
		shape: 'triangleLeft',
		color: '#9A0000',
		fill: false,
		label: l('国家规定：登记有效期届满', 'National rule: registration validity ends')
	},
	event: { shape: 'triangleUp', color: '#666666', fill: true, label: l('模拟事件', 'Simulated event') }
};

export const PERIOD_STYLE: Record<PeriodKind, { color: string; opacity: number; label: Localized }> = {
	term: { color: '#0072B2', opacity: 0.35, label: l('协议期限', 'Agreement term') },
	renewalWindow: { color: '#D55E00', opacity: 0.45, label: l('重新申请窗口', 'Reapplication window') },
	summaryWindow: { color: '#009E73', opacity: 0.45, label: l('年度总结报送期', 'Summary window') },
	exitNotice: { color: '#E69F00', opacity: 0.55, label: l('退出提前申请期', 'Exit notice') },
	dataCheck: { color: '#8A6D00', opacity: 0.5, label: l('校核反馈期', 'Data-check period') },
	logRetention: { color: '#56B4E9', opacity: 0.55, label: l('日志留存期', 'Log retention') },
	regulationInForce: { color: '#222222', opacity: 0.6, label: l('办法有效期', 'Regulation in force') }
};

/** SVG path data for a shape centred on (0, 0), about 2r across. */
export function shapePath(shape: Shape, r = 6): string {
	const h = r * 0.866;
	switch (shape) {
		case 'triangleRight':
			return `M${-h},${-r}L${h},0L${-h},${r}Z`;
		case 'triangleLeft':
			return `M${h},${-r}L${-h},0L${h},${r}Z`;
		case 'triangleUp':
			return `M0,${-r}L${r},${h}L${-r},${h}Z`;
		case 'triangleDown':
			return `M0,${r}L${r},${-h}L${-r},${-h}Z`;
		case 'diamond':
			return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
		case 'square':
			return `M${-r * 0.8},${-r * 0.8}h${r * 1.6}v${r * 1.6}h${-r * 1.6}Z`;
		case 'circle':
		case 'ring':
		case 'question':
			return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
		case 'cross':
			return `M${-r},${-r}L${r},${r}M${r},${-r}L${-r},${r}`;
		case 'plus':
			return `M0,${-r}V${r}M${-r},0H${r}`;
		case 'bar':
			return `M${-r * 0.3},${-r * 1.3}h${r * 0.6}v${r * 2.6}h${-r * 0.6}Z`;
		case 'hourglass':
			return `M${-r},${-r}H${r}L${-r},${r}H${r}Z`;
	}
}

/** Shapes drawn with a stroke only (lines have no inside to fill). */
export function isStrokeOnly(shape: Shape): boolean {
	return shape === 'cross' || shape === 'plus';
}
