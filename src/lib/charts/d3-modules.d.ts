// Minimal type declarations for the d3 sub-packages the charts use. d3 ships no types and @types/d3-* are
// not installed; these cover only the calls made here. Delete this file if @types/d3-* are added.

declare module 'd3-time' {
	export interface TimeInterval {
		(date?: Date): Date;
		floor(date: Date): Date;
		ceil(date: Date): Date;
		offset(date: Date, step?: number): Date;
		range(start: Date, stop: Date, step?: number): Date[];
		every(step: number): TimeInterval | null;
		count(start: Date, end: Date): number;
	}
	export const utcDay: TimeInterval;
	export const utcMonday: TimeInterval;
	export const utcMonth: TimeInterval;
	export const utcYear: TimeInterval;
}

declare module 'd3-scale' {
	import type { TimeInterval } from 'd3-time';

	export interface ScaleTime {
		(value: Date): number;
		invert(value: number): Date;
		domain(): Date[];
		domain(domain: Date[]): this;
		range(): number[];
		range(range: number[]): this;
		clamp(clamp: boolean): this;
		nice(interval?: TimeInterval | number): this;
		ticks(interval?: TimeInterval | number): Date[];
		copy(): ScaleTime;
	}
	export function scaleUtc(domain?: Date[], range?: number[]): ScaleTime;

	export interface ScaleBand<D extends string> {
		(value: D): number | undefined;
		domain(): D[];
		domain(domain: D[]): this;
		range(): [number, number];
		range(range: [number, number]): this;
		bandwidth(): number;
		step(): number;
		padding(padding: number): this;
		paddingInner(padding: number): this;
		paddingOuter(padding: number): this;
		align(align: number): this;
		round(round: boolean): this;
		copy(): ScaleBand<D>;
	}
	export function scaleBand<D extends string = string>(domain?: D[], range?: [number, number]): ScaleBand<D>;
}

declare module 'd3-selection' {
	export interface Selection<E extends Element = Element> {
		call<A extends unknown[]>(fn: (selection: Selection<E>, ...args: A) => unknown, ...args: A): this;
		on(typenames: string, listener: null | ((event: Event) => void)): this;
		node(): E | null;
	}
	export function select<E extends Element>(node: E): Selection<E>;
}

declare module 'd3-zoom' {
	import type { Selection } from 'd3-selection';

	export class ZoomTransform {
		constructor(k: number, x: number, y: number);
		readonly k: number;
		readonly x: number;
		readonly y: number;
		scale(k: number): ZoomTransform;
		translate(x: number, y: number): ZoomTransform;
		rescaleX<S>(scale: S): S;
	}
	export const zoomIdentity: ZoomTransform;
	export function zoomTransform(node: Element): ZoomTransform;

	export interface D3ZoomEvent<E extends Element = Element> {
		type: 'start' | 'zoom' | 'end';
		target: ZoomBehavior<E>;
		transform: ZoomTransform;
		sourceEvent: Event | null;
	}

	export interface ZoomBehavior<E extends Element = Element> {
		(selection: Selection<E>): void;
		transform(selection: Selection<E>, transform: ZoomTransform): void;
		scaleExtent(extent: [number, number]): this;
		extent(extent: [[number, number], [number, number]]): this;
		translateExtent(extent: [[number, number], [number, number]]): this;
		filter(filter: (event: Event) => boolean): this;
		wheelDelta(delta: (event: WheelEvent) => number): this;
		clickDistance(distance: number): this;
		on(typenames: string, listener: ((event: D3ZoomEvent<E>) => void) | null): this;
	}
	export function zoom<E extends Element = Element>(): ZoomBehavior<E>;
}
