/** One line of a diff between two texts. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * A line diff (longest common subsequence) of two Markdown exports. The
 * exports are small (one form), so the quadratic table is fine.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] =
        a[i] === b[j]
          ? lcs[i + 1][j + 1] + 1
          : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      result.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      result.push({ kind: 'removed', text: a[i++] });
    } else {
      result.push({ kind: 'added', text: b[j++] });
    }
  }
  while (i < a.length) result.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) result.push({ kind: 'added', text: b[j++] });
  return result;
}

/** A changed stretch of lines, under the heading it belongs to. */
export interface DiffHunk {
  heading: string;
  removed: string[];
  added: string[];
}

/**
 * Groups the changed lines under the nearest Markdown heading, which in an
 * export names the section and the field, so a reader sees what changed
 * where rather than a raw diff.
 */
export function changedHunks(before: string, after: string): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let heading = '';
  let current: DiffHunk | undefined;
  for (const line of lineDiff(before, after)) {
    const isHeading = /^#{1,6}\s/.test(line.text);
    if (line.kind === 'same') {
      current = undefined;
      if (isHeading) heading = line.text.replace(/^#+\s*/, '');
      continue;
    }
    if (line.text.trim() === '') continue;
    if (!current) {
      current = { heading, removed: [], added: [] };
      hunks.push(current);
    }
    current[line.kind].push(line.text);
  }
  return hunks;
}
