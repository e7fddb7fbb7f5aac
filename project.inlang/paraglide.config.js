// The one source of Paraglide's compiler options: read by `npm run i18n` (paraglide-js compile) and by the Vite
// plugin (vite.config.ts), which pass only the project. Chinese first; a user's explicit choice persists in
// localStorage. No URL prefixes: deep links to clauses must stay the same whatever the interface language.
export default {
	outdir: './src/lib/paraglide',
	strategy: ['localStorage', 'baseLocale']
};
