// One way to write a zh/en pair in code: l('中文', 'English'). Data and engines both use it (data imports
// nothing else, so it lives here, beside the Localized type).

import type { Localized } from './types';

export const l = (zh: string, en: string): Localized => ({ zh, en });
