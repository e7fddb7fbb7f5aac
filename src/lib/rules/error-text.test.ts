import { describe, expect, test } from 'vitest';
import { errorText } from './error-text';

describe('errorText', () => {
	test("an Error's message, a subclass's too; anything else thrown as a string", () => {
		expect(errorText(new Error('quota exceeded'))).toBe('quota exceeded');
		expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
		expect(errorText('offline')).toBe('offline');
		expect(errorText(404)).toBe('404');
		expect(errorText(null)).toBe('null');
		expect(errorText({ toString: () => 'DOMException: blocked' })).toBe('DOMException: blocked');
	});
});
