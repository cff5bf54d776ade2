import { allianceOverview } from '../../shared/agreement/alliance-overview';
import { findBlocs } from '../../shared/agreement/blocs';
import { PairwiseAgreement } from '../../shared/agreement/pairwise';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import type { BenchReport } from './report';
import { median, timeMany } from './stats';

/** Agreement figures for every issue, and deputy × deputy agreement, on a built workspace. */
export async function benchAgreement(dir: string, device: string, profile: string, report: BenchReport): Promise<void> {
  const store = await WorkspaceStore.open(dir, { device, author: 'secretary', readOnly: true });
  const positions = store.list('positions').items;
  const deputies = store.list('deputies').items;
  const issueIds = store.list('issues').items.map((issue) => issue.id);
  const districtOf = new Map(deputies.map((deputy) => [deputy.id, deputy.districtId]));
  await store.close();

  const overview = await timeMany(5, () => allianceOverview({ issueIds, positions, districtOf }));
  report.add({
    profile,
    name: `agreement figures for all ${issueIds.length} issues`,
    value: median(overview),
    unit: 'ms',
    target: '< 100 ms',
    met: median(overview) < 100,
  });
  let pairwise: PairwiseAgreement | undefined;
  const pairs = await timeMany(5, () => {
    pairwise = new PairwiseAgreement(
      deputies.map((deputy) => deputy.id),
      positions,
    );
  });
  report.add({
    profile,
    name: `deputy × deputy agreement (${deputies.length} deputies)`,
    value: median(pairs),
    unit: 'ms',
    target: '< 200 ms',
    met: median(pairs) < 200,
  });
  const blocs = await timeMany(3, () => findBlocs(pairwise!));
  report.add({ profile, name: 'blocs (average-linkage clustering)', value: median(blocs), unit: 'ms' });
}
