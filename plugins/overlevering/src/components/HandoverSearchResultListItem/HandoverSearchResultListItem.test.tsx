import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { overleveringSearchResultListItem } from '../../alpha';
import { HandoverSearchResultListItem } from './HandoverSearchResultListItem';

/** A handover as the search collator indexes it. */
const indexed = {
  title: 'Pasientflyt 2.0',
  text: 'Bestilling\nTittel: Pasientflyt 2.0\nServere og infrastruktur: pf-app01\nPasientflyt\nKari Nordmann\nTil godkjenning',
  location: '/overlevering/h/abc-123',
  authorization: { resourceRef: 'abc-123' },
  status: 'in_review',
  statusText: 'Til godkjenning',
  serviceName: 'Pasientflyt',
  entityRef: 'component:default/pasientflyt',
  ownerName: 'Kari Nordmann',
  owner: 'user:default/kari.nordmann',
  updatedAt: '2026-11-28T09:15:00.000Z',
};

describe('a handover among search results', () => {
  it('links to the handover and shows its status, service and owner by name', async () => {
    await renderInTestApp(<HandoverSearchResultListItem result={indexed} />);
    expect(
      screen.getByRole('link', { name: 'Pasientflyt 2.0' }),
    ).toHaveAttribute('href', '/overlevering/h/abc-123');
    expect(
      screen.getByText('Til godkjenning', { selector: 'span' }),
    ).toBeVisible();
    expect(screen.getByText('Tjeneste: Pasientflyt')).toBeInTheDocument();
    expect(
      screen.getByText('Leveranseansvarlig: Kari Nordmann'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Sist endret: 28\. nov\. 2026/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/user:default/)).toBeNull();
  });

  it('marks the words that matched the search', async () => {
    await renderInTestApp(
      <HandoverSearchResultListItem
        result={indexed}
        highlight={{
          preTag: '<em>',
          postTag: '</em>',
          fields: {
            title: 'Pasientflyt 2.0',
            text: 'Servere og infrastruktur: <em>pf-app01</em>',
          },
        }}
      />,
    );
    expect(screen.getByText('pf-app01').tagName).toBe('MARK');
  });

  it('leaves out what a handover without a service does not have', async () => {
    const withoutService = { ...indexed, serviceName: '', entityRef: '' };
    await renderInTestApp(
      <HandoverSearchResultListItem result={withoutService} />,
    );
    expect(screen.queryByText(/Tjeneste:/)).toBeNull();
    expect(screen.getByText('Leveranseansvarlig: Kari Nordmann')).toBeVisible();
  });

  it('is the search page item for handovers and no other results', () => {
    const { predicate } = createExtensionTester(
      overleveringSearchResultListItem,
    ).get(SearchResultListItemBlueprint.dataRefs.item);
    const result = (type: string) => ({ type, document: indexed });
    expect(predicate?.(result('overlevering'))).toBe(true);
    expect(predicate?.(result('software-catalog'))).toBe(false);
  });
});
