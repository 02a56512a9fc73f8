export * from './nextRound';
export * from './roundOutcome';
export * from './handoverState';
