import { region } from '$lib/regions/fixture-ids';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import type { CompareSelection } from '$lib/rules/compare';
import CompareFilters from './CompareFilters.svelte';

const sel = (patch: Partial<CompareSelection> = {}): CompareSelection => ({
	regions: [region('taian'), region('henan')],
	topics: [],
	differences: [],
	picked: [],
	onlyPicked: false,
	asOf: null,
	draft: null,
	national: true,
	...patch
});
const counts = { value: 27, qualifier: 3, wording: 26, silence: 59, none: 2 };

function setup(s: CompareSelection) {
	const onupdate = vi.fn();
	const onsetdate = vi.fn(() => true);
	render(CompareFilters, { sel: s, counts, onupdate, onsetdate });
	return { onupdate, onsetdate };
}

test('each kind of difference says how many rows it has; ticking one keeps it', async () => {
	const { onupdate } = setup(sel({ differences: ['wording'] }));
	const value = screen.getByRole('checkbox', { name: '取值不同（27）' });
	expect(screen.getByRole('checkbox', { name: '措辞不同（26）' })).toBeChecked();
	await fireEvent.click(value);
	// in the catalogue's order of kinds, whatever the order of the clicks
	expect(onupdate).toHaveBeenLastCalledWith({ differences: ['value', 'wording'] });
});

test('several topics at once, kept in catalogue order', async () => {
	const { onupdate } = setup(sel({ topics: ['renewal'] }));
	expect(screen.getByTestId('topics-summary')).toHaveTextContent('续约与届满');
	await fireEvent.click(screen.getByRole('checkbox', { name: '协议与期限' }));
	expect(onupdate).toHaveBeenLastCalledWith({ topics: ['agreement', 'renewal'] });
});

test('"only my rows" needs rows picked, and says how many', async () => {
	setup(sel());
	expect(screen.getByRole('checkbox', { name: '只看我选的（0 项）' })).toBeDisabled();
});

test('my rows: showing only them, and clearing them', async () => {
	const { onupdate } = setup(sel({ picked: ['term.maxMonths', 'renewal.deadlineMonthsBeforeExpiry'] }));
	await fireEvent.click(screen.getByRole('checkbox', { name: '只看我选的（2 项）' }));
	expect(onupdate).toHaveBeenLastCalledWith({ onlyPicked: true });
	await fireEvent.click(screen.getByRole('button', { name: '清空我选的' }));
	expect(onupdate).toHaveBeenLastCalledWith({ picked: [], onlyPicked: false });
});

test('a date that is not one is said so', async () => {
	const onupdate = vi.fn();
	const onsetdate = vi.fn(() => false);
	const { container } = render(CompareFilters, { sel: sel(), counts, onupdate, onsetdate });
	const date = container.querySelector('input[type=date]') as HTMLInputElement;
	await fireEvent.change(date, { target: { value: '2026-01-01' } });
	expect(onsetdate).toHaveBeenCalledWith('2026-01-01');
	expect(date).toHaveAttribute('aria-invalid', 'true');
});
