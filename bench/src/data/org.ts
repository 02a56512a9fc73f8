/*
 * The people of a benchmark run: a few hundred users in teams and in the
 * approver groups of the default roles, written as a catalog file.
 */
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';

/** The users the benchmarks act as. */
export const BENCH_USERS = {
  /** Owns 50 handovers in every size: "Mine overleveringer". */
  owner: 'bench.owner',
  /** Owns the drafts that the save benchmark writes to. */
  writer: 'bench.writer',
  /** Owns the handovers in review that the decision benchmark decides. */
  submitter: 'bench.submitter',
  /** Member of four approver groups: the approvals inbox and decisions. */
  approver: 'bench.approver',
} as const;

/** The groups of the approver roles that name a group. */
export const APPROVER_GROUPS = DEFAULT_APPROVER_ROLES.filter(r => r.group).map(
  r => ({ role: r.id, group: r.group!, kind: r.kind }),
);

/** The groups the bench approver belongs to, and so the seats it decides. */
export const APPROVER_ROLES_OF_BENCH_APPROVER = [
  'hemithjelp',
  'tilgangsadministrasjon',
  'config-manager',
  'server',
];

export const TEAM_COUNT = 20;

export interface Org {
  users: { name: string; teams: string[]; groups: string[] }[];
  yaml: string;
}

/** `count` users (including the bench users) in teams and approver groups. */
export function makeOrg(count: number): Org {
  const groupName = (ref: string) => ref.replace(/^group:default\//, '');
  const users: Org['users'] = [];
  const specials = Object.values(BENCH_USERS);
  for (let i = 0; i < count; i++) {
    const name =
      i < specials.length
        ? specials[i]
        : `bench.user${String(i - specials.length + 1).padStart(3, '0')}`;
    const team = `team-${String((i % TEAM_COUNT) + 1).padStart(2, '0')}`;
    const groups: string[] = [];
    if (name === BENCH_USERS.approver) {
      groups.push(...APPROVER_ROLES_OF_BENCH_APPROVER);
    } else if (i % 5 === 0) {
      // One in five people sits in one approver group.
      groups.push(
        groupName(APPROVER_GROUPS[(i / 5) % APPROVER_GROUPS.length].group),
      );
    }
    users.push({ name, teams: [team], groups });
  }
  const docs: string[] = [];
  docs.push(group('hemit', 'organization', undefined));
  for (const g of APPROVER_GROUPS) {
    docs.push(group(groupName(g.group), 'team', 'hemit'));
  }
  for (let t = 1; t <= TEAM_COUNT; t++) {
    docs.push(group(`team-${String(t).padStart(2, '0')}`, 'team', 'hemit'));
  }
  for (const u of users) {
    docs.push(
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: User',
        'metadata:',
        `  name: ${u.name}`,
        'spec:',
        '  profile:',
        `    displayName: ${u.name}`,
        `    email: ${u.name}@example.com`,
        `  memberOf: [${[...u.teams, ...u.groups].join(', ')}]`,
      ].join('\n'),
    );
  }
  return { users, yaml: `${docs.join('\n---\n')}\n` };
}

function group(name: string, type: string, parent: string | undefined) {
  return [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Group',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  type: ${type}`,
    ...(parent ? [`  parent: ${parent}`] : []),
    '  children: []',
  ].join('\n');
}
