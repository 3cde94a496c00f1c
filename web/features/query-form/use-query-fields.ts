// The query form's values, remembered between visits where that helps (integration and type),
// and filled in one go from a link, a history entry or an opened file.
import { useCallback, useState } from 'react';
import { OBJECT_TYPES, type ObjectType } from '../../../proxy/contract';
import { useStoredState } from '../../lib/browser/use-stored-state';
import { idsToText } from '../../lib/ids/ids-text';
import type { CrmQuery } from '../../model/query';

const isObjectType = (value: string): value is ObjectType =>
  (OBJECT_TYPES as readonly string[]).includes(value);

export function useQueryFields() {
  const [integrationId, setIntegrationId] = useStoredState('crm-inspector.integrationId', '');
  const [storedType, setObjectType] = useStoredState('crm-inspector.objectType', 'DEAL');
  const objectType = isObjectType(storedType) ? storedType : 'DEAL';
  const [idsText, setIdsText] = useState('');

  const fill = useCallback(
    (query: CrmQuery) => {
      // An opened bare Gong answer names no integration: keep the one typed.
      if (query.integrationId !== '') setIntegrationId(query.integrationId);
      setObjectType(query.objectType);
      setIdsText(idsToText(query.ids));
    },
    [setIntegrationId, setObjectType],
  );

  return {
    integrationId,
    setIntegrationId,
    objectType,
    setObjectType,
    idsText,
    setIdsText,
    fill,
  };
}
