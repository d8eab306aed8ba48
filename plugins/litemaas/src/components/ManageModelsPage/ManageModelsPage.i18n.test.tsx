import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { GatewayStatus } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { englishLeft, languageApis, languages } from '../../__testUtils__/i18n';
import { aModel, allowAll, fakeApi } from '../../__testUtils__/fixtures';
import { catalogRoutes } from '../../testing/catalogRoutes';
import { englishMessages } from '../../translation';
import { DataTable } from '../common';
import { ModelDetailPage } from '../ModelDetailPage';
import { ManageModelsPage } from './ManageModelsPage';
import { MODEL_MODES } from './modelForm';

const userEvent = userEventBase.setup({ delay: null });

const models = [
  aModel({
    ownerRef: 'group:default/ml-platform',
    defaultLimits: {
      tpm: 10000,
      rpm: 60,
      maxBudget: 20,
      budgetDuration: '30d',
    },
  }),
  aModel({
    name: 'granite-3-8b',
    providerModel: 'hosted_vllm/granite-3-8b',
    inputPricePer1M: 0,
    outputPricePer1M: 0,
    accessPolicy: 'restricted',
  }),
  aModel({
    name: 'old-model',
    providerModel: 'openai/old-model',
    available: false,
    accessPolicy: 'hidden',
  }),
];

const condition = (type: string, status = 'True') => ({ type, status });

const kuadrant: GatewayStatus = {
  id: 'kuadrant',
  description: 'Kuadrant',
  publishes: true,
  models: [
    {
      model: 'gpt-4o-mini',
      route: { namespace: 'models', name: 'gpt' },
      source: 'config',
      objects: [
        {
          kind: 'AuthPolicy',
          namespace: 'models',
          name: 'litemaas-gpt-4o-mini',
          present: true,
          conditions: [condition('Accepted'), condition('Enforced')],
        },
        {
          kind: 'TokenRateLimitPolicy',
          namespace: 'models',
          name: 'litemaas-gpt-4o-mini',
          present: true,
          conditions: [condition('Accepted'), condition('Enforced', 'False')],
        },
        {
          kind: 'RateLimitPolicy',
          namespace: 'models',
          name: 'litemaas-gpt-4o-mini',
          present: false,
          conditions: [],
        },
      ],
    },
    {
      model: 'granite-3-8b',
      route: { namespace: 'serving', name: 'shared', sectionName: 'granite' },
      source: 'portal',
      objects: [
        {
          kind: 'AuthPolicy',
          namespace: 'serving',
          name: 'litemaas-granite',
          present: true,
          conditions: [],
        },
      ],
    },
  ],
};

/**
 * English left in the attributes people hear or see on hover: aria-labels,
 * placeholders and titles (the table's search box and buttons), checked
 * against every English message the language spells differently.
 */
function englishInAttributes(messages: Record<string, string>): string[] {
  const english = Object.entries(englishMessages())
    .filter(([key, value]) => value !== messages[key])
    .map(([, value]) => value);
  const left: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = element.getAttribute(name);
      if (value && english.includes(value)) left.push(`${name}="${value}"`);
    }
  }
  return left;
}

/**
 * English left on the page, but for words that only look English: the
 * form's modes are LiteLLM's own values ("completion"), and German writes
 * prompt caching "Prompt-Cache" (another area's "Prompt" message).
 */
function englishLeftBut(messages: Record<string, string>): string[] {
  const same: string[] = [...MODEL_MODES];
  if (messages['capabilities.prompt_caching'] === 'Prompt-Cache') {
    same.push('Prompt');
  }
  return englishLeft(messages).filter(text => !same.includes(text));
}

