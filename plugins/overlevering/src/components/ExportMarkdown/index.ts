export { ExportMarkdown } from './ExportMarkdown';
