import { describe, expect, test } from 'vitest';
import { renderCited } from '../../../tests/render-cited';
import { loadProfile } from '$lib/regions/registry';
import { DIMENSIONS } from '$lib/regions/dimensions';
import RoleMarker from './RoleMarker.svelte';
import RuleCell from './RuleCell.svelte';
import { region, role } from '$lib/regions/fixture-ids';

const dim = (id: string) => DIMENSIONS.find((d) => d.id === id)!;

describe('RoleMarker', () => {
	test('names the tier in the text’s own words, the glossary id kept for tools', () => {
		const { container } = renderCited(RoleMarker, {
			region: region('henan'),
			roles: [role('primaryDeveloper')]
		});
		const p = container.querySelector('[data-roles]')!;
		expect(p.getAttribute('data-roles')).toBe('primaryDeveloper');
		expect(p.textContent!.trim()).toBe('适用于：一级开发主体');
		expect(p.getAttribute('title')).toContain('一级开发主体');
	});

	test('both tiers are listed; no roles, no marker', () => {
		const both = renderCited(RoleMarker, {
			region: region('jiangsu'),
			roles: [role('operatingEntity'), role('developmentEntity')]
		});
		expect(both.container.textContent!.trim()).toBe('适用于：运营主体、开发主体');
		const none = renderCited(RoleMarker, { region: region('quzhou'), roles: undefined });
		expect(none.container.querySelector('[data-roles]')).toBeNull();
	});

	test('a rule cell shows the role beside the value: Jiangsu’s look-back binds the development entity, Quzhou’s none', async () => {
		const jiangsu = await loadProfile(region('jiangsu'));
		const quzhou = await loadProfile(region('quzhou'));
		const d = dim('eligibility.incidentLookbackYears');
		const j = renderCited(RuleCell, {
			dimension: d,
			value: jiangsu.values[d.id]![0],
			region: region('jiangsu')
		});
		expect(j.container.querySelector('[data-roles]')?.getAttribute('data-roles')).toBe('developmentEntity');
		const q = renderCited(RuleCell, {
			dimension: d,
			value: quzhou.values[d.id]![0],
			region: region('quzhou')
		});
		expect(q.container.querySelector('[data-roles]')).toBeNull();
	});
});
