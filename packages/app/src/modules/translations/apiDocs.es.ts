/** Spanish for the APIs page and the API cards on entity pages. */
export default {
  'apiDefinitionCard.error.title': 'No se pudo cargar la API',
  'apiDefinitionCard.rawButtonTitle': 'Sin procesar',
  'apiDefinitionDialog.closeButtonTitle': 'Cerrar',
  'apiDefinitionDialog.tabsAriaLabel': 'Vistas de la definición de la API',
  'apiDefinitionDialog.toggleButtonAriaLabel':
    'Mostrar u ocultar el diálogo de la definición de la API',
  'apiDefinitionDialog.rawButtonTitle': 'Sin procesar',
  'defaultApiExplorerPage.title': 'API',
  'defaultApiExplorerPage.subtitle': 'Explorador de API de {{orgName}}',
  'defaultApiExplorerPage.pageTitleOverride': 'API',
  'defaultApiExplorerPage.createButtonTitle': 'Registrar una API existente',
  'defaultApiExplorerPage.supportButtonTitle': 'Todas sus API',
  'consumedApisCard.title': 'API consumidas',
  'consumedApisCard.error.title': 'No se pudieron cargar las API',
  'consumedApisCard.emptyContent.title':
    'Esta entidad de clase {{entity}} no consume ninguna API.',
  'hasApisCard.title': 'API',
  'hasApisCard.error.title': 'No se pudieron cargar las API',
  'hasApisCard.emptyContent.title':
    'Esta entidad de clase {{entity}} no contiene ninguna API.',
  'providedApisCard.title': 'API proporcionadas',
  'providedApisCard.error.title': 'No se pudieron cargar las API',
  'providedApisCard.emptyContent.title':
    'Esta entidad de clase {{entity}} no proporciona ninguna API.',
  'apiEntityColumns.typeTitle': 'Tipo',
  'apiEntityColumns.apiDefinitionTitle': 'Definición de la API',
  'consumingComponentsCard.title': 'Consumidores',
  'consumingComponentsCard.error.title':
    'No se pudieron cargar los componentes',
  'consumingComponentsCard.emptyContent.title':
    'Ningún componente consume esta API.',
  'providingComponentsCard.title': 'Proveedores',
  'providingComponentsCard.error.title':
    'No se pudieron cargar los componentes',
  'providingComponentsCard.emptyContent.title':
    'Ningún componente proporciona esta API.',
  apisCardHelpLinkTitle: 'Descubra cómo cambiarlo.',
};
