import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  ContentHeader,
  Header,
  InfoCard,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  isOverleveringAvailable,
  NewHandoverButton,
} from '@hemit/plugin-overlevering';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ENTITY_TAB_PATH } from './paths';

/**
 * "Ny overlevering": a handover starts best from its service, whose tab fills
 * in the service and its owner; a delivery without a catalog entry yet starts
 * here, from the plugin's dialog that asks for its title first.
 */
export function NewHandoverPage() {
  const catalogApi = useApi(catalogApiRef);

  const services = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: [{ kind: 'Component' }, { kind: 'System' }],
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'metadata.annotations',
      ],
      order: [{ field: 'metadata.name', order: 'asc' }],
    });
    // Only services with the Overlevering tab: a library opts out.
    return items.filter(entity => isOverleveringAvailable(entity));
  }, [catalogApi]);

  return (
    <Page themeId="tool">
      <Header title="Ny overlevering" subtitle="Overlevering til produksjon" />
      <Content>
        <ContentHeader title="Velg tjenesten som skal overleveres" />
        <InfoCard>
          <Typography paragraph>
            Start fra tjenestens side, fanen Overlevering: tjenesten og eieren
            fylles inn for deg.
          </Typography>
          {services.loading && <Progress />}
          {services.error && <ResponseErrorPanel error={services.error} />}
          {services.value && (
            <List aria-label="Tjenester">
              {services.value.map(entity => {
                const namespace = entity.metadata.namespace ?? 'default';
                const title = entity.metadata.title ?? entity.metadata.name;
                return (
                  <ListItem
                    key={`${entity.kind}:${namespace}/${entity.metadata.name}`}
                  >
                    <ListItemText
                      primary={
                        <Link
                          to={`/catalog/${namespace}/${entity.kind.toLocaleLowerCase(
                            'en-US',
                          )}/${entity.metadata.name}/${ENTITY_TAB_PATH}`}
                        >
                          {title}
                        </Link>
                      }
                      secondary={
                        entity.kind === 'System' ? 'System' : 'Tjeneste'
                      }
                    />
                  </ListItem>
                );
              })}
            </List>
          )}
          <Typography paragraph>
            Finnes ikke tjenesten i katalogen ennå?
          </Typography>
          <NewHandoverButton />
        </InfoCard>
      </Content>
    </Page>
  );
}
