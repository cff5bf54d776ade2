import { foldName } from '../../../shared/export/input';
import type { ExportTargetKind, ExportTargetOption } from '../../../shared/ipc/export-contract';
import type { WorkspaceStore } from '../../store/workspace-store';

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });
/** As the renderer's search: case and ё/е folded, hyphens and dashes read as spaces. */
const fold = (text: string) => foldName(text.replace(/[-‐‑–—]/g, ' '));

/** Every record of a kind as an option: what the user reads (label), and what tells namesakes apart (detail). */
function optionsOf(store: WorkspaceStore, kind: ExportTargetKind): ExportTargetOption[] {
  const districtName = (id: string | undefined) => (id === undefined ? undefined : store.get('districts', id)?.name);
  switch (kind) {
    case 'issue':
      return store.list('issues').items.map((issue) => {
        const places = issue.districtIds.slice(0, 2).map(districtName).filter((name) => name !== undefined);
        return { id: issue.id, label: issue.title, ...(places.length ? { detail: places.join(', ') } : {}) };
      });
    case 'deputy':
      return store.list('deputies').items.map((deputy) => {
        const place = districtName(deputy.districtId);
        return { id: deputy.id, label: deputy.name, ...(place ? { detail: place } : {}) };
      });
    case 'district':
      return store.list('districts').items.map((district) => ({ id: district.id, label: district.name, detail: district.okrug ?? district.region }));
    case 'group':
      return store.list('groups').items.map((group) => ({ id: group.id, label: group.name }));
    case 'statement':
      return store.list('statements').items.map((statement) => ({ id: statement.id, label: statement.title }));
  }
}

/**
 * Records an export can be about, for the target picker: those whose label or detail holds every
 * word of the query (case and ё/е folded), sorted by label; or just the record `id`, to show the
 * name of a target the page was opened with.
 */
export function searchTargets(
  store: WorkspaceStore,
  { kind, query, id, limit }: { kind: ExportTargetKind; query: string; id?: string; limit: number },
): { items: ExportTargetOption[]; total: number } {
  const options = optionsOf(store, kind);
  if (id !== undefined) {
    const found = options.filter((option) => option.id === id);
    return { items: found, total: found.length };
  }
  const words = fold(query).split(' ').filter(Boolean);
  const matches = words.length
    ? options.filter((option) => {
        const text = fold(`${option.label} ${option.detail ?? ''}`);
        return words.every((word) => text.includes(word));
      })
    : options;
  matches.sort((a, b) => collator.compare(a.label, b.label) || collator.compare(a.detail ?? '', b.detail ?? ''));
  return { items: matches.slice(0, limit), total: matches.length };
}
