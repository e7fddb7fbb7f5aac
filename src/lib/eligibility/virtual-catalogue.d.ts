// The packs plugin's build-time eligibility catalogue (scripts/packs/plugin.ts, eligibilityCatalogue).
declare module 'virtual:pdao/eligibility-catalogue' {
	import type { FactDeclaration } from '$lib/rules/pack';
	import type { Localized, RegionId } from '$lib/regions/types';
	const catalogue: {
		regions: RegionId[];
		facts: Record<string, FactDeclaration>;
		roleLabels: Record<string, Localized>;
		relatedEntitiesQuestion: { label: Localized; help: Localized } | null;
	};
	export default catalogue;
}
