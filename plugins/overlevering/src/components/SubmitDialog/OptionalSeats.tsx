import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  approverRoleTitle,
  type ApproverRole,
  type SeatReason,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useLanguage } from '../../hooks';

/**
 * The optional seats: a box per role, locked with the reason when an earlier
 * round decides it, and a hint where the form speaks for asking the role.
 */
export function OptionalSeats(props: {
  roles: ApproverRole[];
  ticked: string[];
  onTicked: (ticked: string[]) => void;
  /** Roles whose approval carries over. */
  kept: ReadonlySet<string>;
  /**
   * Roles that must be asked again, with why: they rejected, or what they
   * vouch for changed since they approved.
   */
  mustAsk: ReadonlyMap<string, SeatReason>;
  /** Field names for people, from dotted paths. */
  fieldNames: (paths: readonly string[]) => string;
  /** Why the form suggests a role, by role id, as text. */
  suggested: ReadonlyMap<string, string>;
  /** Whether the previous round's choices are ticked. */
  previousTicked: boolean;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const language = useLanguage();
  const { ticked } = props;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Typography variant="h6" component="legend">
        {t('submit.optionalSeats')}
      </Typography>
      <FormHelperText>
        {t('submit.optionalHelp')}
        {props.previousTicked && ` ${t('rejection.previousChoices')}`}
      </FormHelperText>
      <FormGroup>
        {props.roles.map(role => {
          const mustAsk = props.mustAsk.get(role.id);
          const kept = props.kept.has(role.id);
          const locked = kept || mustAsk !== undefined;
          const suggestion = locked ? undefined : props.suggested.get(role.id);
          const helpId = `overlevering-seat-${role.id}-help`;
          let help: string | undefined;
          if (mustAsk?.kind === 'rejected') {
            help = t('submit.mustAskAgain', {
              number: String(mustAsk.round),
            });
          } else if (mustAsk?.kind === 'changed') {
            help = t('reapproval.mustAskChanged', {
              number: String(mustAsk.round),
              fields: props.fieldNames(mustAsk.fields),
            });
          } else if (suggestion) {
            help = suggestion;
          }
          return (
            <div key={role.id}>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={ticked.includes(role.id) || locked}
                    disabled={locked}
                    inputProps={help ? { 'aria-describedby': helpId } : {}}
                    onChange={e =>
                      props.onTicked(
                        e.target.checked
                          ? [...ticked, role.id]
                          : ticked.filter(id => id !== role.id),
                      )
                    }
                  />
                }
                label={approverRoleTitle(role, language)}
              />
              {help && (
                <FormHelperText id={helpId} sx={{ mt: -1, ml: 4 }}>
                  {help}
                </FormHelperText>
              )}
            </div>
          );
        })}
      </FormGroup>
    </fieldset>
  );
}
