// The Vite config the Node scripts load TypeScript with (scripts/load-ts.mjs, scripts/packs/*.mjs): only the
// region packs plugin, so YAML packs import as validated data; no SvelteKit or Paraglide.
import { defineConfig } from 'vite';
import { packs } from './packs/plugin.ts';

export default defineConfig({ plugins: [packs()] });
