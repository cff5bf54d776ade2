import { useTranslation } from 'react-i18next';
import type { RuleCheck, DecisionRule } from '../../../../../shared/agreement/issue-agreement';
import { formatCount, sideLabel } from './figures';

interface Props {
  rules: readonly RuleCheck[];
  /** Deputies who took a stance: what every rule is counted among. */
  withStance: number;
  /** The rule the alliance line was adopted by, highlighted. */
  lineRule?: DecisionRule;
}

/** Whether each decision rule is met for the side, with the numbers that decide it. */
export function RulesList({ rules, withStance, lineRule }: Props) {
  const { t, i18n } = useTranslation();
  const n = (count: number) => formatCount(count, i18n.language);
  return (
    <ul className="rules-list">
      {rules.map((check) => {
        const isLine = check.rule === lineRule;
        return (
          <li key={check.rule} className={`rule-item${isLine ? ' is-line-rule' : ''}${check.met ? ' is-met' : ' is-not-met'}`}>
            <span className="rule-mark" aria-hidden="true">
              {check.met ? '✓' : '✗'}
            </span>
            <span className="rule-name">{t(`alliance.rules.${check.rule}`)}</span>
            {' — '}
            <strong className="rule-state">{t(check.met ? 'alliance.rule.met' : 'alliance.rule.notMet')}</strong>
            {isLine ? <span className="tag">{t('alliance.rule.lineRule')}</span> : null}
            <span className="rule-detail">
              {t(`alliance.rule.${check.rule}`, {
                side: sideLabel(t, check.side),
                onSide: n(check.onSide),
                total: n(withStance),
                needed: n(check.needed),
                objections: n(check.objections),
              })}
              {' · '}
              <span className="muted">{t(`alliance.ruleHints.${check.rule}`)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
