// The storage layer's public API. Only this folder imports Dexie.
export {
	ITEM_KINDS,
	StaleWriteError,
	ItemNotFoundError,
	DamagedItemError,
	InvalidItemError,
	isDamaged,
	type ItemKind,
	type ItemSummary,
	type SavedItem,
	type DamagedItem,
	type ListEntry,
	type ItemEntry,
	type NewItem,
	type ListQuery,
	type SortKey,
	type Problem,
	type IsoTimestamp
} from './model';
export {
	createDexieRepository,
	createRepository,
	copyName,
	type Repository,
	type RepositoryOptions,
	type ClashPolicy,
	type ImportResult,
	type Store,
	type StoreTx
} from './repository';
export { createMemoryRepository, type MemorySeed } from './memory';
export { DB_NAME, CURRENT_VERSION, createDatabase, type PdaoDatabase } from './schema';
export {
	EXPORT_FORMAT,
	EXPORT_VERSION,
	MAX_IMPORT_BYTES,
	exportItems,
	serializeExport,
	splitExport,
	exportFileName,
	parseImport,
	planImport,
	applyImport,
	tooLargeProblems,
	type ExportDocument,
	type ParseResult,
	type ImportPlan
} from './transfer';
export {
	openDatabase,
	storageEstimate,
	requestPersistence,
	classifyStorageError,
	type DatabaseStatus,
	type UnavailableReason,
	type OpenOptions,
	type StorageEstimate,
	type PersistenceResult,
	type StorageErrorKind
} from './health';
export { LIMITS } from './validate';
