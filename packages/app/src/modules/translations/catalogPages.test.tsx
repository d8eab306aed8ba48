import { renderTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { translationsModule } from '.';

const model = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'granite', namespace: 'default', description: 'A model' },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:ai' },
};

/** The catalog's pages load in steps; a full run's load slows them down. */
const SLOW = { timeout: 15_000 };
jest.setTimeout(60_000);

function renderCatalogIn(language: string, path: string) {
  localStorage.setItem('language', language);
  return renderTestApp({
    features: [catalogPlugin, translationsModule],
    apis: [[catalogApiRef, catalogApiMock({ entities: [model] })]],
    initialRouteEntries: [path],
    config: {
      app: {
        baseUrl: 'http://localhost:3000',
        extensions: [
          {
            'api:app/app-language': {
              config: { availableLanguages: ['en', 'de', 'es', 'ja'] },
            },
          },
        ],
      },
      backend: { baseUrl: 'http://localhost:7007' },
      organization: { name: 'Example Corp' },
    },
  });
}

/** Every text on the page, one entry a text node. */
function textsOnPage() {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    texts.push(node.textContent ?? '');
  }
  return texts;
}

describe("the catalog's pages in German", () => {
  afterEach(() => localStorage.clear());

  it('entity page: header labels, the About card and the cards below', async () => {
    renderCatalogIn('de', '/catalog/default/component/granite');
    expect(await screen.findByText('Über', {}, SLOW)).toBeInTheDocument();
    expect(textsOnPage()).toEqual(
      expect.arrayContaining([
        'Verantwortlich',
        'Lebenszyklus',
        'Beschreibung',
        'Art',
        'Typ',
        'Keine Tags',
        'Quelle ansehen',
        'Hängt von Komponenten ab',
      ]),
    );
    for (const english of ['Owner', 'Lifecycle', 'About', 'Description']) {
      expect(screen.queryByText(english)).toBeNull();
    }
  });

  it('index page: title, filters and table columns', async () => {
    renderCatalogIn('de', '/catalog');
    expect(
      await screen.findByText('Katalog von Example Corp', {}, SLOW),
    ).toBeInTheDocument();
    // The filters and the table fill in after the title: under a full
    // run's load, some time after.
    expect(
      await screen.findAllByText('Lebenszyklus', {}, SLOW),
    ).not.toHaveLength(0);
    expect(await screen.findAllByText('Persönlich', {}, SLOW)).not.toHaveLength(
      0,
    );
    expect(textsOnPage()).toEqual(
      expect.arrayContaining([
        'Art',
        'Typ',
        'Persönlich',
        'Favoriten',
        'Verantwortlich',
        'Lebenszyklus',
        'Beschreibung',
        'Aktionen',
      ]),
    );
    expect(screen.getByPlaceholderText('Suchen')).toBeInTheDocument();
  });
});
