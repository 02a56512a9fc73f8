/**
 * The import of the old SharePoint list "Overlevering til produksjon": reading its CSV or Excel
 * export and turning each item into a handover, without touching the database.
 */
export { parseExport } from './parseExport';
export type {
  ExportRow,
  ParsedExport,
  ParseExportOptions,
} from './parseExport';
export { planColumns } from './columns';
export type { ColumnPlan } from './columns';
export { mapRow } from './mapRow';
export type { MappedRow, RefusedRow, MapRowOptions } from './mapRow';
export { mapExport } from './mapExport';
export type { ExportMapping, MappedExportRow } from './mapExport';
export { mapSharePointStatus, SHAREPOINT_STATUSES } from './sharePointStatus';
export type { ImportedStatus } from './sharePointStatus';
export { personResolverFromCatalog } from './people';
export type { CatalogPerson, PersonResolution, PersonResolver } from './people';
