import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import { aModel, allowAll, fakeApi } from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { englishMessages } from '../../translation';
import de from '../../translations/de';
import es from '../../translations/es';
import ja from '../../translations/ja';
import { LiteMaasPage } from './LiteMaasPage';

const models = [
  aModel({
    capabilities: ['vision', 'function_calling', 'reasoning'],
    myAccess: [
      { id: 'r1', status: 'granted', subjectRef: 'user:default/admin' },
    ],
  }),
  aModel({
    name: 'granite-3-8b',
    inputPricePer1M: 0,
    outputPricePer1M: 0,
    accessPolicy: 'restricted',
    available: false,
  }),
  aModel({ name: 'mistral-small', myAccess: [] }),
];

async function renderIn(language: string, messages: Record<string, string>) {
  renderInTestApp(<LiteMaasPage />, {
    mountedRoutes: catalogRoutes,
    mountPath: '/litemaas',
    initialRouteEntries: ['/litemaas'],
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listModels: async () => ({ items: models }),
          listAccessRequests: async () => ({
            items: [],
            total: 0,
            offset: 0,
            limit: 20,
          }),
        }),
      ],
      ...languageApis(language, messages),
      allowAll(),
      mockApis.identity({ userEntityRef: 'user:default/admin' }),
    ],
  });
  await screen.findByRole('link', { name: 'granite-3-8b' });
}

describe('LiteMaasPage in other languages', () => {
  it.each([
    ['de', de, 'KI-Modelle', 'Zugang anfragen', '0,15 $ Eingabe'],
    ['es', es, 'Modelos de IA', 'Solicitar acceso', '0,15 US$ entrada'],
    ['ja', ja, 'AI モデル', 'アクセスを申請', '入力 $0.15'],
  ])(
    'shows the page frame and the Models page in %s, with no English left',
    async (language, messages, title, requestAccess, inputPrice) => {
      await renderIn(language, messages);
      // Money in the language's own format.
      expect(screen.getAllByText(inputPrice).length).toBeGreaterThan(0);
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
      expect(
        screen.getAllByRole('button', { name: requestAccess }).length,
      ).toBeGreaterThan(0);
      expect(screen.queryByText(/MISSING/)).toBeNull();

      // Every English message the page could show, none of which may be
      // on the page (those the language spells the same are skipped).
      const left = englishLeft(messages);
      expect(left).toEqual([]);
    },
  );

  it('translates every message in every language (the types check it too)', () => {
    const keys = Object.keys(englishMessages()).sort();
    for (const messages of [de, es, ja]) {
      expect(Object.keys(messages).sort()).toEqual(keys);
    }
  });
});
