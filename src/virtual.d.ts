// The English messages module the client build makes (scripts/english-on-demand.ts): one function per message.
declare module 'virtual:paraglide-english';
