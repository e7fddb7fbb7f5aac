// Building block: from the call to the signed agreement — the stages a region's text lists, in its order,
// each with who acts, what it checks and where it may reject or ask for more.

import type { Localized } from '$lib/regions/types';
import type { Check } from '../checks';
import { eventLabel } from '../events';
import type { NodeSpec, TransitionSpec } from '../kit';
import { qualifierWords } from '../resolve';
import type { Settings } from '../settings';
import type { RoleJourney, StageSpec } from '../types';
import { l } from '$lib/regions/localized';

function passChecks(stage: StageSpec): Check[] {
	const checks: Check[] = [];
	if (stage.materials)
		checks.push({
			kind: 'materials',
			required: stage.materials.required,
			citations: stage.materials.citations
		});
	for (const r of stage.requires ?? []) checks.push({ kind: 'fact', ...r });
	return checks;
}

function rejectTransition(stage: StageSpec): TransitionSpec[] {
	if (!stage.reject) return [];
	return [
		{
			event: 'REJECT',
			target: 'rejected',
			label: l(`${stage.label.zh}：不予通过`, `${stage.label.en}: rejected`),
			citations: stage.reject.citations,
			by: stage.by,
			milestone: 'rejected'
		}
	];
}

function stageNode(stage: StageSpec, next: string): NodeSpec {
	const pass: TransitionSpec = {
		event: stage.event,
		target: next,
		checks: passChecks(stage),
		effects: stage.kind === 'application' ? [{ type: 'addMaterials' }] : [],
		label: stage.eventLabel,
		citations: stage.citations,
		by: stage.by,
		milestone: stage.id
	};
	switch (stage.kind) {
		case 'call':
		case 'application':
			return { key: stage.id, label: stage.label, citations: stage.citations, on: [pass] };
		case 'review':
			if (!stage.supplement)
				return {
					key: stage.id,
					label: stage.label,
					citations: stage.citations,
					on: [pass, ...rejectTransition(stage)]
				};
			return {
				key: stage.id,
				label: stage.label,
				citations: stage.citations,
				on: rejectTransition(stage),
				children: [
					{
						key: 'reviewing',
						label: l(`${stage.label.zh}中`, `${stage.label.en} under way`),
						citations: stage.citations,
						on: [
							pass,
							{
								event: 'REQUEST_SUPPLEMENT',
								target: `${stage.id}.awaitingSupplement`,
								label: eventLabel('REQUEST_SUPPLEMENT'),
								citations: stage.supplement.citations,
								by: stage.by,
								milestone: 'supplementRequested'
							}
						]
					},
					{
						key: 'awaitingSupplement',
						label: l('等待补交材料', 'Waiting for missing materials'),
						citations: stage.supplement.citations,
						on: [
							{
								event: 'SUPPLY_MATERIALS',
								target: `${stage.id}.reviewing`,
								effects: [{ type: 'addMaterials' }],
								label: eventLabel('SUPPLY_MATERIALS'),
								citations: stage.supplement.citations,
								by: null
							}
						]
					}
				]
			};
		case 'publicNotice': {
			const objections = stage.objections ?? { citations: stage.citations };
			const notes = stage.objections?.note ? [stage.objections.note] : undefined;
			return {
				key: stage.id,
				label: stage.label,
				citations: stage.citations,
				children: [
					{
						key: 'running',
						label: l('公示中', 'Notice running'),
						citations: stage.citations,
						on: [
							pass,
							{
								event: 'OBJECT',
								target: `${stage.id}.objection`,
								label: eventLabel('OBJECT'),
								citations: objections.citations,
								by: l('社会公众', 'The public'),
								milestone: 'objection',
								notes
							}
						]
					},
					{
						key: 'objection',
						label: l('异议处理中', 'Objection pending'),
						citations: objections.citations,
						on: [
							{
								event: 'DISMISS_OBJECTION',
								target: `${stage.id}.running`,
								label: eventLabel('DISMISS_OBJECTION'),
								citations: objections.citations,
								by: stage.by,
								notes
							},
							{
								event: 'UPHOLD_OBJECTION',
								target: 'rejected',
								label: eventLabel('UPHOLD_OBJECTION'),
								citations: objections.citations,
								by: stage.by,
								milestone: 'rejected',
								notes
							}
						]
					}
				]
			};
		}
	}
}

/** The admission stages, the agreement, and the rejected end. */
export function admissionNodes(role: RoleJourney, settings: Settings): NodeSpec[] {
	const stages = role.admission;
	const nodes = stages.map((s, i) => stageNode(s, stages[i + 1]?.id ?? 'agreement'));
	const q = qualifierWords(settings.capQualifier);
	const notes: Localized[] = [];
	if (settings.cap !== null && q)
		notes.push(
			l(
				`文本规定期限“${q.zh}”不超过 ${settings.cap} 个月：这是带限定语的上限，模拟按上限执行。`,
				`The text caps the term at ${settings.cap} months "${q.en}": a qualified cap, which the simulator applies as a cap.`
			)
		);
	if (settings.capNote) notes.push(settings.capNote);
	nodes.push({
		key: 'agreement',
		label: role.agreement.label,
		citations: role.agreement.citations,
		on: [
			{
				event: 'SIGN_AGREEMENT',
				target: 'licensed',
				checks: [
					{
						kind: 'term',
						cap: settings.cap,
						qualifier: settings.capQualifier,
						citations: settings.capCitations
					}
				],
				effects: [{ type: 'startTerm' }],
				label: eventLabel('SIGN_AGREEMENT'),
				citations: [...new Set([...role.agreement.citations, ...settings.capCitations])],
				by: role.agreement.signedBy,
				milestone: 'licensed',
				notes: notes.length ? notes : undefined
			}
		]
	});
	const rejecting = [
		...new Set(
			stages.flatMap((s) => [
				...(s.reject?.citations ?? []),
				...(s.kind === 'publicNotice' ? (s.objections?.citations ?? s.citations) : [])
			])
		)
	];
	if (rejecting.length)
		nodes.push({
			key: 'rejected',
			label: l('未获授权', 'Not authorized'),
			citations: rejecting,
			type: 'final'
		});
	return nodes;
}
