import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  ContentHeader,
  Header,
  InfoCard,
  Page,
  Progress,
  ProxiedSignInPage,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  discoveryApiRef,
  type IdentityApi,
  useApi,
} from '@backstage/core-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  DEMO_PROVIDER_ID,
  DEMO_USER_HEADER,
  type DemoPerson,
  groupNames,
  readDemoUser,
  writeDemoUser,
} from './demoUser';
import { forgettingOnSignOut } from './forgettingOnSignOut';

/**
 * Signing out forgets the chosen person, so the list shows again, and what
 * they typed.
 */
function forgettingPersonOnSignOut(identity: IdentityApi): IdentityApi {
  return forgettingOnSignOut(identity, () => writeDemoUser(undefined));
}

function PeopleList(props: { onPick: (name: string) => void }) {
  const discoveryApi = useApi(discoveryApiRef);
  const people = useAsync(async () => {
    const url = await discoveryApi.getBaseUrl('demo-people');
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`Kunne ikke hente personene: ${response.status}`);
    }
    return ((await response.json()) as { people: DemoPerson[] }).people;
  }, [discoveryApi]);

  return (
    <Page themeId="home">
      <Header
        title="Overlevering til produksjon"
        subtitle="Utviklingsmodus: logg inn som en av demopersonene"
      />
      <Content>
        <ContentHeader title="Hvem vil du være?" />
        <InfoCard>
          <Typography paragraph>
            Denne innloggingen finnes bare i utvikling. Hver person hører til
            gruppene som står under navnet.
          </Typography>
          {people.loading && <Progress />}
          {people.error && <ResponseErrorPanel error={people.error} />}
          {people.value && (
            <List aria-label="Demopersoner">
              {people.value.map(person => (
                <ListItem
                  key={person.name}
                  button
                  component="button"
                  onClick={() => props.onPick(person.name)}
                >
                  <ListItemText
                    primary={person.displayName}
                    secondary={groupNames(person.groups)}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </InfoCard>
      </Content>
    </Page>
  );
}

/**
 * Development only: pick a person of the demo catalog and sign in as them
 * through the backend's `demo` provider. The choice is kept per browser, so
 * two browser windows can be two people.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const [user, setUser] = useState(() => readDemoUser());
  const headers = useMemo(
    () => (user ? { [DEMO_USER_HEADER]: user } : undefined),
    [user],
  );

  if (!user) {
    return (
      <PeopleList
        onPick={name => {
          writeDemoUser(name);
          setUser(name);
        }}
      />
    );
  }
  return (
    <ProxiedSignInPage
      provider={DEMO_PROVIDER_ID}
      headers={headers}
      onSignInSuccess={identity =>
        props.onSignInSuccess(forgettingPersonOnSignOut(identity))
      }
      ErrorComponent={({ error }) => (
        <Page themeId="home">
          <Header title="Innlogging feilet" />
          <Content>
            <Typography paragraph>
              Kunne ikke logge inn som {user}: {error?.message}
            </Typography>
            <Button
              variant="contained"
              color="primary"
              onClick={() => {
                writeDemoUser(undefined);
                setUser(undefined);
              }}
            >
              Velg en annen person
            </Button>
          </Content>
        </Page>
      )}
    />
  );
}
