// The closed word lists of the applicant's facts that the packs' schema and the eligibility engine share, on
// their own so that reading an answer (eligibility/facts) does not bring the pack schema (valibot, the kit).

/** How a security incident is classified (the incidents fact's `kind`). */
export const INCIDENT_KINDS = ['network', 'data', 'networkAndData'] as const;
/** How a related entity stands to the applicant (a subsidiary, or an entity it manages). */
export const RELATIONS = ['subsidiary', 'managedEntity'] as const;
