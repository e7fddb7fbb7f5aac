import { describe, expect, test } from 'vitest';
import { keyAction, keepsKeys } from './keys';

describe('trainer keys work whatever has focus, except where keys type or choose', () => {
	test.each([
		['ArrowRight', { tag: 'BODY' }, 'next'],
		['PageDown', { tag: 'BUTTON' }, 'next'],
		['ArrowRight', { tag: 'BUTTON' }, 'next'],
		['PageUp', { tag: 'BUTTON' }, 'prev'],
		['ArrowLeft', { tag: 'DIV' }, 'prev'],
		[' ', { tag: 'BODY' }, 'next'],
		[' ', { tag: 'BUTTON' }, null],
		['r', { tag: 'BUTTON' }, 'reveal'],
		['N', { tag: 'MAIN' }, 'notes'],
		['ArrowRight', { tag: 'INPUT', type: 'text' }, null],
		['ArrowRight', { tag: 'INPUT', type: 'radio' }, null],
		['ArrowRight', { tag: 'TEXTAREA' }, null],
		['ArrowRight', { tag: 'DIV', editable: true }, null],
		['ArrowRight', { tag: 'INPUT', type: 'checkbox' }, 'next'],
		['x', { tag: 'BODY' }, null]
	] as const)('%j on %j → %s', (key, target, action) => {
		expect(keyAction(key, target, true)).toBe(action);
	});

	test('a trainee has no reveal or notes keys; modifiers leave the browser its shortcuts', () => {
		expect(keyAction('r', { tag: 'BODY' }, false)).toBeNull();
		expect(keyAction('ArrowRight', { tag: 'BODY' }, false)).toBe('next');
		expect(keyAction('ArrowLeft', { tag: 'BODY' }, true, true)).toBeNull();
		expect(keepsKeys({ tag: 'select' })).toBe(true);
		expect(keepsKeys({ tag: 'input', type: null })).toBe(true);
	});
});
