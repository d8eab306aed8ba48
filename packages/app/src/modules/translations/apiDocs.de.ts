/** German for the APIs page and the API cards on entity pages. */
export default {
  'apiDefinitionCard.error.title': 'Die API konnte nicht geladen werden',
  'apiDefinitionCard.rawButtonTitle': 'Rohdaten',
  'apiDefinitionDialog.closeButtonTitle': 'Schließen',
  'apiDefinitionDialog.tabsAriaLabel': 'Ansichten der API-Definition',
  'apiDefinitionDialog.toggleButtonAriaLabel':
    'Dialog der API-Definition ein- oder ausblenden',
  'apiDefinitionDialog.rawButtonTitle': 'Rohdaten',
  'defaultApiExplorerPage.title': 'APIs',
  'defaultApiExplorerPage.subtitle': 'API-Explorer von {{orgName}}',
  'defaultApiExplorerPage.pageTitleOverride': 'APIs',
  'defaultApiExplorerPage.createButtonTitle': 'Vorhandene API registrieren',
  'defaultApiExplorerPage.supportButtonTitle': 'Alle Ihre APIs',
  'consumedApisCard.title': 'Genutzte APIs',
  'consumedApisCard.error.title': 'Die APIs konnten nicht geladen werden',
  'consumedApisCard.emptyContent.title':
    'Diese Entität der Art {{entity}} nutzt keine APIs.',
  'hasApisCard.title': 'APIs',
  'hasApisCard.error.title': 'Die APIs konnten nicht geladen werden',
  'hasApisCard.emptyContent.title':
    'Diese Entität der Art {{entity}} enthält keine APIs.',
  'providedApisCard.title': 'Bereitgestellte APIs',
  'providedApisCard.error.title': 'Die APIs konnten nicht geladen werden',
  'providedApisCard.emptyContent.title':
    'Diese Entität der Art {{entity}} stellt keine APIs bereit.',
  'apiEntityColumns.typeTitle': 'Typ',
  'apiEntityColumns.apiDefinitionTitle': 'API-Definition',
  'consumingComponentsCard.title': 'Nutzer',
  'consumingComponentsCard.error.title':
    'Die Komponenten konnten nicht geladen werden',
  'consumingComponentsCard.emptyContent.title':
    'Keine Komponente nutzt diese API.',
  'providingComponentsCard.title': 'Anbieter',
  'providingComponentsCard.error.title':
    'Die Komponenten konnten nicht geladen werden',
  'providingComponentsCard.emptyContent.title':
    'Keine Komponente stellt diese API bereit.',
  apisCardHelpLinkTitle: 'So ändern Sie das.',
};
