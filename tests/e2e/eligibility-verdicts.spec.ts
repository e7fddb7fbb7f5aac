import { expect, test, type Page } from '@playwright/test';
import { axeViolations, hydrated } from './helpers';

// Verdicts that say what the text says: what each text can conclude, "not applicable" where a region has
// no such role, a missing material named in the headline, contradictory answers caught.

const verdict = (page: Page, region: string) => page.locator(`.verdict-card[data-region="${region}"]`);

async function topic(page: Page, name: RegExp) {
	await page.getByRole('navigation', { name: '问题分组' }).getByRole('button', { name }).click();
}

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+08:00'));
	await page.goto('/eligibility/');
	await hydrated(page);
});

test('the top of the page says, once, which verdicts each text can produce and why', async ({ page }) => {
	const reach = page.getByTestId('verdict-reach');
	await expect(reach.getByRole('heading', { name: '各地规定能得出哪些结论' })).toBeVisible();
	await expect(reach).toContainText('5 个文本中，没有一个能让本工具得出“符合条件”');
	await expect(reach).toContainText('这是规定本身如此，不是您的答案不全');
	// Tai'an: why not "eligible" — 第十三条（四） leaves further conditions to the authority
	const taian = reach.locator('li[data-region="taian"]');
	await expect(taian.locator('summary')).toContainText('需人工审核');
	await expect(taian.locator('summary .verdict')).toHaveText([
		'需人工审核',
		'申请材料不全',
		'不符合条件',
		'不适用'
	]);
	await expect(reach.locator('.verdict.eligible')).toHaveCount(0);
	await taian.locator('summary').click();
	await expect(taian).toContainText(
		'其余各项具体条件及技术要求，由大数据主管部门会同相关数据提供单位研究确定'
	);
	await expect(taian.getByRole('link', { name: '第十三条（四）' })).toBeVisible();
	await expect(page.getByTestId('verdict-precedence')).toContainText(
		'不适用 > 不符合条件 > 申请材料不全 > 需人工审核 > 符合条件'
	);
});

test('a region without the role sought is "not applicable", naming its own roles in its own words', async ({
	page
}) => {
	// the role list names each region's word for the role
	const operator = page.getByRole('checkbox', { name: '运营单位' });
	await expect(operator).toHaveAccessibleDescription(/泰安“数据运营单位”/);
	await expect(operator).toHaveAccessibleDescription(/营口“运营机构”/);

	await page.getByRole('checkbox', { name: '一级开发主体' }).check();
	await expect(verdict(page, 'henan')).toHaveAttribute('data-verdict', 'needsReview');
	for (const r of ['quzhou', 'yingkou', 'taian', 'jiangsu'])
		await expect(verdict(page, r)).toHaveAttribute('data-verdict', 'notApplicable');
	const taian = verdict(page, 'taian');
	await expect(taian.locator('summary')).toContainText('不适用');
	await expect(taian.locator('summary')).toContainText('本规定的角色：数据运营单位');
	await taian.locator('summary').click();
	await expect(taian.getByTestId('not-applicable')).toContainText('本规定没有所申请的角色（一级开发主体）');
	await expect(taian.getByTestId('not-applicable').getByRole('link', { name: '第三条第三款' })).toBeVisible();
});

test('a missing material makes the headline "incomplete", naming it, even beside a criterion left to the authority', async ({
	page
}) => {
	await topic(page, /申请材料/);
	await page
		.getByRole('group', { name: '申报材料（按申报公告）' })
		.getByRole('radio', { name: '未备齐' })
		.check();
	await page.getByRole('group', { name: '授权运营申请表' }).getByRole('radio', { name: '未备齐' }).check();
	const taian = verdict(page, 'taian');
	await expect(taian).toHaveAttribute('data-verdict', 'incomplete');
	await expect(taian.getByTestId('headline-missing')).toHaveText('缺：申报材料（按申报公告）');
	await expect(verdict(page, 'quzhou').getByTestId('headline-missing')).toHaveText('缺：授权运营申请表');
	// 第十三条（四） is still there, left to the authority
	await taian.locator('summary').click();
	await expect(taian.locator('[data-criterion="otherConditions"]')).toHaveClass(/unknown/);
	// a region that lists no materials is unaffected
	await expect(verdict(page, 'jiangsu')).toHaveAttribute('data-verdict', 'needsReview');
});

test('contradictory answers are caught, above the verdicts and beside the questions', async ({ page }) => {
	await topic(page, /信用记录/);
	await page
		.getByRole('group', { name: '单位是否被列入失信被执行人名单？' })
		.getByRole('radio', { name: '是', exact: true })
		.check();
	await page
		.getByRole('group', { name: /信用中国）查询，单位是否有不良记录/ })
		.getByRole('radio', { name: '否', exact: true })
		.check();
	const list = page.getByTestId('contradictions');
	await expect(list).toContainText('单位被列入失信被执行人名单，却答“信用中国查询无不良记录”');
	await expect(page.locator('fieldset[data-fact="creditPlatformAdverseRecord"]')).toContainText(
		'与其他答案矛盾'
	);
	// the criterion about the platform reads the listing too: Yingkou says no, citing 二（一）
	const yingkou = verdict(page, 'yingkou');
	await expect(yingkou).toHaveAttribute('data-verdict', 'notEligible');
	await yingkou.locator('summary').click();
	await expect(yingkou.locator('[data-criterion="creditPlatform"]')).toHaveClass(/unmet/);

	// the way back to the question
	await topic(page, /主体资格/);
	await list.getByRole('button', { name: '转到该问题' }).click();
	await expect(page.getByRole('heading', { name: '信用记录', level: 2 })).toBeVisible();

	// printed: the statement, the contradiction and the verdicts, every detail open
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(page.getByTestId('verdict-reach')).toBeVisible();
	await expect(page.locator('.reach details').first()).toHaveAttribute('open', '');
	await expect(list).toBeVisible();
});

test('axe: no violations with the statement open, a contradiction and a not-applicable card', async ({
	page
}) => {
	await page.getByRole('checkbox', { name: '二级开发主体' }).check();
	await topic(page, /信用记录/);
	await page
		.getByRole('group', { name: '单位是否被列入严重失信主体名单？' })
		.getByRole('radio', { name: '是', exact: true })
		.check();
	await page
		.getByRole('group', { name: '单位信用状况和商业信誉是否良好？' })
		.getByRole('radio', { name: '是', exact: true })
		.check();
	await expect(page.getByTestId('contradictions')).toBeVisible();
	await page.locator('.reach li[data-region="henan"] summary').click();
	await verdict(page, 'taian').locator('summary').click();
	expect(await axeViolations(page)).toEqual([]);
});
