export { ParkedDeliveries } from './ParkedDeliveries';
