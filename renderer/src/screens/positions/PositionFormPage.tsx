import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { RecordStanceInput } from '../../../../shared/domain/position-input';
import { toApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCollection } from '../../api/useCollection';
import { useLiveQuery } from '../../api/useLiveQuery';
import { useRecord } from '../../api/useRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BackLink } from '../../layout/BackLink';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { Page } from '../../layout/Page';
import { useAnnounce } from '../../state/Announcer';
import { confirmStance, findPosition, recordStance, useIdentity } from '../shared/positions/positionsApi';
import { ProvenanceLine } from '../shared/positions/ProvenanceLine';
import { DeputyPicker } from '../shared/DeputyPicker';
import { PositionForm } from './PositionForm';
import { PositionHistory } from './PositionHistory';

/**
 * /issues/:id/position — a deputy records or changes their own stance (and confirms one the
 * secretary recorded for them); the secretary picks a deputy (?deputy=) and records what they said.
 */
export function PositionFormPage() {
  const { t } = useTranslation();
  const { id: issueId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const identity = useIdentity();
  const onBehalf = identity.kind === 'secretary';
  const asked = params.get('deputy');
  const deputyId = identity.kind === 'deputy' ? identity.deputyId : asked;
  const issue = useRecord('issues', issueId);
  const principles = useCollection('principles', { orderBy: 'number' });
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const position = useLiveQuery(() => (deputyId ? findPosition(deputyId, issueId) : Promise.resolve(null)), [deputyId, issueId], { collections: ['positions'] });
  const back = <BackLink to={`/issues/${issueId}`} label={issue.record?.title ?? t('issues.title')} />;

  if (issue.record === null) return <NotFoundPage listPath="/issues" />;
  if (!issue.record || !principles.items || !deputies.items || !districts.items) {
    return (
      <Page title={t('positions.form.title')} back={back}>
        <ErrorNotice error={issue.error ?? principles.error ?? deputies.error} />
        <p className="muted">{t('common.loading')}</p>
      </Page>
    );
  }

  const current = position.data ?? null;
  const deputy = deputies.items.find((d) => d.id === deputyId);
  const mayConfirm = current !== null && !current.provenance.confirmed && identity.kind === 'deputy' && identity.deputyId === current.deputyId;

  const save = async (input: RecordStanceInput) => {
    await recordStance(input);
    announce(onBehalf ? t('positions.form.savedOnBehalf') : t('positions.form.saved'));
    navigate(`/issues/${issueId}`);
  };
  const confirm = async () => {
    if (!current) return;
    try {
      await confirmStance(current.id);
      announce(t('positions.confirmed'));
    } catch (failure) {
      announce(errorText(t, toApiError(failure)), 'error');
    }
  };

  return (
    <Page title={t('positions.form.titleFor', { title: issue.record.title })} back={back} className="position-page">
      <ErrorNotice error={position.error} />
      {identity.kind === 'deputy' && asked && asked !== identity.deputyId ? <p className="pos-notice">{t('positions.form.onlyOwn')}</p> : null}
      {onBehalf ? (
        <div className="card deputy-choice-card">
          <DeputyPicker
            label={t('positions.form.deputy')}
            deputies={deputies.items}
            districts={districts.items}
            value={deputyId}
            onChange={(id) => setParams(id ? { deputy: id } : {}, { replace: true })}
            description={deputyId ? undefined : t('positions.form.chooseDeputyFirst')}
          />
        </div>
      ) : null}
      {current ? (
        <section className="card position-current" aria-label={deputy?.name ?? t('positions.form.stance')}>
          <p className="position-current-stance">
            <span className={`stance-badge stance-badge-${current.stance}`}>{t(`positions.stances.${current.stance}`)}</span>
          </p>
          <ProvenanceLine provenance={current.provenance} />
          {mayConfirm ? (
            <div className="confirm-box">
              <p>{t('positions.form.unconfirmedHint')}</p>
              <Button className="button button-primary" onPress={() => void confirm()}>
                {t('positions.confirm')}
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}
      {deputyId && position.data !== undefined ? (
        <div className="card">
          <PositionForm
            key={`${deputyId}:${current?.id ?? 'new'}`}
            issueId={issueId}
            deputyId={deputyId}
            onBehalf={onBehalf}
            position={current}
            principles={principles.items}
            engaged={issue.record.principleIds}
            onSave={save}
            onCancel={() => navigate(`/issues/${issueId}`)}
          />
        </div>
      ) : null}
      {current ? <PositionHistory positionId={current.id} deputies={deputies.items} principles={principles.items} /> : null}
    </Page>
  );
}
