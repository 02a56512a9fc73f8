/** A row of the earlier list and the row it became; one side is absent for an added or removed row. */
export type RowPair = { before?: number; after?: number };

/**
 * Pairs the rows of two versions of a list the way a reader would: rows that
 * are the same in both stay paired (the longest common run of same rows), so
 * removing the first of three rows removes one row and changes nothing else;
 * between those, the remaining rows pair by position as edits, and what is
 * left over was added or removed. Pairs come in the list's order.
 */
export function alignRows(
  before: number,
  after: number,
  same: (beforeIndex: number, afterIndex: number) => boolean,
): RowPair[] {
  // Each pair of rows is compared once; common[i][j] is the longest run of
  // same rows in before[i..] and after[j..].
  const equal = Array.from({ length: before }, (_, i) =>
    Array.from({ length: after }, (__, j) => same(i, j)),
  );
  const common = Array.from({ length: before + 1 }, () =>
    new Array<number>(after + 1).fill(0),
  );
  for (let i = before - 1; i >= 0; i--) {
    for (let j = after - 1; j >= 0; j--) {
      common[i][j] = equal[i][j]
        ? common[i + 1][j + 1] + 1
        : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const pairs: RowPair[] = [];
  const pairGap = (fromI: number, toI: number, fromJ: number, toJ: number) => {
    const edited = Math.min(toI - fromI, toJ - fromJ);
    for (let k = 0; k < edited; k++) {
      pairs.push({ before: fromI + k, after: fromJ + k });
    }
    for (let i = fromI + edited; i < toI; i++) pairs.push({ before: i });
    for (let j = fromJ + edited; j < toJ; j++) pairs.push({ after: j });
  };
  let i = 0;
  let j = 0;
  let gapI = 0;
  let gapJ = 0;
  while (i < before && j < after) {
    if (equal[i][j]) {
      pairGap(gapI, i, gapJ, j);
      pairs.push({ before: i, after: j });
      i += 1;
      j += 1;
      gapI = i;
      gapJ = j;
    } else if (common[i + 1][j] >= common[i][j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  pairGap(gapI, before, gapJ, after);
  return pairs;
}
