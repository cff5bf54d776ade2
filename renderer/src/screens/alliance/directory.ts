import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/schema/common';
import type { Deputy, District, Group } from '../../../../shared/schema/collections';
import type { ApiError } from '../../api/client';
import { useCollection } from '../../api/useCollection';
import { districtName } from '../../lib/districts';

/** Names the /alliance screens show beside the ids the agreement channels return. */
export interface Directory {
  deputies: readonly Deputy[];
  districts: readonly District[];
  groups: readonly Group[];
  deputyName: (id: string) => string;
  districtName: (id: string) => string;
  /** The deputy's district name, for telling namesakes apart. */
  deputyDistrict: (id: string) => string;
  loaded: boolean;
  error: ApiError | undefined;
}

export function useDirectory(): Directory {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const deputies = useCollection('deputies');
  const districts = useCollection('districts');
  const groups = useCollection('groups');
  return useMemo(() => {
    const deputyById = new Map((deputies.items ?? []).map((deputy) => [deputy.id, deputy]));
    const districtById = new Map((districts.items ?? []).map((district) => [district.id, district]));
    const nameOfDistrict = (id: string) => {
      const district = districtById.get(id);
      return district ? districtName(district, language) : id;
    };
    return {
      deputies: deputies.items ?? [],
      districts: districts.items ?? [],
      groups: groups.items ?? [],
      deputyName: (id) => deputyById.get(id)?.name ?? id,
      districtName: nameOfDistrict,
      deputyDistrict: (id) => {
        const deputy = deputyById.get(id);
        return deputy ? nameOfDistrict(deputy.districtId) : '';
      },
      loaded: deputies.items !== undefined && districts.items !== undefined && groups.items !== undefined,
      error: deputies.error ?? districts.error ?? groups.error,
    };
  }, [deputies.items, deputies.error, districts.items, districts.error, groups.items, groups.error, language]);
}
