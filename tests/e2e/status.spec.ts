import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerAllFacts, axeViolations, hydrated } from './helpers';

// Each document's status on the date in view, on every screen that uses its rules. Jiangsu's measures
// (苏政办规〔2024〕5号, 第二十九条) are in force until 2026-11-30: with the app's clock on 2026-12-05 the lapse shows on
// the comparison (headers, CSV, JSON, printout), the eligibility cards and report, the simulator, the timeline,
// the training courses and trainer notes, and the drafting sandbox; on 2026-11-30 it shows nowhere.

test.describe.configure({ timeout: 120_000 });

const LAPSED = '已失效（2026-11-30）';
const IN_FORCE = '现行有效（至 2026-11-30）';
const CAVEAT = '所依据的规定已于 2026-11-30 失效';

/** The app's clock, in China time: Date is fixed, timers run. */
async function at(page: Page, date: string) {
	await page.clock.setFixedTime(new Date(`${date}T10:00:00+08:00`));
}

async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

async function download(page: Page, button: string): Promise<string> {
	const [file]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return readFileSync((await file.path())!, 'utf8');
}

/** Nothing on the page says the measures have lapsed. */
async function noLapse(page: Page) {
	await expect(page.locator('[data-doc-status="lapsed"]')).toHaveCount(0);
	await expect(page.locator('[data-caveat="lapsed"]')).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText('已失效');
	await expect(page.locator('main')).not.toContainText('2026-11-30 失效');
}