function apisFor(language: string, messages: Record<string, string>) {
  return [
    [
      litemaasApiRef,
      fakeApi({
        listModels: async () => ({ items: models }),
        getGateways: async () => [kuadrant],
        getModel: async () => ({
          model: models[0],
          endpointBaseUrl: 'https://models.example.com/v1',
        }),
      }),
    ],
    ...languageApis(language, messages),
    allowAll(),
    mockApis.alert(),
    mockApis.identity({
      userEntityRef: 'user:default/admin',
      ownershipEntityRefs: ['user:default/admin', 'group:default/ml-platform'],
    }),
  ] as Array<[any, any]>;
}

describe('Manage models in other languages', () => {
  it.each(languages)(
    'shows the models, the gateways and the register form in %s, with no English left',
    async (language, messages) => {
      renderInTestApp(<ManageModelsPage />, {
        mountedRoutes: catalogRoutes,
        apis: apisFor(language, messages),
      });
      await screen.findByRole('link', { name: 'old-model' });
      await screen.findByText(/TokenRateLimitPolicy/);
      expect(englishLeft(messages)).toEqual([]);
      expect(englishInAttributes(messages)).toEqual([]);

      // The columns menu of the table.
      await userEvent.click(
        screen.getByRole('button', {
          name: messages['common.table.showColumns'],
        }),
      );
      expect(
        await screen.findByText(messages['common.table.addRemoveColumns']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
      await userEvent.keyboard('{Escape}');

      // The register form, sent empty: its mistakes in the language too.
      await userEvent.click(
        screen.getByRole('button', { name: messages['manage.register'] }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: messages['manage.form.titleNew'],
      });
      await userEvent.click(
        within(dialog).getByRole('button', {
          name: messages['manage.form.save'],
        }),
      );
      expect(
        within(dialog).getByText(messages['manage.form.errors.nameRequired']),
      ).toBeInTheDocument();
      expect(englishLeftBut(messages)).toEqual([]);
      expect(englishInAttributes(messages)).toEqual([]);

      // Numbers and default limits typed wrong: their messages too.
      await userEvent.type(
        document.getElementById('litemaas-model-inputPricePer1M')!,
        'cheap',
      );
      await userEvent.type(
        document.getElementById('litemaas-model-contextWindow')!,
        '128k',
      );
      await userEvent.type(
        document.getElementById('litemaas-model-defaults-period')!,
        'weekly',
      );
      expect(
        within(dialog).getByText(messages['keys.limits.amount']),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(messages['keys.limits.wholeNumber']),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(messages['keys.limits.duration']),
      ).toBeInTheDocument();
      expect(englishLeftBut(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    "shows a model's page in %s, with no English left",
    async (language, messages) => {
      renderInTestApp(<ModelDetailPage />, {
        mountedRoutes: catalogRoutes,
        mountPath: '/litemaas/models/:name',
        initialRouteEntries: ['/litemaas/models/gpt-4o-mini'],
        apis: apisFor(language, messages),
      });
      await screen.findByRole('heading', { name: 'gpt-4o-mini' });
      expect(screen.getByText(messages['modelDetail.about'])).toBeVisible();
      expect(englishLeft(messages)).toEqual([]);
      expect(englishInAttributes(messages)).toEqual([]);
    },
  );

  it.each(languages)(
    "speaks %s in a table's own controls: search, paging and the columns button",
    async (language, messages) => {
      const rows = Array.from({ length: 45 }, (_, i) => ({ name: `row-${i}` }));
      renderInTestApp(
        <DataTable<{ name: string }>
          title="Rows"
          columns={[{ title: messages['manage.form.name'], field: 'name' }]}
          data={rows}
        />,
        { apis: languageApis(language, messages) },
      );
      expect(await screen.findByText('row-0')).toBeInTheDocument();
      expect(
        screen.getByRole('button', {
          name: messages['common.table.nextPage'],
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByPlaceholderText(messages['common.table.search']),
      ).toBeInTheDocument();
      expect(englishLeft(messages)).toEqual([]);
      expect(englishInAttributes(messages)).toEqual([]);
    },
  );
});
