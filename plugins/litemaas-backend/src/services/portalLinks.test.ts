import { ConfigReader } from '@backstage/config';
import { portalLinks } from './portalLinks';

describe('portalLinks', () => {
  it('links under /litemaas by default', () => {
    expect(portalLinks()).toEqual({
      review: '/litemaas/review',
      access: '/litemaas/access',
      keys: '/litemaas/keys',
      usage: '/litemaas/usage',
      usageEveryone: '/litemaas/usage?scope=all',
      reconcile: '/litemaas/admin/keys?section=reconcile',
      offboarding: '/litemaas/admin/keys?section=offboarding',
      deliveries: '/litemaas/deliveries',
      models: '/litemaas/models',
    });
  });

  it('follows litemaas.appPath, however its slashes are written', () => {
    for (const appPath of ['/ai/models', 'ai/models/', '//ai/models']) {
      const links = portalLinks(new ConfigReader({ litemaas: { appPath } }));
      expect(links.keys).toBe('/ai/models/keys');
      expect(links.reconcile).toBe('/ai/models/admin/keys?section=reconcile');
    }
  });

  it('links at the app root when mounted at /', () => {
    expect(
      portalLinks(new ConfigReader({ litemaas: { appPath: '/' } })).review,
    ).toBe('/review');
  });
});
