/** Spanish: words of offboarding, on its admin page. */
export default {
  'offboarding.title': 'Bajas',
  'offboarding.description':
    'Personas con claves o accesos propios que ya no están en el catálogo.',
  'offboarding.rule.title': 'Cómo funciona',
  'offboarding.rule.read':
    'Periódicamente, el portal busca en el catálogo a cada usuario con claves o accesos propios.',
  'offboarding.rule.twice':
    'Un usuario que estuvo en el catálogo y falta en dos lecturas seguidas está de salida: se avisa a los administradores y, al terminar el periodo de gracia, se revocan sus claves propias y terminan sus accesos y solicitudes pendientes.',
  'offboarding.rule.holdBack':
    'Si desaparecen a la vez más usuarios de los que permite el límite de retención, la ejecución no cambia nada y avisa a los administradores.',
  'offboarding.rule.safe':
    'Si el catálogo no se puede leer, no pasa nada. Un usuario que nunca estuvo en el catálogo (un participante de un taller) nunca se da por ido, y quien vuelve al catálogo se olvida.',
  'offboarding.rule.teams':
    'Las claves y los accesos de equipo no necesitan nada: la pertenencia se lee del catálogo en cada petición.',
  'offboarding.run.now': 'Ejecutar ahora',
  'offboarding.run.none':
    'Las bajas no se han ejecutado desde que arrancó el portal.',
  'offboarding.run.last': 'Última ejecución {{when}}:',
  'offboarding.run.summary':
    'usuarios con acceso: {{checked}} · ausentes: {{missing}} · ahora de salida: {{confirmed}} · dados de baja: {{offboarded}} · de vuelta en el catálogo: {{returned}}',
  'offboarding.run.heldBack':
    'La última ejecución se retuvo: faltaban a la vez en el catálogo más usuarios de los que permite el límite de retención, así que no cambió nada. Revise el proveedor de usuarios del catálogo.',
  'offboarding.run.failed':
    'La última ejecución falló {{when}} y no cambió nada: {{error}}',
  'offboarding.run.asked': 'Bajas solicitadas; se ejecutan en breve.',
  'offboarding.run.done': 'Bajas ejecutadas.',
  'offboarding.run.runFailed': 'No se pudieron ejecutar las bajas: {{error}}',
  'offboarding.run.loadWhat': 'la última ejecución de las bajas',
  'offboarding.table.title': 'Usuarios ausentes del catálogo',
  'offboarding.table.user': 'Usuario',
  'offboarding.table.status': 'Estado',
  'offboarding.table.since': 'Ausente desde',
  'offboarding.table.next': 'Qué pasa',
  'offboarding.table.holds': 'Tiene ahora',
  'offboarding.table.empty':
    'Nadie con claves o accesos propios ha salido del catálogo.',
  'offboarding.table.loadWhat': 'los usuarios ausentes del catálogo',
  'offboarding.status.suspected': 'Ausente una vez',
  'offboarding.status.departing': 'De salida',
  'offboarding.status.kept': 'Conservado',
  'offboarding.status.offboarded': 'Dado de baja',
  'offboarding.holds.keys': 'Claves propias: {{n}}',
  'offboarding.holds.grants': 'Accesos y solicitudes: {{n}}',
  'offboarding.departingSince': 'de salida desde el {{date}}',
  'offboarding.next.suspected': 'Se comprueba de nuevo en la próxima ejecución',
  'offboarding.next.departing': 'Claves y accesos terminan el {{date}}',
  'offboarding.next.due': 'Claves y accesos terminan en la próxima ejecución',
  'offboarding.next.kept': 'Conservado por {{who}}: nada termina',
  'offboarding.next.offboarded': 'Dado de baja {{date}}',
  'offboarding.next.counts':
    'Claves revocadas: {{keys}} · accesos y solicitudes terminados: {{grants}}',
  'offboarding.keep.button': 'Conservar',
  'offboarding.keep.label': 'Conservar a {{user}}',
  'offboarding.keep.title': '¿Conservar a {{user}}?',
  'offboarding.keep.text':
    '{{user}} conserva sus claves y accesos propios aunque el catálogo ya no lo tenga, y el portal los deja como están. Conserve a un usuario cuando el catálogo se equivoca, no cuando se ha ido.',
  'offboarding.keep.confirm': 'Conservar',
  'offboarding.keep.done': '{{user}} se conserva.',
  'offboarding.audit': 'Bajas en el registro de auditoría',
};
