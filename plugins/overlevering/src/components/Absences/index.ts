export { AbsenceCard } from './AbsenceCard';
