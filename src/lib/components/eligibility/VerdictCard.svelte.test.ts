import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { renderCited } from '../../../../tests/render-cited';
import { eligibilityReach, evaluateEligibility, findContradictions, questionnaire } from '$lib/eligibility';
import { roleLabels } from '$lib/eligibility/catalogue';
import { IDEAL } from '$lib/eligibility/fixtures';
import { getRegion } from '$lib/regions/registry';
import ContradictionList from './ContradictionList.svelte';
import QuestionField from './QuestionField.svelte';
import VerdictCard from './VerdictCard.svelte';
import VerdictReach from './VerdictReach.svelte';
import { region, role } from '$lib/regions/fixture-ids';

const AS_OF = '2026-12-05';

/** What the eligibility page passes the components that name regions. */
const regionName = (id: string) => getRegion(region(id))?.name.zh ?? id;
const noAnswer = { regionName, onanswer: () => {}, onentityfact: () => {} };

const card = () => document.querySelector('.verdict-card') as HTMLElement;

describe('VerdictCard', () => {
	test('a region without the role sought: "不适用", naming its own roles in its own words, with clauses', () => {
		const r = evaluateEligibility(
			region('henan'),
			{ ...IDEAL, rolesSought: [role('operator')] },
			{ asOf: AS_OF }
		);
		renderCited(VerdictCard, { result: r, meta: getRegion(r.region) });
		expect(card()).toHaveAttribute('data-verdict', 'notApplicable');
		const summary = card().querySelector('summary')!;
		expect(summary).toHaveTextContent('不适用');
		expect(summary).not.toHaveTextContent('不符合');
		expect(screen.getByTestId('headline-roles')).toHaveTextContent(
			'本规定的角色：一级开发主体、二级开发主体'
		);
		const body = screen.getByTestId('not-applicable');
		expect(body).toHaveTextContent('本规定没有所申请的角色（运营单位）');
		expect(
			within(body)
				.getAllByRole('link')
				.map((a) => a.getAttribute('href'))
		).toEqual(['/regions/henan/#art-3-p3', '/regions/henan/#art-3-p4']);
	});

	test('an incomplete application names the missing material in the headline, despite discretion', () => {
		const r = evaluateEligibility(
			region('quzhou'),
			{ ...IDEAL, auditReportLastYear: false, materials: { ...IDEAL.materials, securityCommitment: false } },
			{ asOf: AS_OF }
		);
		renderCited(VerdictCard, { result: r, meta: getRegion(r.region) });
		expect(card()).toHaveAttribute('data-verdict', 'incomplete');
		expect(screen.getByTestId('headline-missing')).toHaveTextContent(
			'缺：最近1年的第三方审计报告、数据安全承诺书'
		);
		// the discretionary criteria are still listed as left to the authority
		expect(screen.getAllByText('由主管部门裁量').length).toBeGreaterThan(0);
	});

	test('needs review: no missing-material line, no roles line', () => {
		renderCited(VerdictCard, {
			result: evaluateEligibility(region('taian'), IDEAL, { asOf: AS_OF }),
			meta: getRegion(region('taian'))
		});
		expect(card()).toHaveAttribute('data-verdict', 'needsReview');
		expect(screen.queryByTestId('headline-missing')).toBeNull();
		expect(screen.queryByTestId('headline-roles')).toBeNull();
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('数据运营单位');
	});

	test('not eligible stays "不符合条件", the unmet criterion marked', () => {
		renderCited(VerdictCard, {
			result: evaluateEligibility(
				region('yingkou'),
				{ ...IDEAL, unitJudgmentDefaulter: true },
				{ asOf: AS_OF }
			),
			meta: getRegion(region('yingkou'))
		});
		expect(card()).toHaveAttribute('data-verdict', 'notEligible');
		expect(card().querySelector('summary')).toHaveTextContent('不符合条件');
		expect(card().querySelector('[data-criterion="creditPlatform"]')).toHaveClass('unmet');
	});

	test('names the region and weighs its status from the meta it is given', () => {
		const r = evaluateEligibility(region('jiangsu'), IDEAL, { asOf: AS_OF });
		renderCited(VerdictCard, {
			result: r,
			meta: { ...getRegion(region('jiangsu'))!, name: { zh: '给定名称', en: 'Given name' } }
		});
		expect(card().querySelector('summary')).toHaveTextContent('给定名称');
		// lapsed on 2026-11-30: the verdict says it rests on a text no longer in force
		expect(card()).toHaveTextContent('已失效');
	});
});

