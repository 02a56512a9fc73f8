export { EntityOperationsInfoCard } from './EntityOperationsInfoCard';
