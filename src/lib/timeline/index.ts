// Lifecycle timelines: dated milestones from the rule profiles, and their CSV and iCalendar exports.
export { computeTimeline, TIMELINE_EVENTS } from './compute';
export { deadlineStatus, within, type DeadlineStatus } from './conventions';
export { toCsv } from './csv';
export { toIcs, type IcsOptions } from './ics';
export { laneRole } from './roles';
export { traceToEvents } from './events';
export type * from './types';
