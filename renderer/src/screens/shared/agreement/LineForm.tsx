import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { checkRule, type DecisionRule } from '../../../../../shared/agreement/issue-agreement';
import { sideOf, type StanceCounts } from '../../../../../shared/agreement/stances';
import type { ChannelInput } from '../../../../../shared/ipc/contract';
import { AdoptLineSchema } from '../../../../../shared/ipc/domain-contract';
import type { AllianceLine } from '../../../../../shared/schema/collections';
import { call } from '../../../api/client';
import { FormSelect, FormText } from '../../../forms/FormFields';
import { schemaResolver } from '../../../forms/schemaResolver';
import { useSaveForm } from '../../../forms/useSaveForm';
import { useAnnounce } from '../../../state/Announcer';
import { formatCount } from './figures';

type AdoptInput = ChannelInput<'lines:adopt'>;
interface Values {
  stance: string;
  rule: string;
  text: string;
  adoptedOn: string;
}

const FIELDS = ['stance', 'rule', 'text', 'adoptedOn'] as const;
const STANCES = ['support', 'support_amended', 'abstain', 'oppose'] as const;
const RULES: readonly DecisionRule[] = ['unanimity', 'consent', 'two_thirds', 'majority'];

/** Today as YYYY-MM-DD in the user's time zone (the day the secretary records the decision). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Props {
  issueId: string;
  line: AllianceLine | null;
  /** The issue's stance counts now, to say whether the chosen rule is met before saving. */
  counts: StanceCounts;
  onDone: () => void;
}

/** Adopts or changes the alliance line (secretary only); validated with the channel's own schema. */
export function LineForm({ issueId, line, counts, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const form = useForm<Values, unknown, AdoptInput>({
    resolver: schemaResolver(AdoptLineSchema, (values: Values) => ({ ...values, issueId, text: values.text.trim() })),
    defaultValues: {
      stance: line && line.stance !== 'undecided' ? line.stance : undefined,
      rule: line?.rule,
      text: line?.text ?? '',
      adoptedOn: line?.adoptedOn ?? today(),
    },
  });
  const { submit, saving } = useSaveForm(form, FIELDS, async (values) => {
    await call('lines:adopt', values);
    announce(t(line ? 'alliance.line.changedNotice' : 'alliance.line.adoptedNotice'));
    onDone();
  });
  const { control } = form;
  const [stance, rule] = useWatch({ control, name: ['stance', 'rule'] });
  // find() narrows the form's strings to the options, so the stance picks a key of alliance.lineStances.
  const chosen = STANCES.find((id) => id === stance);
  const side = chosen ? sideOf(chosen) : undefined;
  const chosenRule = RULES.find((id) => id === rule);
  const check = chosen && side && chosenRule ? { ...checkRule(chosenRule, side, counts), stance: chosen } : undefined;
  const n = (count: number) => formatCount(count, i18n.language);
  const total = counts.support + counts.support_amended + counts.abstain + counts.oppose;

  return (
    <form noValidate className="form line-form" onSubmit={submit} aria-labelledby="line-form-title">
      <h4 id="line-form-title">{t('alliance.line.formTitle')}</h4>
      <div className="form-row">
        <FormSelect control={control} name="stance" label={t('alliance.line.fields.stance')} options={STANCES.map((id) => ({ id, label: t(`alliance.lineStances.${id}`) }))} />
        <FormSelect control={control} name="rule" label={t('alliance.line.fields.rule')} options={RULES.map((id) => ({ id, label: t(`alliance.rules.${id}`) }))} />
        <FormText control={control} name="adoptedOn" label={t('alliance.line.fields.adoptedOn')} type="date" className="field-narrow" />
      </div>
      {check ? (
        <p className={`line-check ${check.met ? 'is-met' : 'is-not-met'}`} aria-live="polite">
          {t('alliance.line.check', {
            stance: t(`alliance.lineStances.${check.stance}`),
            rule: t(`alliance.rules.${check.rule}`),
            state: t(check.met ? 'alliance.line.checkMet' : 'alliance.line.checkNotMet'),
            detail: t(`alliance.rule.${check.rule}`, {
              side: t(`alliance.sides.${check.side}`),
              onSide: n(check.onSide),
              total: n(total),
              needed: n(check.needed),
              objections: n(check.objections),
            }),
          })}
        </p>
      ) : null}
      <FormText control={control} name="text" label={t('alliance.line.fields.text')} description={t('alliance.line.fields.textHint')} multiline rows={3} optional />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={saving}>
          {saving ? t('common.saving') : t(line ? 'alliance.line.submitChange' : 'alliance.line.submitAdopt')}
        </Button>
        <Button className="button" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
