// What every eligibility page needs at once, built from all packs at build time by the packs plugin: which
// regions have criteria, and the facts, role labels and related-entities question the packs declare (the first
// pack in region order wording each). Small however many regions there are; the criteria load per region
// ($lib/eligibility/load).

import catalogue from 'virtual:pdao/eligibility-catalogue';
import type { Localized, RegionId } from '$lib/regions/types';
import type { FactDeclaration } from '$lib/rules/pack';

/** The regions with eligibility criteria, in the registry's region order. */
export const eligibilityRegionIds: readonly RegionId[] = catalogue.regions;

/** Every fact the packs declare, the first pack (region order) wording it: for rules derived in code (drafts). */
export const factCatalogue: Readonly<Record<string, FactDeclaration>> = catalogue.facts;

/** The glossary label of every role the packs declare. */
export const roleLabels: Readonly<Record<string, Localized>> = catalogue.roleLabels;

/** The first pack's question asking for related entities, for a rule derived in code. */
export const relatedEntitiesQuestion = catalogue.relatedEntitiesQuestion ?? undefined;