for (const [date, lapsed] of [
	['2026-12-05', true],
	['2026-11-30', false]
] as const) {
	test.describe(`the app's date is ${date}`, () => {
		test.beforeEach(async ({ page }) => at(page, date));

		test('compare: column headers, CSV, JSON and the print title block', async ({ page }) => {
			await open(page, '/compare/?r=quzhou,jiangsu&topic=agreement');
			const head = page.locator('thead th[data-region="jiangsu"] [data-doc-status]');
			await expect(head).toHaveAttribute('data-doc-status', lapsed ? 'lapsed' : 'inForce');
			await expect(head).toContainText(lapsed ? LAPSED : IN_FORCE);
			await expect(head).toContainText('暂行');
			await expect(head.getByRole('link', { name: '第二十九条' })).toHaveAttribute(
				'href',
				/jiangsu\/#art-29$/
			);
			await expect(page.locator('thead th[data-region="quzhou"]')).toContainText('征求意见稿');
			await expect(page.locator('thead th[data-region="quzhou"]')).toContainText('效力未定');

			const csv = await download(page, '导出 CSV');
			const statusRow = csv.split('\r\n')[1]!;
			expect(statusRow).toMatch(/^文件及其状态,/);
			expect(statusRow).toContain('江苏 第二十九条');
			expect(statusRow).toContain('征求意见稿、试行 · 效力未定');
			if (lapsed) expect(statusRow).toContain(`暂行 · ${LAPSED},江苏 第二十九条`);
			else expect(csv).not.toContain('已失效');

			const json = JSON.parse(await download(page, '导出 JSON'));
			expect(json.statusOn).toBe(date);
			expect(json.columns[1]).toMatchObject({
				region: 'jiangsu',
				document: {
					state: lapsed ? 'lapsed' : 'inForce',
					lapsedOn: lapsed ? '2026-11-30' : null,
					kinds: ['interim'],
					citations: ['jiangsu:art-29']
				}
			});
			expect(json.columns[0].document).toMatchObject({ state: 'unknown', kinds: ['draft', 'trial'] });

			const block = page.getByTestId('compare-print-head');
			await expect(block).toBeHidden();
			await page.emulateMedia({ media: 'print' });
			await expect(block).toBeVisible();
			await expect(block).toContainText(`文件状态按 ${date} 计算`);
			await expect(block).toContainText('《江苏省公共数据授权运营管理暂行办法》苏政办规〔2024〕5号');
			await expect(block.locator('li[data-region="jiangsu"]')).toContainText(lapsed ? LAPSED : IN_FORCE);
			await expect(block.locator('li[data-region="quzhou"]')).toContainText('征求意见稿');
			await page.emulateMedia({ media: 'screen' });
			if (lapsed) expect(await axeViolations(page)).toEqual([]);
			else await noLapse(page);
		});

		test('compare: the clauses of one dimension, side by side', async ({ page }) => {
			await open(page, '/compare/clauses/?d=term.maxMonths&r=quzhou,jiangsu');
			const jiangsu = page.getByRole('region', { name: '江苏' });
			await expect(jiangsu.locator('[data-doc-status]')).toContainText(lapsed ? LAPSED : IN_FORCE);
			await expect(page.getByRole('region', { name: '衢州' })).toContainText('征求意见稿');
			if (!lapsed) await noLapse(page);
		});

		test('compare: the comparison’s own date decides, and ?today= sets the app’s', async ({ page }) => {
			await open(page, `/compare/?r=jiangsu,henan&asOf=${lapsed ? '2026-11-30' : '2026-12-01'}`);
			await expect(page.locator('thead th[data-region="jiangsu"] [data-doc-status]')).toHaveAttribute(
				'data-doc-status',
				lapsed ? 'inForce' : 'lapsed'
			);
			await open(page, `/compare/?r=jiangsu,henan&today=${lapsed ? '2026-11-30' : '2026-12-05'}`);
			await expect(page.locator('thead th[data-region="jiangsu"] [data-doc-status]')).toHaveAttribute(
				'data-doc-status',
				lapsed ? 'inForce' : 'lapsed'
			);
		});

		test('eligibility: the card and the printed report', async ({ page }) => {
			await open(page, '/eligibility/');
			await expect(page.getByText(`判断日期 ${date}`)).toBeVisible();
			const card = page.locator('article.verdict-card[data-region="jiangsu"]');
			await expect(card.locator('summary [data-doc-status]')).toHaveAttribute(
				'data-doc-status',
				lapsed ? 'lapsed' : 'inForce'
			);
			// drafts for comments say so on their cards, whatever the date
			await expect(page.locator('article[data-region="taian"] [data-caveat="draft"]')).toContainText(
				'本结论所依据的是征求意见稿'
			);
			if (lapsed) {
				const caveat = card.locator('[data-caveat="lapsed"]');
				await expect(caveat).toContainText(`本结论${CAVEAT}：只说明文本原有的规定。`);
				await expect(caveat.getByRole('link', { name: '第二十九条' })).toBeVisible();
				await page.emulateMedia({ media: 'print' });
				await expect(page.getByText(`申请资格自查报告 · ${date}`)).toBeVisible();
				await expect(caveat).toBeVisible();
				await expect(card.locator('summary')).toContainText(LAPSED);
				await page.emulateMedia({ media: 'screen' });
				expect(await axeViolations(page)).toEqual([]);
			} else {
				await expect(card.locator('[data-caveat]')).toHaveCount(0);
				await noLapse(page);
			}
		});

		test('simulate: the start day, the simulated day, and a journey or signing after the lapse', async ({
			page
		}) => {
			await open(page, '/simulate/');
			await page.getByLabel('地区').selectOption('jiangsu');
			// the operator's way in, as a development entity: call, application, review, agreement
			const role = page.getByLabel('角色');
			await expect(role.locator('option[value="developmentEntity"]')).toHaveCount(1);
			await role.selectOption('developmentEntity');
			await expect(page.locator('.fact .cite').first()).toHaveAttribute('href', /\/regions\/jiangsu\//);
			await expect(page.getByLabel('开始日期')).toHaveValue(date);
			const startStatus = page.getByTestId('sim-doc-start');
			await expect(startStatus).toContainText(`起始日（${date}）文件状态`);
			await expect(startStatus).toContainText(lapsed ? LAPSED : IN_FORCE);
			await answerAllFacts(page);
			await page.getByRole('button', { name: '开始模拟' }).click();
			await expect(page.getByTestId('sim-doc-today')).toContainText(lapsed ? LAPSED : IN_FORCE);
			for (const event of [
				'PUBLISH_CALL',
				'SUBMIT_APPLICATION',
				'PASS_QUALIFICATION_REVIEW',
				'SIGN_AGREEMENT'
			])
				await page.locator(`button[data-event="${event}"]`).first().click();
			await expect(page.getByTestId('sim-status')).toContainText('已获授权');
			const warnings = page.getByTestId('sim-warnings');
			if (lapsed) {
				await expect(warnings.locator('li[data-code="journeyAfterLapse"]')).toContainText(
					`模拟自${date}开始，办法已于2026-11-30失效`
				);
				await expect(warnings.locator('li[data-code="regulationExpiredAtStart"]')).toContainText(
					'办法已于2026-11-30失效'
				);
				await expect(warnings.locator('li').first().getByRole('link', { name: '第二十九条' })).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			} else {
				// signed on the last day in force: no lapse, but the term outlives the measures, with the clause
				await expect(warnings.locator('li')).toHaveCount(1);
				await expect(warnings.locator('li[data-code="outlivesRegulation"]')).toContainText(
					'晚于办法有效期最后一日2026-11-30'
				);
				await noLapse(page);
			}
		});

		test('timeline: each lane’s text, and an agreement signed that day', async ({ page }) => {
			await open(page, '/timeline/');
			const docs = page.getByTestId('tl-documents');
			await expect(docs.getByRole('heading')).toContainText(`各地文本的状态（按 ${date}）`);
			await expect(docs.locator('li[data-region="jiangsu"]')).toContainText(lapsed ? LAPSED : IN_FORCE);
			await expect(docs.locator('li[data-region="taian"]')).toContainText('征求意见稿');
			await page.getByLabel('协议签订日').fill(date);
			const warnings = page.locator('section.warnings');
			if (lapsed) {
				await expect(warnings).toContainText(`办法已于2026-11-30失效，协议起始日${date}在其后。`);
				expect(await axeViolations(page)).toEqual([]);
			} else {
				await expect(warnings).toContainText('晚于办法有效期最后一日2026-11-30');
				await noLapse(page);
			}
		});

		test('training: course cards, the course and the trainer’s notes', async ({ page }) => {
			await open(page, '/training/');
			const card = page.locator('li[data-walkthrough="jiangsu-development-entity"]');
			await expect(card.getByTestId('course-sources')).toContainText(lapsed ? LAPSED : IN_FORCE);
			await expect(page.locator('li[data-walkthrough^="taian"]').first()).toContainText(
				'本课程所依据的是征求意见稿'
			);
			if (lapsed) await expect(card.locator('[data-caveat="lapsed"]')).toContainText(`本课程${CAVEAT}`);
			else await noLapse(page);
			if (lapsed) expect(await axeViolations(page)).toEqual([]);

			await open(page, '/training/course/?id=jiangsu-development-entity&mode=trainer');
			await expect(page.getByTestId('course-sources')).toContainText(lapsed ? LAPSED : IN_FORCE);
			await page.getByRole('button', { name: '讲稿（N）' }).click();
			const notes = page.getByTestId('trainer-notes');
			if (lapsed) {
				await expect(notes.locator('[data-caveat="lapsed"]')).toContainText(`本课程${CAVEAT}`);
				expect(await axeViolations(page)).toEqual([]);
			} else {
				await expect(notes.locator('[data-caveat]')).toHaveCount(0);
				await noLapse(page);
			}
		});

		test('drafts: the regions’ texts, and a draft cloned from Jiangsu is a draft with its own dates', async ({
			page
		}) => {
			await open(page, '/drafts/');
			await expect(
				page.locator('[data-testid="draft-start-picker"] [data-option="jiangsu"] [data-doc-status]')
			).toContainText(lapsed ? LAPSED : IN_FORCE);
			await page.getByRole('radio', { name: /以江苏的文本和规则为基础/ }).check();
			await page
				.getByRole('textbox', { name: '标题', exact: true })
				.fill('试点省公共数据授权运营管理办法（草案）');
			await page.getByRole('button', { name: '创建并编辑' }).click();
			await page.waitForURL(/\/drafts\/edit\/\?id=/);
			const own = page.getByTestId('draft-own-status');
			await expect(own).toContainText('征求意见稿');
			await expect(own).toContainText('效力未定');
			await expect(own.locator('[data-doc-status]')).toHaveAttribute('data-doc-status', 'unknown');
			await expect(page.locator('#changes')).toContainText('各地文本');
			await expect(page.locator('#changes thead th[data-region="jiangsu"]')).toContainText(
				lapsed ? LAPSED : IN_FORCE
			);
			if (lapsed) expect(await axeViolations(page)).toEqual([]);

			// on the timeline the clone is not lapsed, whatever the date: its dates are yet to be set
			const id = new URL(page.url()).searchParams.get('id')!;
			await open(page, `/timeline/?draft=${encodeURIComponent(id)}`);
			const lane = page.getByTestId('tl-documents').locator(`li[data-region="draft-${id}"]`);
			await expect(lane.locator('[data-doc-status]')).toHaveAttribute('data-doc-status', 'unknown');
			await expect(lane).not.toContainText('已失效');
		});
	});
}
