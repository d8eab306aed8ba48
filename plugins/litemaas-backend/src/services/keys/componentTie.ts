import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { Caller } from '../../permissions/Caller';
import { ComponentDirectory } from '../catalogSpend/catalogComponents';

/**
 * The Component a key may be tied to, as a lower-case ref. A key's spend
 * counts for the Component's owner, its System and its Domain, so only
 * that owner (the caller or one of their teams) ties keys to it; admins
 * tie any key to any Component.
 */
export async function componentTie(
  components: ComponentDirectory | undefined,
  caller: Caller,
  given: string,
): Promise<string> {
  let ref: string;
  try {
    const parsed = parseEntityRef(given.trim(), {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
    if (parsed.kind.toLocaleLowerCase('en-US') !== 'component') {
      throw new InputError(
        `componentRef must name a Component, not a ${parsed.kind}: ${given}`,
      );
    }
    ref = stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`componentRef is not an entity ref: ${given}`);
  }
  if (!components) {
    throw new InputError(
      'This portal reads no catalog: keys cannot be tied to Components',
    );
  }
  const component = (await components.lookup([ref])).get(ref);
  if (!component) {
    throw new InputError(`The catalog has no Component ${ref}`);
  }
  if (
    !caller.canManage &&
    !(component.ownerRef && caller.ownershipRefs.includes(component.ownerRef))
  ) {
    throw new NotAllowedError(
      `Only ${
        component.ownerRef ?? 'its owner'
      } (or an admin) may tie keys to ${ref}: its spend would count as theirs`,
    );
  }
  return ref;
}
