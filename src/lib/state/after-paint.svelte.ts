// A part of a page that loads beside it after the first paint (its code, or the data it imports, would weigh on
// the first view): the page paints its frame at once and shows the part when its module arrives, or says why
// it did not. Call it during component initialisation (it registers an effect, so it loads in the browser only).

import { untrack, type Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as Svelte's own Component<Props> bound
type AnyProps = Record<string, any>;

export interface AfterPaint<P extends AnyProps = AnyProps> {
	/** The part's component, once its module has arrived. */
	readonly component: Component<P> | null;
	/** Why the module did not load ('' while loading or loaded). */
	readonly failed: string;
}

export function afterPaint<P extends AnyProps = AnyProps>(
	load: () => Promise<{ default: Component<P> }>
): AfterPaint<P> {
	let component = $state.raw<Component<P> | null>(null);
	let failed = $state('');
	$effect(() => {
		untrack(load).then(
			(c) => (component = c.default),
			(e: unknown) => (failed = String(e))
		);
	});
	return {
		get component() {
			return component;
		},
		get failed() {
			return failed;
		}
	};
}
