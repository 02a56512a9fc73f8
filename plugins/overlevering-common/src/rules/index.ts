export * from './nextRound';
export * from './roundOutcome';
export * from './handoverState';
export * from './sectionsToFix';
export * from './suggestOptionalSeats';
export * from './latestAnswers';
export * from './historyStory';
export * from './changedSections';
