// A trainee's progress through a course, kept in the library (kind "training"): created on the first step,
// saved on every step after (naming the revision it read), and read back checked (training/progress.ts).

import type { RegionId } from '$lib/regions/types';
import type { CourseProgress } from '$lib/training/progress';
import { library } from './library.svelte';

export function createCourseProgress() {
	let saved = $state<{ id: string; revision: number } | null>(null);

	return {
		/** The library item holding this course's progress, once saved or resumed. */
		get saved() {
			return saved;
		},
		/** Read a saved course back; null (and nothing resumed) when missing or unreadable. */
		async resume(id: string): Promise<CourseProgress | null> {
			const opened = await library.openSaved(id, 'training');
			if (!opened.ok) return null;
			saved = { id: opened.item.id, revision: opened.item.revision };
			return opened.payload;
		},
		/** Save the progress; `created` is told the new item's id the first time. */
		async save(
			course: { name: string; region: RegionId | null | undefined },
			payload: CourseProgress,
			created: (id: string) => void
		) {
			try {
				const { repo } = await library.open();
				if (!saved) {
					const item = await repo.createItem({
						kind: 'training',
						name: course.name,
						regions: course.region ? [course.region] : [],
						payload
					});
					saved = { id: item.id, revision: item.revision };
					created(item.id);
				} else {
					const current = await library.getSaved(saved.id);
					if (!current) return;
					const next = await repo.saveItem({ ...current, payload }, saved.revision);
					saved = { id: next.id, revision: next.revision };
				}
			} catch (e) {
				await library.noteError(e);
			}
		}
	};
}
