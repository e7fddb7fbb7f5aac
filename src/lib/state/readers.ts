// A store's read-only fields, one line each. Runes cannot leave a module as values (a `let` read once is a
// copy), so a store hands out getters; `readers({ status: () => status }, methods)` is
// `{ get status() { return status; }, ...methods }`, the methods' `this` being the store.

type Read<R> = { readonly [K in keyof R]: R[K] extends () => infer T ? T : never };

export function readers<R extends Record<string, () => unknown>, M extends object = object>(
	read: R,
	methods: M & ThisType<Read<R> & M> = {} as M
): Read<R> & M {
	for (const [key, get] of Object.entries(read))
		Object.defineProperty(methods, key, { get, enumerable: true });
	return methods as Read<R> & M;
}
