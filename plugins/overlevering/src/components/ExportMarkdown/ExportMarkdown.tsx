import { useLayoutEffect, useRef } from 'react';
import { MarkdownContent } from '@backstage/core-components';

/**
 * The Markdown export of a handover, as the print view and the decision page
 * show it. The export writes each web address as a link with its host beside
 * it; here every link to another site opens in a new tab with
 * `rel="noopener noreferrer"`, so the site it leads to can neither reach
 * back into the portal nor learn which handover linked to it.
 * (Backstage's MarkdownContent gives such links `rel="noopener"` only and
 * takes no link renderer of its own.)
 */
export function ExportMarkdown(props: { content: string }) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    for (const link of container.current?.querySelectorAll('a[href]') ?? []) {
      if (isOtherSite(link.getAttribute('href')!)) {
        link.setAttribute('target', '_blank');
        link.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
  return (
    <div ref={container}>
      <MarkdownContent content={props.content} />
    </div>
  );
}

/** Whether `href` leads away from the portal. */
function isOtherSite(href: string): boolean {
  try {
    return (
      new URL(href, window.location.href).origin !== window.location.origin
    );
  } catch {
    return false;
  }
}
