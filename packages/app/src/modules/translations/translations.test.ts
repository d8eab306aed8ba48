import { coreComponentsTranslationRef } from '@backstage/core-components';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import de from './coreComponents.de';
import es from './coreComponents.es';
import ja from './coreComponents.ja';
import { coreComponents, coreComponentsTranslations } from '.';

const placeholders = (text: string) =>
  (text.match(/\{\{\s*\w+\s*\}\}|\{\w+\}|`[^`]+`/g) ?? []).sort();

describe("Backstage's core components in other languages", () => {
  it('translates the same messages in every language, placeholders kept', () => {
    for (const messages of [es, ja]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(de).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect([key, placeholders(text)]).toEqual([
          key,
          placeholders(de[key as keyof typeof de]),
        ]);
      }
    }
  });

  it('adds them to the app as a translation extension', () => {
    const resource = createExtensionTester(coreComponents).get(
      TranslationBlueprint.dataRefs.translation,
    );
    expect(resource).toBe(coreComponentsTranslations);
    expect(resource.id).toBe(coreComponentsTranslationRef.id);
  });
});
