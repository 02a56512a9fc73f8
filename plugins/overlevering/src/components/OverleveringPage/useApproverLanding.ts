import { useEffect, useState } from 'react';
import {
  useLocation,
  useNavigate,
  useNavigationType,
  NavigationType,
} from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { overleveringApiRef } from '../../api';
import { approvalsRouteRef, rootRouteRef } from '../../routes';

const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, '');

/**
 * Where an approver starts: someone who comes to the page's start (the
 * portal's home, a bookmark, a reload) with approvals waiting and no
 * handovers of their own lands on "Godkjenninger", not on an empty "Mine
 * overleveringer". Decided once, as the page opens; a click on "Mine
 * overleveringer" is never overruled.
 *
 * `deciding` is true while the answer is not known yet, so the page shows
 * neither tab rather than one and then the other.
 */
export function useApproverLanding(waiting: {
  count: number | undefined;
  loading: boolean;
}): { deciding: boolean } {
  const api = useApi(overleveringApiRef);
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const rootLink = useRouteRef(rootRouteRef);
  const approvalsLink = useRouteRef(approvalsRouteRef);

  const [candidate] = useState(
    () =>
      navigationType !== NavigationType.Push &&
      withoutTrailingSlash(location.pathname) ===
        withoutTrailingSlash(rootLink()),
  );
  const [decided, setDecided] = useState(!candidate);

  const own = useAsync(async () => {
    if (!candidate) return undefined;
    const { items } = await api.listHandovers({ owner: 'me', limit: 1 });
    return items.length > 0;
  }, [api, candidate]);

  const known = !waiting.loading && !own.loading;
  useEffect(() => {
    if (decided || !known) return;
    setDecided(true);
    if ((waiting.count ?? 0) > 0 && own.value === false) {
      navigate(approvalsLink(), { replace: true });
    }
  }, [decided, known, waiting.count, own.value, navigate, approvalsLink]);

  return { deciding: !decided };
}