describe('VerdictReach', () => {
	test('says once that no text can conclude "eligible", and why, per region, with the clauses', () => {
		renderCited(VerdictReach, { reach: eligibilityReach, regionName, roleLabels });
		const section = screen.getByTestId('verdict-reach');
		expect(within(section).getByText(/5 个文本中，没有一个能让本工具得出“符合条件”/)).toBeInTheDocument();
		const taian = section.querySelector('[data-region="taian"]') as HTMLElement;
		expect(taian).toHaveTextContent(/可能的结论：\s*需人工审核、申请材料不全、不符合条件、不适用/);
		expect(taian).toHaveTextContent('数据运营单位');
		expect(taian).toHaveTextContent(
			'其余各项具体条件及技术要求，由大数据主管部门会同相关数据提供单位研究确定'
		);
		expect(
			within(taian)
				.getAllByRole('link')
				.map((a) => a.getAttribute('href'))
		).toContain('/regions/taian/#art-13-4');
		// a role a text lacks is named by the labels the page passes (the catalogue's, loaded with the criteria)
		const lacking = eligibilityReach.find((r) => r.lacks.length)!;
		expect(section.querySelector(`[data-region="${lacking.region}"] .lacks`)).toHaveTextContent(
			roleLabels[lacking.lacks[0]!]!.zh
		);
		expect(screen.getByTestId('verdict-precedence')).toHaveTextContent(
			'不适用 > 不符合条件 > 申请材料不全 > 需人工审核 > 符合条件'
		);
	});

	test('before the criteria are in it claims nothing: a loading line, the sentence only holding its room', () => {
		renderCited(VerdictReach, { reach: [], regionName, roleLabels, expected: 5 });
		const lead = screen.getByTestId('verdict-reach').querySelector('.lead') as HTMLElement;
		expect(lead.querySelector('.loading')).toHaveTextContent('正在载入所选地区的条件');
		const room = lead.querySelector('.room') as HTMLElement;
		expect(room).toHaveAttribute('aria-hidden', 'true');
		expect(screen.queryByText(/没有一个能让本工具得出/, { ignore: '.room' })).toBeNull();
	});

	test('nothing chosen yet (many regions): no sentence at all', () => {
		renderCited(VerdictReach, { reach: [], regionName, roleLabels, expected: 0 });
		expect(screen.getByTestId('verdict-reach').querySelector('.lead')).toHaveTextContent(/^\s*$/);
	});
});

describe('contradictions', () => {
	const found = findContradictions({ unitJudgmentDefaulter: true, creditPlatformAdverseRecord: false });

	test('listed above the verdicts, each with a way to its question', async () => {
		const shown: string[] = [];
		renderCited(ContradictionList, { found, onshow: (f: string) => shown.push(f) });
		const list = screen.getByTestId('contradictions');
		expect(list).toHaveTextContent('单位被列入失信被执行人名单，却答“信用中国查询无不良记录”');
		screen.getByRole('button', { name: '转到该问题' }).click();
		expect(shown).toEqual(['unitJudgmentDefaulter']);
	});

	test('nothing when there is none', () => {
		renderCited(ContradictionList, { found: [] });
		expect(screen.queryByTestId('contradictions')).toBeNull();
	});

	test('shown beside the question concerned', () => {
		const q = questionnaire
			.flatMap((t) => t.questions)
			.find((x) => x.fact === 'creditPlatformAdverseRecord')!;
		renderCited(QuestionField, { question: q, facts: {}, conflicts: found, ...noAnswer });
		expect(screen.getByTestId('question-conflicts')).toHaveTextContent('与其他答案矛盾');
	});
});

