import {
  Entity,
  entityKindSchemaValidator,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { AI_MODEL_SERVER_KIND } from '../transform';
import { aiModelServerApiSchema } from './aiModelServerApiSchema';

/**
 * An `AiModelServerAPI` entity (kind of Red Hat Developer Hub's AI model
 * catalog).
 *
 * @public
 */
export interface AiModelServerApiEntity extends Entity {
  kind: 'AiModelServerAPI';
  spec: {
    type: 'ai-model-server';
    lifecycle: string;
    owner: string;
    system?: string;
    serverType: string;
    serverUrl: string;
    requiresApiKey?: boolean;
    apiEntityRef?: string;
    models?: { discoverable?: boolean; available?: string[]; default?: string };
  };
}

const validate = entityKindSchemaValidator<AiModelServerApiEntity>(
  aiModelServerApiSchema,
);

/** Whether an entity is of kind `AiModelServerAPI` (kinds ignore case). */
export function isAiModelServerApiEntity(
  entity: Entity,
): entity is AiModelServerApiEntity {
  return (
    entity.kind.toLocaleLowerCase('en-US') ===
    AI_MODEL_SERVER_KIND.toLocaleLowerCase('en-US')
  );
}

/**
 * Makes the catalog accept the `AiModelServerAPI` kind: validates such
 * entities against its schema (an invalid one is rejected with the schema's
 * message) and relates them to their owner and system, as the catalog does
 * for its built-in kinds.
 *
 * @public
 */
export class AiModelServerApiEntityProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'AiModelServerApiEntityProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    // False for other kinds; throws with the reason for an invalid one.
    return validate(entity) !== false;
  }

  async postProcessEntity(
    entity: Entity,
    _location: unknown,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isAiModelServerApiEntity(entity)) return entity;
    const self = getCompoundEntityRef(entity);
    const relate = (
      target: string | undefined,
      defaultKind: string,
      forward: string,
      backward: string,
    ) => {
      if (!target) return;
      const ref = parseEntityRef(target, {
        defaultKind,
        defaultNamespace: self.namespace,
      });
      emit(
        processingResult.relation({ source: self, type: forward, target: ref }),
      );
      emit(
        processingResult.relation({
          source: ref,
          type: backward,
          target: self,
        }),
      );
    };
    relate(entity.spec.owner, 'Group', RELATION_OWNED_BY, RELATION_OWNER_OF);
    relate(entity.spec.system, 'System', RELATION_PART_OF, RELATION_HAS_PART);
    return entity;
  }
}
