import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  allowAll,
  fakeApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { ModelAccessContent } from './ModelAccessContent';
import { ModelServerCard } from './ModelServerCard';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';
import { catalogRoutes } from '../../testing/catalogRoutes';

// Admins (the manage permission); other users are in ModelServerCard.test.tsx.

const notFound = () =>
  responseError(404, 'NotFoundError', 'No such model').then(e =>
    Promise.reject(e),
  );

function registerQuery(): Record<string, string> {
  const href =
    screen
      .getByRole('button', { name: 'Register in LiteLLM' })
      .getAttribute('href') ?? '';
  const [pathname, query] = href.split('?');
  expect(pathname).toBe('/litemaas/admin');
  return Object.fromEntries(new URLSearchParams(query));
}

describe('Entity UI for admins', () => {
  it('links an unknown model to registration, with its endpoint', async () => {
    renderInTestApp(
      <EntityProvider entity={aModelServer(MODEL_NAME)}>
        <ModelServerCard />
      </EntityProvider>,
      {
        mountedRoutes: catalogRoutes,
        apis: [[litemaasApiRef, fakeApi({ getModel: notFound })], allowAll()],
      },
    );
    expect(
      await screen.findByRole('button', { name: 'Register in LiteLLM' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Not registered in LiteLLM')).toBeInTheDocument();
    expect(registerQuery()).toEqual({
      register: '1',
      name: 'granite-chat',
      apiBase: 'https://granite.models.example.com',
      providerModel: 'hosted_vllm/granite-chat',
    });
  });

  it('uses the entity name when no model name is annotated', async () => {
    renderInTestApp(
      <EntityProvider entity={aModelServer()}>
        <ModelServerCard />
      </EntityProvider>,
      { apis: [[litemaasApiRef, fakeApi()], allowAll()] },
    );
    expect(
      await screen.findByRole('button', { name: 'Register in LiteLLM' }),
    ).toBeInTheDocument();
    expect(registerQuery()).toMatchObject({
      name: 'prod-east-models-granite',
      apiBase: 'https://granite.models.example.com',
      providerModel: 'hosted_vllm/prod-east-models-granite',
    });
  });

  it('offers no registration for a registered model', async () => {
    renderInTestApp(
      <EntityProvider entity={aModelServer(MODEL_NAME)}>
        <ModelServerCard />
      </EntityProvider>,
      {
        mountedRoutes: catalogRoutes,
        apis: [
          [
            litemaasApiRef,
            fakeApi({
              getModel: async () => ({
                model: aModel({ name: 'granite-chat' }),
              }),
            }),
          ],
          allowAll(),
        ],
      },
    );
    expect(await screen.findByText('Open')).toBeInTheDocument();
    expect(screen.queryByText('Register in LiteLLM')).not.toBeInTheDocument();
  });

  it('links registration from the AI access tab too', async () => {
    renderInTestApp(
      <EntityProvider entity={aModelServer(MODEL_NAME)}>
        <ModelAccessContent />
      </EntityProvider>,
      {
        mountedRoutes: catalogRoutes,
        apis: [[litemaasApiRef, fakeApi({ getModel: notFound })], allowAll()],
      },
    );
    expect(
      await screen.findByRole('button', { name: 'Register in LiteLLM' }),
    ).toBeInTheDocument();
    expect(registerQuery().apiBase).toBe('https://granite.models.example.com');
  });
});