describe('the role question names each region’s own word', () => {
	test('operator: 授权运营单位 (Quzhou), 运营机构 (Yingkou), 数据运营单位 (Tai’an)', () => {
		const q = questionnaire.flatMap((t) => t.questions).find((x) => x.fact === 'rolesSought')!;
		const answers: [string, unknown][] = [];
		renderCited(QuestionField, {
			question: q,
			facts: {},
			...noAnswer,
			onanswer: (fact: string, v: unknown) => answers.push([fact, v])
		});
		const box = screen.getByRole('checkbox', { name: '运营单位' });
		const terms = document.getElementById(box.getAttribute('aria-describedby')!)!;
		expect(terms).toHaveTextContent('衢州“授权运营单位”');
		expect(terms).toHaveTextContent('营口“运营机构”');
		expect(terms).toHaveTextContent('泰安“数据运营单位”');
		expect(screen.getByRole('checkbox', { name: '开发主体' })).toBeInTheDocument();
		// the answer goes out through the callback: the field holds no state of its own
		box.click();
		expect(answers).toEqual([['rolesSought', ['operator']]]);
	});
});

describe('a question answered by a list: "none" is chosen by an empty list', () => {
	for (const kind of ['incidents', 'relatedEntities'] as const)
		test(kind, () => {
			const q = questionnaire.flatMap((t) => t.questions).find((x) => x.kind === kind)!;
			const answers: unknown[] = [];
			const onanswer = (_fact: string, v: unknown) => answers.push(v);
			const none = () => screen.getByRole('radio', { name: '没有发生过' });
			const { unmount } = renderCited(QuestionField, { question: q, facts: {}, ...noAnswer, onanswer });
			expect(none()).not.toBeChecked();
			none().click();
			expect(answers).toEqual([[]]);
			unmount();
			const listed = kind === 'incidents' ? [{}] : [{ relation: 'subsidiary', facts: {} }];
			const withOne = renderCited(QuestionField, { question: q, facts: { [q.fact]: listed }, ...noAnswer });
			expect(none()).not.toBeChecked();
			withOne.unmount();
			renderCited(QuestionField, { question: q, facts: { [q.fact]: [] }, ...noAnswer });
			expect(none()).toBeChecked();
		});
});

describe("a listed item's typed answer is given when the box changes", () => {
	const answered = (kind: 'incidents' | 'relatedEntities', listed: unknown[]) => {
		const q = questionnaire.flatMap((t) => t.questions).find((x) => x.kind === kind)!;
		const answers: unknown[] = [];
		renderCited(QuestionField, {
			question: q,
			facts: { [q.fact]: listed },
			...noAnswer,
			onanswer: (_fact: string, v: unknown) => answers.push(v)
		});
		return answers;
	};

	test("an incident's date: the day, or unknown when cleared", async () => {
		const answers = answered('incidents', [{ date: '2025-06-01', major: false }]);
		const date = screen.getByRole('group', { name: '事件 1' }).querySelector('input[type="date"]')!;
		expect(screen.getByLabelText('发生日期')).toBe(date);
		expect(date).toHaveValue('2025-06-01');
		await fireEvent.change(date, { target: { value: '2025-12-01' } });
		await fireEvent.change(date, { target: { value: '' } });
		expect(answers).toEqual([[{ date: '2025-12-01', major: false }], [{ date: 'unknown', major: false }]]);
	});

	test("a related entity's name", async () => {
		const answers = answered('relatedEntities', [{ relation: 'subsidiary', facts: {} }]);
		const name = screen.getByLabelText('名称');
		expect(name).toHaveAttribute('type', 'text');
		await fireEvent.change(name, { target: { value: '某子公司' } });
		expect(answers).toEqual([[{ relation: 'subsidiary', facts: {}, name: '某子公司' }]]);
	});
});
