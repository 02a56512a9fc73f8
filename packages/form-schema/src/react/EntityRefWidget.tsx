import type { WidgetProps } from '@rjsf/utils';

/**
 * Outside Backstage there is no catalog to pick from, so an entity reference is typed as text
 * (`user:default/kari.nordmann`); the schema's pattern still checks it. A Backstage frontend
 * registers a catalog picker under the same name instead.
 *
 * @public
 */
export function EntityRefWidget(props: WidgetProps) {
  const { BaseInputTemplate } = props.registry.templates;
  return <BaseInputTemplate {...props} />;
}
