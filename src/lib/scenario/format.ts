// The scenario file format (a public contract, documented in README.md): YAML parsed with `yaml`, checked
// with valibot, with errors that name the field ("events.3.months: expected a number").

import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { EVENTS } from '$lib/machines/events';
import { resolveWhen } from '$lib/machines/time';
import { parseIsoDate } from '$lib/rules/dates';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const WHEN = /^(\d{4}-\d{2}-\d{2}|\+\d+[dm])$/;

const isoDate = v.pipe(
	v.string('expected a date YYYY-MM-DD'),
	v.regex(ISO, 'expected a date YYYY-MM-DD'),
	v.check((s) => parseIsoDate(s) !== null, 'not a calendar date')
);

const when = v.pipe(
	v.string("expected 'YYYY-MM-DD', '+Nd' or '+Nm'"),
	v.regex(WHEN, "expected 'YYYY-MM-DD', '+Nd' or '+Nm'"),
	v.check((s) => !ISO.test(s) || parseIsoDate(s) !== null, 'not a calendar date')
);

const factValue = v.union(
	[v.boolean(), v.number(), v.string(), v.array(v.string())],
	'expected true/false, a number, a string or a list of strings'
);

const eventEntry = v.looseObject({
	on: when,
	event: v.optional(
		v.pipe(v.string('expected an event name'), v.regex(/^[A-Z][A-Z0-9_]*$/, 'expected an EVENT_NAME'))
	)
});

const refusedItem = v.union(
	[
		v.string(),
		v.strictObject({
			event: v.string(),
			on: v.optional(isoDate),
			reason: v.optional(v.string()),
			cites: v.optional(v.array(v.string()))
		})
	],
	'expected an event name or { event, on?, reason?, cites? }'
);

const acceptedItem = v.union(
	[v.string(), v.strictObject({ event: v.string(), on: v.optional(isoDate) })],
	'expected an event name or { event, on? }'
);

const milestoneItem = v.union(
	[v.string(), v.strictObject({ id: v.string(), on: v.optional(isoDate) })],
	'expected a milestone id or { id, on? }'
);

const warningItem = v.union(
	[
		v.string(),
		v.strictObject({
			code: v.string(),
			message: v.optional(v.string()),
			cites: v.optional(v.array(v.string()))
		})
	],
	'expected a warning code or { code, message?, cites? }'
);

const expectSchema = v.strictObject({
	state: v.optional(v.union([v.string(), v.array(v.string())], 'expected a state path or a list of them')),
	status: v.optional(
		v.picklist(['applying', 'rejected', 'licensed', 'suspended', 'terminated', 'closed'], 'unknown status')
	),
	ground: v.optional(v.string()),
	refused: v.optional(v.array(refusedItem)),
	accepted: v.optional(v.array(acceptedItem)),
	milestones: v.optional(v.array(milestoneItem)),
	noMilestones: v.optional(v.array(v.string())),
	deadlines: v.optional(v.array(v.strictObject({ id: v.string(), on: v.optional(isoDate) }))),
	warnings: v.optional(v.array(warningItem)),
	noWarnings: v.optional(v.array(v.string()))
});

const scenarioSchema = v.strictObject({
	name: v.optional(v.string()),
	description: v.optional(v.string()),
	region: v.pipe(v.string('expected a region id'), v.regex(/^[a-z][a-z0-9-]*$/, 'expected a region id')),
	role: v.optional(v.string()),
	start: isoDate,
	applicant: v.optional(v.record(v.string(), factValue), {}),
	materials: v.optional(v.array(v.string()), []),
	events: v.optional(v.array(eventEntry), []),
	until: v.optional(isoDate),
	expect: v.optional(expectSchema)
});

export type ScenarioFile = v.InferOutput<typeof scenarioSchema>;
export type ScenarioExpect = NonNullable<ScenarioFile['expect']>;

/** A scenario's step with its date resolved and its payload split off. */
export interface ScenarioStep {
	index: number;
	on: string;
	event?: string;
	payload: Record<string, unknown>;
}

export interface Scenario extends Omit<ScenarioFile, 'events'> {
	steps: ScenarioStep[];
}

export class ScenarioError extends Error {
	constructor(public readonly issues: string[]) {
		super(`invalid scenario:\n  ${issues.join('\n  ')}`);
		this.name = 'ScenarioError';
	}
}

const PAYLOAD_CHECK: Record<string, (x: unknown) => boolean> = {
	number: (x) => typeof x === 'number' && Number.isFinite(x),
	boolean: (x) => typeof x === 'boolean',
	string: (x) => typeof x === 'string',
	strings: (x) => Array.isArray(x) && x.every((s) => typeof s === 'string')
};

const PAYLOAD_WORDS: Record<string, string> = {
	number: 'a number',
	boolean: 'true or false',
	string: 'a string',
	strings: 'a list of strings'
};

/** Parse and check a scenario's text; dates "+Nd"/"+Nm" resolve against the previous step (or the start). */
export function parseScenario(text: string): Scenario {
	let raw: unknown;
	try {
		raw = parseYaml(text);
	} catch (e) {
		throw new ScenarioError([`YAML: ${(e as Error).message.split('\n')[0]}`]);
	}
	const parsed = v.safeParse(scenarioSchema, raw);
	if (!parsed.success)
		throw new ScenarioError(parsed.issues.map((i) => `${v.getDotPath(i) ?? '(top level)'}: ${i.message}`));
	const file = parsed.output;
	const issues: string[] = [];
	const steps: ScenarioStep[] = [];
	let previous = file.start;
	file.events.forEach((entry, index) => {
		const { on, event, ...payload } = entry as { on: string; event?: string } & Record<string, unknown>;
		const date = resolveWhen(on, previous);
		if (!date) {
			issues.push(`events.${index}.on: cannot read "${on}"`);
			return;
		}
		if (date < previous) issues.push(`events.${index}.on: ${date} is before the previous step (${previous})`);
		previous = date;
		if (event === undefined) {
			if (Object.keys(payload).length)
				issues.push(`events.${index}: fields without an event: ${Object.keys(payload).join(', ')}`);
		} else {
			const info = EVENTS[event];
			if (!info) issues.push(`events.${index}.event: unknown event "${event}"`);
			else
				for (const [k, val] of Object.entries(payload)) {
					const type = info.payload?.[k];
					if (!type)
						issues.push(
							`events.${index}.${k}: ${event} takes no field "${k}"${
								info.payload ? ` (fields: ${Object.keys(info.payload).join(', ')})` : ''
							}`
						);
					else if (!PAYLOAD_CHECK[type]!(val))
						issues.push(`events.${index}.${k}: expected ${PAYLOAD_WORDS[type]}, got ${JSON.stringify(val)}`);
				}
		}
		steps.push({ index, on: date, event, payload });
	});
	if (file.until && file.until < previous)
		issues.push(`until: ${file.until} is before the last step (${previous})`);
	if (issues.length) throw new ScenarioError(issues);
	const { events: _events, ...rest } = file;
	return { ...rest, steps };
}
