import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { Link } from 'react-router-dom';
import type { Deputy } from '../../../../shared/schema/collections';
import { patchRecord } from '../../api/records';
import { useCollection } from '../../api/useCollection';
import { errorText } from '../../api/errorText';
import { compareText, searchFilter } from '../../lib/search';
import { useAnnounce } from '../../state/Announcer';

/** A group's members: the deputies whose groupIds include it. Adding or removing edits the deputy. */
export function GroupMembers({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { items: deputies } = useCollection('deputies');
  const [candidate, setCandidate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sorted = useMemo(() => [...(deputies ?? [])].sort((a, b) => compareText(a.name, b.name)), [deputies]);
  const members = sorted.filter((d) => d.groupIds.includes(groupId));
  const others = sorted.filter((d) => !d.groupIds.includes(groupId));

  const setMembership = async (deputy: Deputy, member: boolean) => {
    setBusy(true);
    try {
      const groupIds = member ? [...deputy.groupIds, groupId] : deputy.groupIds.filter((id) => id !== groupId);
      await patchRecord('deputies', deputy.id, { groupIds });
      announce(t(member ? 'groups.memberAdded' : 'groups.memberRemoved', { name: deputy.name }));
      if (member) setCandidate(null);
    } catch (error) {
      announce(errorText(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  const chosen = others.find((d) => d.id === candidate);
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">
        {t('groups.membersTitle')}
        <span className="count-badge">{t('groups.members', { count: members.length })}</span>
      </h2>
      {deputies && members.length === 0 ? <p className="muted">{t('groups.noMembers')}</p> : null}
      <ul className="member-list">
        {members.map((deputy) => (
          <li key={deputy.id}>
            <Link to={`/deputies/${deputy.id}`}>{deputy.name}</Link>
            <Button className="button button-quiet" isDisabled={busy} aria-label={t('groups.removeMember', { name: deputy.name })} onPress={() => void setMembership(deputy, false)}>
              {t('common.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="form-row member-add">
        <ComboBox
          className="field"
          items={others}
          value={candidate}
          onChange={(key: Key | null) => setCandidate(key === null ? null : String(key))}
          defaultFilter={searchFilter}
        >
          <Label className="field-label">{t('groups.addMemberLabel')}</Label>
          <Input className="field-control" placeholder={t('groups.addMemberPlaceholder')} />
          <Popover className="popover">
            <ListBox className="listbox">
              {(deputy: Deputy) => (
                <ListBoxItem id={deputy.id} textValue={deputy.name} className="listbox-item">
                  {deputy.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <Button className="button" isDisabled={!chosen || busy} onPress={() => chosen && void setMembership(chosen, true)}>
          {t('groups.addMember')}
        </Button>
      </div>
    </section>
  );
}
