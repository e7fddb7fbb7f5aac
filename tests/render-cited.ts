// Component tests of anything that shows a citation: render it as the root layout would, with a citation
// source in context (the app's, unless the test gives its own).
import { render } from '@testing-library/svelte';
import type { Component, ComponentProps } from 'svelte';
import { citationsContext, type CitationSource } from '$lib/components/citations';
import { appCitations } from '$lib/state/citations';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as render takes
export function renderCited<C extends Component<any>>(
	component: C,
	props: ComponentProps<C>,
	source: CitationSource = appCitations
) {
	// typed for the caller above; testing-library's own component type is not exported from its entry point
	return render(component as unknown as Parameters<typeof render>[0], {
		props,
		context: citationsContext(source)
	});
}
