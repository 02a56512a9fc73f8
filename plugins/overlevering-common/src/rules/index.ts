export * from './nextRound';
export * from './roundOutcome';
export * from './handoverState';
export * from './latestAnswers';
export * from './historyStory';
export * from './changedSections';
