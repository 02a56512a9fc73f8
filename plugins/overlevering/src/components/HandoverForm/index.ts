export { HandoverForm } from './HandoverForm';
export { HandoverFormPage } from './HandoverFormPage';
